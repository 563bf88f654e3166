"use client";

import { useId, useState } from "react";
import type { AnswerFeedback, StudentQuestion } from "@/lib/server/practice";

type Answer = string | boolean | string[] | Record<string, string>;

function initialAnswer(question: StudentQuestion): Answer {
  switch (question.format) {
    case "ordering":
      return (question.options ?? []).map((option) => option.id);
    case "matching":
      return {};
    case "trueFalse":
      return "";
    default:
      return "";
  }
}

function isComplete(question: StudentQuestion, answer: Answer): boolean {
  if (question.format === "matching") {
    const pairs = answer as Record<string, string>;
    return (question.matching?.left ?? []).every((item) => pairs[item.id]);
  }
  if (Array.isArray(answer)) return answer.length > 0;
  return typeof answer === "string" ? answer.trim() !== "" : true;
}

function ChoiceInput({ question, answer, onChange, disabled }: InputProps) {
  const name = useId();
  const options = question.format === "trueFalse" && !question.options?.length ? [{ id: "true", text: "True" }, { id: "false", text: "False" }] : (question.options ?? []);
  return (
    <div className="space-y-2">
      {options.map((option) => (
        <label key={option.id} className="flex cursor-pointer items-center gap-3 rounded border border-stone-300 bg-white px-3 py-2 has-checked:border-accent has-checked:bg-orange-50">
          <input type="radio" name={name} value={option.id} checked={answer === option.id} onChange={() => onChange(option.id)} disabled={disabled} />
          <span>{option.text}</span>
        </label>
      ))}
    </div>
  );
}

function TypedInput({ question, answer, onChange, disabled }: InputProps) {
  const id = useId();
  const label = question.format === "number" ? "Your number" : question.format === "date" ? "Your date" : "Your answer";
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        value={answer as string}
        onChange={(event) => onChange(event.target.value)}
        disabled={disabled}
        className="w-full rounded border border-stone-400 px-3 py-2"
        aria-describedby={question.inputHint ? `${id}-hint` : undefined}
      />
      {question.inputHint && (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {question.inputHint}
        </p>
      )}
    </div>
  );
}

function OrderingInput({ question, answer, onChange, disabled }: InputProps) {
  const order = answer as string[];
  const text = (id: string) => question.options?.find((option) => option.id === id)?.text ?? id;
  const move = (from: number, to: number) => {
    const next = [...order];
    const [item] = next.splice(from, 1);
    if (item !== undefined) next.splice(to, 0, item);
    onChange(next);
  };
  return (
    <ol className="space-y-2">
      {order.map((id, index) => (
        <li key={id} className="flex items-center gap-2 rounded border border-stone-300 bg-white px-3 py-2">
          <span className="w-6 font-semibold">{index + 1}.</span>
          <span className="flex-1">{text(id)}</span>
          <button type="button" className="rounded border px-2 text-sm disabled:opacity-40" onClick={() => move(index, index - 1)} disabled={disabled || index === 0} aria-label={`Move “${text(id)}” up`}>
            ↑
          </button>
          <button type="button" className="rounded border px-2 text-sm disabled:opacity-40" onClick={() => move(index, index + 1)} disabled={disabled || index === order.length - 1} aria-label={`Move “${text(id)}” down`}>
            ↓
          </button>
        </li>
      ))}
    </ol>
  );
}

function MatchingInput({ question, answer, onChange, disabled }: InputProps) {
  const pairs = answer as Record<string, string>;
  const baseId = useId();
  return (
    <div className="space-y-2">
      {(question.matching?.left ?? []).map((item) => (
        <div key={item.id} className="flex flex-wrap items-center gap-3">
          <label htmlFor={`${baseId}-${item.id}`} className="min-w-48 font-medium">
            {item.text}
          </label>
          <select
            id={`${baseId}-${item.id}`}
            value={pairs[item.id] ?? ""}
            onChange={(event) => onChange({ ...pairs, [item.id]: event.target.value })}
            disabled={disabled}
            className="rounded border border-stone-400 px-2 py-1"
          >
            <option value="">Choose…</option>
            {(question.matching?.right ?? []).map((option) => (
              <option key={option.id} value={option.id}>
                {option.text}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}

type InputProps = { question: StudentQuestion; answer: Answer; onChange: (answer: Answer) => void; disabled: boolean };

function AnswerInput(props: InputProps) {
  switch (props.question.format) {
    case "choice":
    case "trueFalse":
      return <ChoiceInput {...props} />;
    case "ordering":
      return <OrderingInput {...props} />;
    case "matching":
      return <MatchingInput {...props} />;
    default:
      return <TypedInput {...props} />;
  }
}

export function PracticeSession({ questions }: { questions: StudentQuestion[] }) {
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState<Answer>(() => initialAnswer(questions[0]!));
  const [feedback, setFeedback] = useState<AnswerFeedback | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [score, setScore] = useState(0);
  const question = questions[index];

  if (!question) {
    return (
      <section aria-live="polite" className="rounded border border-stone-200 bg-white p-6" data-testid="practice-done">
        <h2 className="font-serif text-2xl font-semibold">Round complete</h2>
        <p className="mt-2">
          You answered {score} of {questions.length} correctly.
        </p>
        <a href="/practice" className="mt-4 inline-block rounded bg-accent px-4 py-2 font-medium text-white">
          New round
        </a>
      </section>
    );
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!question || feedback || pending) return;
    setPending(true);
    setError(null);
    try {
      const sent = question.format === "trueFalse" && (answer === "true" || answer === "false") ? answer === "true" : answer;
      const response = await fetch("/api/practice/answers", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ questionId: question.id, answer: sent }),
      });
      const body = (await response.json()) as AnswerFeedback | { error: string };
      if ("error" in body) setError(body.error);
      else {
        setFeedback(body);
        if (body.correct) setScore((value) => value + 1);
      }
    } catch {
      setError("Your answer could not be sent. Check your connection and try again; it has not been lost.");
    } finally {
      setPending(false);
    }
  }

  function next() {
    const following = questions[index + 1];
    setIndex(index + 1);
    setFeedback(null);
    setError(null);
    if (following) setAnswer(initialAnswer(following));
  }

  return (
    <form onSubmit={submit} className="space-y-4 rounded border border-stone-200 bg-white p-6" data-testid="practice-question" data-format={question.format} data-question-id={question.id}>
      <p className="text-sm text-stone-600">
        Question {index + 1} of {questions.length}
      </p>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{question.prompt}</legend>
        <AnswerInput question={question} answer={answer} onChange={setAnswer} disabled={feedback !== null || pending} />
      </fieldset>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3">
          {error}
        </p>
      )}
      <div aria-live="polite">
        {feedback && (
          <div className={`space-y-2 rounded border p-4 ${feedback.correct ? "border-green-400 bg-green-50" : "border-red-300 bg-red-50"}`} data-testid="feedback">
            <p className="font-semibold">{feedback.correct ? "Correct" : "Not quite"}</p>
            <p>{feedback.reason}</p>
            {!feedback.correct && (
              <p>
                Answer: <strong>{feedback.correctAnswer}</strong>
              </p>
            )}
            <p className="text-stone-700">{feedback.explanation.text}</p>
            {feedback.explanation.sources.map((source) => (
              <blockquote key={`${source.file}:${source.line}`} className="border-l-2 border-stone-400 pl-3 text-sm italic">
                “{source.quote}” <cite className="not-italic text-stone-600">— {source.file}, line {source.line}</cite>
              </blockquote>
            ))}
          </div>
        )}
      </div>
      {feedback ? (
        <button type="button" onClick={next} className="rounded bg-accent px-4 py-2 font-medium text-white">
          {index + 1 < questions.length ? "Next question" : "See results"}
        </button>
      ) : (
        <button type="submit" disabled={pending || !isComplete(question, answer)} className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-50">
          {pending ? "Checking…" : "Check answer"}
        </button>
      )}
    </form>
  );
}
