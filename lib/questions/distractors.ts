/**
 * Distractor selection. Candidates come tiered (same war / confusable first, then era, then any);
 * a candidate is dropped if it could be true (alias of the key, inside a true range, equal to another option).
 */
import type { DateRange, NumberRange } from "../facts/types";
import { formatDateRange, overlaps, parsePartial, precisionOf, toPartial } from "./dates";
import { clearlyDifferent, formatRange, roundTo, stepOf, toleranceOf } from "./numbers";
import type { Rng } from "./rng";
import { normaliseTitle } from "./text/normalise";

export interface Candidate {
  text: string;
  tier: number;
}

/** Choose up to n texts: lower tiers first, seeded order within a tier, no duplicates, none rejected. */
export function pickTiered(rng: Rng, cands: Candidate[], n: number, ok: (text: string) => boolean, taken: string[] = []): Candidate[] {
  const seen = new Set(taken.map(normaliseTitle));
  const tiers = [...new Set(cands.map((c) => c.tier))].sort((a, b) => a - b);
  const out: Candidate[] = [];
  for (const t of tiers) {
    for (const c of rng.shuffle(cands.filter((x) => x.tier === t))) {
      if (out.length >= n) return out;
      const k = normaliseTitle(c.text);
      if (k === "" || seen.has(k) || !ok(c.text)) continue;
      seen.add(k);
      out.push(c);
    }
  }
  return out;
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

const FACTORS = [0.5, 2, 0.7, 1.5, 0.3, 3, 0.4, 2.5, 4, 0.2];

/**
 * Number distractors for a key range: real figures of similar magnitude first (same measure, same war),
 * then perturbations rounded like the key. `forbid` are other true readings (other sources, etc.).
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
  const chosen: { min: number; max: number }[] = [];
  const ok = (r: { min: number; max: number }): boolean =>
    r.min > 0 &&
    (r.min === r.max) === !isRange &&
    separated(r, key, slack) &&
    forbid.every((f) => clearlyDifferent(r, f, slack)) &&
    chosen.every((c) => separated(r, c, 0)) &&
    formatRange(r) !== formatRange(key);
  const scored = real
    .filter((c) => {
      const ratio = c.range.max / Math.max(1, key.max);
      return ratio >= 0.25 && ratio <= 4;
    })
    .sort((a, b) => a.tier - b.tier);
  // Real figures: at most half the options, so perturbations keep the key's rounding style.
  for (const c of rng.shuffle(scored).sort((a, b) => a.tier - b.tier)) {
    if (chosen.length >= Math.ceil(n / 2)) break;
    if (ok(c.range)) chosen.push(c.range);
  }
  const factors = rng.shuffle(FACTORS.slice(0, 6)).concat(FACTORS.slice(6));
  for (const f of factors) {
    if (chosen.length >= n) break;
    const r = {
      min: roundTo(key.min * f, stepOf(key.min)),
      max: roundTo(key.max * f, stepOf(key.max)),
    };
    if (isRange && r.max <= r.min) continue;
    if (ok(r)) chosen.push(r);
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

/** Date-range distractors of the same shape and precision, never overlapping a true range. */
export function dateDistractors(
  rng: Rng,
  key: DateRange | { start: string; end: string },
  real: DateCandidate[],
  n: number,
  forbid: { start: string; end: string }[] = [],
): { values: { start: string; end: string }[]; closeness: number } {
  const chosen: { start: string; end: string }[] = [];
  const texts = new Set([formatDateRange(key)]);
  const ok = (r: { start: string; end: string }): boolean =>
    shape(r) === shape(key) &&
    !overlaps(r, key) &&
    forbid.every((f) => !overlaps(r, f)) &&
    !texts.has(formatDateRange(r));
  for (const c of rng.shuffle(real).sort((a, b) => a.tier - b.tier)) {
    if (chosen.length >= Math.ceil(n / 2)) break;
    if (ok(c.range)) {
      chosen.push(c.range);
      texts.add(formatDateRange(c.range));
    }
  }
  const prec = precisionOf(key.start);
  const shifts: [number, number][] =
    prec === "year" ? [[0, -1], [0, 1], [0, -2], [0, 2], [0, -3], [0, 3]] : [[-1, 0], [1, 0], [0, -1], [0, 1], [-2, 0], [2, 0], [0, 2], [0, -2]];
  for (const [mo, yr] of rng.shuffle(shifts)) {
    if (chosen.length >= n) break;
    const s = shiftPartial(key.start, mo, yr);
    const e = shiftPartial(key.end, mo, yr);
    if (!s || !e) continue;
    const r = { start: s, end: e };
    if (ok(r)) {
      chosen.push(r);
      texts.add(formatDateRange(r));
    }
  }
  const closeness = chosen.length === 0 ? 0 : Math.min(1, 0.4 + 0.6 * (chosen.filter((c) => Math.abs(Number(c.start.slice(0, 4)) - Number(key.start.slice(0, 4))) <= 1).length / chosen.length));
  return { values: chosen, closeness };
}
