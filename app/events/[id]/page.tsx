import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateRange, formatPartial } from "@/lib/questions/dates";
import { formatRange } from "@/lib/questions/numbers";
import type { BattleEvent, Casualties, Fact, SourceRef } from "@/lib/facts/types";
import { getEvent } from "@/lib/server/events";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const event = await getEvent((await params).id);
  return { title: event?.name ?? "Event not found" };
}

function Cite({ source }: { source: SourceRef }) {
  return (
    <details className="inline text-xs text-muted">
      <summary className="inline cursor-pointer underline decoration-dotted" aria-label={`Source: ${source.file} line ${source.line}`}>
        {source.file}:{source.line}
      </summary>
      <q className="mt-1 block border-l-2 border-line pl-2 italic">{source.text}</q>
    </details>
  );
}

function factSource(event: BattleEvent, kind: Fact["kind"], side: number | null): SourceRef | undefined {
  return event.facts.find((fact) => fact.kind === kind && fact.side === side)?.source;
}

function CasualtyBreakdown({ casualties }: { casualties: Casualties }) {
  const parts = (["killed", "wounded", "captured", "missing", "civilian", "total"] as const)
    .map((field) => [field, casualties[field]] as const)
    .filter((entry): entry is readonly [typeof entry[0], NonNullable<typeof entry[1]>] => entry[1] !== null);
  return (
    <div>
      <p>{casualties.text}</p>
      {parts.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-x-4 text-sm text-muted">
          {parts.map(([field, range]) => (
            <li key={field}>
              {field}: <strong>
                {range.approx ? "c. " : ""}
                {formatRange(range)}
              </strong>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export default async function EventPage({ params }: Params) {
  const event = await getEvent((await params).id);
  if (!event) notFound();

  const rows: [string, string | null, Fact["kind"]][] = [
    ["War", event.partOf, "partOf"],
    ["Campaign", event.campaign ?? null, "campaign"],
    ["Date", event.date ? formatDateRange(event.date) : null, "date"],
    ["Place", event.place, "place"],
    ["Result", event.result, "result"],
    ["Territory", event.territory, "territory"],
  ];

  return (
    <article className="space-y-8">
      <header>
        <p className="text-sm">
          <Link href="/" className="text-accent hover:underline">
            ← Library
          </Link>
        </p>
        <h1 className="mt-2 font-serif text-3xl font-bold">{event.name}</h1>
        {event.aliases.length > 0 && <p className="mt-1 text-muted">Also known as {event.aliases.join(" · ")}</p>}
        <Link href={`/practice?event=${encodeURIComponent(event.id)}`} className="mt-4 inline-block rounded bg-accent px-4 py-2 font-medium text-on-accent">
          Practise this event
        </Link>
      </header>

      <section aria-labelledby="overview">
        <h2 id="overview" className="sr-only">
          Overview
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded border border-line-soft bg-surface p-4">
          {rows
            .filter(([, value]) => value)
            .map(([label, value, kind]) => {
              const source = factSource(event, kind, null);
              return (
                <div key={label} className="contents">
                  <dt className="font-medium text-muted">{label}</dt>
                  <dd>
                    {value} {source && <Cite source={source} />}
                  </dd>
                </div>
              );
            })}
        </dl>
      </section>

      <section aria-labelledby="sides-heading" className="space-y-3">
        <h2 id="sides-heading" className="font-serif text-2xl font-semibold">
          Sides
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          {event.sides.map((side) => (
            <div key={side.index} className="space-y-3 rounded border border-line-soft bg-surface p-4" data-testid={`side-${side.index}`}>
              <h3 className="text-lg font-semibold">{side.belligerents.join(", ") || `Side ${side.index}`}</h3>
              {side.commanders.length > 0 && (
                <div>
                  <h4 className="text-sm font-medium uppercase tracking-wide text-muted">Commanders</h4>
                  <ul>
                    {side.commanders.map((person) => (
                      <li key={person.name}>
                        {person.rank && <span className="text-muted">{person.rank} </span>}
                        {person.name}
                        {person.status && <span className="ml-1 rounded bg-line-soft px-1 text-xs">{person.status}</span>}
                        {person.aliases.length > 0 && <span className="text-sm text-muted"> (also {person.aliases.join(", ")})</span>}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {side.units.length > 0 && (
                <div>
                  <h4 className="text-sm font-medium uppercase tracking-wide text-muted">Units</h4>
                  <p>{side.units.join("; ")}</p>
                </div>
              )}
              {side.strength && (
                <div>
                  <h4 className="text-sm font-medium uppercase tracking-wide text-muted">Strength</h4>
                  <p>{side.strength.text}</p>
                </div>
              )}
              {side.casualties && (
                <div>
                  <h4 className="text-sm font-medium uppercase tracking-wide text-muted">Casualties and losses</h4>
                  <CasualtyBreakdown casualties={side.casualties} />
                </div>
              )}
            </div>
          ))}
        </div>
      </section>

      {event.timeline.length > 0 && (
        <section aria-labelledby="timeline-heading" className="space-y-3">
          <h2 id="timeline-heading" className="font-serif text-2xl font-semibold">
            Timeline
          </h2>
          <ol className="space-y-2 border-l-2 border-line pl-4" data-testid="timeline">
            {event.timeline.map((entry) => (
              <li key={`${entry.date}:${entry.source.line}:${entry.text}`}>
                <time dateTime={entry.date} className="font-semibold">
                  {formatPartial(entry.date)}
                </time>{" "}
                — {entry.text} <Cite source={entry.source} />
              </li>
            ))}
          </ol>
        </section>
      )}

      {event.conflicts.length > 0 && (
        <section aria-labelledby="conflicts-heading" className="space-y-3">
          <h2 id="conflicts-heading" className="font-serif text-2xl font-semibold">
            Where the sources disagree
          </h2>
          <ul className="space-y-2">
            {event.conflicts.map((conflict) => (
              <li key={conflict.field} className="rounded border border-warn bg-warn-soft p-3">
                <p className="font-medium">{conflict.field}</p>
                <ul className="ml-4 list-disc">
                  {conflict.values.map((value) => (
                    <li key={value.value}>
                      {value.value} — {value.sources.map((source) => `${source.file}:${source.line}`).join(", ")}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="font-serif text-2xl font-semibold">
          Sources
        </h2>
        <ul className="mt-2 list-disc pl-6" data-testid="sources">
          {event.sources.map((source) => (
            <li key={source.file}>
              {source.title} — <code>{source.file}</code>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
