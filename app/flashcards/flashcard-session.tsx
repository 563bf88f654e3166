"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Flashcard, FlashcardQueue } from "@/lib/server/study/cards";
import type { Rating, StudyCard } from "@/lib/study";

const GRADES: { rating: Rating; label: string; key: string; tone: string }[] = [
  { rating: "again", label: "Again", key: "1", tone: "border-bad text-bad" },
  { rating: "hard", label: "Hard", key: "2", tone: "border-warn text-warn" },
  { rating: "good", label: "Good", key: "3", tone: "border-good text-good" },
  { rating: "easy", label: "Easy", key: "4", tone: "border-accent text-accent" },
];

const newId = () => (typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

/** Keys typed into a form field belong to that field, not to the flashcards. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName));
}

export function FlashcardSession({ initial, scope }: { initial: FlashcardQueue; scope: string }) {
  const [queue, setQueue] = useState(initial);
  const [revealed, setRevealed] = useState(false);
  // The answer side, fetched on "Show answer" for the card it belongs to.
  const [back, setBack] = useState<{ cardKey: string; back: StudyCard["back"] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [history, setHistory] = useState<{ reviewId: string; cardKey: string }[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const shownAt = useRef(0);
  const frontRef = useRef<HTMLHeadingElement>(null);
  const backRef = useRef<HTMLDivElement>(null);
  const card: Flashcard | undefined = queue.cards[0];
  // Marked once the keys work (after hydration): tests and scripts wait for it.
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (sectionRef.current) sectionRef.current.dataset.ready = "true";
  }, []);

  useEffect(() => {
    shownAt.current = performance.now();
  }, [card?.cardKey, card?.revision]);

  // The answer takes the focus once it is on the page (a frame's delay could come before React
  // had put it there, and the focus then stayed on the question).
  useEffect(() => {
    if (revealed) backRef.current?.focus();
  }, [revealed, back?.cardKey]);

  const refresh = useCallback(
    async (front?: string) => {
      const response = await fetch(`/api/study/queue?scope=${encodeURIComponent(scope)}&limit=${front ? 200 : 20}`, { cache: "no-store" });
      if (!response.ok) throw new Error(((await response.json().catch(() => ({}))) as { error?: string }).error ?? "The cards could not be loaded.");
      const next = (await response.json()) as FlashcardQueue;
      // After an undo the card comes straight back, wherever the queue would put it.
      if (front) {
        const at = next.cards.findIndex((c) => c.cardKey === front);
        if (at > 0) next.cards.unshift(...next.cards.splice(at, 1));
      }
      setQueue(next);
      setRevealed(false);
      requestAnimationFrame(() => frontRef.current?.focus());
    },
    [scope],
  );

  const reveal = useCallback(async () => {
    if (!card || revealed || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const response = await fetch(`/api/study/back?cardKey=${encodeURIComponent(card.cardKey)}`, { cache: "no-store" });
      const body = (await response.json().catch(() => ({}))) as StudyCard["back"] & { error?: string };
      if (!response.ok) {
        setProblem(body.error ?? "The answer could not be loaded.");
        return;
      }
      setBack({ cardKey: card.cardKey, back: body });
      setRevealed(true);
      setAnnouncement(`Answer: ${body.answer}`);
    } catch {
      setProblem("The answer could not be loaded: no connection to Muster.");
    } finally {
      setBusy(false);
    }
  }, [busy, card, revealed]);

  const grade = useCallback(
    async (rating: Rating) => {
      if (!card || !revealed || busy) return;
      setBusy(true);
      setProblem(null);
      const label = GRADES.find((g) => g.rating === rating)!.label;
      try {
        const response = await fetch("/api/study/reviews", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ cardKey: card.cardKey, rating, clientId: newId(), shownRevision: card.revision, durationMs: Math.round(performance.now() - shownAt.current) }),
        });
        const body = (await response.json().catch(() => ({}))) as { reviewId?: string; error?: string };
        if (!response.ok || !body.reviewId) {
          setProblem(body.error ?? "The grade could not be saved.");
          await refresh();
          return;
        }
        setHistory((h) => [...h, { reviewId: body.reviewId!, cardKey: card.cardKey }]);
        await refresh();
        setAnnouncement(`Graded ${label}, next due in ${card.intervals[rating]}.`);
      } catch (error) {
        setProblem(error instanceof Error ? error.message : "The grade could not be saved: no connection to Muster.");
      } finally {
        setBusy(false);
      }
    },
    [busy, card, refresh, revealed],
  );

  const undo = useCallback(async () => {
    const last = history.at(-1);
    if (!last || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const response = await fetch("/api/study/undo", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ reviewId: last.reviewId, clientId: newId() }) });
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      setHistory((h) => h.slice(0, -1));
      if (!response.ok) {
        setProblem(body.error ?? "The review could not be undone.");
        return;
      }
      await refresh(last.cardKey);
      setAnnouncement("Last review undone: the card is back as it was.");
    } catch {
      setProblem("The review could not be undone: no connection to Muster.");
    } finally {
      setBusy(false);
    }
  }, [busy, history, refresh]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || isTyping(event.target)) return;
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === "z") {
        event.preventDefault();
        void undo();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      // A focused button or link handles Space and Enter itself.
      const onControl = event.target instanceof HTMLElement && !!event.target.closest("button, a, summary");
      if ((event.key === " " || event.key === "Enter") && !onControl && !revealed) {
        event.preventDefault();
        void reveal();
        return;
      }
      const g = GRADES.find((x) => x.key === event.key);
      if (g && revealed) {
        event.preventDefault();
        void grade(g.rating);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [grade, reveal, revealed, undo]);

  return (
    <section aria-labelledby="session-heading" className="space-y-4" ref={sectionRef} data-testid="flashcard-session">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="session-heading" className="text-lg font-semibold">
          Today: <span data-testid="due-count">{queue.dueCount}</span> due, <span data-testid="new-count">{queue.newCount}</span> new
        </h2>
        <button
          type="button"
          onClick={() => void undo()}
          disabled={history.length === 0 || busy}
          aria-keyshortcuts="Control+Z Meta+Z"
          className="min-h-11 rounded-md border border-line bg-surface px-4 font-medium hover:bg-accent-soft disabled:cursor-not-allowed disabled:opacity-60"
        >
          Undo
        </button>
      </div>

      {problem && (
        <p role="alert" className="rounded-md border border-l-4 border-bad bg-bad-soft p-3" data-testid="study-problem">
          {problem}
        </p>
      )}
      <p className="sr-only" aria-live="polite" data-testid="announcer">
        {announcement}
      </p>

      {!card ? (
        <div className="rounded-lg border border-line-soft bg-surface p-6 text-center shadow-sm" data-testid="queue-empty">
          <h3 ref={frontRef} tabIndex={-1} className="font-serif text-2xl font-bold">
            Nothing to study right now
          </h3>
          <p className="mt-2 text-muted">
            {queue.laterToday > 0
              ? `${queue.laterToday} ${queue.laterToday === 1 ? "card comes" : "cards come"} back later today.`
              : queue.newLeftToday === 0
                ? "You have taken today's new cards; more come tomorrow (or raise the limit in the settings below)."
                : "Every card in this choice is learnt for today. Come back tomorrow, or choose other events."}
          </p>
        </div>
      ) : (
        <article className="rounded-lg border border-line-soft bg-surface p-5 shadow-sm sm:p-8" data-testid="flashcard" aria-labelledby="card-front">
          <div className="mb-3 flex flex-wrap gap-2 text-sm">
            <span className="rounded-full border border-line px-2.5 py-0.5 text-muted">{card.kind === "new" ? "New card" : card.kind === "ahead" ? "Learning" : "Review"}</span>
            {card.updated && (
              <span className="rounded-full border border-warn bg-warn-soft px-2.5 py-0.5 font-medium text-warn" data-testid="updated-mark">
                Updated: the fact changed since you last studied it
              </span>
            )}
          </div>
          <h3 id="card-front" ref={frontRef} tabIndex={-1} className="font-serif text-xl font-semibold sm:text-2xl">
            {card.front.prompt}
          </h3>
          {card.front.hint && <p className="mt-2 text-sm text-muted">{card.front.hint}</p>}

          {!revealed || back?.cardKey !== card.cardKey ? (
            <button type="button" onClick={() => void reveal()} disabled={busy} aria-keyshortcuts="Space Enter" className="mt-6 min-h-11 w-full rounded-md bg-accent px-4 font-semibold text-on-accent sm:w-auto">
              Show answer
            </button>
          ) : (
            <>
              <div ref={backRef} tabIndex={-1} className="mt-6 space-y-3 border-t border-line-soft pt-5" data-testid="card-back">
                <p className="text-lg">
                  <span className="font-semibold">Answer: </span>
                  <span data-testid="card-answer">{back.back.answer}</span>
                </p>
                {back.back.explanation && <p className="text-muted">{back.back.explanation}</p>}
                {back.back.sources.map((source) => (
                  <figure key={`${source.file}:${source.line}`} className="border-l-4 border-line-soft pl-3">
                    <blockquote className="italic">“{source.quote}”</blockquote>
                    <figcaption className="mt-1 text-sm text-muted">
                      Source: <code>{`${source.file}:${source.line}`}</code>
                    </figcaption>
                  </figure>
                ))}
              </div>
              <div role="group" aria-label="How well did you remember?" className="mt-6 grid grid-cols-2 gap-2 sm:grid-cols-4">
                {GRADES.map((g) => (
                  <button
                    key={g.rating}
                    type="button"
                    disabled={busy}
                    onClick={() => void grade(g.rating)}
                    aria-label={g.label}
                    aria-describedby={`interval-${g.rating}`}
                    aria-keyshortcuts={g.key}
                    className={`flex min-h-14 flex-col items-center justify-center rounded-md border-2 bg-surface px-3 py-2 font-semibold hover:bg-paper disabled:opacity-60 ${g.tone}`}
                  >
                    <span>{g.label}</span>
                    <span id={`interval-${g.rating}`} className="text-sm font-normal text-muted">
                      {card.intervals[g.rating]}
                      <span className="sr-only"> until it comes back; key {g.key}</span>
                    </span>
                  </button>
                ))}
              </div>
            </>
          )}
        </article>
      )}
    </section>
  );
}
