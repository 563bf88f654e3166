/**
 * Quiz assembly: deterministic for a seed, balanced across families (round-robin over shuffled
 * families), no fact twice unless allowRepeat, and no two questions that give each other away.
 */
import type { BattleEvent } from "../facts/types";
import { generateQuestions } from "./generate";
import { makeRng } from "./rng";
import type { Family, Format, Question } from "./types";

export interface AssembleOptions {
  events?: string[];
  families?: Family[];
  formats?: Format[];
  count: number;
  seed: number | string;
  allowRepeat?: boolean;
}

/** Does a clash with b: one asks what the other states, or both ask the same slot? */
export function givesAway(a: Question, b: Question): boolean {
  const bAsks = new Set(b.asks);
  const aAsks = new Set(a.asks);
  if (a.reveals.some((r) => bAsks.has(r)) || b.reveals.some((r) => aAsks.has(r))) return true;
  return a.asks.some((s) => bAsks.has(s));
}

/** Does the question match the quiz's event, family and format filters? */
function wanted(q: Question, opts: AssembleOptions): boolean {
  if (opts.families && !opts.families.includes(q.family)) return false;
  if (opts.formats && !opts.formats.includes(q.format)) return false;
  if (opts.events && !q.eventIds.some((id) => opts.events!.includes(id))) return false;
  return true;
}

/** Picks a quiz from an already generated pool (the app caches the pool per content version). */
export function assembleFrom(pool: readonly Question[], opts: AssembleOptions): Question[] {
  const rng = makeRng(`quiz|${String(opts.seed)}`);
  const byFamily = new Map<Family, Question[]>();
  for (const q of pool) {
    if (!wanted(q, opts)) continue;
    const xs = byFamily.get(q.family) ?? [];
    xs.push(q);
    byFamily.set(q.family, xs);
  }
  const queues = rng.shuffle([...byFamily.keys()].sort()).map((f) => rng.shuffle(byFamily.get(f) ?? []));
  const out: Question[] = [];
  const usedFacts = new Set<string>();
  const fits = (q: Question): boolean =>
    (opts.allowRepeat || q.factIds.every((id) => !usedFacts.has(id))) && (opts.allowRepeat ? !out.some((o) => o.id === q.id) : !out.some((o) => givesAway(o, q)));
  // Round-robin: one question per family per round keeps the families balanced.
  let progress = true;
  while (out.length < opts.count && progress) {
    progress = false;
    for (const queue of queues) {
      if (out.length >= opts.count) break;
      const i = queue.findIndex(fits);
      if (i < 0) continue;
      const [q] = queue.splice(i, 1);
      if (!q) continue;
      out.push(q);
      for (const id of q.factIds) usedFacts.add(id);
      progress = true;
    }
  }
  return rng.shuffle(out);
}

export function assembleQuiz(events: readonly BattleEvent[], opts: AssembleOptions): Question[] {
  const pool = generateQuestions(events, { ...(opts.events ? { events: opts.events } : {}), ...(opts.families ? { families: opts.families } : {}), ...(opts.formats ? { formats: opts.formats } : {}) });
  return assembleFrom(pool, opts);
}
