/** Numbers: parsing typed answers (separators, words), formatting, rounding like a key. */
import type { NumberRange } from "../facts/types";

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/** "three thousand two hundred seventy" → 3270; null if any word is not a number word. */
export function parseNumberWords(s: string): number | null {
  const words = s.toLowerCase().replace(/-/g, " ").split(/\s+/).filter((w) => w && w !== "and");
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    const u = UNITS[w];
    if (u !== undefined) {
      current += u;
      seen = true;
      continue;
    }
    const sc = SCALES[w];
    if (sc === undefined) return null;
    if (sc === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * sc;
      current = 0;
    }
    seen = true;
  }
  return seen ? total + current : null;
}

/** One number as typed: "3,270", "3 270", "3270", "3.270" (European grouping), "1.5 million", "2k". */
export function parseOneNumber(raw: string): number | null {
  let s = raw.trim().toLowerCase();
  s = s.replace(/^(c\.|ca\.|circa|about|around|approx\.?|approximately|~|some|roughly|nearly|over|at least|more than|≈)\s*/, "");
  s = s.replace(/\s*(men|soldiers|troops|people|killed|dead|prisoners|captured|wounded|persons|personnel)\.?$/, "").trim();
  if (s === "") return null;
  const mult = s.match(/^([\d.,\s]+)\s*(k|thousand|m|million)$/);
  if (mult) {
    const base = Number((mult[1] ?? "").replace(/[,\s]/g, ""));
    if (!Number.isFinite(base)) return null;
    const f = mult[2] === "k" || mult[2] === "thousand" ? 1000 : 1_000_000;
    return Math.round(base * f);
  }
  // Digit groups separated by comma, space, thin space, apostrophe or a dot before exactly 3 digits.
  if (/^\d{1,3}([,\s\u00a0\u202f'.]\d{3})+$/.test(s)) return Number(s.replace(/[^\d]/g, ""));
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  return parseNumberWords(s);
}

/** A typed number or range ("700-2,000", "700 to 2000"). */
export function parseNumberAnswer(raw: string): { min: number; max: number } | null {
  const s = raw.trim();
  const m = s.match(/^(.+?)\s*(?:[-–—]|to|and)\s*(.+)$/i);
  if (m && /\d/.test(s)) {
    const a = parseOneNumber(m[1] ?? "");
    const b = parseOneNumber(m[2] ?? "");
    if (a !== null && b !== null && a <= b) return { min: a, max: b };
  }
  const n = parseOneNumber(s);
  return n === null ? null : { min: n, max: n };
}

/** 3270 → "3,270" (toLocaleString is slow and locale-dependent). */
export function formatInt(n: number): string {
  const r = Math.round(n);
  const s = String(Math.abs(r)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return r < 0 ? "-" + s : s;
}

export function formatRange(r: { min: number; max: number }): string {
  return r.min === r.max ? formatInt(r.min) : `${formatInt(r.min)}–${formatInt(r.max)}`;
}

/** Rounding step of a figure as written: 14,000 → 1000, 3,270 → 10, 181 → 1. */
export function stepOf(n: number): number {
  if (n === 0 || !Number.isInteger(n)) return 1;
  let step = 1;
  while (n % (step * 10) === 0 && step < 1e7) step *= 10;
  return step;
}

export function roundTo(n: number, step: number): number {
  return Math.max(step, Math.round(n / step) * step);
}

/** Slack for approximate figures: "c. 500" accepts 450–550. Exact figures get none. */
export function toleranceOf(r: NumberRange): number {
  if (!r.approx) return 0;
  return Math.max(1, Math.round(r.max * 0.1));
}

export function inRange(n: number, lo: number, hi: number): boolean {
  return n >= lo && n <= hi;
}

/** Are two ranges far enough apart that no reading of one is a reading of the other? */
export function clearlyDifferent(a: { min: number; max: number }, b: { min: number; max: number }, slack: number): boolean {
  return a.max + slack < b.min || b.max + slack < a.min;
}

/**
 * Can `v` be worked out from the other figures of a text (a sum of two or three of them, or one less the sum of
 * one or two others)? "Japanese losses of 75,504 (____ killed and 59,612 wounded)" gives 15,892 away.
 * Years (1500–2100) and figures under 10 are not terms: "1904" minus "6" is not arithmetic a reader does.
 */
export function derivable(v: number, figures: number[]): boolean {
  const xs = figures.filter((x) => x >= 10 && !(x >= 1500 && x <= 2100 && Number.isInteger(x)) && x !== v);
  const near = (a: number): boolean => Math.abs(a - v) <= Math.max(1, v * 0.001);
  for (let i = 0; i < xs.length; i++)
    for (let j = 0; j < xs.length; j++) {
      if (i === j) continue;
      const a = xs[i]!;
      const b = xs[j]!;
      if (i < j && near(a + b)) return true;
      if (near(a - b)) return true;
      for (let k = 0; k < xs.length; k++) {
        if (k === i || k === j) continue;
        const c = xs[k]!;
        if (i < j && j < k && near(a + b + c)) return true;
        if (j < k && near(a - b - c)) return true;
      }
    }
  return false;
}
