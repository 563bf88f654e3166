/**
 * Distractor selection. Candidates come tiered (same war / confusable first, then era, then any);
 * a candidate is dropped if it could be true (alias of the key, inside a true range, equal to another option).
 */
import type { DateRange, NumberRange } from "../facts/types";
import { dayIndex, formatDateRange, overlaps, parsePartial, precisionOf, toPartial } from "./dates";
import { clearlyDifferent, formatRange, roundTo, stepOf, toleranceOf } from "./numbers";
import type { Rng } from "./rng";
import { periodOf, spansMeet, type Span } from "./states";
import { normaliseTitle } from "./text/normalise";

export interface Candidate {
  text: string;
  tier: number;
}

/** What a glance at an option sees: digits, a range, brackets, clauses, initials, non-ASCII letters, word count. */
export function shapeSignature(t: string): string {
  return [
    /\d/.test(t) ? "d" : "",
    /[–-]\s*\d|\d\s*[–-]/.test(t) ? "r" : "",
    /\(/.test(t) ? "p" : "",
    /[;:]/.test(t) ? "s" : "",
    /\b\p{Lu}\./u.test(t) ? "i" : "",
    /[^\x00-\x7f]/.test(t.replace(/[–—’]/g, "")) ? "u" : "",
    String(Math.min(4, t.split(/\s+/).length)),
  ].join("");
}

/**
 * Choose up to n texts: lower tiers first, seeded order within a tier, no duplicates, none rejected.
 * The options must not betray the key by their look: the number of wrong options longer than the key is drawn
 * at random (the key is the longest or the shortest no more often than any other), and one wrong option is
 * written like the key when one can be (the key is never the one option in a different format).
 */
export function pickTiered(
  rng: Rng,
  cands: Candidate[],
  n: number,
  ok: (text: string) => boolean,
  taken: string[] = [],
  key: string | undefined = taken[0],
  prompt?: string,
): Candidate[] {
  const seen = new Set(taken.map(normaliseTitle));
  const tiers = [...new Set(cands.map((c) => c.tier))].sort((a, b) => a - b);
  const ordered: Candidate[] = [];
  for (const t of tiers) ordered.push(...rng.shuffle(cands.filter((x) => x.tier === t)));
  const usable: Candidate[] = [];
  // The period the prompt names (its years, the states it names): an option of another period is ruled out.
  const period = prompt ? promptPeriod(prompt) : null;
  for (const c of ordered) {
    const k = normaliseTitle(c.text);
    if (k === "" || seen.has(k) || !ok(c.text)) continue;
    if (period) {
      const p = periodOf(c.text);
      if (p && !spansMeet(p, period)) continue;
    }
    seen.add(k);
    usable.push(c);
  }
  if (key === undefined) return usable.slice(0, n);
  let longer = rng.int(0, n);
  let shorter = n - longer;
  const out: Candidate[] = [];
  const fits = (c: Candidate): boolean => (c.text.length > key.length ? longer > 0 : c.text.length < key.length ? shorter > 0 : longer + shorter > 0);
  // No two options the same but for one word ("Second Manchurian Army", "Third Manchurian Army"; "Russo-Turkish
  // War" beside "Russo-Japanese War"): a twin pair tells the student the key is in it, or is the one outside it.
  const twin = (a: string, b: string): boolean => {
    const x = normaliseTitle(a).split(" ");
    const y = normaliseTitle(b).split(" ");
    return x.length === y.length && x.filter((w, i) => w !== y[i]).length === 1 && x.filter((w, i) => w === y[i] && !ECHO_STOP.has(w)).length >= 2;
  };
  const spoils = (c: Candidate): boolean => twin(c.text, key) || out.some((o) => twin(o.text, c.text));
  const add = (c: Candidate): void => {
    if (spoils(c)) return;
    out.push(c);
    if (c.text.length > key.length || (c.text.length === key.length && longer > 0)) longer--;
    else shorter--;
  };
  // A key that repeats words of the prompt ("Empire" of "the Russian Empire", "War" of "Which war…") gets wrong
  // options that do too, first: echoing the question then singles nothing out.
  const pw = prompt ? echoWords(prompt) : null;
  const echo = (t: string): number => (pw ? echoWords(t).filter((w) => pw.includes(w)).length : 0);
  const ke = echo(key);
  if (ke > 0) {
    // Most echoing first (up to the key's own count), tier order kept among equals.
    const rank = (c: Candidate): number => Math.min(ke, echo(c.text));
    const sorted = usable.map((c, i) => ({ c, i })).sort((a, b) => rank(b.c) - rank(a.c) || a.i - b.i);
    usable.splice(0, usable.length, ...sorted.map((x) => x.c));
  }
  // Closeness first (echo, then tier): look and length only choose among candidates equally close, so a
  // padding entry never displaces a real one just to balance lengths.
  const group = (c: Candidate): string => `${ke > 0 ? ke - Math.min(ke, echo(c.text)) : 0}|${c.tier}`;
  const groups = [...new Set(usable.map(group))];
  // One wrong option written like the key, from the closest group that has one.
  for (const g of groups) {
    const inG = usable.filter((c) => group(c) === g && shapeSignature(c.text) === shapeSignature(key));
    const like = inG.find(fits) ?? inG[0];
    if (like) {
      add(like);
      if (out.length > 0) break;
    }
  }
  for (const g of groups) {
    const inG = usable.filter((c) => group(c) === g);
    for (const c of inG) if (out.length < n && !out.includes(c) && fits(c)) add(c);
    for (const c of inG) if (out.length < n && !out.includes(c)) add(c);
    if (out.length >= n) break;
  }
  // Keep the tier order (the first wrong option feeds the false statement).
  return usable.filter((c) => out.includes(c)).sort((a, b) => a.tier - b.tier);
}

function promptPeriod(prompt: string): Span[] | null {
  const years = [...prompt.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  if (years.length > 0) return [{ from: Math.min(...years), to: Math.max(...years) }];
  return periodOf(prompt);
}

const ECHO_STOP = new Set("the a an of in on at to and or was were is are did do does which who what when where how many this these that side took place fought during battle against".split(" "));

function echoWords(t: string): string[] {
  return normaliseTitle(t)
    .split(" ")
    .filter((w) => w.length > 2 && !ECHO_STOP.has(w));
}

/** How many words of the prompt a text repeats (names, not function words). */
export function echoCount(text: string, prompt: string): number {
  const pw = echoWords(prompt);
  return echoWords(text).filter((w) => pw.includes(w)).length;
}

/** Closeness in [0,1] from tiers: same-war distractors are the hard ones. */
export function tierCloseness(cs: Candidate[]): number {
  if (cs.length === 0) return 0;
  return cs.reduce((s, c) => s + (c.tier === 0 ? 1 : c.tier === 1 ? 0.6 : 0.3), 0) / cs.length;
}

export interface NumberCandidate {
  range: { min: number; max: number };
  tier: number;
}

/** Two options must not be confusable: at least 12% apart and outside each other's slack. */
function separated(a: { min: number; max: number }, b: { min: number; max: number }, slack: number): boolean {
  if (!clearlyDifferent(a, b, slack)) return false;
  const hi = Math.max(a.max, b.max);
  const gap = a.max < b.min ? b.min - a.max : a.min - b.max;
  return gap / Math.max(1, hi) >= 0.12;
}

/** Ratios a test-wise student spots (½×, 2×, 1.5×, 0.7×…): no option may stand in one to the key or to another option. */
const SIMPLE_RATIOS = [1 / 5, 1 / 4, 0.3, 1 / 3, 0.4, 1 / 2, 0.6, 2 / 3, 0.7, 3 / 4, 0.8, 1.2, 1.25, 4 / 3, 1.5, 5 / 3, 2, 2.5, 3, 4, 5];

function simpleRatio(a: number, b: number): boolean {
  if (a < 20 || b < 20) return false;
  return SIMPLE_RATIOS.some((r) => Math.abs(a / b - r) / r < 0.025);
}

/** 0: unround (3,271), 1: tens (3,270), 2: hundreds or rounder (3,300): every option keeps the key's class. */
export function roundClass(n: number): number {
  const s = stepOf(Math.round(n));
  return s >= 100 ? 2 : s >= 10 ? 1 : 0;
}

/** Round n like a figure of class c, landing exactly in class c (an unround key gets unround distractors). */
function roundLike(rng: Rng, n: number, keyValue: number, c: number): number {
  if (c === 2) {
    const step = Math.min(stepOf(keyValue), Math.max(100, 10 ** Math.floor(Math.log10(Math.max(1, n)) - 1)));
    return roundTo(n, step);
  }
  if (c === 1) {
    let v = roundTo(n, 10);
    if (v % 100 === 0) v += 10 * rng.int(1, 9);
    return v;
  }
  let v = Math.max(1, Math.round(n));
  if (v >= 10 && v % 10 === 0) v += rng.int(1, 9);
  return v;
}

function rangeClass(r: { min: number; max: number }): string {
  return `${roundClass(r.min)}/${roundClass(r.max)}`;
}

/**
 * Number distractors for a key range. The key's rank among the options is drawn at random (so it is not the
 * centre the others spread around), every option keeps the key's rounding, and no two options stand in a
 * simple ratio. Real figures of similar magnitude (same measure, same war first) come first; then irregular
 * offsets. `forbid` are other true readings (other sources, etc.).
 */
export function numberDistractors(
  rng: Rng,
  key: NumberRange,
  real: NumberCandidate[],
  n: number,
  forbid: { min: number; max: number }[] = [],
): { values: { min: number; max: number }[]; closeness: number } {
  const slack = toleranceOf(key);
  const isRange = key.min !== key.max;
  const cls = rangeClass(key);
  const chosen: { min: number; max: number }[] = [];
  const mid = (r: { min: number; max: number }): number => (r.min + r.max) / 2;
  const km = mid(key);
  // How many options lie below the key: uniform, so the key is as often the smallest as the middle.
  let below = rng.int(0, n);
  // A key too small to have that many clearly smaller figures sits lower.
  while (below > 0 && km * Math.pow(0.8, below) < 2) below--;
  let above = n - below;
  // Wrong options not in simple ratios among themselves either (else ruling out the "base" figure would pay);
  // relaxed only when a small key leaves too few figures.
  let mutual = true;
  const ok = (r: { min: number; max: number }): boolean =>
    r.min > 0 &&
    (r.min === r.max) === !isRange &&
    rangeClass(r) === cls &&
    separated(r, key, slack) &&
    forbid.every((f) => clearlyDifferent(r, f, slack)) &&
    chosen.every((c) => separated(r, c, 0)) &&
    !simpleRatio(mid(r), km) &&
    (!mutual || chosen.every((c) => !simpleRatio(mid(r), mid(c)))) &&
    formatRange(r) !== formatRange(key);
  const take = (r: { min: number; max: number }): boolean => {
    if (!ok(r)) return false;
    const lower = mid(r) < km;
    if (lower ? below === 0 : above === 0) return false;
    if (lower) below--;
    else above--;
    chosen.push(r);
    return true;
  };
  const similar = real.filter((c) => {
    const ratio = mid(c.range) / Math.max(1, km);
    return ratio >= 0.3 && ratio <= 3.3;
  });
  for (const c of rng.shuffle(similar).sort((a, b) => a.tier - b.tier)) {
    if (chosen.length >= n) break;
    take(c.range);
  }
  // Irregular offsets: a random factor per option, away from every simple ratio, rounded like the key.
  for (let tries = 0; chosen.length < n && tries < 800; tries++) {
    if (tries === 400) mutual = false;
    const lower = below > 0 && (above === 0 || rng.int(0, 1) === 0);
    if (!lower && above === 0) break;
    const f = lower ? 0.32 + rng.int(0, 540) / 1000 : 1.16 + rng.int(0, 2000) / 1000;
    const r = {
      min: roundLike(rng, key.min * f, key.min, roundClass(key.min)),
      max: roundLike(rng, key.max * f, key.max, roundClass(key.max)),
    };
    if (!isRange) r.max = r.min;
    if (isRange && r.max <= r.min) continue;
    take(r);
  }
  const closeness =
    chosen.length === 0
      ? 0
      : chosen.reduce((s, r) => s + Math.max(0, 1 - Math.abs(Math.log((r.max + 1) / (key.max + 1))) / Math.log(4)), 0) / chosen.length;
  return { values: chosen, closeness };
}

export interface DateCandidate {
  range: { start: string; end: string };
  tier: number;
}

function shape(r: { start: string; end: string }): string {
  return `${precisionOf(r.start)}-${precisionOf(r.end)}-${r.start === r.end ? "1" : "2"}`;
}

function shiftPartial(p: string, months: number, years: number): string | null {
  const x = parsePartial(p);
  if (!x) return null;
  if (x.m === null) return toPartial(x.y + years + Math.round(months / 12), null, null);
  let m = x.m - 1 + months;
  const y = x.y + years + Math.floor(m / 12);
  m = ((m % 12) + 12) % 12;
  const dim = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m] ?? 28;
  const d = x.d === null ? null : Math.min(x.d, dim);
  return toPartial(y, m + 1, d);
}

function addDays(p: string, days: number): string | null {
  const x = parsePartial(p);
  if (!x || x.m === null || x.d === null) return p;
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d + days));
  return toPartial(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** What a glance compares between date options: years, months, day-and-month of each end. */
function dateFeatures(r: { start: string; end: string }): string[] {
  const f: string[] = [];
  for (const [k, p] of [["s", r.start], ["e", r.end]] as const) {
    const x = parsePartial(p);
    if (!x) continue;
    f.push(`${k}y${x.y}`);
    if (x.m !== null) f.push(`${k}m${x.m}`);
    if (x.m !== null && x.d !== null) f.push(`${k}dm${x.d}-${x.m}`);
  }
  return [...new Set(f)];
}

/** Same day and month (of each end) in another year: a twin made by shifting the year. */
function yearTwins(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  const dm = (p: string): string | null => {
    const x = parsePartial(p);
    return x && x.m !== null && x.d !== null ? `${x.d}-${x.m}` : null;
  };
  const da = dm(a.start);
  return da !== null && da === dm(b.start) && dm(a.end) === dm(b.end) && a.start.slice(0, 4) !== b.start.slice(0, 4);
}

/** Irregular shifts of the key: months, days and sometimes the year together, never the year alone. */
function shiftedDates(rng: Rng, key: { start: string; end: string }, count: number): { start: string; end: string }[] {
  const prec = precisionOf(key.start);
  const out: { start: string; end: string }[] = [];
  for (let i = 0; i < count; i++) {
    if (prec === "year") {
      const y = rng.pick([-7, -6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 7]);
      const s = shiftPartial(key.start, 0, y);
      const e = shiftPartial(key.end, 0, y);
      if (s && e) out.push({ start: s, end: e });
      continue;
    }
    const mo = rng.pick([-5, -4, -3, -2, -1, 1, 2, 3, 4, 5]);
    const yr = rng.pick([0, 0, 0, -1, 1]);
    const d = prec === "day" ? rng.int(-12, 12) : 0;
    const s0 = shiftPartial(key.start, mo, yr);
    const e0 = shiftPartial(key.end, mo, yr);
    if (!s0 || !e0) continue;
    const s = addDays(s0, d);
    const e = addDays(e0, key.start === key.end ? d : d + rng.int(-2, 2));
    if (s && e && (key.start === key.end ? s === e : dayIndex(s) < dayIndex(e))) out.push({ start: s, end: e });
  }
  return out;
}

function* subsets<T>(xs: T[], k: number, from = 0, acc: T[] = []): Generator<T[]> {
  if (acc.length === k) {
    yield acc.slice();
    return;
  }
  for (let i = from; i <= xs.length - (k - acc.length); i++) {
    acc.push(xs[i] as T);
    yield* subsets(xs, k, i + 1, acc);
    acc.pop();
  }
}

/**
 * Date-range distractors of the same shape and precision, never overlapping a true range. The set is chosen so
 * that the key gives itself away neither by its place (its rank among the options is drawn at random) nor by
 * convergence (it is never the one option sharing most parts with the others), and no two options are the same
 * day and month in different years. Real dates of other events come first.
 */
export function dateDistractors(
  rng: Rng,
  key: DateRange | { start: string; end: string },
  real: DateCandidate[],
  n: number,
  forbid: { start: string; end: string }[] = [],
): { values: { start: string; end: string }[]; closeness: number } {
  const k = { start: key.start, end: key.end };
  const texts = new Set([formatDateRange(k)]);
  const pool: { range: { start: string; end: string }; tier: number }[] = [];
  const ok = (r: { start: string; end: string }): boolean =>
    shape(r) === shape(k) && !overlaps(r, k) && !yearTwins(r, k) && forbid.every((f) => !overlaps(r, f)) && !texts.has(formatDateRange(r));
  const add = (r: { start: string; end: string }, tier: number): void => {
    if (!ok(r)) return;
    texts.add(formatDateRange(r));
    pool.push({ range: r, tier });
  };
  for (const c of rng.shuffle(real).sort((a, b) => a.tier - b.tier)) if (pool.length < 6) add(c.range, c.tier);
  for (const r of shiftedDates(rng, k, 20)) if (pool.length < 10) add(r, 5);
  // Pairwise tables once (index 0 is the key): shared parts, and pairs that may not stand together.
  const all = [k, ...pool.map((c) => c.range)];
  const fs = all.map(dateFeatures);
  const shared = all.map((_, i) => all.map((__, j) => (i === j ? 0 : fs[i]!.filter((f) => fs[j]!.includes(f)).length)));
  const clash = all.map((a, i) => all.map((b, j) => i !== j && (yearTwins(a, b) || overlaps(a, b))));
  const before = all.map((r) => dayIndex(r.start) < dayIndex(k.start));
  const want = rng.int(0, Math.min(n, pool.length));
  const jitter = pool.map(() => rng.int(0, 3));
  let best: { set: number[]; cost: number } | null = null;
  const m = Math.min(n, pool.length);
  for (const sub of subsets(pool.map((_, i) => i + 1), m)) {
    if (sub.some((a, x) => sub.some((b, y) => x < y && clash[a]![b]))) continue;
    const idx = [0, ...sub];
    const score = (i: number): number => idx.reduce((t, j) => t + shared[i]![j]!, 0);
    const ks = score(0);
    // Never the one most like all the others.
    if (sub.length >= 2 && sub.every((i) => score(i) < ks)) continue;
    const rank = sub.filter((i) => before[i]).length;
    const cost = Math.abs(rank - want) * 10 + sub.reduce((t, i) => t + pool[i - 1]!.tier + jitter[i - 1]!, 0);
    if (!best || cost < best.cost) best = { set: sub, cost };
  }
  const chosen = (best?.set ?? []).map((i) => pool[i - 1]!.range);
  // The first wrong option feeds the false statement: the closest-tier one.
  const ordered = pool.filter((c) => chosen.includes(c.range)).map((c) => c.range);
  const closeness = ordered.length === 0 ? 0 : Math.min(1, 0.4 + 0.6 * (ordered.filter((c) => Math.abs(Number(c.start.slice(0, 4)) - Number(k.start.slice(0, 4))) <= 1).length / ordered.length));
  return { values: ordered, closeness };
}
