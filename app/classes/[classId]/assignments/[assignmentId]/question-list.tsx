"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import type { PreviewQuestion } from "@/lib/server/assignments/authoring";
import { FAMILY_NAMES, FORMAT_NAMES } from "../new/labels";

type Question = Omit<PreviewQuestion, "withdrawnAt"> & { withdrawn: boolean };

/**
 * Every question of the assignment with its key, distractors and sources (teacher only: this page
 * is never shown to students). On a draft each question can be dropped or replaced; the result is
 * announced and focus moves to the question that takes its place.
 */
export function QuestionList({ assignmentId, questions, editable }: { assignmentId: string; questions: Question[]; editable: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const headings = useRef(new Map<string, HTMLHeadingElement>());
  const listHeading = useRef<HTMLHeadingElement>(null);

  async function act(question: Question, action: "drop" | "replace") {
    setBusy(`${action}:${question.rowId}`);
    setStatus(null);
    const base = `/api/assignment-drafts/${encodeURIComponent(assignmentId)}/questions/${encodeURIComponent(question.rowId)}`;
    try {
      const response =
        action === "drop"
          ? await fetch(base, { method: "DELETE" })
          : await fetch(`${base}/replace`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ questionId: question.questionId }) });
      const body = (await response.json().catch(() => ({}))) as { error?: string; question?: PreviewQuestion };
      if (!response.ok) {
        setStatus({ tone: "error", text: body.error ?? `The question could not be ${action === "drop" ? "dropped" : "replaced"}.` });
        return;
      }
      if (action === "drop") {
        const index = questions.findIndex((q) => q.rowId === question.rowId);
        const next = questions[index + 1] ?? questions[index - 1];
        setStatus({ tone: "ok", text: `Question ${question.position} dropped. ${questions.length - 1} ${questions.length - 1 === 1 ? "question" : "questions"} left.` });
        router.refresh();
        requestAnimationFrame(() => (next ? headings.current.get(next.rowId) : listHeading.current)?.focus());
      } else {
        setStatus({ tone: "ok", text: `Question ${question.position} replaced: ${body.question?.prompt ?? "a new question"}` });
        router.refresh();
        requestAnimationFrame(() => headings.current.get(question.rowId)?.focus());
      }
    } catch {
      setStatus({ tone: "error", text: "No connection to Muster: nothing changed. Try again." });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="space-y-4" aria-labelledby="questions-heading">
      <h2 id="questions-heading" ref={listHeading} tabIndex={-1} className="text-xl font-semibold">
        {questions.length} {questions.length === 1 ? "question" : "questions"}
      </h2>
      <div aria-live="polite" data-testid="question-status">
        {status && <p className={`rounded-md border border-l-4 p-3 ${status.tone === "error" ? "border-bad bg-bad-soft" : "border-good bg-good-soft"}`}>{status.text}</p>}
      </div>
      <ol className="space-y-4">
        {questions.map((q) => {
          const key = new Set(q.answer ? [q.answer] : []);
          return (
            <li key={q.rowId} className="rounded-lg border border-line-soft bg-surface p-4 shadow-sm sm:p-5" data-testid="preview-question" data-question-id={q.questionId}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3
                  ref={(node) => {
                    if (node) headings.current.set(q.rowId, node);
                    else headings.current.delete(q.rowId);
                  }}
                  tabIndex={-1}
                  className="font-semibold"
                >
                  Question {q.position}
                  <span className="sr-only">: {q.prompt}</span>
                </h3>
                <p className="text-sm text-muted">
                  {FORMAT_NAMES[q.format]} · {FAMILY_NAMES[q.family]}
                  {q.withdrawn && " · withdrawn"}
                </p>
              </div>
              <p className="mt-2 text-lg" data-testid="preview-prompt">
                {q.prompt}
              </p>
              {q.options && q.format !== "ordering" && (
                <ul className="mt-3 grid gap-1 sm:grid-cols-2" aria-label="Options">
                  {q.options.map((option) => (
                    <li key={option.id} className={`rounded-md border px-3 py-1.5 ${key.has(option.text) ? "border-good bg-good-soft font-medium" : "border-line-soft"}`}>
                      {option.text}
                      {key.has(option.text) && <span className="ml-2 text-sm font-semibold text-good">(answer)</span>}
                    </li>
                  ))}
                </ul>
              )}
              <dl className="mt-3 space-y-2 text-sm">
                <div>
                  <dt className="font-semibold">Answer</dt>
                  <dd data-testid="preview-answer">
                    {q.answerList ? (
                      <ol className="list-decimal pl-5">
                        {q.answerList.map((item) => (
                          <li key={item}>{item}</li>
                        ))}
                      </ol>
                    ) : (
                      q.answer
                    )}
                  </dd>
                </div>
                {q.distractors.length > 0 && (
                  <div>
                    <dt className="font-semibold">Wrong answers offered or expected</dt>
                    <dd data-testid="preview-distractors">{q.distractors.join(" · ")}</dd>
                  </div>
                )}
                <div>
                  <dt className="font-semibold">Why</dt>
                  <dd>{q.explanation.text}</dd>
                </div>
                <div>
                  <dt className="font-semibold">Source</dt>
                  <dd className="space-y-1" data-testid="preview-source">
                    {q.explanation.sources.map((source, i) => (
                      <figure key={`${i}:${source.file}:${source.line}`}>
                        <blockquote className="border-l-2 border-line pl-3 italic">{source.quote}</blockquote>
                        <figcaption className="text-muted">
                          {source.file}:{source.line}
                        </figcaption>
                      </figure>
                    ))}
                  </dd>
                </div>
              </dl>
              {editable && (
                <div className="mt-4 flex flex-wrap gap-2">
                  <button
                    type="button"
                    disabled={busy !== null}
                    onClick={() => void act(q, "replace")}
                    className="min-h-11 rounded-md border border-line bg-surface px-4 font-medium hover:bg-accent-soft disabled:opacity-60"
                    aria-label={`Replace question ${q.position}`}
                  >
                    {busy === `replace:${q.rowId}` ? "Replacing…" : "Replace"}
                  </button>
                  <button
                    type="button"
                    disabled={busy !== null}
                    onClick={() => void act(q, "drop")}
                    className="min-h-11 rounded-md border border-bad bg-surface px-4 font-medium text-bad hover:bg-bad-soft disabled:opacity-60"
                    aria-label={`Drop question ${q.position}`}
                  >
                    {busy === `drop:${q.rowId}` ? "Dropping…" : "Drop"}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
