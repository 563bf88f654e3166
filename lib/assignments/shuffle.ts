/**
 * Per-student order of an attempt, from a seeded RNG (lib/questions/rng.ts), so the same seed
 * always gives the same order: "fixed" mode shuffles the frozen set, "drawn" mode draws
 * `count` questions from the pool (avoiding pairs where one gives the other away), and the options
 * of choice, ordering and matching questions are shuffled too. Keys are by option id, so marking
 * never depends on the order shown.
 */
import { givesAway } from "../questions/assemble";
import { makeRng, type Rng } from "../questions/rng";
import type { PublicQuestion, Question } from "../questions/types";

export interface FrozenQuestion {
  /** AssignmentQuestion id. */
  id: string;
  question: Question;
}

export interface AttemptOrder {
  /** AssignmentQuestion ids in the order this student sees them. */
  questionOrder: string[];
  /** AssignmentQuestion id → option ids in the order shown (matching: left ids, then right ids). */
  optionOrder: Record<string, string[]>;
}

/** The seed of one attempt: the same student, assignment and attempt number give the same order. */
export function attemptSeed(assignmentId: string, userId: string, number: number): string {
  return `attempt:${assignmentId}:${userId}:${number}`;
}

/** Option ids of a question in a shuffled order; true/false keeps True before False; [] when it has none. */
export function shuffledOptions(question: Question, rng: Rng): string[] {
  if (question.format === "trueFalse") return (question.options ?? []).map((option) => option.id);
  if (question.format === "matching" && question.matching) return [...rng.shuffle(question.matching.left.map((o) => o.id)), ...rng.shuffle(question.matching.right.map((o) => o.id))];
  if (question.options?.length) return rng.shuffle(question.options.map((option) => option.id));
  return [];
}

function withOptions(questions: readonly FrozenQuestion[], rng: Rng): Record<string, string[]> {
  const order: Record<string, string[]> = {};
  for (const { id, question } of questions) {
    const ids = shuffledOptions(question, rng);
    if (ids.length > 0) order[id] = ids;
  }
  return order;
}

/** Fixed mode: every question of the set (withdrawn ones left out by the caller), shuffled. */
export function fixedAttemptOrder(questions: readonly FrozenQuestion[], seed: string): AttemptOrder {
  const rng = makeRng(seed);
  const shuffled = rng.shuffle(questions);
  return { questionOrder: shuffled.map((q) => q.id), optionOrder: withOptions(shuffled, rng) };
}

/**
 * Drawn mode: `count` questions from the pool in a seeded order, skipping one that gives away (or
 * asks the same as) one already drawn while others remain; fewer when the pool is smaller.
 */
export function drawnAttemptOrder(pool: readonly FrozenQuestion[], count: number, seed: string): AttemptOrder {
  const rng = makeRng(seed);
  const shuffled = rng.shuffle(pool);
  const chosen: FrozenQuestion[] = [];
  const skipped: FrozenQuestion[] = [];
  for (const candidate of shuffled) {
    if (chosen.length >= count) break;
    if (chosen.some((other) => givesAway(other.question, candidate.question))) skipped.push(candidate);
    else chosen.push(candidate);
  }
  for (const candidate of skipped) {
    if (chosen.length >= count) break;
    chosen.push(candidate);
  }
  return { questionOrder: chosen.map((q) => q.id), optionOrder: withOptions(chosen, rng) };
}

function byOrder<T extends { id: string }>(items: readonly T[], order: readonly string[]): T[] {
  const rank = new Map(order.map((id, index) => [id, index]));
  return [...items].sort((a, b) => (rank.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.id) ?? Number.MAX_SAFE_INTEGER));
}

/** A public question with its options (and matching sides) in the student's order. */
export function applyOptionOrder(question: PublicQuestion, order: readonly string[] | undefined): PublicQuestion {
  if (!order || order.length === 0) return question;
  const out: PublicQuestion = { ...question };
  if (question.options) out.options = byOrder(question.options, order);
  if (question.matching) out.matching = { left: byOrder(question.matching.left, order), right: byOrder(question.matching.right, order) };
  return out;
}
