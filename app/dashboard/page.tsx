import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { loadDashboard, type NamedMastery } from "@/lib/server/study/progress";
import { AccuracyChart } from "./accuracy-chart";
import { formatDay, percent } from "./format";
import { ReviewHeatmap } from "./heatmap";

export const metadata: Metadata = { title: "Dashboard" };

const card = "rounded-lg border border-line-soft bg-surface p-4 shadow-sm sm:p-5";
const primaryButton = "inline-flex min-h-11 items-center rounded-md bg-accent px-4 py-2 font-semibold text-on-accent hover:opacity-90";
const secondaryButton = "inline-flex min-h-11 items-center rounded-md border border-accent px-4 py-2 font-medium text-accent hover:bg-accent-soft";

function Bar({ value, label }: { value: number; label: string }) {
  return (
    <div className="h-2.5 w-full overflow-hidden rounded-full bg-line-soft" aria-hidden="true" title={label}>
      <div className="h-full rounded-full bg-accent" style={{ width: `${Math.round(Math.max(0, Math.min(1, value)) * 100)}%` }} />
    </div>
  );
}

function MasteryList({ groups, testId, link }: { groups: NamedMastery[]; testId: string; link?: (group: NamedMastery) => string }) {
  return (
    <ul className="space-y-3" data-testid={testId}>
      {groups.map((group) => (
        <li key={group.key} className="space-y-1" data-key={group.key} data-mastery={group.mastery.toFixed(3)}>
          <div className="flex flex-wrap items-baseline justify-between gap-x-3">
            {link ? (
              <Link href={link(group)} className="font-medium text-ink underline decoration-line underline-offset-4 hover:decoration-accent">
                {group.name}
              </Link>
            ) : (
              <span className="font-medium">{group.name}</span>
            )}
            <span className="text-sm text-muted">
              <span className="font-semibold text-ink">{percent(group.mastery)}</span> · {group.studied} of {group.cards} studied{group.mastered ? `, ${group.mastered} mastered` : ""}
            </span>
          </div>
          <Bar value={group.mastery} label={`${percent(group.mastery)} mastery`} />
        </li>
      ))}
    </ul>
  );
}

/** A student's progress: what they know (mastery from each card's recall probability), how they are doing, what to review next. */
export default async function DashboardPage() {
  const user = await requireUser({ returnTo: "/dashboard" });
  const data = await loadDashboard(db(), user.id, new Date());
  const { totals, streak } = data;
  const nothingYet = totals.studied === 0;
  const forecastMax = Math.max(1, ...data.forecast.map((d) => d.count));
  const points = data.accuracy.map((d) => ({ label: formatDay(d.day, false), accuracy: Math.round(d.accuracy * 100), reviews: d.reviews }));

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="font-serif text-3xl font-bold">Your progress</h1>
        <p className="text-muted">
          {user.name ? `${user.name}, here` : "Here"} is what you know and what to review next. Study days start at 04:00 ({data.timeZone.replaceAll("_", " ")}).
        </p>
      </header>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="totals">
        {[
          { label: "Streak", value: `${streak.current} ${streak.current === 1 ? "day" : "days"}`, note: streak.studiedToday ? "studied today" : streak.current ? "study today to keep it" : `longest ${streak.longest}`, id: "streak" },
          { label: "Due today", value: String(totals.dueToday), note: "cards to review", id: "due-today" },
          { label: "Studied", value: String(totals.studied), note: `of ${totals.cards} cards`, id: "studied" },
          { label: "Reviews today", value: String(totals.reviewsToday), note: `${totals.mastered} cards mastered`, id: "reviews-today" },
        ].map((tile) => (
          <div key={tile.id} className={`${card} space-y-0.5`}>
            <dt className="text-sm font-medium text-muted">{tile.label}</dt>
            <dd className="text-2xl font-bold tabular-nums" data-testid={tile.id}>
              {tile.value}
            </dd>
            <dd className="text-sm text-muted">{tile.note}</dd>
          </div>
        ))}
      </dl>

      {nothingYet && (
        <section className={`${card} space-y-3`} aria-labelledby="start-heading">
          <h2 id="start-heading" className="text-lg font-semibold">
            Nothing studied yet
          </h2>
          <p>Review some flashcards or answer a practice round: every answer shows up here.</p>
          <div className="flex flex-wrap gap-3">
            <Link href="/flashcards" className={primaryButton}>
              Study flashcards
            </Link>
            <Link href="/practice" className={secondaryButton}>
              Practise
            </Link>
          </div>
        </section>
      )}

      <div className="grid gap-6 lg:grid-cols-2">
        <section className={`${card} space-y-3`} aria-labelledby="weakest-heading">
          <h2 id="weakest-heading" className="text-lg font-semibold">
            Review these next
          </h2>
          {data.weakest.length === 0 ? (
            <p className="text-muted">Once you have studied some cards, the ones you are most likely to forget appear here.</p>
          ) : (
            <ol className="divide-y divide-line-soft" data-testid="weakest">
              {data.weakest.map((fact) => (
                <li key={fact.cardKey} className="space-y-2 py-3 first:pt-0 last:pb-0">
                  <p className="font-medium">{fact.prompt}</p>
                  <p className="text-sm text-muted">
                    {fact.event ? `${fact.event.name} · ` : ""}
                    {fact.family} · {percent(fact.retrievability)} likely to recall tomorrow{fact.lapses ? ` · forgotten ${fact.lapses}×` : ""}
                  </p>
                  {fact.event && (
                    <div className="flex flex-wrap gap-2">
                      <Link href={`/flashcards?scope=${encodeURIComponent(`event:${fact.event.id}`)}`} className={secondaryButton} aria-label={`Study ${fact.event.name} with flashcards`}>
                        Study with flashcards
                      </Link>
                      <Link href={`/practice?event=${encodeURIComponent(fact.event.id)}&count=5`} className="inline-flex min-h-11 items-center px-2 font-medium text-accent underline underline-offset-4" aria-label={`Practise ${fact.event.name}`}>
                        Practise this event
                      </Link>
                    </div>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>

        <section className={`${card} space-y-3`} aria-labelledby="forecast-heading">
          <h2 id="forecast-heading" className="text-lg font-semibold">
            Due in the next 7 days
          </h2>
          <table className="w-full text-sm" data-testid="forecast">
            <caption className="sr-only">Cards due on each of the next 7 study days</caption>
            <thead className="sr-only">
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Cards due</th>
              </tr>
            </thead>
            <tbody>
              {data.forecast.map((d, i) => (
                <tr key={d.day}>
                  <th scope="row" className="w-28 py-1 pr-3 text-left font-medium">
                    {i === 0 ? "Today" : i === 1 ? "Tomorrow" : formatDay(d.day, false)}
                  </th>
                  <td className="py-1">
                    <div className="flex items-center gap-2">
                      <div className="h-3 flex-1 overflow-hidden rounded-sm bg-line-soft" aria-hidden="true">
                        <div className="h-full bg-accent" style={{ width: `${(d.count / forecastMax) * 100}%` }} />
                      </div>
                      <span className="w-10 text-right tabular-nums">{d.count}</span>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Link href="/flashcards" className={primaryButton}>
            Study due cards
          </Link>
        </section>
      </div>

      <section className={`${card} space-y-3`} aria-labelledby="accuracy-heading">
        <h2 id="accuracy-heading" className="text-lg font-semibold">
          Accuracy over the last 30 days
        </h2>
        {points.length === 0 ? (
          <p className="text-muted">No reviews in the last 30 days yet.</p>
        ) : (
          <>
            <p className="text-sm text-muted">Share of reviews and practice answers you recalled (not graded Again), per study day.</p>
            <AccuracyChart points={points} />
            <details>
              <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-accent">Show as a table</summary>
              <table className="mt-2 w-full max-w-md text-sm" data-testid="accuracy-table">
                <caption className="sr-only">Accuracy per study day</caption>
                <thead>
                  <tr className="border-b border-line-soft text-left">
                    <th scope="col" className="py-1 pr-3">Day</th>
                    <th scope="col" className="py-1 pr-3 text-right">Reviews</th>
                    <th scope="col" className="py-1 text-right">Recalled</th>
                  </tr>
                </thead>
                <tbody>
                  {data.accuracy.map((d) => (
                    <tr key={d.day} className="border-b border-line-soft last:border-0">
                      <td className="py-1 pr-3">{formatDay(d.day)}</td>
                      <td className="py-1 pr-3 text-right tabular-nums">{d.reviews}</td>
                      <td className="py-1 text-right tabular-nums">{percent(d.accuracy)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </section>

      <section className={`${card} space-y-3`} aria-labelledby="heatmap-heading">
        <h2 id="heatmap-heading" className="text-lg font-semibold">
          Reviews over the last year
        </h2>
        <ReviewHeatmap days={data.heatmap} titleId="heatmap" />
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section className={`${card} space-y-3`} aria-labelledby="events-heading">
          <h2 id="events-heading" className="text-lg font-semibold">
            Mastery by event
          </h2>
          <p className="text-sm text-muted">How likely you are to recall each event’s cards now; cards not studied yet count as 0.</p>
          <MasteryList groups={data.byEvent} testId="mastery-events" link={(group) => `/flashcards?scope=${encodeURIComponent(`event:${group.key}`)}`} />
        </section>
        <section className={`${card} space-y-3`} aria-labelledby="families-heading">
          <h2 id="families-heading" className="text-lg font-semibold">
            Mastery by kind of fact
          </h2>
          <MasteryList groups={data.byFamily} testId="mastery-families" />
        </section>
      </div>
    </div>
  );
}
