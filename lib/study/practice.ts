/**
 * Practice and assignment answers feed the flashcard memory: a checked answer becomes a rating
 * for the cards on the facts the question asked about (correct → Good, incorrect → Again).
 */
import type { Rating } from "./scheduler";

export interface PracticeAnswer {
  /** The slots the answered question asked about (Question.asks, "<eventId>:<slot>"). */
  asks: readonly string[];
  /** The checker's verdict: accepted "close" answers count as correct. */
  correct: boolean;
}

export interface CardSlots {
  cardKey: string;
  /** StudyCard.asks. */
  asks: readonly string[];
}

/**
 * The ratings an answer implies: one per card asking about a slot the question asked about, in
 * the cards' order. Slots, not all fact ids: a question that merely names a side (its belligerent
 * fact) says nothing about that side's casualty card.
 */
export function practiceRatings(answer: PracticeAnswer, cards: readonly CardSlots[]): { cardKey: string; rating: Rating }[] {
  const asked = new Set(answer.asks);
  const rating: Rating = answer.correct ? "good" : "again";
  const seen = new Set<string>();
  const out: { cardKey: string; rating: Rating }[] = [];
  for (const c of cards) {
    if (seen.has(c.cardKey) || !c.asks.some((s) => asked.has(s))) continue;
    seen.add(c.cardKey);
    out.push({ cardKey: c.cardKey, rating });
  }
  return out;
}
