"use client";

import Link from "next/link";
import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { AnswerInput, AnswerText, describeSent, initialDraft, isComplete, readableReason, Sources, toSent, verdictStyle, type Answer, type Draft } from "@/app/_components/question/inputs";
import type { AttemptQuestion, AttemptState, ReviewItem } from "@/lib/server/assignments/attempts";
import type { AssignmentCard } from "@/lib/server/assignments/student-assignments";
import { LocalTime } from "../local-time";

const primaryButton = "inline-flex min-h-11 items-center justify-center rounded-md bg-accent px-5 py-2.5 font-semibold text-on-accent hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-50";
const secondaryButton = "inline-flex min-h-11 items-center justify-center rounded-md border border-accent px-4 py-2 font-medium text-accent hover:bg-accent-soft disabled:opacity-50";
const panel = "-mx-4 space-y-5 border-y border-line-soft bg-surface px-4 py-5 shadow-sm sm:mx-0 sm:rounded-lg sm:border sm:p-6";

/** An answer waiting to reach the server: kept in localStorage so a dropped connection or a reload loses nothing. */
type Pending = { clientId: string; questionId: string; answer: Answer; timeTakenMs: number | null };
type SaveStatus = { state: "saved" | "sending" | "waiting" | "failed"; message?: string };

const queueKey = (attemptId: string) => `muster:attempt-queue:${attemptId}`;

function readQueue(attemptId: string): Pending[] {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(queueKey(attemptId)) ?? "[]") as unknown;
    return Array.isArray(parsed) ? (parsed as Pending[]) : [];
  } catch {
    return [];
  }
}

function writeQueue(attemptId: string, queue: Pending[]) {
  try {
    if (queue.length === 0) window.localStorage.removeItem(queueKey(attemptId));
    else window.localStorage.setItem(queueKey(attemptId), JSON.stringify(queue));
  } catch {
    // Storage full or disabled: the answer stays in memory and is still retried.
  }
}

/** A saved answer shown back in its input (true/false radios hold "true"/"false"). */
function draftOf(answer: Answer): Draft {
  return { value: typeof answer === "boolean" ? String(answer) : answer, touched: true };
}

function clock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

async function readError(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: string };
    return body.error ?? `The server answered ${response.status}.`;
  } catch {
    return `The server answered ${response.status}.`;
  }
}

const subscribeNothing = () => () => {};

export function AttemptTaker({ card: initialCard, initial }: { card: AssignmentCard; initial: AttemptState | null }) {
  const [state, setState] = useState<AttemptState | null>(initial);
  const [card, setCard] = useState(initialCard);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  // Why the attempt ended if the student did not submit it (time up, a refused answer).
  const [notice, setNotice] = useState<string | null>(null);
  const hydrated = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );

  async function start() {
    setStarting(true);
    setStartError(null);
    try {
      const response = await fetch(`/api/assignments/${card.assignmentId}/attempts`, { method: "POST" });
      if (!response.ok) throw new Error(await readError(response));
      setState((await response.json()) as AttemptState);
    } catch (error) {
      setStartError(error instanceof Error ? error.message : "The attempt could not start. Try again.");
    } finally {
      setStarting(false);
    }
  }

  const taking = state !== null && state.submittedAt === null;
  return (
    <div className="space-y-6" data-testid="assignment-page" data-ready={hydrated}>
      <header className="space-y-1">
        <p className="text-sm text-muted">
          <Link href="/assignments" className="underline underline-offset-4 hover:text-accent">
            Assignments
          </Link>{" "}
          · {card.className}
        </p>
        <h1 className="font-serif text-3xl font-bold">{card.title}</h1>
      </header>
      {taking ? (
        <TakeAttempt
          key={state.attemptId}
          initial={state}
          onDone={(next, why) => {
            setNotice(why ?? null);
            setState(next);
            setCard((current) => ({ ...current, canStart: false, startRefusal: null }));
            // The card (attempts used, whether another may start) changed with the submission.
            void fetch(`/api/assignments/${card.assignmentId}/attempts`, { cache: "no-store" })
              .then((response) => (response.ok ? (response.json() as Promise<AssignmentCard>) : null))
              .then((fresh) => fresh && setCard(fresh))
              .catch(() => {});
          }}
        />
      ) : (
        <>
          {notice && (
            <div role="alert" className="rounded-md border border-l-4 border-bad bg-bad-soft p-3" data-testid="attempt-notice">
              {notice}
            </div>
          )}
          {state && <Review state={state} onChange={setState} />}
          <Intro card={card} submitted={state !== null} onStart={() => void start()} starting={starting} error={startError} />
        </>
      )}
    </div>
  );
}

function Intro({ card, submitted, onStart, starting, error }: { card: AssignmentCard; submitted: boolean; onStart: () => void; starting: boolean; error: string | null }) {
  const canStart = card.canStart;
  if (submitted && !canStart) return null;
  return (
    <section aria-labelledby="intro-heading" className={panel} data-testid="intro">
      <h2 id="intro-heading" className="text-xl font-semibold">
        {submitted ? "Another attempt" : "Before you start"}
      </h2>
      {card.instructions && !submitted && <p className="whitespace-pre-line">{card.instructions}</p>}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="text-muted">Questions</dt>
        <dd>{card.questionCount}</dd>
        <dt className="text-muted">Time limit</dt>
        <dd>{card.timeLimitMinutes ? `${card.timeLimitMinutes} minutes from when you start` : "None"}</dd>
        <dt className="text-muted">Due</dt>
        <dd>{card.dueAt ? <LocalTime iso={card.dueAt} fallbackZone={card.timeZone} /> : "No due date"}</dd>
        <dt className="text-muted">Attempts</dt>
        <dd>
          {card.attemptsUsed} of {card.attemptsAllowed} used
        </dd>
      </dl>
      <p className="text-sm text-muted">Each answer is saved when you give it and cannot be changed afterwards. If you close the page, come back: your attempt carries on where it was, with the time it has left.</p>
      {canStart ? (
        <button type="button" onClick={onStart} disabled={starting} className={primaryButton} data-testid="start">
          {starting ? "Starting…" : submitted ? "Start another attempt" : "Start"}
        </button>
      ) : (
        <p className="rounded-md border border-l-4 border-warn bg-warn-soft p-3" data-testid="start-refusal">
          {card.startRefusal ?? "This assignment cannot be started now."}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded-md border border-l-4 border-bad bg-bad-soft p-3">
          {error}
        </p>
      )}
    </section>
  );
}

/** Countdown to the server's deadline; the clock offset comes from the server time the state was read at. */
function useCountdown(deadline: string | null, serverNow: string) {
  const [offset] = useState(() => Date.parse(serverNow) - Date.now());
  const [tick, setTick] = useState(() => Date.now());
  useEffect(() => {
    if (!deadline) return;
    const timer = window.setInterval(() => setTick(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [deadline]);
  return deadline === null ? null : Math.max(0, Date.parse(deadline) - (tick + offset));
}

function TakeAttempt({ initial, onDone }: { initial: AttemptState; onDone: (state: AttemptState, notice?: string) => void }) {
  const attemptId = initial.attemptId;
  const questions = initial.questions;
  const [saved, setSaved] = useState<Map<string, Answer>>(() => new Map(initial.answers.map((answer) => [answer.questionId, answer.answer])));
  const [status, setStatus] = useState<Map<string, SaveStatus>>(() => new Map(initial.answers.map((answer) => [answer.questionId, { state: "saved" } as SaveStatus])));
  const [drafts, setDrafts] = useState<Map<string, Draft>>(() => new Map());
  const firstOpen = questions.findIndex((q) => !q.withdrawn && !saved.has(q.id));
  const [index, setIndex] = useState(firstOpen < 0 ? 0 : firstOpen);
  const [fatal, setFatal] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [retries, setRetries] = useState(0);
  const queue = useRef<Pending[]>([]);
  const retryTimer = useRef<number | null>(null);
  const retryDelay = useRef(1000);
  const shownAt = useRef(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const remaining = useCountdown(initial.deadline, initial.serverNow);
  const announced = useRef(new Set<number>());
  const expiredHandled = useRef(false);

  const refresh = useCallback(async (notice?: string) => {
    const response = await fetch(`/api/attempts/${attemptId}`, { cache: "no-store" });
    if (response.ok) {
      const next = (await response.json()) as AttemptState;
      if (next.submittedAt) {
        writeQueue(attemptId, []);
        onDone(next, notice);
      }
      return next;
    }
    return null;
  }, [attemptId, onDone]);

  const setOne = (questionId: string, value: SaveStatus) => setStatus((map) => new Map(map).set(questionId, value));

  const flush = useCallback(async () => {
    if (retryTimer.current !== null) {
      window.clearTimeout(retryTimer.current);
      retryTimer.current = null;
    }
    for (const item of [...queue.current]) {
      setStatus((map) => new Map(map).set(item.questionId, { state: "sending" }));
      let response: Response;
      try {
        response = await fetch(`/api/attempts/${attemptId}/answers`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(item) });
      } catch {
        response = new Response(null, { status: 599 });
      }
      const drop = () => {
        queue.current = queue.current.filter((other) => other.clientId !== item.clientId);
        writeQueue(attemptId, queue.current);
      };
      if (response.ok) {
        drop();
        retryDelay.current = 1000;
        setSaved((map) => new Map(map).set(item.questionId, item.answer));
        setStatus((map) => new Map(map).set(item.questionId, { state: "saved" }));
        continue;
      }
      if (response.status === 401) {
        setStatus((map) => new Map(map).set(item.questionId, { state: "waiting", message: "You are signed out. Sign in again in another tab: this answer is kept on this device and sent then." }));
        break;
      }
      if (response.status >= 500 || response.status === 429) {
        // Offline or a server hiccup: keep it, retry with the same client id (stored once).
        setStatus((map) => new Map(map).set(item.questionId, { state: "waiting", message: "Not saved yet: no connection. It is kept on this device and sent again automatically." }));
        const delay = retryDelay.current;
        retryDelay.current = Math.min(30_000, delay * 2);
        retryTimer.current = window.setTimeout(() => setRetries((n) => n + 1), delay);
        break;
      }
      const message = await readError(response);
      drop();
      if (response.status === 409) {
        // Time is up, already submitted, or answered elsewhere: the server's state decides.
        setFatal(message);
        const next = await refresh(message);
        if (next && !next.submittedAt) {
          setSaved(new Map(next.answers.map((answer) => [answer.questionId, answer.answer])));
          setStatus((map) => {
            const copy = new Map(map);
            copy.delete(item.questionId);
            for (const answer of next.answers) copy.set(answer.questionId, { state: "saved" });
            return copy;
          });
        }
        continue;
      }
      setStatus((map) => new Map(map).set(item.questionId, { state: "failed", message }));
    }
  }, [attemptId, refresh]);

  // A retry after a failed send: same client ids, so the server stores each answer once.
  useEffect(() => {
    if (retries > 0) void flush();
  }, [retries, flush]);

  // Answers queued before a reload or while offline are sent first.
  useEffect(() => {
    const stored = readQueue(attemptId);
    if (stored.length > 0) {
      queue.current = stored;
      void flush();
    }
    const online = () => void flush();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      if (retryTimer.current !== null) window.clearTimeout(retryTimer.current);
    };
  }, [attemptId, flush]);

  useEffect(() => {
    shownAt.current = Date.now();
    headingRef.current?.focus();
  }, [index]);

  // Announce 5 and 1 minutes left (not every second); at zero, the server submits the attempt.
  useEffect(() => {
    if (remaining === null) return;
    for (const mark of [5, 1]) {
      if (remaining <= mark * 60_000 && remaining > 0 && !announced.current.has(mark)) {
        announced.current.add(mark);
        setAnnouncement(`${mark} ${mark === 1 ? "minute" : "minutes"} left.`);
      }
    }
    if (remaining === 0 && !expiredHandled.current) {
      expiredHandled.current = true;
      setAnnouncement("Time is up. Your attempt is submitted with the answers you saved.");
      void (async () => {
        await flush();
        // The server's clock decides: if it does not see the deadline passed yet, ask again shortly.
        for (let tries = 0; tries < 10; tries++) {
          const next = await refresh("Time is up: your attempt was submitted with the answers you had saved.").catch(() => null);
          if (next?.submittedAt) return;
          await new Promise((resolve) => window.setTimeout(resolve, 2000));
        }
      })();
    }
  }, [remaining, flush, refresh]);

  const question = questions[index];
  const draft = question ? (drafts.get(question.id) ?? (saved.has(question.id) ? draftOf(saved.get(question.id)!) : initialDraft(question))) : null;
  const answeredCount = questions.filter((q) => saved.has(q.id) || status.get(q.id)?.state === "waiting").length;
  const live = questions.filter((q) => !q.withdrawn);

  function save(event: React.FormEvent) {
    event.preventDefault();
    if (!question || !draft || saved.has(question.id) || queue.current.some((item) => item.questionId === question.id)) return;
    if (!isComplete(question, draft)) return;
    const item: Pending = { clientId: crypto.randomUUID(), questionId: question.id, answer: toSent(question, draft.value), timeTakenMs: Math.max(0, Math.round(Date.now() - shownAt.current)) };
    queue.current = [...queue.current, item];
    writeQueue(attemptId, queue.current);
    setOne(question.id, { state: "sending" });
    void flush();
    const next = questions.findIndex((q, position) => position > index && !q.withdrawn && !saved.has(q.id));
    if (next >= 0) setIndex(next);
  }

  async function submit() {
    setSubmitting(true);
    await flush();
    try {
      const response = await fetch(`/api/attempts/${attemptId}/submit`, { method: "POST" });
      if (!response.ok) throw new Error(await readError(response));
      writeQueue(attemptId, []);
      onDone((await response.json()) as AttemptState);
    } catch (error) {
      setFatal(error instanceof Error && error.message !== "Failed to fetch" ? error.message : "Your attempt was not submitted: no connection. Your saved answers are safe; try again.");
      setSubmitting(false);
    }
  }

  const current = question ? status.get(question.id) : undefined;
  const isSaved = question ? saved.has(question.id) : false;
  const pendingHere = current?.state === "sending" || current?.state === "waiting";
  const waiting = [...status.values()].filter((s) => s.state === "waiting" || s.state === "sending").length;
  const low = remaining !== null && remaining <= 5 * 60_000;

  return (
    <div className="space-y-5" data-testid="attempt" data-attempt-id={attemptId}>
      <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center justify-between gap-3 border-b border-line-soft bg-paper/95 px-4 py-2 sm:mx-0 sm:rounded-lg sm:border">
        <p className="text-sm">
          Answered <strong data-testid="answered-count">{answeredCount}</strong> of {live.length}
        </p>
        {remaining !== null && (
          <p className={`font-semibold tabular-nums ${low ? "text-bad" : ""}`}>
            <span className="text-sm font-normal text-muted">Time left </span>
            <span role="timer" aria-label="Time left" data-testid="time-left" data-ms={remaining}>
              {clock(remaining)}
            </span>
          </p>
        )}
        <p className="sr-only" aria-live="assertive" data-testid="time-announcement">
          {announcement}
        </p>
      </div>

      {fatal && (
        <div role="alert" className="rounded-md border border-l-4 border-bad bg-bad-soft p-3" data-testid="attempt-error">
          {fatal}
        </div>
      )}

      <nav aria-label="Questions" className="flex flex-wrap gap-2">
        {questions.map((q, position) => {
          const s = status.get(q.id)?.state;
          const done = saved.has(q.id);
          return (
            <button
              key={q.id}
              type="button"
              onClick={() => setIndex(position)}
              aria-current={position === index ? "step" : undefined}
              aria-label={`Question ${position + 1}${q.withdrawn ? ", withdrawn" : done ? ", saved" : s === "waiting" ? ", waiting to be sent" : ", not answered"}`}
              className={`inline-flex size-11 items-center justify-center rounded-md border text-sm font-semibold ${position === index ? "border-accent ring-2 ring-accent" : "border-line"} ${done ? "bg-accent-soft" : "bg-surface"} ${q.withdrawn ? "line-through opacity-60" : ""}`}
            >
              {position + 1}
              {done && <span aria-hidden="true">✓</span>}
            </button>
          );
        })}
      </nav>

      {question && draft && (
        <form key={question.id} onSubmit={save} aria-labelledby={headingId} className={panel} data-testid="attempt-question" data-question-id={question.id} data-format={question.format}>
          <p className="text-sm text-muted">
            Question {index + 1} of {questions.length}
          </p>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-xl font-semibold leading-snug" data-testid="question-heading">
            {question.prompt}
          </h2>
          {question.withdrawn ? (
            <p className="rounded-md border border-l-4 border-warn bg-warn-soft p-3">Your teacher withdrew this question. It does not count and needs no answer.</p>
          ) : (
            <fieldset aria-labelledby={headingId} className="space-y-4">
              <AnswerInput question={question} draft={draft} onChange={(value) => setDrafts((map) => new Map(map).set(question.id, { value, touched: true }))} disabled={isSaved || pendingHere} />
            </fieldset>
          )}
          <p role="status" className="min-h-6 text-sm font-medium" data-testid="save-status" data-state={isSaved ? "saved" : (current?.state ?? "none")}>
            {isSaved ? (
              <span className="text-good">
                <span aria-hidden="true">✓ </span>Saved
              </span>
            ) : current?.state === "sending" ? (
              "Saving…"
            ) : current?.state === "waiting" || current?.state === "failed" ? (
              <span className={current.state === "failed" ? "text-bad" : "text-warn"}>{current.message}</span>
            ) : null}
          </p>
          <div className="flex flex-wrap items-center gap-3">
            {!question.withdrawn && !isSaved && (
              <button type="submit" disabled={pendingHere || remaining === 0 || !isComplete(question, draft)} className={primaryButton} data-testid="save-answer">
                Save answer
              </button>
            )}
            <button type="button" onClick={() => setIndex(Math.max(0, index - 1))} disabled={index === 0} className={secondaryButton}>
              Previous
            </button>
            <button type="button" onClick={() => setIndex(Math.min(questions.length - 1, index + 1))} disabled={index >= questions.length - 1} className={secondaryButton}>
              Next
            </button>
          </div>
          <ReportQuestion attemptId={attemptId} question={question} reported={initial.reported.includes(question.id)} />
        </form>
      )}

      <section aria-labelledby="submit-heading" className="space-y-3 rounded-lg border border-line-soft bg-surface p-4 sm:p-5">
        <h2 id="submit-heading" className="text-lg font-semibold">
          Finished?
        </h2>
        {!confirming ? (
          <button type="button" onClick={() => setConfirming(true)} className={primaryButton} data-testid="submit">
            Submit attempt
          </button>
        ) : (
          <div role="alertdialog" aria-labelledby="confirm-submit" className="space-y-3 rounded-md border border-l-4 border-warn bg-warn-soft p-4" data-testid="confirm-submit">
            <p id="confirm-submit" className="font-semibold">
              Submit now? You answered {answeredCount} of {live.length}; questions without an answer score nothing.{waiting > 0 ? ` ${waiting} answer${waiting === 1 ? " is" : "s are"} still being sent and will be sent first.` : ""}
            </p>
            <div className="flex flex-wrap gap-3">
              <button type="button" onClick={() => void submit()} disabled={submitting} className={primaryButton} data-testid="confirm-submit-button" autoFocus>
                {submitting ? "Submitting…" : "Yes, submit"}
              </button>
              <button type="button" onClick={() => setConfirming(false)} className={secondaryButton}>
                Keep working
              </button>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}

function ReportQuestion({ attemptId, question, reported }: { attemptId: string; question: AttemptQuestion; reported: boolean }) {
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<string | null>(reported ? "You reported this question. Your teacher will look at it." : null);
  const [sent, setSent] = useState(reported);
  const id = useId();
  async function send() {
    setMessage("Sending…");
    try {
      const response = await fetch(`/api/attempts/${attemptId}/reports`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ questionId: question.id, note }) });
      if (!response.ok) throw new Error(await readError(response));
      setSent(true);
      setMessage("Reported. Your teacher will look at this question.");
    } catch (error) {
      setMessage(error instanceof Error && error.message !== "Failed to fetch" ? error.message : "The report was not sent. Try again.");
    }
  }
  return (
    <details className="border-t border-line-soft pt-3 text-sm" data-testid="report">
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-accent underline-offset-4 hover:underline">Report this question</summary>
      <div className="mt-2 space-y-2">
        {!sent && (
          <>
            <label htmlFor={`${id}-note`} className="block font-medium">
              What is wrong with it? (optional)
            </label>
            <input id={`${id}-note`} type="text" maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} className="w-full max-w-md rounded-md border border-line bg-surface px-3 py-2 text-base" />
            <button type="button" onClick={() => void send()} className={secondaryButton}>
              Send report
            </button>
          </>
        )}
        <p role="status" className="text-muted">
          {message}
        </p>
      </div>
    </details>
  );
}

function Contest({ attemptId, item, onContested }: { attemptId: string; item: ReviewItem; onContested: () => void }) {
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const id = useId();
  // A contest the teacher accepted made the answer correct (no longer contestable): its outcome still shows.
  if (!item.answerId || (!item.contestable && !item.contest)) return null;
  async function send() {
    setMessage("Sending…");
    try {
      const response = await fetch(`/api/attempts/${attemptId}/answers/${item.answerId}/contest`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ note }) });
      if (!response.ok) throw new Error(await readError(response));
      setMessage("Sent to your teacher: they will look at your answer.");
      onContested();
    } catch (error) {
      setMessage(error instanceof Error && error.message !== "Failed to fetch" ? error.message : "The contest was not sent. Try again.");
    }
  }
  return (
    <div className="space-y-2 border-t border-line-soft pt-3" data-testid="contest">
      {item.contest ? (
        <p role="status" className="text-sm" data-testid="contest-status">
          {message ?? (item.contest.status === "open" ? "Sent to your teacher: they will look at your answer." : item.contest.status === "accepted" ? "Your teacher accepted your answer." : "Your teacher kept the mark.")}
        </p>
      ) : (
        <>
          <label htmlFor={`${id}-note`} className="block text-sm font-medium">
            Why it should count (optional)
          </label>
          <input id={`${id}-note`} type="text" maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} className="w-full max-w-md rounded-md border border-line bg-surface px-3 py-2 text-base" />
          <button type="button" onClick={() => void send()} className={secondaryButton}>
            I was right
          </button>
          <p role="status" className="text-sm text-muted" data-testid="contest-status">
            {message ?? "Think your answer should count? Send it to your teacher."}
          </p>
        </>
      )}
    </div>
  );
}

function Review({ state, onChange }: { state: AttemptState; onChange: (state: AttemptState) => void }) {
  const result = state.result;
  const byId = new Map(state.questions.map((q) => [q.id, q]));
  return (
    <section aria-labelledby="review-heading" className={panel} data-testid="review">
      <div className="space-y-1">
        <h2 id="review-heading" className="font-serif text-2xl font-semibold">
          Attempt {state.number} submitted
        </h2>
        <p className="text-muted">
          {state.submittedBy === "expired" ? "Time ran out: it was submitted with the answers you had saved" : "You submitted it"}
          {state.submittedAt && (
            <>
              {" "}
              on <LocalTime iso={state.submittedAt} fallbackZone={state.timeZone} />
            </>
          )}
          {state.late ? " (late)" : ""}.
        </p>
        {result && result.score !== null && (
          <p className="text-lg" data-testid="attempt-score">
            Your score: <strong>{result.score}</strong> of {result.maxScore}
          </p>
        )}
      </div>
      {result && result.review === null && (
        <p className="rounded-md border border-line-soft p-3" data-testid="review-hidden">
          {result.reviewAt ? (
            <>
              The answers and explanations are shown after the due time, <LocalTime iso={result.reviewAt} fallbackZone={state.timeZone} />.
            </>
          ) : (
            "Your teacher does not show the answers for this assignment."
          )}
        </p>
      )}
      {result?.review && (
        <ol className="space-y-4" data-testid="review-items">
          {result.review.map((item, position) => {
            const question = byId.get(item.questionId);
            if (!question) return null;
            const style = item.verdict ? verdictStyle[item.verdict] : null;
            return (
              <li key={item.questionId} className={`space-y-2 rounded-md border border-l-4 p-4 ${item.withdrawn ? "border-line" : style ? style.box : "border-line"}`} data-testid="review-item" data-verdict={item.verdict ?? "none"}>
                <p className="text-sm text-muted">Question {position + 1}</p>
                <p className="font-medium">{question.prompt}</p>
                {item.withdrawn ? (
                  <p className="text-sm">Withdrawn by your teacher: it does not count.</p>
                ) : (
                  <>
                    <p className="font-semibold">
                      {style ? style.title : "Not answered"}
                      {style && <span aria-hidden="true"> {style.mark}</span>}
                    </p>
                    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                      <dt className="text-muted">You answered</dt>
                      <dd>{item.answer === null ? "—" : <AnswerText value={describeSent(question, item.answer)} ordered={question.format === "ordering"} />}</dd>
                      <dt className="mt-1 text-muted sm:mt-0">Answer</dt>
                      <dd>
                        <AnswerText value={item.correctAnswerList ?? item.correctAnswer} ordered={question.format === "ordering"} strong />
                      </dd>
                    </dl>
                    {item.reason && item.answer !== null && <p className="text-sm">{readableReason(item.reason)}</p>}
                    <p className="text-sm">{item.explanation.text}</p>
                    <Sources sources={item.explanation.sources} />
                    <Contest
                      attemptId={state.attemptId}
                      item={item}
                      onContested={() => onChange({ ...state, result: { ...result, review: result.review!.map((other) => (other.questionId === item.questionId ? { ...other, contest: { status: "open" } } : other)) } })}
                    />
                  </>
                )}
                <ReportQuestion attemptId={state.attemptId} question={question} reported={state.reported.includes(question.id)} />
              </li>
            );
          })}
        </ol>
      )}
      <p>
        <Link href="/assignments" className="font-medium text-accent underline underline-offset-4">
          Back to your assignments
        </Link>
      </p>
    </section>
  );
}
