/**
 * Quiz assembly: deterministic for a seed. Families are drawn in proportion to how many questions they
 * have (a family of four questions must not put the same fact in every quiz), true/false and two-option
 * questions are at most 30% of a default quiz, ordering and matching come in when the pool has them,
 * and no two questions give each other away: by the slots they ask and reveal, by identical prompts,
 * and by text (no prompt, option or quote prints another question's key).
 */
import type { BattleEvent } from "../facts/types";
import { generateQuestions } from "./generate";
import { demonym } from "./labels";
import { makeRng, type Rng } from "./rng";
import { normalise } from "./text/normalise";
import type { Family, Format, Question } from "./types";

export interface AssembleOptions {
  events?: string[];
  families?: Family[];
  formats?: Format[];
  count: number;
  seed: number | string;
  allowRepeat?: boolean;
}

/** Share of a default quiz that may be answered by a coin toss (true/false, two options). */
export const MAX_LOW_CHOICE_SHARE = 0.3;

/** Does a clash with b: one asks what the other states, or both ask the same slot? */
export function givesAway(a: Question, b: Question): boolean {
  const bAsks = new Set(b.asks);
  const aAsks = new Set(a.asks);
  if (a.reveals.some((r) => bAsks.has(r)) || b.reveals.some((r) => aAsks.has(r))) return true;
  return a.asks.some((s) => bAsks.has(s));
}

/** True/false, or a choice between two options: half the answers are right by chance. */
export function isLowChoice(q: Question): boolean {
  return q.format === "trueFalse" || (q.format === "choice" && (q.options?.length ?? 0) <= 2);
}

// --- text check ----------------------------------------------------------------------------

interface Term {
  /** Normalised words, matched on word boundaries. */
  text: string;
  /** Years and figures are common: they give a key away only inside the same event. */
  local: boolean;
}

interface TextView {
  terms: Term[];
  /** Normalised, space-padded: everything the student reads, before and after answering. */
  visible: string;
  /** Figures the student reads. */
  numbers: Set<number>;
  /** Key figures (same event only). */
  keyNumbers: number[];
  events: Set<string>;
}

const views = new WeakMap<Question, TextView>();

const GLOBAL_KEY_FAMILIES = new Set<Family>(["commanders", "war", "campaign", "names", "place", "territory"]);

const NUMBER_RE = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d])|(?<![\d.,])\d+(?![\d,]*\d)/g;

function numbersIn(s: string): number[] {
  return [...s.replace(/(?<=\d)(?:st|nd|rd|th)\b/g, " ordinal").matchAll(NUMBER_RE)].map((m) => Number(m[0].replace(/,/g, "")));
}

/** The subject of a true/false statement, per family: whose command, which unit, which state. */
const TF_SUBJECT: Partial<Record<Family, RegExp>> = {
  commanders: /^True or false: (.+?) commanded /,
  units: /^True or false: (?:The )?(.+?) fought on /,
  belligerents: /^True or false: (?:The )?(.+?) fought against /,
};

/** The words a question's answer is: its key and, for people, their surnames; for states, their adjective. */
function keyTexts(q: Question): { names: string[]; numbers: number[] } {
  const a = q.answer;
  const names: string[] = [];
  const nums: number[] = [];
  const addText = (t: string): void => {
    const yearsOrFigures = /^[\d\s,.–—~≈c-]+$/.test(t.replace(/\b(?:killed|wounded|captured|missing|men|troops|casualties|total|prisoners|AD)\b/gi, "").trim());
    if (yearsOrFigures) nums.push(...numbersIn(t).filter((n) => n >= 10));
    else {
      // "19–22 August 1945" is given away by that date, not by every mention of 1945 (a bare year key is a figure above).
      names.push(t);
      if (q.family === "belligerents") {
        const adj = demonym(t);
        if (adj) names.push(adj);
      }
      if (q.family === "commanders") {
        const words = t.split(/\s+/).filter((w) => /^\p{Lu}[\p{L}'’-]{3,}$/u.test(w) && !/\.$/.test(w));
        if (words.length >= 2) names.push(words[0]!, words[words.length - 1]!);
      }
    }
  };
  switch (a.kind) {
    case "choice": {
      const t = q.options?.find((o) => o.id === a.optionId)?.text;
      if (t) addText(t);
      break;
    }
    case "text":
      for (const acc of a.accepted) {
        addText(acc.display);
        for (const v of acc.variants) addText(v);
        for (const s of acc.person?.surnames ?? []) if (s.length >= 4) names.push(s);
      }
      break;
    case "number":
      nums.push(...numbersIn(a.display).filter((n) => n >= 10), a.min, a.max);
      break;
    case "date":
      addText(a.display);
      break;
    case "boolean": {
      // "X commanded the Japanese side…" is settled by any text that shows X in this event: the person, unit or
      // state the statement is about stands for its key.
      const subject = TF_SUBJECT[q.family]?.exec(q.prompt)?.[1];
      if (subject) addText(subject);
      break;
    }
    default:
      break;
  }
  return { names: [...new Set(names)], numbers: [...new Set(nums.filter((n) => n >= 10))] };
}

function viewOf(q: Question): TextView {
  let v = views.get(q);
  if (v) return v;
  const shown = [
    q.prompt,
    ...(q.options ?? []).map((o) => o.text),
    ...(q.matching ? [...q.matching.left, ...q.matching.right].map((o) => o.text) : []),
    q.explanation.text,
    ...q.explanation.sources.map((s) => s.quote),
  ];
  const k = keyTexts(q);
  const terms: Term[] = [];
  // A person, a war, a campaign, a place or another name of the event gives its question away wherever it
  // is printed; a side ("Japanese"), a result or a unit only within the same event.
  const local = !GLOBAL_KEY_FAMILIES.has(q.family);
  for (const n of k.names) {
    const t = normalise(n);
    // Short or generic words ("Army", "War") would match everywhere and mean nothing.
    if (t.length >= 4 && !/^(?:the )?(?:army|navy|war|fleet|side|battle|true|false|none)$/.test(t)) terms.push({ text: t, local });
  }
  v = {
    terms,
    visible: ` ${shown.map(normalise).join(" | ")} `,
    numbers: new Set(shown.flatMap(numbersIn)),
    keyNumbers: k.numbers,
    events: new Set(q.eventIds),
  };
  views.set(q, v);
  return v;
}

/** Does anything `reader` shows print `keyed`'s key? */
function prints(reader: TextView, keyed: TextView): boolean {
  const sameEvent = [...reader.events].some((e) => keyed.events.has(e));
  for (const t of keyed.terms) if ((sameEvent || !t.local) && reader.visible.includes(` ${t.text} `)) return true;
  if (sameEvent) for (const n of keyed.keyNumbers) if (reader.numbers.has(n)) return true;
  return false;
}

/** Either question's text prints the other's key ("Kuropatkin ordered a retreat" beside "Who commanded the Russians?"). */
export function printsKeyOf(a: Question, b: Question): boolean {
  const va = viewOf(a);
  const vb = viewOf(b);
  return prints(va, vb) || prints(vb, va);
}

// --- selection -------------------------------------------------------------------------------

/** Does the question match the quiz's event, family and format filters? */
function wanted(q: Question, opts: AssembleOptions): boolean {
  if (opts.families && !opts.families.includes(q.family)) return false;
  if (opts.formats && !opts.formats.includes(q.format)) return false;
  if (opts.events && !q.eventIds.some((id) => opts.events!.includes(id))) return false;
  // Studying one event, "In which of these did X hold a command?" answers itself.
  if (opts.events?.length === 1 && q.asks.includes(`${opts.events[0]}:name`)) return false;
  return true;
}

/** The facts a question is about (not the context it names a side with). */
function primaryFacts(q: Question): string[] {
  if (!q.supportIds?.length) return q.factIds;
  const support = new Set(q.supportIds);
  return q.factIds.filter((id) => !support.has(id));
}

function promptKey(q: Question): string {
  return normalise(q.prompt);
}

/** Picks one index with probability proportional to its weight. */
function weighted(rng: Rng, weights: number[]): number {
  const total = weights.reduce((s, w) => s + w, 0);
  let x = rng.int(0, total - 1);
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]!;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

/** Greedy picks can paint themselves into a corner on a small pool: a few seeded attempts, the first full one wins. */
const ATTEMPTS = 6;

/** Picks a quiz from an already generated pool (the app caches the pool per content version). */
export function assembleFrom(pool: readonly Question[], opts: AssembleOptions): Question[] {
  const candidates = pool.filter((q) => wanted(q, opts));
  let best: Question[] = [];
  for (let attempt = 0; attempt < ATTEMPTS && best.length < opts.count; attempt++) {
    const quiz = attemptQuiz(candidates, opts, makeRng(`quiz|${String(opts.seed)}${attempt ? `|${attempt}` : ""}`));
    if (quiz.length > best.length) best = quiz;
  }
  // Still short on a small pool (one event): prefer the questions that rule out the fewest others.
  if (best.length < opts.count && candidates.length <= SMALL_POOL) {
    const cost = conflictCounts(candidates, opts);
    for (let attempt = 0; attempt < 4 * ATTEMPTS && best.length < opts.count; attempt++) {
      const quiz = attemptQuiz(candidates, opts, makeRng(`quiz|${String(opts.seed)}|lean|${attempt}`), cost);
      if (quiz.length > best.length) best = quiz;
    }
  }
  return best;
}

/** Pools up to this size get the conflict-aware attempt (quadratic in the pool). */
const SMALL_POOL = 600;

function conflicts(a: Question, b: Question, opts: AssembleOptions): boolean {
  if (promptKey(a) === promptKey(b)) return true;
  if (!opts.allowRepeat) {
    const fa = new Set(primaryFacts(a));
    if (primaryFacts(b).some((id) => fa.has(id)) || givesAway(a, b)) return true;
  }
  return printsKeyOf(a, b);
}

/** For each question, how many other candidates it would keep out of the quiz. */
function conflictCounts(pool: readonly Question[], opts: AssembleOptions): Map<Question, number> {
  const n = new Map<Question, number>(pool.map((q) => [q, 0]));
  for (let i = 0; i < pool.length; i++)
    for (let j = i + 1; j < pool.length; j++)
      if (conflicts(pool[i]!, pool[j]!, opts)) {
        n.set(pool[i]!, n.get(pool[i]!)! + 1);
        n.set(pool[j]!, n.get(pool[j]!)! + 1);
      }
  return n;
}

function attemptQuiz(pool: readonly Question[], opts: AssembleOptions, rng: Rng, cost?: Map<Question, number>): Question[] {
  const byFamily = new Map<Family, Question[]>();
  for (const q of pool) {
    const xs = byFamily.get(q.family) ?? [];
    xs.push(q);
    byFamily.set(q.family, xs);
  }
  const families = [...byFamily.keys()].sort();
  // Shuffled; with costs, the least conflicting first (the shuffle breaks ties).
  const order = (xs: Question[]): Question[] => {
    const s = rng.shuffle(xs);
    return cost ? s.map((q, i) => ({ q, i })).sort((a, b) => cost.get(a.q)! - cost.get(b.q)! || a.i - b.i).map((x) => x.q) : s;
  };
  const queues = new Map<Family, Question[]>(families.map((f) => [f, order(byFamily.get(f) ?? [])]));
  const out: Question[] = [];
  const usedFacts = new Set<string>();
  const prompts = new Set<string>();
  // Caps apply to a default quiz; a quiz the student asked to be true/false only is that.
  const lowCap = opts.formats ? Infinity : Math.floor(opts.count * MAX_LOW_CHOICE_SHARE);
  let low = 0;
  const familyCount = new Map<Family, number>();

  const fits = (q: Question, familyCap: number): boolean => {
    if (out.some((o) => o.id === q.id)) return false;
    if (isLowChoice(q) && low >= lowCap) return false;
    if ((familyCount.get(q.family) ?? 0) >= familyCap) return false;
    if (prompts.has(promptKey(q))) return false;
    if (!opts.allowRepeat) {
      if (primaryFacts(q).some((id) => usedFacts.has(id))) return false;
      if (out.some((o) => givesAway(o, q))) return false;
    }
    return !out.some((o) => printsKeyOf(o, q));
  };
  const take = (q: Question): void => {
    const queue = queues.get(q.family)!;
    queue.splice(queue.indexOf(q), 1);
    out.push(q);
    for (const id of primaryFacts(q)) usedFacts.add(id);
    prompts.add(promptKey(q));
    if (isLowChoice(q)) low++;
    familyCount.set(q.family, (familyCount.get(q.family) ?? 0) + 1);
  };

  // An ordering and a matching question when the pool has them (they test what choice cannot).
  if (!opts.formats && opts.count >= 5)
    for (const format of ["ordering", "matching"] as const) {
      const q = rng.shuffle(families.flatMap((f) => queues.get(f)!.filter((x) => x.format === format))).find((x) => fits(x, Infinity));
      if (q) take(q);
    }

  // Families drawn by pool size; a family at most ~a third of the quiz while others can still fill it.
  for (const familyCap of [Math.max(2, Math.ceil(opts.count * 0.35)), Infinity]) {
    // Constraints only tighten as the quiz fills: a family with nothing that fits stays out of this pass.
    const spent = new Set<Family>();
    while (out.length < opts.count) {
      const open = families.filter((f) => !spent.has(f) && queues.get(f)!.length > 0);
      if (open.length === 0) break;
      const f = open[weighted(rng, open.map((x) => queues.get(x)!.length))]!;
      const q = queues.get(f)!.find((x) => fits(x, familyCap));
      if (q) take(q);
      else spent.add(f);
    }
  }
  return rng.shuffle(out);
}

export function assembleQuiz(events: readonly BattleEvent[], opts: AssembleOptions): Question[] {
  const pool = generateQuestions(events, { ...(opts.events ? { events: opts.events } : {}), ...(opts.families ? { families: opts.families } : {}), ...(opts.formats ? { formats: opts.formats } : {}) });
  return assembleFrom(pool, opts);
}
