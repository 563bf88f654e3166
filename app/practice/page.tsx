import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { FAMILIES, FORMATS, type Family, type Format } from "@/lib/questions";
import { currentUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { practiceWars, startPractice, type PracticeRequest } from "@/lib/server/practice";
import { openRound } from "@/lib/server/study/practice-rounds";
import { Notice } from "../_components/notice";
import { FORMAT_LABELS, PracticeForm, type PracticeChoice } from "./practice-form";
import { PracticeSession } from "./practice-session";

export const metadata: Metadata = { title: "Practice" };

const DEFAULT_COUNT = 10;
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const list = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const searchSchema = z.object({
  // The form sends one "scope" (all | war:<id> | event:<id>); links use event= or war=.
  scope: z.preprocess(first, z.string().max(200).optional()),
  event: z.preprocess(first, z.string().max(200).optional()),
  war: z.preprocess(first, z.string().max(200).optional()),
  count: z.preprocess(first, z.coerce.number().int().min(1).max(50).default(DEFAULT_COUNT)),
  seed: z.preprocess(first, z.string().regex(/^[\w-]{1,64}$/, "letters, digits, - or _ only").optional()),
  family: z.preprocess(first, z.enum(FAMILIES as [Family, ...Family[]]).optional()),
  format: z.preprocess(list, z.array(z.enum(FORMATS as [Format, ...Format[]])).max(20)),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The round's URL without the seed: every option the student chose, in one canonical spelling. */
function roundQuery(round: { event?: string; war?: string; count: number; formats: Format[]; family?: Family }): URLSearchParams {
  const query = new URLSearchParams();
  if (round.event) query.set("event", round.event);
  else if (round.war) query.set("war", round.war);
  query.set("count", String(round.count));
  for (const format of round.formats) query.append("format", format);
  if (round.family) query.set("family", round.family);
  return query;
}

export default async function PracticePage({ searchParams }: Props) {
  await connection();
  const raw = await searchParams;
  const parsed = searchSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return (
      <Notice tone="error" title="This practice link does not work" link={{ href: "/practice", label: "Choose a practice round" }}>
        <p>
          The link asks for something Muster cannot do ({issue?.path.join(".") || "link"}: {issue?.message}).
        </p>
      </Notice>
    );
  }
  const params = parsed.data;
  const wars = await practiceWars();
  const scope = params.scope && params.scope !== "all" ? params.scope : undefined;
  const eventId = params.event ?? (scope?.startsWith("event:") ? scope.slice("event:".length) : undefined);
  const warId = eventId ? undefined : (params.war ?? (scope?.startsWith("war:") ? scope.slice("war:".length) : undefined));
  if (scope && !scope.startsWith("event:") && !scope.startsWith("war:")) notFound();
  const war = warId ? wars.find((candidate) => candidate.id === warId) : undefined;
  const event = eventId ? wars.flatMap((candidate) => candidate.events).find((candidate) => candidate.id === eventId) : undefined;
  if ((eventId && !event) || (warId && !war)) notFound();

  // Every format ticked means no filter: keeps the URL short and the meaning the same.
  const chosenFormats = FORMATS.filter((format) => params.format.includes(format));
  const formats = chosenFormats.length === FORMATS.length ? [] : chosenFormats;
  const choice: PracticeChoice = { scope: event ? `event:${event.id}` : war ? `war:${war.id}` : "all", count: params.count, formats };
  const started = ["scope", "event", "war", "count", "seed", "family", "format"].some((key) => raw[key] !== undefined);

  if (!started) {
    return (
      <div className="space-y-6">
        <header className="space-y-2">
          <h1 className="font-serif text-3xl font-bold">Practice</h1>
          <p className="max-w-2xl text-muted">Pick a war or a single battle, how long a round you want and which kinds of question. Every answer is checked against the article it came from.</p>
        </header>
        <div className="rounded-lg border border-line-soft bg-surface p-5 shadow-sm sm:p-6">
          <PracticeForm wars={wars} choice={choice} />
        </div>
      </div>
    );
  }

  const query = roundQuery({ ...(event && { event: event.id }), ...(war && { war: war.id }), count: params.count, formats, ...(params.family && { family: params.family }) });
  // A round gets its seed in the URL, so reloading the page keeps the same questions.
  if (!params.seed || params.scope !== undefined) {
    const seed = params.seed ?? crypto.randomUUID().slice(0, 8);
    redirect(`/practice?${query.toString()}&seed=${seed}`);
  }

  const request: PracticeRequest = {
    count: params.count,
    seed: params.seed,
    ...(event ? { eventIds: [event.id] } : war ? { eventIds: war.events.map((item) => item.id) } : {}),
    ...(params.family && { families: [params.family] }),
    ...(formats.length && { formats }),
  };
  // A signed-in student's round is saved: the same URL finds it again, with the answers so far.
  const user = await currentUser();
  const saved = user ? await openRound(db(), user.id, request, new Date()) : null;
  const questions = saved ? saved.questions : await startPractice(request);
  const title = event?.name ?? (war ? war.name : "Everything in the library");
  const kinds = formats.length ? formats.map((format) => FORMAT_LABELS[format]).join(", ") : "all kinds of question";

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm font-medium uppercase tracking-wide text-muted">Practice</p>
        <h1 className="font-serif text-3xl font-bold">{title}</h1>
        <p className="text-muted" data-testid="round-summary">
          {questions.length} {questions.length === 1 ? "question" : "questions"} · {kinds}
          {saved && " · your answers are saved"}
        </p>
      </header>
      <details className="group rounded-lg border border-line-soft bg-surface" data-testid="change-round">
        <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-4 font-medium text-accent underline-offset-4 hover:underline">
          <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
            ▸
          </span>
          Change what you practise
        </summary>
        <div className="border-t border-line-soft p-4 sm:p-5">
          <PracticeForm wars={wars} choice={choice} />
        </div>
      </details>
      {questions.length === 0 ? (
        <Notice tone="warning" title="No questions match this choice" link={{ href: "/practice", label: "Choose another round" }}>
          <p>There are no {kinds === "all kinds of question" ? "" : `${kinds.toLowerCase()} `}questions for {title} yet. Try other kinds of question or a wider choice.</p>
        </Notice>
      ) : (
        <>
          {questions.length < params.count && (
            <p className="text-sm text-muted">
              You asked for {params.count}; only {questions.length} different questions fit this choice.
            </p>
          )}
          <PracticeSession
            key={saved?.roundId ?? params.seed}
            questions={questions}
            newRoundHref={`/practice?${query.toString()}`}
            {...(saved && { saved: { roundId: saved.roundId, answers: saved.answers.map(({ answerId, questionId, answer, feedback, contestable, contested }) => ({ answerId, questionId, answer, feedback, contestable, contested })) } })}
          />
        </>
      )}
    </div>
  );
}
