/** Partial ISO dates: formatting, comparison, and parsing typed date answers. */
import type { DatePrecision, DateRange, PartialDate } from "../facts/types";

export const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

export interface Ymd {
  y: number;
  m: number | null;
  d: number | null;
}

const partials = new Map<string, Ymd | null>();

/** Memoised (the same few hundred dates are parsed over and over); callers must not mutate the result. */
export function parsePartial(p: PartialDate): Ymd | null {
  let v = partials.get(p);
  if (v === undefined) {
    if (partials.size > 20_000) partials.clear();
    const m = /^(\d{3,4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(p);
    v = m ? { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null } : null;
    partials.set(p, v);
  }
  return v;
}

export function precisionOf(p: PartialDate): DatePrecision {
  return p.length >= 10 ? "day" : p.length >= 7 ? "month" : "year";
}

export function toPartial(y: number, m: number | null, d: number | null): PartialDate {
  const mm = m === null ? "" : `-${String(m).padStart(2, "0")}`;
  const dd = m === null || d === null ? "" : `-${String(d).padStart(2, "0")}`;
  return `${y}${mm}${dd}`;
}

export function formatPartial(p: PartialDate): string {
  const x = parsePartial(p);
  if (!x) return p;
  if (x.m === null) return String(x.y);
  const mon = MONTHS[x.m - 1] ?? "";
  return x.d === null ? `${mon} ${x.y}` : `${x.d} ${mon} ${x.y}`;
}

/** "7–31 July 1905", "9 August – 2 September 1945", "1938–1939". */
export function formatDateRange(r: { start: PartialDate; end: PartialDate }): string {
  if (r.start === r.end) return formatPartial(r.start);
  const a = parsePartial(r.start);
  const b = parsePartial(r.end);
  if (!a || !b) return `${r.start}–${r.end}`;
  if (a.y === b.y && a.m !== null && b.m !== null) {
    const monB = MONTHS[b.m - 1] ?? "";
    const monA = MONTHS[a.m - 1] ?? "";
    if (a.m === b.m && a.d !== null && b.d !== null) return `${a.d}–${b.d} ${monB} ${b.y}`;
    if (a.d !== null && b.d !== null) return `${a.d} ${monA} – ${b.d} ${monB} ${b.y}`;
    if (a.d === null && b.d === null) return `${monA}–${monB} ${b.y}`;
  }
  if (a.m === null && b.m === null) return `${a.y}–${b.y}`;
  return `${formatPartial(r.start)} – ${formatPartial(r.end)}`;
}

/** Truncate a partial date to a precision. */
export function truncate(p: PartialDate, prec: DatePrecision): PartialDate {
  return prec === "year" ? p.slice(0, 4) : prec === "month" ? p.slice(0, 7) : p;
}

/** Comparable key: missing parts sort first (start) or last (end). */
export function dayIndex(p: PartialDate, asEnd = false): number {
  const x = parsePartial(p);
  if (!x) return NaN;
  const m = x.m ?? (asEnd ? 12 : 1);
  const d = x.d ?? (asEnd ? 31 : 1);
  return x.y * 372 + (m - 1) * 31 + (d - 1);
}

/** Strictly before, whatever the unknown parts: a's latest reading < b's earliest. */
export function certainlyBefore(a: { start: PartialDate; end: PartialDate }, b: { start: PartialDate }): boolean {
  return dayIndex(a.end, true) < dayIndex(b.start, false);
}

/** Does the interval of one range overlap another's (any reading)? */
export function overlaps(a: { start: PartialDate; end: PartialDate }, b: { start: PartialDate; end: PartialDate }): boolean {
  return !(dayIndex(a.end, true) < dayIndex(b.start) || dayIndex(b.end, true) < dayIndex(a.start));
}

export function yearsOf(r: { start: PartialDate; end: PartialDate }): number[] {
  const a = Number(r.start.slice(0, 4));
  const b = Number(r.end.slice(0, 4));
  const out: number[] = [];
  for (let y = a; y <= b; y++) out.push(y);
  return out;
}

const MONTH_INDEX: Record<string, number> = {};
MONTHS.forEach((m, i) => {
  const k = m.toLowerCase();
  MONTH_INDEX[k] = i + 1;
  MONTH_INDEX[k.slice(0, 3)] = i + 1;
  MONTH_INDEX[k.slice(0, 4)] = i + 1; // "sept"
});

function monthOf(w: string): number | null {
  return MONTH_INDEX[w.toLowerCase().replace(/\.$/, "")] ?? null;
}

/** One typed date; several readings when "7/8/1905" is ambiguous (day/month vs US month/day). */
export function parseDateAnswer(raw: string): Ymd[] {
  const s = raw
    .trim()
    .replace(/,/g, " ")
    .replace(/\s+/g, " ")
    .replace(/(\d)(st|nd|rd|th)\b/gi, "$1")
    // Students write "in 1905" or "on 7 July 1905": the preposition carries no date.
    .replace(/^(?:in|on|during|around|about|circa|c\.) (?=\S)/i, "");
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(s))) {
    return valid([{ y: +m[1]!, m: m[2] ? +m[2] : null, d: m[3] ? +m[3] : null }]);
  }
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s))) {
    const a = +m[1]!;
    const b = +m[2]!;
    const y = +m[3]!;
    const out: Ymd[] = [{ y, m: b, d: a }];
    if (a !== b) out.push({ y, m: a, d: b });
    return valid(out);
  }
  if ((m = /^(?:the )?(\d{1,2}) (?:of )?([a-z.]+)(?: (\d{3,4}))?$/i.exec(s))) {
    const mo = monthOf(m[2]!);
    if (mo) return valid([{ y: m[3] ? +m[3] : NaN, m: mo, d: +m[1]! }]);
  }
  if ((m = /^([a-z.]+) (\d{1,2})(?: (\d{3,4}))?$/i.exec(s))) {
    const mo = monthOf(m[1]!);
    if (mo) return valid([{ y: m[3] ? +m[3] : NaN, m: mo, d: +m[2]! }]);
  }
  if ((m = /^([a-z.]+) (\d{3,4})$/i.exec(s))) {
    const mo = monthOf(m[1]!);
    if (mo) return valid([{ y: +m[2]!, m: mo, d: null }]);
  }
  return [];
}

function valid(xs: Ymd[]): Ymd[] {
  return xs.filter((x) => (x.m === null || (x.m >= 1 && x.m <= 12)) && (x.d === null || (x.d >= 1 && x.d <= 31)));
}

/** A typed date range: "7-31 July 1905", "7 July 1905 to 31 July 1905", "July 7 – July 31, 1905". */
export function parseDateRangeAnswer(raw: string): { start: Ymd[]; end: Ymd[] } | null {
  const s = raw.trim().replace(/^(from|between)\s+/i, "");
  // "7-31 July 1905"
  let m = /^(\d{1,2})\s*[-–—]\s*(\d{1,2})\s+([a-z.]+),?\s+(\d{4})$/i.exec(s);
  if (m) {
    const mo = monthOf(m[3]!);
    if (mo) return { start: [{ y: +m[4]!, m: mo, d: +m[1]! }], end: [{ y: +m[4]!, m: mo, d: +m[2]! }] };
  }
  // "July 7-31, 1905"
  m = /^([a-z.]+)\s+(\d{1,2})\s*[-–—]\s*(\d{1,2}),?\s+(\d{4})$/i.exec(s);
  if (m) {
    const mo = monthOf(m[1]!);
    if (mo) return { start: [{ y: +m[4]!, m: mo, d: +m[2]! }], end: [{ y: +m[4]!, m: mo, d: +m[3]! }] };
  }
  const parts = s.split(/\s*(?:\s[-–—]\s|–|—|\bto\b|\buntil\b|\band\b|\s-\s)\s*/i).filter((x) => x.length > 0);
  if (parts.length !== 2) {
    // "1938-1939"
    const yy = /^(\d{4})\s*[-–—]\s*(\d{4})$/.exec(s);
    if (yy) return { start: [{ y: +yy[1]!, m: null, d: null }], end: [{ y: +yy[2]!, m: null, d: null }] };
    return null;
  }
  const a = parseDateAnswer(parts[0]!);
  const b = parseDateAnswer(parts[1]!);
  if (a.length === 0 || b.length === 0) return null;
  // The end's year fills a start written without one ("7 July – 31 July 1905").
  const fill = (xs: Ymd[], ys: Ymd[]): Ymd[] => xs.map((x) => (Number.isNaN(x.y) && ys[0] ? { ...x, y: ys[0].y } : x));
  return { start: fill(a, b), end: b };
}

/** Does a typed reading match a partial date at that date's precision? */
export function ymdMatches(x: Ymd, p: PartialDate): boolean {
  const t = parsePartial(p);
  if (!t) return false;
  if (x.y !== t.y) return false;
  if (t.m !== null && x.m !== t.m) return false;
  if (t.d !== null && x.d !== t.d) return false;
  // The answer must be at least as precise as the key.
  if (t.m !== null && x.m === null) return false;
  if (t.d !== null && x.d === null) return false;
  return true;
}

export function ymdToString(x: Ymd): string {
  return Number.isNaN(x.y) ? formatPartial(toPartial(0, x.m, x.d)).replace(/ 0$/, "") : formatPartial(toPartial(x.y, x.m, x.d));
}

export type { DateRange };
