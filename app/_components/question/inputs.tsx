"use client";
/**
 * Answer inputs and answer display shared by practice and assignments: one input per question
 * format (choice, true/false, typed, ordering, matching), the draft an input edits, and the
 * sentence or list an answer reads as. Extracted unchanged from app/practice/practice-session.tsx.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import type { PublicQuestion } from "@/lib/questions";

type StudentQuestion = PublicQuestion;

export type Answer = string | boolean | string[] | Record<string, string>;

/** A question's answer while the student works on it; `touched` says they did something to it. */
export type Draft = { value: Answer; touched: boolean };

/** An explanation's quoted sources. */
export type SourceQuote = { file: string; line: number; quote: string };

export function initialDraft(question: StudentQuestion): Draft {
  switch (question.format) {
    case "ordering":
      return { value: (question.options ?? []).map((option) => option.id), touched: false };
    case "matching":
      return { value: {}, touched: false };
    default:
      return { value: "", touched: false };
  }
}

/** Can the answer be checked? An ordering always can, but an untouched one asks first (see confirmUntouched). */
export function isComplete(question: StudentQuestion, draft: Draft): boolean {
  const value = draft.value;
  if (question.format === "matching") return (question.matching?.left ?? []).every((item) => (value as Record<string, string>)[item.id]);
  if (question.format === "ordering") return true;
  return typeof value === "string" && value.trim() !== "";
}

/** The answer as the server expects it (true/false radios send a boolean). */
export function toSent(question: StudentQuestion, value: Answer): Answer {
  if (question.format === "trueFalse" && (value === "true" || value === "false")) return value === "true";
  return value;
}

/** What the student answered, in words (a list for orderings and matchings), for the review at the end. */
export function describeSent(question: StudentQuestion, sent: Answer): string | string[] {
  const optionText = (id: string) => question.options?.find((option) => option.id === id)?.text ?? id;
  if (typeof sent === "boolean") return sent ? "True" : "False";
  if (Array.isArray(sent)) return sent.map(optionText);
  if (typeof sent === "object") {
    const right = question.matching?.right ?? [];
    return (question.matching?.left ?? []).map((item) => `${item.text}: ${right.find((option) => option.id === sent[item.id])?.text ?? "—"}`);
  }
  return question.format === "choice" || question.format === "trueFalse" ? optionText(sent) : sent;
}

/** One answer in words: a sentence, or a numbered list when order matters. */
export function AnswerText({ value, ordered, strong }: { value: string | string[]; ordered: boolean; strong?: boolean }) {
  if (typeof value === "string") return strong ? <strong>{value}</strong> : <>{value}</>;
  const items = value.map((item, position) => <li key={position}>{item}</li>);
  const className = `${ordered ? "list-decimal" : "list-disc"} space-y-0.5 pl-5 ${strong ? "font-semibold" : ""}`;
  return ordered ? <ol className={className}>{items}</ol> : <ul className={className}>{items}</ul>;
}

/** The checker's reason without the "accepted:" prefix the heading already says. */
export function readableReason(reason: string): string {
  const text = reason.replace(/^(?:not accepted|accepted|close|ambiguous):\s*/i, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type InputProps = { question: StudentQuestion; draft: Draft; onChange: (value: Answer) => void; disabled: boolean };

function ChoiceInput({ question, draft, onChange, disabled }: InputProps) {
  const name = useId();
  const options = question.format === "trueFalse" && !question.options?.length ? [{ id: "true", text: "True" }, { id: "false", text: "False" }] : (question.options ?? []);
  return (
    <div className="space-y-2">
      {options.map((option) => (
        <label
          key={option.id}
          className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-line bg-surface px-3 py-2 hover:border-accent has-checked:border-accent has-checked:bg-accent-soft has-disabled:cursor-default has-disabled:hover:border-line"
        >
          <input type="radio" name={name} value={option.id} checked={draft.value === option.id} onChange={() => onChange(option.id)} disabled={disabled} className="size-4 shrink-0 accent-accent" />
          <span>{option.text}</span>
        </label>
      ))}
    </div>
  );
}

function TypedInput({ question, draft, onChange, disabled }: InputProps) {
  const id = useId();
  const label = question.format === "number" ? "Your number" : question.format === "date" ? "Your date" : "Your answer";
  // Numbers and years are digits: phones show the number pad. Full dates need month names, so letters stay.
  const digitsOnly = question.format === "number" || (question.format === "date" && question.inputHint === "a year");
  const placeholder = question.format === "date" && !digitsOnly ? "e.g. 7 July 1905" : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={digitsOnly ? "numeric" : "text"}
        enterKeyHint="done"
        autoComplete="off"
        autoCapitalize={question.format === "shortAnswer" ? "words" : "off"}
        spellCheck={false}
        placeholder={placeholder}
        value={draft.value as string}
        onChange={(event) => onChange(event.target.value)}
        disabled={disabled}
        className="w-full max-w-md rounded-md border border-line bg-surface px-3 py-2.5 text-base placeholder:text-muted disabled:opacity-70"
        aria-describedby={question.inputHint ? `${id}-hint` : undefined}
      />
      {question.inputHint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          Type {question.inputHint}.
        </p>
      )}
    </div>
  );
}

type Direction = "up" | "down";

/**
 * Ordering: move buttons (keyboard, focus stays on the moved item), arrow keys on an item's handle, and
 * drag by the handle with a pointer (touch, pen or mouse). Every move is announced.
 */
function OrderingInput({ question, draft, onChange, disabled }: InputProps) {
  const order = draft.value as string[];
  const text = (id: string) => question.options?.find((option) => option.id === id)?.text ?? id;
  const items = useRef(new Map<string, HTMLLIElement>());
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const refocus = useRef<{ id: string; control: Direction | "handle" } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [dragging, setDragging] = useState<string | null>(null);
  const hintId = useId();

  const move = (id: string, to: number, control: Direction | "handle" | null) => {
    const from = order.indexOf(id);
    if (from < 0 || to < 0 || to >= order.length || to === from) return;
    const next = [...order];
    next.splice(from, 1);
    next.splice(to, 0, id);
    onChange(next);
    setAnnouncement(`“${text(id)}” moved to position ${to + 1} of ${order.length}.`);
    if (control) refocus.current = { id, control };
  };

  // Reordering moves DOM nodes, which drops focus: put it back on the moved item's control. At the top
  // or bottom its button is disabled, so focus goes to the one that still works.
  useLayoutEffect(() => {
    const wanted = refocus.current;
    if (!wanted) return;
    refocus.current = null;
    const index = order.indexOf(wanted.id);
    let control = wanted.control;
    if (control === "up" && index === 0) control = "down";
    if (control === "down" && index === order.length - 1) control = "up";
    buttons.current.get(`${wanted.id}:${control}`)?.focus();
  }, [order]);

  const onHandleKey = (id: string, index: number) => (event: React.KeyboardEvent) => {
    if (event.key === "ArrowUp" || event.key === "ArrowDown") {
      event.preventDefault();
      move(id, index + (event.key === "ArrowUp" ? -1 : 1), "handle");
    }
  };

  // Drag listens on the window: reordering moves the dragged node in the DOM, which would drop a
  // pointer capture on it. It moves an item only past the middle of its neighbour, so items of
  // different heights do not swap back and forth under a still pointer.
  const latest = useRef({ order, move });
  useLayoutEffect(() => {
    latest.current = { order, move };
  });
  useEffect(() => {
    if (!dragging) return;
    const onMove = (event: PointerEvent) => {
      const { order: now, move: moveTo } = latest.current;
      const from = now.indexOf(dragging);
      const target = now.findIndex((other) => {
        const box = items.current.get(other)?.getBoundingClientRect();
        return box !== undefined && event.clientY >= box.top && event.clientY <= box.bottom;
      });
      if (target < 0 || target === from) return;
      const box = items.current.get(now[target]!)!.getBoundingClientRect();
      const middle = box.top + box.height / 2;
      if ((target > from && event.clientY > middle) || (target < from && event.clientY < middle)) moveTo(dragging, target, null);
    };
    const onEnd = () => setDragging(null);
    window.addEventListener("pointermove", onMove);
    window.addEventListener("pointerup", onEnd);
    window.addEventListener("pointercancel", onEnd);
    return () => {
      window.removeEventListener("pointermove", onMove);
      window.removeEventListener("pointerup", onEnd);
      window.removeEventListener("pointercancel", onEnd);
    };
  }, [dragging]);

  const onPointerDown = (id: string) => (event: React.PointerEvent<HTMLButtonElement>) => {
    if (disabled || (event.pointerType === "mouse" && event.button !== 0)) return;
    event.preventDefault();
    setDragging(id);
  };

  const moveButton = "inline-flex size-11 shrink-0 items-center justify-center rounded-md border border-line bg-surface text-lg hover:border-accent disabled:cursor-not-allowed disabled:opacity-35 disabled:hover:border-line";
  return (
    <div className="space-y-2">
      <p id={hintId} className="text-sm text-muted">
        Number 1 comes first. Move items with the arrow buttons, with ↑ and ↓ on an item’s handle, or by dragging the handle.
      </p>
      <ol className="space-y-2" aria-describedby={hintId} data-testid="ordering-list">
        {order.map((id, index) => (
          <li
            key={id}
            ref={(node) => {
              if (node) items.current.set(id, node);
              else items.current.delete(id);
            }}
            className={`flex items-center gap-1.5 rounded-md border bg-surface py-1.5 pl-1 pr-1.5 sm:gap-2 sm:pr-2 ${dragging === id ? "border-accent bg-accent-soft shadow-md" : "border-line"}`}
            data-option-id={id}
          >
            <button
              type="button"
              ref={(node) => {
                if (node) buttons.current.set(`${id}:handle`, node);
                else buttons.current.delete(`${id}:handle`);
              }}
              className="inline-flex size-11 shrink-0 touch-none cursor-grab items-center justify-center rounded-md text-xl text-muted hover:bg-line-soft active:cursor-grabbing disabled:cursor-default disabled:opacity-35"
              aria-label={`${text(id)}: position ${index + 1} of ${order.length}. Press up or down arrow to move.`}
              disabled={disabled}
              onKeyDown={onHandleKey(id, index)}
              onPointerDown={onPointerDown(id)}
            >
              <span aria-hidden="true">⠿</span>
            </button>
            <span className="w-5 shrink-0 text-right font-semibold tabular-nums sm:w-6" aria-hidden="true">
              {index + 1}.
            </span>
            <span className="min-w-0 flex-1 py-1">{text(id)}</span>
            {(["up", "down"] as const).map((direction) => (
              <button
                key={direction}
                type="button"
                ref={(node) => {
                  if (node) buttons.current.set(`${id}:${direction}`, node);
                  else buttons.current.delete(`${id}:${direction}`);
                }}
                className={moveButton}
                onClick={() => move(id, index + (direction === "up" ? -1 : 1), direction)}
                disabled={disabled || (direction === "up" ? index === 0 : index === order.length - 1)}
                aria-label={`Move “${text(id)}” ${direction}`}
              >
                <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
              </button>
            ))}
          </li>
        ))}
      </ol>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

function MatchingInput({ question, draft, onChange, disabled }: InputProps) {
  const pairs = draft.value as Record<string, string>;
  const baseId = useId();
  return (
    <div className="space-y-3">
      {(question.matching?.left ?? []).map((item) => (
        <div key={item.id} className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-3">
          <label htmlFor={`${baseId}-${item.id}`} className="font-medium sm:w-64">
            {item.text}
          </label>
          <select
            id={`${baseId}-${item.id}`}
            value={pairs[item.id] ?? ""}
            onChange={(event) => onChange({ ...pairs, [item.id]: event.target.value })}
            disabled={disabled}
            className="min-h-11 rounded-md border border-line bg-surface px-2 py-2 text-base sm:min-w-64"
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

export function AnswerInput(props: InputProps) {
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

export const verdictStyle = {
  correct: { title: "Correct", box: "border-good bg-good-soft", mark: "✓" },
  close: { title: "Almost", box: "border-warn bg-warn-soft", mark: "≈" },
  incorrect: { title: "Not quite", box: "border-bad bg-bad-soft", mark: "✗" },
} as const;

export function Sources({ sources }: { sources: SourceQuote[] }) {
  return (
    <>
      {sources.map((source) => (
        <blockquote key={`${source.file}:${source.line}`} className="border-l-2 border-line pl-3 text-sm">
          <p className="italic">“{source.quote}”</p>
          <cite className="mt-0.5 block text-xs not-italic text-muted">
            {source.file}, line {source.line}
          </cite>
        </blockquote>
      ))}
    </>
  );
}
