/**
 * Choosing a replacement for one question of a draft: a question of the pool that fits the
 * blueprint, is not in the set already (nor the one being replaced), and neither gives away nor is
 * given away by any question that stays (same slot asked or revealed, same fact, same prompt, or a
 * prompt/option/quote that prints the other's key: lib/questions/assemble.ts). Preferred: a question
 * on another fact than the one replaced, then the same format, then the same family, so the set
 * keeps its shape. Deterministic for the seed.
 */
import { givesAway, printsKeyOf } from "../questions/assemble";
import { makeRng } from "../questions/rng";
import { normalise } from "../questions/text/normalise";
import type { Question } from "../questions/types";
import { matchesBlueprint, type Blueprint } from "./blueprint";

/** The facts a question is about (not the ones it only names for context). */
function primaryFacts(q: Question): string[] {
  if (!q.supportIds?.length) return q.factIds;
  const support = new Set(q.supportIds);
  return q.factIds.filter((id) => !support.has(id));
}

/** Would `candidate` sit badly beside `other` in one set? */
export function clashes(candidate: Question, other: Question): boolean {
  if (candidate.id === other.id) return true;
  if (normalise(candidate.prompt) === normalise(other.prompt)) return true;
  const facts = new Set(primaryFacts(other));
  if (primaryFacts(candidate).some((id) => facts.has(id))) return true;
  return givesAway(candidate, other) || printsKeyOf(candidate, other);
}

/** The teacher did not want `replaced`: a question on the same fact or slot ("…begin?" → "…end?") is its sibling, offered last. */
export function isSibling(q: Question, replaced: Question): boolean {
  const facts = new Set(primaryFacts(replaced));
  return primaryFacts(q).some((id) => facts.has(id)) || givesAway(q, replaced);
}

/** Every question that could take `replaced`'s place in `current`, best first (another fact, same format, same family). */
export function replacementCandidates(pool: readonly Question[], blueprint: Blueprint, current: readonly Question[], replaced: Question, seed: string): Question[] {
  const taken = new Set([...current.map((q) => q.id), replaced.id, ...blueprint.excludedQuestionIds]);
  const staying = current.filter((q) => q.id !== replaced.id);
  const fits = pool.filter((q) => !taken.has(q.id) && matchesBlueprint(q, blueprint) && !staying.some((other) => clashes(q, other)));
  const rank = (q: Question) => (isSibling(q, replaced) ? 4 : 0) + (q.format === replaced.format ? 0 : 2) + (q.family === replaced.family ? 0 : 1);
  return makeRng(seed)
    .shuffle(fits)
    .map((q, i) => ({ q, i }))
    .sort((a, b) => rank(a.q) - rank(b.q) || a.i - b.i)
    .map((x) => x.q);
}

/** The replacement for `replaced`, or null when nothing in the pool fits. */
export function chooseReplacement(pool: readonly Question[], blueprint: Blueprint, current: readonly Question[], replaced: Question, seed: string): Question | null {
  return replacementCandidates(pool, blueprint, current, replaced, seed)[0] ?? null;
}

/** The seed of a replacement: the blueprint's, the slot's and how many replacements came before. */
export function replacementSeed(blueprintSeed: string, replacedQuestionId: string, salt: string | number): string {
  return `replace|${blueprintSeed}|${replacedQuestionId}|${salt}`;
}
