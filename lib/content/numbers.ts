/**
 * Figures in cells and prose: "14,000", "7280", "700-2,000", "3,000 to 4,500", "c. 511",
 * "at least 962", "~10,800", "over 1,000", "about 200", "4,000+".
 */
import type { NumberRange } from "../facts/types";
import { backOverTokens, clean } from "./text";

const APPROX =
  "c\\.|ca\\.|circa|~|\u2248|about|around|approximately|approx\\.?|roughly|nearly|almost|some|over|more than|at least|up to|upwards of|an estimated|estimated|est\\.|fewer than|less than|under";
// "34,0009 killed": a footnote digit glued to a grouped figure by a lost superscript shows in the
// grouping (a last group of four or five digits); the figure is the grouped part.
// "11.000", "20.000-25.000": dots group thousands in some languages' figures (three digits after each).
// "6,5537,468": a range whose dash was lost glues two grouped figures; the split is where a
// three-digit group runs on into the next figure's leading digits and comma (read below).
const NUM =
  "\\d{1,3}(?:,\\d{3})+(?!\\d|,\\d)|\\d{1,3}(?:,\\d{3})+(?=\\d{1,2}(?![\\d,]))|\\d{1,3}(?:,\\d{3})+(?=\\d{1,3}(?:,\\d{3})+(?!\\d|,\\d))|\\d{1,3}(?:\\.\\d{3})+(?![\\d.,]|\\s+(?:thousand|million))|\\d+(?:\\.\\d+)?";
/** The second figure of a glued range, read right after the first. */
const GLUED_TAIL_RE = /\d{1,3}(?:,\d{3})+(?!\d|,\d)(\+)?/y;
const SCALE = "(?:\\s+(?:thousand|million))?";
const RANGE_SEP = "\\s*(?:-|\u2013|\u2014|to)\\s*";

/**
 * One figure with optional approximation prefix, scale word, "+" suffix and range tail.
 * No nested quantifiers over the same characters, so matching stays linear.
 */
const NUMBER_RE = new RegExp(
  `(?<![\\p{L}\\d.,])(?:(between)\\s+)?(?:(${APPROX})\\s*)?(${NUM})(${SCALE})(\\+)?(?:(${RANGE_SEP}|\\s+and\\s+)(${NUM})(${SCALE})(\\+)?)?`,
  "giu",
);

export interface NumberMatch {
  /** Offsets of the whole figure in the searched text. */
  start: number;
  end: number;
  min: number;
  max: number;
  approx: boolean;
  raw: string;
}

const DOT_GROUPED_RE = /^\d{1,3}(?:\.\d{3})+$/;

function toNumber(digits: string, scale: string | undefined): number {
  let n = Number(digits.includes(",") ? digits.replace(/,/g, "") : DOT_GROUPED_RE.test(digits) && !scale?.trim() ? digits.replace(/\./g, "") : digits);
  const s = scale?.trim().toLowerCase();
  if (s === "thousand") n *= 1_000;
  else if (s === "million") n *= 1_000_000;
  return n;
}

const DIGIT_RE = /\d/g;

/**
 * Where the search for the next figure can start: every figure has a digit, and what may precede
 * its first digit ("between", an approximation word of up to two words, "~") is at most three
 * tokens. Starting there instead of at `from` skips the text between figures, where the
 * pattern's many alternatives would be tried at every position, and finds the same matches.
 * -1 when no digit is left.
 */
function searchStart(text: string, from: number): number {
  DIGIT_RE.lastIndex = from;
  const d = DIGIT_RE.exec(text);
  return d ? backOverTokens(text, d.index, 3, from) : -1;
}

/** Every figure in `text`, in order. */
export function matchNumbers(text: string): NumberMatch[] {
  return readNumbers(text, searchStart);
}

/** The same, searching from every position: the definition `matchNumbers` must agree with (tests). */
export function matchNumbersEverywhere(text: string): NumberMatch[] {
  return readNumbers(text, (t, from) => (from <= t.length ? from : -1));
}

function readNumbers(text: string, start: (text: string, from: number) => number): NumberMatch[] {
  const out: NumberMatch[] = [];
  let m: RegExpExecArray | null;
  for (let from = start(text, 0); from >= 0; from = start(text, NUMBER_RE.lastIndex)) {
    NUMBER_RE.lastIndex = from;
    m = NUMBER_RE.exec(text);
    if (m === null) break;
    const [whole, between, approxWord, a, aScale, aPlus, sep, b, bScale, bPlus] = m;
    let end = m.index + whole.length;
    let hi: number | null = null;
    // "and" joins a range only after "between"; "18 dead and 58" is two figures.
    if (b !== undefined && sep !== undefined && (!/and/i.test(sep) || between)) {
      hi = toNumber(b, bScale || aScale);
    } else if (b !== undefined) {
      end = m.index + whole.length - (sep!.length + b.length + (bScale?.length ?? 0) + (bPlus?.length ?? 0));
    }
    let lo = toNumber(a!, aScale || (hi !== null ? bScale : undefined));
    // "35–40,000 men": the first figure shares the thousands of the second (not 35 to 40,000).
    if (hi !== null && !aScale && !bScale && /^\d{1,3}$/.test(a!) && /^\d{1,3},000$/.test(b!) && lo * 1000 <= hi && lo * 1000 * 10 > hi) lo *= 1000;
    let gluedPlus = false;
    // "7,2687,389 killed": both parts well-formed groups, the second not below the first: a range.
    if (hi === null && b === undefined && !aScale && !aPlus && a!.includes(",") && /\d/.test(text[end] ?? "")) {
      GLUED_TAIL_RE.lastIndex = end;
      const g = GLUED_TAIL_RE.exec(text);
      const tail = g ? toNumber(g[0].replace(/\+$/, ""), undefined) : -1;
      if (g && tail >= lo) {
        hi = tail;
        end += g[0].length;
        gluedPlus = Boolean(g[1]);
      }
    }
    const min = hi === null ? lo : Math.min(lo, hi);
    const max = hi === null ? lo : Math.max(lo, hi);
    let start = m.index;
    // "between" without a range is just a word.
    if (between && hi === null) start += between.length + 1;
    out.push({
      start,
      end,
      min,
      max,
      approx: Boolean(approxWord) || Boolean(aPlus) || Boolean(bPlus && hi !== null) || gluedPlus,
      raw: text.slice(start, end).trim(),
    });
    NUMBER_RE.lastIndex = end;
  }
  return out;
}

/** The first figure of a cell as a NumberRange whose text is the cleaned cell. */
export function parseNumberRange(text: string): NumberRange | null {
  const t = clean(text);
  const first = matchNumbers(t)[0];
  if (!first) return null;
  return { min: first.min, max: first.max, approx: first.approx, text: t };
}

export function numberRange(m: NumberMatch, text: string): NumberRange {
  return { min: m.min, max: m.max, approx: m.approx, text };
}

export function sameQuantity(a: NumberRange | null, b: NumberRange | null): boolean {
  if (!a || !b) return a === b;
  return a.min === b.min && a.max === b.max;
}

/** Readable form of a figure for conflict/agreement records: "700–2000", "~200". */
export function formatRange(r: NumberRange): string {
  const body = r.min === r.max ? String(r.min) : `${r.min}\u2013${r.max}`;
  return r.approx ? `~${body}` : body;
}
