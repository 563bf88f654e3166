/**
 * Timeline entries as short, date-free statements: "On 16 August a first Soviet amphibious force landed at Toro."
 * → "A first Soviet amphibious force landed at Toro." The clause that carries the entry's date is kept, date
 * phrases go with their preposition ("on 16 August", "in May 1905"), and an entry that cannot be made clean
 * (two dates in one clause, a date without a preposition, a gap in the source) yields null rather than a fragment.
 */
import { parsePartial } from "../dates";

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|(?![A-Za-z]))";
const D = "\\d{1,2}(?:st|nd|rd|th)?(?!\\d)";
const Y = "(?:1[6-9]|20)\\d{2}(?!\\d)";
const MENTION = new RegExp(
  [
    `\\b(?:between|from)\\s+${D}\\s+(?:and|to)\\s+${D}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${Y})?`,
    `\\b${D}(?:\\s*[-–—]\\s*${D})?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${Y})?`,
    `\\b${MONTH}\\s+${D}(?:\\s*[-–—]\\s*${D})?(?:,?\\s+${Y})?`,
    `\\b(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[-\\s])?${MONTH}(?:,?\\s+${Y})?`,
    `\\b${Y}`,
  ].join("|"),
  "g",
);
const PREP = /(?:\b(?:[Oo]n|[Ii]n)\s+the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\s+of(?:\s+the)?|\b(early|late|Early|Late)\s+on|\b(?:[Oo]n|[Ii]n|[Bb]y|[Ff]rom|[Ss]ince|[Uu]ntil|[Tt]ill|of|[Dd]uring))\s+(?:about\s+|around\s+)?$/;

interface Mention {
  start: number;
  end: number;
  text: string;
  month: number | null;
  days: number[];
  year: number | null;
  /** "between 22 and 24 August": carries its own preposition. */
  selfPrep: boolean;
}

function mentions(s: string): Mention[] {
  const out: Mention[] = [];
  for (const m of s.matchAll(MENTION)) {
    const text = m[0];
    const mon = /[A-Z][a-z]+/.exec(text.replace(/^(?:between|from|early|mid|late|Early|Mid|Late)\b/, ""));
    const month = mon ? MONTH_NAMES.indexOf(mon[0].slice(0, 3).toLowerCase()) + 1 || null : null;
    const year = /(?:1[6-9]|20)\d{2}/.exec(text);
    const days = [...text.replace(/(?:1[6-9]|20)\d{2}/g, "").matchAll(/\d{1,2}/g)].map((x) => Number(x[0]));
    out.push({ start: m.index, end: m.index + text.length, text, month, days, year: year ? Number(year[0]) : null, selfPrep: /^(?:between|from)\b/.test(text) });
  }
  return out;
}

/** 0: the mention states the entry's date exactly; 1: a range containing it; -1: another date. */
function matchRank(m: Mention, date: string): number {
  const p = parsePartial(date);
  if (!p || m.month === null || m.month !== p.m) return -1;
  if (m.year !== null && m.year !== p.y) return -1;
  if (p.d === null) return m.days.length === 0 ? 0 : -1;
  if (m.days.length === 1 && m.days[0] === p.d) return 0;
  if (m.days.length === 2 && m.days[0]! <= p.d && p.d <= m.days[1]!) return 1;
  return -1;
}

const isYearOnly = (m: Mention): boolean => m.month === null;

/** Strong clause boundaries: what follows reads as a sentence of its own. */
const STRONG = /;\s+|:\s+|,\s+(?:and|but|while|whereas|although)\s+/g;
/** Weak boundaries: only the part before them stands alone. */
const WEAK = /,\s+(?:which|where|who|the same day|leading|so)\b/g;
const PRONOUN = /^(?:it|its|he|his|she|her|they|their|this|these|those|there)\b/i;
/** "The two countries…", "Both sides…", "The latter…": a subject that points back to the previous sentence. */
export const ANAPHOR = /^(?:the\s+(?:two|three|four|latter|former|same|other|remaining)|both(?:\s+sides|\s+countries|\s+fleets|\s+armies)?|such|another)\b/i;
/** A date phrase may follow these at the head of its clause and still date the whole clause ("At dawn on 1 May"). */
const FRONTED = /^(?:at|in|on|by|during|early|late|shortly|then|about|around|before dawn|after dawn)\b/i;
/** A subordinate clause after the date: cut there (never before the date). */
const SUBORDINATE_AFTER = /(?:,\s+(?:as|so)|,?\s+(?:while|whilst|because|although|though|whereas))\s+/u;
/** Sentences about sources and their figures rather than about what happened. */
export const META = /\b(?:sources?|historians?|infobox|editions?|Wikipedia|accounts?|estimates?|historiography|according to)\b/i;
const DANGLING = /\b(?:fought|took place|occurred|happened|held|dated|followed|began|ended)[.!]?$/i;

function splitAt(s: string, re: RegExp): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const m of s.matchAll(re)) {
    out.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  out.push({ start: at, end: s.length });
  return out;
}

/** Remove every date phrase with its preposition; a date phrase without one becomes "…" (caller rejects). */
export function redactWithPrepositions(s: string): string {
  const ms = mentions(s);
  let out = s;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    let after = out.slice(m.end);
    after = after.replace(/^\s+alone\b/, "");
    if (m.selfPrep) {
      out = out.slice(0, m.start) + after;
      continue;
    }
    const before = out.slice(0, m.start);
    const p = PREP.exec(before);
    if (!p) {
      out = before + "…" + after;
      continue;
    }
    const keep = p[1] ? `${p[1]} that day` : "";
    out = before.slice(0, p.index) + keep + after;
  }
  return tidy(out);
}

function tidy(s: string): string {
  const t = s
    .replace(/\s+([,.;:!?])/g, "$1")
    .replace(/,\s*([,.;:])/g, "$1")
    .replace(/\(\s*\)/g, "")
    .replace(/\s{2,}/g, " ")
    .replace(/^[\s,;:]+/, "")
    .trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Parentheses with non-Latin script ("(Japanese: 仁川沖海戦, Jinsen-oki kaisen; …)") are glosses, not events. */
function dropGlosses(s: string): string {
  return s.replace(/\s*\([^()]*[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}][^()]*\)/gu, "");
}

const MAX = 220;

/**
 * The entry as a date-free statement, or null when no clean statement can be made.
 * `text` is the entry's sentence and `date` its partial ISO date.
 */
export function timelineItem(text: string, date: string): string | null {
  const k = `${date}|${text}`;
  let v = cache.get(k);
  if (v === undefined) {
    if (cache.size > 20_000) cache.clear();
    v = itemRaw(text, date);
    cache.set(k, v);
  }
  return v;
}

/** Pure function of its input, and the same sentences come back every generation: memoised. */
const cache = new Map<string, string | null>();

function itemRaw(text: string, date: string): string | null {
  const s = dropGlosses(text.trim());
  const all = mentions(s);
  const ranked = all.map((m) => ({ m, r: matchRank(m, date) })).filter((x) => x.r >= 0);
  if (ranked.length === 0) return null;
  const target = ranked.sort((a, b) => a.r - b.r || a.m.start - b.m.start)[0]!.m;
  const datedOther = (from: number, to: number): boolean => all.some((m) => m !== target && !isYearOnly(m) && m.start >= from && m.end <= to);
  // The clause holding the date.
  const seg = splitAt(s, STRONG).find((c) => c.start <= target.start && target.end <= c.end)!;
  let piece = { ...seg };
  if (datedOther(piece.start, piece.end)) {
    // Two dates in one clause: keep the head before a weak boundary if that isolates the date.
    const head = splitAt(s.slice(piece.start, piece.end), WEAK)[0]!;
    const h = { start: piece.start, end: piece.start + head.end };
    if (!(h.start <= target.start && target.end <= h.end) || datedOther(h.start, h.end)) return null;
    piece = h;
  }
  const whole = { start: 0, end: s.length };
  const otherOutside = datedOther(0, piece.start) || datedOther(piece.end, s.length);
  let chosen = piece;
  // "On 10 March Japanese troops entered Mukden, and the Russians fell back": a fronted date covers the
  // whole sentence; "A ceasefire took effect on 11 August, and the Japanese withdrew" dates its clause only.
  const prefix = s.slice(piece.start, target.start).replace(/^(?:and|but|while|whereas|although)\s+/i, "").trim();
  const fronted = prefix === "" || (FRONTED.test(prefix) && !prefix.includes(",") && prefix.split(/\s+/).length <= 6);
  if (!otherOutside && s.length <= 120 && fronted && piece.start === 0) chosen = whole;
  else if (piece.start > 0 && PRONOUN.test(s.slice(piece.start, piece.end).replace(/^(?:and|but|while|whereas|although)\s+/i, ""))) {
    // "it left on 8 January…" needs its antecedent: the whole sentence, if that has no other date.
    if (otherOutside) return null;
    chosen = whole;
  }
  let t = s.slice(chosen.start, chosen.end);
  // "Port Arthur fell on 2 January while it was still at sea, so …": the clause after the date is about
  // something the entry does not name; the entry is what happened on the date.
  const dateEnd = target.end - chosen.start;
  const sub = SUBORDINATE_AFTER.exec(t.slice(dateEnd));
  if (sub) t = t.slice(0, dateEnd + sub.index);
  if (chosen.start > 0) t = t.replace(/^(?:and|but|while|whereas|although)\s+/i, "");
  // Long, or broken at the end ("led by Colonel ."): cut at a weak boundary after the date.
  if (t.length > 160 || /\s[.,;:]/.test(t)) {
    const rel = target.end - chosen.start;
    const cut = [...t.matchAll(WEAK)].find((m) => m.index >= rel);
    if (cut) t = t.slice(0, cut.index);
  }
  if (/\w\s+[.,;:](?:\s|$)/.test(t)) return null;
  t = redactWithPrepositions(t);
  if (!/[.!?…]$/.test(t)) t += ".";
  if (t.includes("…") || /\s[.,;:]/.test(t) || DANGLING.test(t)) return null;
  // "It was joined by…", "…took it.": without the previous sentence nobody knows what "it" is.
  if (PRONOUN.test(t) || ANAPHOR.test(t) || /\b(?:it|them)[.!]$/.test(t)) return null;
  // "At Yalta the Soviet Union was promised its return": whose return, the entry does not say.
  if (/\b(?:was|were|been|be)\s+\p{Ll}+(?:ed|en)\s+(?:its|their|his|her)\b/iu.test(t)) return null;
  // Words about the sources, not about the event ("Russian sources count…"): not an entry.
  if (META.test(t)) return null;
  if (t.replace(/[^\p{L}]/gu, "").length < 12 || t.split(/\s+/).length < 3) return null;
  if (t.length > MAX) t = t.slice(0, MAX - 3).replace(/[\s,;:]+\S*$/, "") + "…";
  return t;
}
