/**
 * Flashcards from facts, built with the question engine. Only typed-answer questions make cards
 * (short answer, number, date): a flashcard asks for recall, and true/false or choice prompts
 * only test recognition. A card's back is self-contained: the answer in words, why, and the
 * quoted source lines with file and line.
 */
import type { BattleEvent } from "../facts/types";
import { describeAnswer, generateQuestions, type Family, type Format, type Question } from "../questions";
import { hashHex } from "../questions/ids";

/** Question formats that become flashcards: the student recalls the answer, nothing is offered. */
export const FLASHCARD_FORMATS: readonly Format[] = ["shortAnswer", "number", "date"];

/** Bump only when card identity itself must change (it resets every student's memory of them). */
export const CARD_KEY_VERSION = 1;

export interface StudyCard {
  /** Stable identity: card template + the fact slots it asks about, never their values. */
  cardKey: string;
  /** The card template (the question template it is built from), e.g. "dates.when.date". */
  templateId: string;
  family: Family;
  eventIds: string[];
  /** Canonical wars of its events (for "study one war"). */
  wars: string[];
  factIds: string[];
  /** The fact slots the card asks about, "<eventId>:<slot>" as the question engine tags them. */
  asks: string[];
  /** factId → versionHash the card was built from: a changed hash means "updated". */
  factVersions: Record<string, string>;
  /** The question it was built from (same engine, same checker for typed answers). */
  questionId: string;
  front: { prompt: string; hint: string | null };
  back: { answer: string; explanation: string; sources: { file: string; line: number; quote: string }[] };
}

/** Precision order of date answers: a full-date card makes a year-only card on the same fact redundant. */
const DATE_RANK = { year: 0, month: 1, day: 2 } as const;

function slotKey(q: Question): string {
  return `${q.templateId}|${[...q.asks].sort().join(",")}`;
}

function toCard(q: Question, cardKey: string, warOf: Map<string, string | null>): StudyCard {
  const wars = [...new Set(q.eventIds.map((id) => warOf.get(id)).filter((w): w is string => !!w))].sort();
  return {
    cardKey,
    templateId: q.templateId,
    family: q.family,
    eventIds: q.eventIds,
    wars,
    factIds: q.factIds,
    asks: [...q.asks].sort(),
    factVersions: q.factVersions,
    questionId: q.id,
    front: { prompt: q.prompt, hint: q.inputHint ?? null },
    back: { answer: describeAnswer(q), explanation: q.explanation.text, sources: q.explanation.sources },
  };
}

/**
 * Every flashcard the events support, in a stable order.
 * Identity: the question engine tags what a question asks as "<eventId>:<slot>" (event, kind,
 * side, key: the same parts a fact id hashes, no values), so template + asked slots names a card
 * across content versions. The rare template that asks one slot from several angles ("who fought
 * against X?" for each X) is told apart by its fact ids, which are slot ids too.
 * Redundant cards are dropped: a date card implied by a more precise one on the same slots
 * ("which year" beside "when"), and a second card with the very same date answer.
 */
export function buildCards(events: readonly BattleEvent[]): StudyCard[] {
  const questions = generateQuestions(events, { formats: [...FLASHCARD_FORMATS] }).filter((q) => q.answer.kind !== "choice");
  const warOf = new Map(events.map((e) => [e.id, e.partOf]));
  const kept = dropCoarserDates(questions).filter((q) => !answerOnFront(q));
  const bySlot = new Map<string, Question[]>();
  for (const q of kept) {
    const k = slotKey(q);
    const xs = bySlot.get(k);
    if (xs) xs.push(q);
    else bySlot.set(k, [q]);
  }
  const out: StudyCard[] = [];
  for (const q of kept) {
    const k = slotKey(q);
    const shared = bySlot.get(k)!.length > 1;
    const identity = shared ? `${k}|${[...q.factIds].sort().join(",")}` : k;
    out.push(toCard(q, "c_" + hashHex(`${CARD_KEY_VERSION}|${identity}`), warOf));
  }
  return out;
}

/**
 * A prompt that contains its own answer teaches nothing ("Which side won the Japanese invasion
 * of Sakhalin?" → "Japanese"): such questions may do in a quiz, not as a card to recall.
 */
function answerOnFront(q: Question): boolean {
  const fold = (s: string) => ` ${s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
  const answer = fold(describeAnswer(q));
  return answer.trim().length > 0 && fold(q.prompt).includes(answer);
}

function dropCoarserDates(questions: Question[]): Question[] {
  type DateQ = Question & { answer: Extract<Question["answer"], { kind: "date" }> };
  const asked = (q: Question): string => [...q.asks].sort().join(",");
  // Date cards grouped by the slots they ask, so the implied-by check stays linear in corpus size.
  const bySlots = new Map<string, DateQ[]>();
  for (const q of questions) {
    if (q.answer.kind !== "date") continue;
    const k = asked(q);
    const xs = bySlots.get(k);
    if (xs) xs.push(q as DateQ);
    else bySlots.set(k, [q as DateQ]);
  }
  // A date card is implied by a more precise one on the same slots that lies inside it ("1904" by "9 February 1904").
  const implied = (q: DateQ, o: DateQ): boolean =>
    o !== q && DATE_RANK[o.answer.precision] > DATE_RANK[q.answer.precision] && o.answer.start.startsWith(q.answer.start) && o.answer.end.startsWith(q.answer.end);
  const seen = new Set<string>();
  return questions.filter((q) => {
    if (q.answer.kind !== "date") return true;
    const d = q as DateQ;
    if (bySlots.get(asked(q))!.some((o) => implied(d, o))) return false;
    // Two templates with the same answer on the same slots (a one-day event's "when" and "began")
    // would be the same card twice: keep the first.
    const same = `${asked(q)}|${d.answer.start}|${d.answer.end}|${d.answer.precision}`;
    if (seen.has(same)) return false;
    seen.add(same);
    return true;
  });
}

/** Fact ids whose version differs from what a stored card was built from (added or removed facts count). */
export function changedFacts(storedVersions: Record<string, string>, card: Pick<StudyCard, "factVersions">): string[] {
  const ids = new Set([...Object.keys(storedVersions), ...Object.keys(card.factVersions)]);
  return [...ids].filter((id) => storedVersions[id] !== card.factVersions[id]).sort();
}

/** True when the card shows something different from what the student studied. */
export function isUpdated(storedVersions: Record<string, string>, card: Pick<StudyCard, "factVersions">): boolean {
  return changedFacts(storedVersions, card).length > 0;
}
