"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { AnswerInput, AnswerText, describeSent, initialDraft, isComplete, readableReason, Sources, toSent, verdictStyle, type Answer, type Draft } from "@/app/_components/question/inputs";
import type { AnswerFeedback, StudentQuestion } from "@/lib/server/practice";

/** Feedback of a saved round's answer: the stored answer's id and whether it may be (or was) contested. */
type Feedback = AnswerFeedback & { answerId?: string; contestable?: boolean; contested?: boolean };

type Result = { question: StudentQuestion; sent: Answer; feedback: Feedback };

/** A signed-in student's round: its id and the answers stored so far (feedback included, keys only for those). */
export type SavedRoundView = { roundId: string; answers: { answerId: string; questionId: string; answer: Answer; feedback: AnswerFeedback; contestable: boolean; contested: boolean }[] };

type Focus = "question" | "feedback" | "done" | "confirm" | null;

/** Results of the answers a saved round already has, in question order, and where to carry on. */
function resumeFrom(questions: StudentQuestion[], saved: SavedRoundView | undefined): { results: Result[]; index: number } {
  const byQuestion = new Map((saved?.answers ?? []).map((answer) => [answer.questionId, answer]));
  const results: Result[] = [];
  for (const question of questions) {
    const answer = byQuestion.get(question.id);
    if (answer) results.push({ question, sent: answer.answer, feedback: { ...answer.feedback, answerId: answer.answerId, contestable: answer.contestable, contested: answer.contested } });
  }
  const open = questions.findIndex((question) => !byQuestion.has(question.id));
  return { results, index: open < 0 ? questions.length : open };
}

export function PracticeSession({ questions, newRoundHref, saved }: { questions: StudentQuestion[]; newRoundHref: string; saved?: SavedRoundView }) {
  const [resumed] = useState(() => resumeFrom(questions, saved));
  // True once hydrated: before that, a click would submit the form as a plain page request.
  const hydrated = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
  const [round, setRound] = useState({ number: 1, questions });
  const [index, setIndex] = useState(resumed.index);
  const [draft, setDraft] = useState<Draft>(() => (questions[resumed.index] ? initialDraft(questions[resumed.index]!) : { value: "", touched: false }));
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [results, setResults] = useState<Result[]>(resumed.results);
  // One client id per question and round: a retried submission is stored once.
  const clientIds = useRef(new Map<string, string>());
  const shownAt = useRef<number | null>(null);
  const [contest, setContest] = useState<{ state: "sending" | "sent" | "failed"; message: string } | null>(null);
  const [contestNote, setContestNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [confirmUntouched, setConfirmUntouched] = useState(false);
  // Where focus goes after the next render; a ref, since setting it must not render by itself.
  const focusNext = useRef<Focus>(null);
  const setFocus = (target: Focus) => {
    focusNext.current = target;
  };
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const question = round.questions[index];

  // Focus follows the student's step, so keyboard and screen-reader users land on what changed.
  useEffect(() => {
    const focus = focusNext.current;
    if (!focus) return;
    focusNext.current = null;
    const target = { question: headingRef, feedback: feedbackRef, done: doneRef, confirm: confirmRef }[focus].current;
    target?.focus();
    if (focus !== "confirm") target?.scrollIntoView?.({ block: focus === "feedback" ? "nearest" : "start" });
  });

  // When the question appeared: a saved answer records how long the student took.
  useEffect(() => {
    shownAt.current = Date.now();
  }, [round.number, index]);

  function start(list: StudentQuestion[], number: number) {
    setContest(null);
    setRound({ number, questions: list });
    setIndex(0);
    setResults([]);
    setFeedback(null);
    setError(null);
    setConfirmUntouched(false);
    setDraft(initialDraft(list[0]!));
    setFocus("question");
  }

  if (!question) {
    const mistakes = results.filter((result) => !result.feedback.correct);
    const score = results.length - mistakes.length;
    return (
      <section aria-labelledby="practice-done-heading" className="-mx-4 space-y-5 border-y border-line-soft bg-surface px-4 py-5 shadow-sm sm:mx-0 sm:rounded-lg sm:border sm:p-6" data-testid="practice-done">
        <div className="space-y-1">
          <h2 id="practice-done-heading" ref={doneRef} tabIndex={-1} className="font-serif text-2xl font-semibold">
            {round.number > 1 ? "Retry complete" : "Round complete"}
          </h2>
          <p className="text-lg">
            You answered {score} of {results.length} correctly.
          </p>
        </div>
        {mistakes.length > 0 ? (
          <section aria-labelledby="review-heading" className="space-y-3" data-testid="mistake-review">
            <h3 id="review-heading" className="text-lg font-semibold">
              Review your {mistakes.length === 1 ? "mistake" : `${mistakes.length} mistakes`}
            </h3>
            <ol className="space-y-3">
              {mistakes.map(({ question: missed, sent, feedback: result }) => (
                <li key={missed.id} className="space-y-2 rounded-md border border-line-soft p-4" data-testid="mistake">
                  <p className="font-medium">{missed.prompt}</p>
                  <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                    <dt className="text-muted">You answered</dt>
                    <dd>
                      <AnswerText value={describeSent(missed, sent)} ordered={missed.format === "ordering"} />
                    </dd>
                    <dt className="mt-1 text-muted sm:mt-0">Answer</dt>
                    <dd>
                      <AnswerText value={result.correctAnswerList ?? result.correctAnswer} ordered={missed.format === "ordering"} strong />
                    </dd>
                  </dl>
                  <p className="text-sm">{result.explanation.text}</p>
                </li>
              ))}
            </ol>
          </section>
        ) : (
          <p>No mistakes this time. Well done.</p>
        )}
        <div className="flex flex-wrap items-center gap-3">
          {mistakes.length > 0 && (
            <button
              type="button"
              onClick={() => start(mistakes.map((result) => result.question), round.number + 1)}
              className="min-h-11 rounded-md bg-accent px-5 py-2.5 font-semibold text-on-accent hover:opacity-90"
            >
              Retry the ones I missed
            </button>
          )}
          <a href={newRoundHref} className={mistakes.length > 0 ? "min-h-11 rounded-md border border-accent px-5 py-2.5 font-semibold text-accent hover:bg-accent-soft" : "min-h-11 rounded-md bg-accent px-5 py-2.5 font-semibold text-on-accent hover:opacity-90"}>
            New round
          </a>
          <Link href="/practice" className="font-medium text-accent underline underline-offset-4">
            Practise something else
          </Link>
        </div>
      </section>
    );
  }

  async function check() {
    if (!question || feedback || pending) return;
    setPending(true);
    setError(null);
    setConfirmUntouched(false);
    const sent = toSent(question, draft.value);
    // The first round of a saved practice is stored; retries of mistakes are practice on the side.
    const saving = saved && round.number === 1;
    const slot = `${round.number}:${question.id}`;
    const clientId = clientIds.current.get(slot) ?? crypto.randomUUID();
    clientIds.current.set(slot, clientId);
    const timeTakenMs = shownAt.current === null ? undefined : Math.max(0, Math.round(Date.now() - shownAt.current));
    try {
      const response = await fetch("/api/practice/answers", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ questionId: question.id, answer: sent, ...(saving && { roundId: saved.roundId, clientId, timeTakenMs }) }),
      });
      const body = (await response.json()) as Feedback | { error: string };
      if ("error" in body) setError(body.error);
      else {
        setFeedback(body);
        setResults((list) => [...list, { question, sent, feedback: body }]);
        setFocus("feedback");
      }
    } catch {
      setError("Your answer could not be sent. Check your connection and try again; it has not been lost.");
    } finally {
      setPending(false);
    }
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    // Enter in a text field submits the form too: never after the answer was checked.
    if (!question || feedback || pending || !isComplete(question, draft)) return;
    // An ordering starts shuffled: checking it untouched is almost always a slip, so ask first.
    if (question.format === "ordering" && !draft.touched) {
      setConfirmUntouched(true);
      setFocus("confirm");
      return;
    }
    void check();
  }

  async function sendContest(answerId: string) {
    setContest({ state: "sending", message: "Sending…" });
    try {
      const response = await fetch("/api/practice/contests", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ answerId, note: contestNote }) });
      const body = (await response.json()) as { status?: string; error?: string };
      if (!response.ok) throw new Error(body.error ?? "The contest was not sent.");
      setContest({ state: "sent", message: "Sent to your teacher: they will look at your answer." });
      setFeedback((current) => (current ? { ...current, contested: true } : current));
      setResults((list) => list.map((result) => (result.feedback.answerId === answerId ? { ...result, feedback: { ...result.feedback, contested: true } } : result)));
    } catch (caught) {
      setContest({ state: "failed", message: caught instanceof Error && caught.message ? caught.message : "The contest was not sent. Try again." });
    }
  }

  function next() {
    setContest(null);
    setContestNote("");
    const following = round.questions[index + 1];
    setIndex(index + 1);
    setFeedback(null);
    setError(null);
    setConfirmUntouched(false);
    if (following) setDraft(initialDraft(following));
    setFocus(following ? "question" : "done");
  }

  const complete = isComplete(question, draft);
  const style = feedback ? verdictStyle[feedback.verdict] : null;
  const last = index + 1 >= round.questions.length;
  // What the student had answered before this page load: where they left off, unchanged as they go on.
  const earlier = saved && round.number === 1 ? resumed.results : [];
  return (
    <>
      {earlier.length > 0 && (
        <section aria-labelledby={`${headingId}-so-far`} className="space-y-2 rounded-lg border border-line-soft bg-surface p-4" data-testid="resumed">
          <h2 id={`${headingId}-so-far`} className="font-semibold">
            Welcome back: you have answered {earlier.length} of {round.questions.length}
          </h2>
          <details>
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-accent underline-offset-4 hover:underline">Your answers so far</summary>
            <ol className="mt-2 space-y-2" data-testid="answers-so-far">
              {earlier.map(({ question: done, sent, feedback: result }) => (
                <li key={done.id} className="text-sm">
                  <span className="font-medium">{done.prompt}</span>{" "}
                  <span className={result.correct ? "text-good" : "text-bad"}>
                    {verdictStyle[result.verdict].title}
                  </span>
                  <span className="text-muted"> · you answered </span>
                  <AnswerText value={describeSent(done, sent)} ordered={done.format === "ordering"} />
                </li>
              ))}
            </ol>
          </details>
        </section>
      )}
      <form
        key={`${round.number}:${question.id}`}
        onSubmit={submit}
        aria-labelledby={headingId}
        className="-mx-4 space-y-5 border-y border-line-soft bg-surface px-4 py-5 shadow-sm sm:mx-0 sm:rounded-lg sm:border sm:p-6"
        data-testid="practice-question"
        data-format={question.format}
        data-question-id={question.id}
        data-ready={hydrated}
        data-round-id={saved?.roundId}
      >
        <div className="flex items-center justify-between gap-3 text-sm text-muted">
          <span>
            {round.number > 1 ? "Retry · " : ""}Question {index + 1} of {round.questions.length}
          </span>
          <span aria-hidden="true" className="flex w-full max-w-48 gap-1">
            {round.questions.map((item, position) => (
              <span key={item.id} className={`block h-1.5 flex-1 rounded-full ${position < index || (position === index && feedback) ? "bg-accent" : position === index ? "bg-line" : "bg-line-soft"}`} />
            ))}
          </span>
        </div>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-xl font-semibold leading-snug" data-testid="question-heading">
          <span className="sr-only">
            Question {index + 1} of {round.questions.length}:{" "}
          </span>
          {question.prompt}
        </h2>
        <fieldset aria-labelledby={headingId} className="space-y-4">
          <AnswerInput
            question={question}
            draft={draft}
            onChange={(value) => {
              setDraft({ value, touched: true });
              setConfirmUntouched(false);
            }}
            disabled={feedback !== null || pending}
          />
        </fieldset>

        {error && (
          <div role="alert" className="space-y-1 rounded-md border border-l-4 border-bad bg-bad-soft p-3">
            <h3 className="font-semibold">Your answer was not checked</h3>
            <p>{error}</p>
            <p>
              <a href={newRoundHref} className="font-medium text-accent underline underline-offset-4">
                Start a new round
              </a>
            </p>
          </div>
        )}

        {confirmUntouched && (
          <div ref={confirmRef} tabIndex={-1} role="alert" className="space-y-3 rounded-md border border-l-4 border-warn bg-warn-soft p-4" data-testid="confirm-order">
            <p className="font-semibold">You have not moved any item yet.</p>
            <p>The items start in a shuffled order. Is this already the order you want?</p>
            <div className="flex flex-wrap gap-3">
              <button type="button" onClick={() => void check()} className="min-h-11 rounded-md bg-accent px-4 py-2 font-semibold text-on-accent">
                Check this order
              </button>
              <button
                type="button"
                onClick={() => {
                  setConfirmUntouched(false);
                  setFocus("question");
                }}
                className="min-h-11 rounded-md border border-line px-4 py-2 font-medium"
              >
                Keep ordering
              </button>
            </div>
          </div>
        )}

        {feedback && style && (
          <section ref={feedbackRef} tabIndex={-1} aria-labelledby={`${headingId}-feedback`} className={`space-y-3 rounded-md border border-l-4 p-4 ${style.box}`} data-testid="feedback" data-verdict={feedback.verdict}>
            <h3 id={`${headingId}-feedback`} className="text-lg font-semibold">
              {style.title}
              <span aria-hidden="true"> {style.mark}</span>
            </h3>
            <p>{readableReason(feedback.reason)}</p>
            {!feedback.correct &&
              (feedback.correctAnswerList ? (
                <div>
                  <p>{question.format === "ordering" ? "The right order:" : "The right pairs:"}</p>
                  <AnswerText value={feedback.correctAnswerList} ordered={question.format === "ordering"} strong />
                </div>
              ) : (
                <p>
                  Answer: <strong>{feedback.correctAnswer}</strong>
                </p>
              ))}
            <p>{feedback.explanation.text}</p>
            <Sources sources={feedback.explanation.sources} />
            {feedback.answerId && feedback.contestable && (
              <div className="space-y-2 border-t border-line-soft pt-3" data-testid="contest">
                {!feedback.contested && (
                  <div className="space-y-1">
                    <label htmlFor={`${headingId}-contest-note`} className="block text-sm font-medium">
                      Why it should count (optional)
                    </label>
                    <input
                      id={`${headingId}-contest-note`}
                      type="text"
                      maxLength={1000}
                      value={contestNote}
                      onChange={(event) => setContestNote(event.target.value)}
                      className="w-full max-w-md rounded-md border border-line bg-surface px-3 py-2 text-base"
                    />
                  </div>
                )}
                {feedback.contested ? null : (
                  <button
                    type="button"
                    onClick={() => void sendContest(feedback.answerId!)}
                    disabled={contest?.state === "sending"}
                    className="min-h-11 rounded-md border border-accent px-4 py-2 font-medium text-accent hover:bg-accent-soft disabled:opacity-60"
                    aria-describedby={`${headingId}-contest-hint`}
                  >
                    I was right
                  </button>
                )}
                <p id={`${headingId}-contest-hint`} className="text-sm text-muted" role="status" data-testid="contest-status">
                  {contest?.message ?? (feedback.contested ? "Sent to your teacher: they will look at your answer." : "Think your answer should count? Send it to your teacher.")}
                </p>
              </div>
            )}
            <button key="next" type="button" onClick={next} className="min-h-11 rounded-md bg-accent px-5 py-2.5 font-semibold text-on-accent hover:opacity-90">
              {last ? "See results" : "Next question"}
            </button>
          </section>
        )}

        {!feedback && (
          <div key="check" className="flex flex-wrap items-center gap-3">
            <button type="submit" disabled={pending || !complete} className="min-h-11 rounded-md bg-accent px-5 py-2.5 font-semibold text-on-accent hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-50">
              {pending ? "Checking…" : "Check answer"}
            </button>
            {!complete && <span className="text-sm text-muted">{question.format === "matching" ? "Match every item to check your answer." : question.format === "choice" || question.format === "trueFalse" ? "Choose an answer to check it." : "Type an answer to check it."}</span>}
          </div>
        )}
      </form>
    </>
  );
}
