/**
 * Dates: infobox ranges ("7–31 July 1905", "July 11 – September 16, 1939", "1904–1905",
 * "August 1945") and dated clauses in prose ("on 10 July", "On 7 July 1905").
 * Missing parts are inherited only from the other end of the same range, never invented.
 */
import type { DatePrecision, DateRange, PartialDate } from "../facts/types";
import { backOverTokens, clean, splitLineBreaks } from "./text";

const MONTHS = new Map<string, number>(Object.entries({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}));

export const MONTH_NAMES =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";

export function monthNumber(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, ""));
}

interface DatePart {
  y?: number;
  m?: number;
  d?: number;
  /** Year was inherited from the other end of the range. */
  yInherited?: boolean;
}

const TOKEN_RE = /(\d{1,4})|(\p{L}+\.?)|([\u2010-\u2015\u2212-])/gu;
const PAREN_RE = /\([^()]*\)/g;
const ORDINAL_RE = /(\d)(?:st|nd|rd|th)\b/g;
const IGNORED_WORDS = new Set(["from", "between", "on", "the", "of", "c", "c.", "ca", "ca.", "circa", "ad", "ce", "in"]);
// "10 or 11 August 991": the event lies within both readings, so "or" spans them like a range.
const RANGE_WORDS = new Set(["to", "until", "till", "through", "and", "or"]);

type Tok = { k: "n"; v: number; len: number } | { k: "m"; v: number } | { k: "sep" };

function tokenize(text: string): Tok[] | null {
  const toks: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    if (m[1] !== undefined) toks.push({ k: "n", v: Number(m[1]), len: m[1].length });
    else if (m[2] !== undefined) {
      const w = m[2].toLowerCase();
      const month = monthNumber(w);
      if (month !== undefined) toks.push({ k: "m", v: month });
      else if (RANGE_WORDS.has(w)) toks.push({ k: "sep" });
      else if (!IGNORED_WORDS.has(w)) continue; // qualifiers such as "early", "late", "summer"
    } else toks.push({ k: "sep" });
  }
  return toks;
}

function readPart(toks: Tok[]): DatePart | null {
  const p: DatePart = {};
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.k === "m") {
      if (p.m !== undefined) return null;
      p.m = t.v;
    } else if (t.k === "n") {
      if (t.len >= 3) {
        if (p.y !== undefined) return null;
        p.y = t.v;
      } else if (t.v >= 1 && t.v <= 31 && p.d === undefined) p.d = t.v;
      else return null;
    }
  }
  return p;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(y: number, m: number): number {
  // Date.UTC reads years 0–99 as 1900–1999: those, and anything odd, go the slow way.
  if (!Number.isInteger(y) || y < 100 || y > 9999 || !Number.isInteger(m) || m < 1 || m > 12) return new Date(Date.UTC(y, m, 0)).getUTCDate();
  return m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1]!;
}

function partPrecision(p: DatePart): DatePrecision {
  return p.d !== undefined ? "day" : p.m !== undefined ? "month" : "year";
}

function formatPart(p: DatePart): PartialDate {
  let s = String(p.y).padStart(4, "0");
  if (p.m !== undefined) s += `-${String(p.m).padStart(2, "0")}`;
  if (p.d !== undefined) s += `-${String(p.d).padStart(2, "0")}`;
  return s;
}

function validPart(p: DatePart): boolean {
  if (p.y === undefined || p.y < 1 || p.y > 2100) return false;
  if (p.d !== undefined && p.m === undefined) return false;
  if (p.m !== undefined && (p.m < 1 || p.m > 12)) return false;
  if (p.d !== undefined && p.d > daysIn(p.y, p.m!)) return false;
  return true;
}

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

const BEFORE_ERA_RE = /\d\s*(?:BC|BCE|B\.\s?C\.(?:\s?E\.)?)(?![\p{L}])/u;
const OLD_STYLE_BRACKET_RE = /[[(]\s*O\.\s?S\.?[^\])]{0,60}[\])]/g;
const NEW_STYLE_RE = /\bN\.\s?S\.?\s*:?\s*/;
const OLD_STYLE_RE = /\bO\.\s?S\.?\s*:?/;
/** "19 November 1700 (O.S.), 30 November 1700 (N.S.)": alternatives each tagged with its calendar. */
// ("July 8, 1592 (Gregorian Calendar)": a comma before the year is the date's own.)
const TAGGED_NEW_STYLE_RE = /(?<=^|[,;]\s*)((?:[^,;()]|,(?=\s*\d{3,4}\b))*\d(?:[^,;()]|,(?=\s*\d{3,4}\b))*?)\s*\(\s*(?:N\.\s?S\.?|New Style|Gregorian(?:\s+calendar)?)\s*\)/i;
/** "September AD 16", "9 AD": a figure beside the era is a year, however few its digits. */
const AD_YEAR_BEFORE_RE = /\b(?:AD|A\.D\.)\s*(\d{1,3})\b(?:(\s*(?:or|to|[\u2013-])\s*)(\d{1,3})\b(?!\s*(?:AD|CE)))?/g;
const AD_YEAR_AFTER_RE = /\b(\d{1,3})\s*(?:AD|CE|A\.D\.)(?![\p{L}])/gu;

/**
 * Dual-calendar dates keep the New Style one: "5 November [O.S. 24 October] 1854",
 * "N.S.: 7 September 1812 O.S.: 26 August 1812", "7 September 1812 (O.S. 26 August)".
 */
function newStyleOnly(text: string): { body: string; text: string } {
  const tagged = TAGGED_NEW_STYLE_RE.exec(text);
  if (tagged) return { body: tagged[1]!, text: tagged[1]! };
  if (!text.includes("S.")) return { body: text, text };
  const unbracketed = text.replace(OLD_STYLE_BRACKET_RE, " ");
  // The bracketed form is read without its bracket but quoted whole: the quote stays on its line.
  if (unbracketed !== text) return { body: unbracketed, text };
  let t = text;
  const ns = NEW_STYLE_RE.exec(t);
  if (ns) t = t.slice(ns.index + ns[0].length);
  const os = OLD_STYLE_RE.exec(t);
  if (os && os.index > 0) t = t.slice(0, os.index);
  t = t.replace(/[\s\u2022\u00b7]+$/, "").trim();
  return { body: t, text: t };
}

/** Parses an infobox-style date or date range; null when it is not a readable date. */
/**
 * The line of a date cell to read: the first, or the New Style one when the cell gives the date
 * in several calendars, one per line ("November 19, 1700 (O.S.)", "November 30, 1700 (N.S.)").
 */
function calendarLine(lines: string[]): string {
  if (lines.length > 1 && OLD_STYLE_MARK_RE.test(lines[0]!)) {
    const ns = lines.find((l) => NEW_STYLE_MARK_RE.test(l));
    if (ns) return ns.replace(NEW_STYLE_MARK_RE, " ");
  }
  return lines[0]!;
}
const OLD_STYLE_MARK_RE = /\((?:O\.\s?S\.|Old Style|Julian)[^)]*\)|\bO\.S\./i;
const NEW_STYLE_MARK_RE = /\((?:N\.\s?S\.|New Style|Gregorian)[^)]*\)|\bN\.S\./i;

/**
 * "1745-05-11", "1914-08-23 – 1914-08-30": ISO days (as rendered from date templates) are read as
 * "11 May 1745". A bare "1904-05" stays a span of years: only a full year-month-day is ISO here.
 */
const ISO_DAY_RE = /(?<![\d\p{L}-])(\d{4})-(\d{2})-(\d{2})(?![\d\p{L}]|-\d)/gu;
const ISO_SPAN_SLASH_RE = /(\d{4}-\d{2}-\d{2})\s*\/\s*(?=\d{4}-\d{2}-\d{2})/g;
const MONTH_BY_NUMBER = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** null when a year-month-day has no such month: it is not a date to read in part. */
function isoDaysAsWords(s: string): string | null {
  if (!s.includes("-")) return s;
  let bad = false;
  // "1944-06-06/1944-08-30": a slash between two ISO days spans them.
  const out = s.replace(ISO_SPAN_SLASH_RE, "$1 \u2013 ").replace(ISO_DAY_RE, (all, y: string, m: string, d: string) => {
    const month = MONTH_BY_NUMBER[Number(m)];
    if (!month) bad = true;
    return month ? `${Number(d)} ${month} ${y}` : all;
  });
  return bad ? null : out;
}

/** "29 Rabi' al-Awwal 1270 AH / 30 December 1853": the Islamic date, then the same day in the Western calendar. */
const HIJRI_FIRST_RE = /^[^/]*\d\s*A\.?H\.?\s*\/\s*(?=\S)/;

export function parseDateRange(input: string): DateRange | null {
  const line = clean(calendarLine(splitLineBreaks(input)).split(";")[0] ?? "");
  const { body: styled, text } = newStyleOnly(line.includes("/") ? line.replace(HIJRI_FIRST_RE, "") : line);
  if (!text) return null;
  // "2 August 216 BC": a partial ISO date has no years before the era; reading 216 would be wrong.
  if (BEFORE_ERA_RE.test(text)) return null;
  const iso = isoDaysAsWords(styled);
  if (iso === null) return null;
  const body = iso
    .replace(PAREN_RE, " ")
    .replace(ORDINAL_RE, "$1")
    // "AD 60 or 61": the second figure of the span is a year too.
    .replace(AD_YEAR_BEFORE_RE, (_, y: string, sep?: string, y2?: string) => y.padStart(4, "0") + (y2 ? sep! + y2.padStart(4, "0") : ""))
    .replace(AD_YEAR_AFTER_RE, (_, y: string) => y.padStart(4, "0"));
  const toks = tokenize(body);
  if (!toks || toks.length === 0) return null;
  const sepAt = toks.findIndex((t) => t.k === "sep");
  let left = readPart(sepAt < 0 ? toks : toks.slice(0, sepAt));
  let right = sepAt < 0 ? null : readPart(toks.slice(sepAt + 1).filter((t) => t.k !== "sep"));
  // "24 August 1937 – 7 September 1937 (…), the offensive continued until November 1937": the
  // range is the first one; a later "until" belongs to a remark. A range whose end cannot be read
  // is no date (never its first day alone).
  if (sepAt >= 0 && !right) {
    const next = toks.findIndex((t, k) => k > sepAt + 1 && t.k === "sep");
    if (next < 0) return null;
    right = readPart(toks.slice(sepAt + 1, next));
    if (!right) return null;
  }
  if (!left) return null;
  // "mid-July 1905": a dash with nothing before it is not a range.
  if (right && left.y === undefined && left.m === undefined && left.d === undefined) {
    left = right;
    right = null;
  }
  if (right) {
    if (right.y === undefined && right.m === undefined && right.d === undefined) return null;
    // "1904–05": a two-digit year after a full year.
    const rt = toks.slice(sepAt + 1);
    if (right.y === undefined && left.y !== undefined && right.m === undefined && rt.length === 1 && rt[0]!.k === "n" && left.d === undefined) {
      const two = (rt[0] as { v: number }).v;
      right.y = Math.floor(left.y / 100) * 100 + two;
      right.d = undefined;
    }
    // The earlier end inherits what it omits from the later end, and vice versa for a bare day.
    if (left.y === undefined && right.y !== undefined) {
      left.y = right.y;
      left.yInherited = true;
    }
    if (left.m === undefined && left.d !== undefined && right.m !== undefined) left.m = right.m;
    if (right.y === undefined && left.y !== undefined) right.y = left.y;
    if (right.m === undefined && right.d !== undefined && left.m !== undefined) right.m = left.m;
    // "December – January 1905": the inherited year of the start is the previous one.
    if (left.yInherited && left.m !== undefined && right.m !== undefined && left.m > right.m) left.y = left.y! - 1;
  }
  if (!validPart(left) || (right && !validPart(right))) return null;
  const end = right ?? left;
  const start = formatPart(left);
  const endS = formatPart(end);
  if (start.slice(0, Math.min(start.length, endS.length)) > endS.slice(0, Math.min(start.length, endS.length))) return null;
  const pl = partPrecision(left);
  const pr = partPrecision(end);
  return { start, end: endS, precision: RANK[pl] <= RANK[pr] ? pl : pr, text };
}

/** First and last day covered by a partial date, as comparable "YYYY-MM-DD" strings. */
export function expandDate(d: PartialDate, which: "start" | "end"): string {
  const [y, m, dd] = d.split("-");
  if (dd) return d;
  if (m) return `${y}-${m}-${which === "start" ? "01" : String(daysIn(Number(y), Number(m))).padStart(2, "0")}`;
  return which === "start" ? `${y}-01-01` : `${y}-12-31`;
}

export function rangesOverlap(a: { start: PartialDate; end: PartialDate }, b: { start: PartialDate; end: PartialDate }): boolean {
  return expandDate(a.start, "start") <= expandDate(b.end, "end") && expandDate(b.start, "start") <= expandDate(a.end, "end");
}

/** true when `fine` lies within `coarse` and is at least as precise: one refines the other. */
export function refines(fine: DateRange, coarse: DateRange): boolean {
  return (
    RANK[fine.precision] >= RANK[coarse.precision] &&
    expandDate(fine.start, "start") >= expandDate(coarse.start, "start") &&
    expandDate(fine.end, "end") <= expandDate(coarse.end, "end")
  );
}

export function formatDateRange(r: DateRange): string {
  return r.start === r.end ? r.start : `${r.start}/${r.end}`;
}

// ---------------------------------------------------------------------------------------------
// Dates in prose

/** "on 10 July", "On 7 July 1905", "on July 11, 1939", "on the 3rd of May". */
const ON_DATE_RE = new RegExp(
  `\\b[Oo]n\\s+(?:the\\s+(?:(?:early\\s+|late\\s+)?(?:morning|afternoon|evening|night)\\s+of\\s+(?:the\\s+)?)?)?(?:(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${MONTH_NAMES})|(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?:,?\\s+(\\d{4}))?(?![\\d\\p{L}])`,
  "gu",
);
/** "In August 1945", "in early July 1905": month precision, explicit year only. */
const IN_MONTH_RE = new RegExp(`\\b[Ii]n\\s+(?:(?:early|mid|late|mid-)\\s*)?(${MONTH_NAMES})\\s+(\\d{4})(?![\\d\\p{L}])`, "gu");

/** Any day-month expression, used to keep day numbers out of prose figures. */
export const ANY_DATE_RE = new RegExp(
  `(?<![\\d\\p{L}])(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:[\u2013-]|and|to)\\s*\\d{1,2})?\\s+(?:of\\s+)?(?:${MONTH_NAMES})(?:,?\\s+\\d{4})?|(?:${MONTH_NAMES})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|(?:${MONTH_NAMES})\\s+\\d{4})(?![\\d\\p{L}])`,
  "gu",
);

/** Where a day-month expression may be: every one has a month name, and these are their first three letters. */
const MONTH_PREFIX_RE = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/g;

/**
 * `s` with every day-month expression (ANY_DATE_RE) replaced by as many spaces: the same result
 * as `s.replace(ANY_DATE_RE, blanks)`, searching only from near each month name. At most five
 * tokens ("12 – 14 of") come before a month name in a match.
 */
export function maskDates(s: string): string {
  let out = "";
  let copied = 0;
  let from = 0;
  for (;;) {
    MONTH_PREFIX_RE.lastIndex = from;
    const mp = MONTH_PREFIX_RE.exec(s);
    if (!mp) break;
    ANY_DATE_RE.lastIndex = backOverTokens(s, mp.index, 5, from);
    const m = ANY_DATE_RE.exec(s);
    if (!m) break;
    out += s.slice(copied, m.index) + " ".repeat(m[0].length);
    copied = from = m.index + m[0].length;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** A four-digit year between 1000 and 2099 that is not part of a bigger figure. */
export const YEAR_RE = /(?<![\d,.])(1\d{3}|20\d{2})(?![\d,]|\.\d)/g;

export interface ProseDate {
  start: number;
  end: number;
  month: number;
  day: number | null;
  year: number | null;
}

export function findProseDates(sentence: string): ProseDate[] {
  const out: ProseDate[] = [];
  ON_DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ON_DATE_RE.exec(sentence)) !== null) {
    const day = Number(m[1] ?? m[4]);
    const month = monthNumber((m[2] ?? m[3])!)!;
    out.push({ start: m.index, end: m.index + m[0].length, month, day, year: m[5] ? Number(m[5]) : null });
  }
  IN_MONTH_RE.lastIndex = 0;
  while ((m = IN_MONTH_RE.exec(sentence)) !== null) {
    out.push({ start: m.index, end: m.index + m[0].length, month: monthNumber(m[1]!)!, day: null, year: Number(m[2]) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Formats a prose date, or null when the day does not exist in that month. */
export function proseDateString(year: number, month: number, day: number | null): PartialDate | null {
  if (day !== null && (day < 1 || day > daysIn(year, month))) return null;
  const ym = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
  return day === null ? ym : `${ym}-${String(day).padStart(2, "0")}`;
}
