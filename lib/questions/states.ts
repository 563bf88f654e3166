/**
 * When states (and the adjectives that name them) existed, so that no option names a state that did not exist
 * at the event's date (no Soviet Union in 1904, no Manchukuo before 1932). A principled table of well-known
 * start/end years, longest names first; names it does not know are judged by the years of the corpus events
 * they appear in (see `corpusSpans`).
 */
import type { BattleEvent } from "../facts/types";

export interface Span {
  from: number;
  to: number;
}

const NOW = 9999;
const ALWAYS: Span[] = [{ from: -9999, to: NOW }];

/** Most specific first: a match is cut out of the text before shorter names are tried. */
const TABLE: [RegExp, Span[]][] = [
  [/\bmongolian people'?s republic\b/i, [{ from: 1924, to: 1992 }]],
  [/\bbogd khanate\b/i, [{ from: 1911, to: 1924 }]],
  [/\bpeople'?s republic of china\b/i, [{ from: 1949, to: NOW }]],
  [/\brepublic of china\b/i, [{ from: 1912, to: NOW }]],
  [/\bqing\b/i, [{ from: 1644, to: 1912 }]],
  [/\bkorean empire\b|\bempire of korea\b/i, [{ from: 1897, to: 1910 }]],
  [/\bjoseon\b/i, [{ from: 1392, to: 1897 }]],
  [/\bnorth korea|\bsouth korea|\bdemocratic people'?s republic of korea\b/i, [{ from: 1948, to: NOW }]],
  [/\bkorea/i, ALWAYS],
  [/\bempire of japan\b|\bimperial japan/i, [{ from: 1868, to: 1947 }]],
  [/\bjapan/i, ALWAYS],
  [/\bmanchukuo/i, [{ from: 1932, to: 1945 }]],
  [/\bmengjiang\b/i, [{ from: 1936, to: 1945 }]],
  // Soviet Russia from 1918 (the RSFSR's constitution), the Union from 1922: after the Empire, never beside it.
  [/\bsoviet|\bussr\b|\bred army\b|\bred banner\b/i, [{ from: 1918, to: 1991 }]],
  [/\brussian sfsr\b/i, [{ from: 1918, to: 1991 }]],
  [/\brussian empire\b|\bimperial russia/i, [{ from: 1721, to: 1917 }]],
  [/\brussian federation\b/i, [{ from: 1991, to: NOW }]],
  // "Russia"/"Russian" name the Empire before 1917 and the Federation after 1991, not the Soviet state.
  [/\brussia|\brusso-/i, [{ from: 862, to: 1917 }, { from: 1991, to: NOW }]],
  [/\bmongol/i, [{ from: 1911, to: NOW }]],
  [/\bchin(?:a|ese)\b|\bsino-/i, ALWAYS],
  [/\bunited kingdom\b|\bbritish|\bbritain\b/i, [{ from: 1707, to: NOW }]],
  [/\bunited states\b|\bamerican\b/i, [{ from: 1776, to: NOW }]],
  [/\bgerman empire\b|\bimperial germany\b/i, [{ from: 1871, to: 1918 }]],
  [/\bnazi germany\b|\bthird reich\b/i, [{ from: 1933, to: 1945 }]],
  [/\bottoman/i, [{ from: 1299, to: 1922 }]],
  [/\bturkish\b|\bturkey\b/i, ALWAYS],
  [/\bfrench third republic\b/i, [{ from: 1870, to: 1940 }]],
  [/\baustria-hungary\b|\baustro-hungarian\b/i, [{ from: 1867, to: 1918 }]],
  [/\bkingdom of italy\b/i, [{ from: 1861, to: 1946 }]],
];

export interface Mention {
  text: string;
  spans: Span[];
}

const GLOBAL: [RegExp, Span[]][] = TABLE.map(([re, spans]) => [new RegExp(re.source, "gi"), spans]);
const mentionCache = new Map<string, Mention[]>();

/** The states a text names, each with when it existed. Memoised: the same option texts are judged over and over. */
export function statesIn(text: string): Mention[] {
  let out = mentionCache.get(text);
  if (out) return out;
  if (mentionCache.size > 20_000) mentionCache.clear();
  let rest = text;
  out = [];
  for (const [g, spans] of GLOBAL) {
    const found = rest.match(g);
    if (!found) continue;
    for (const t of found) out.push({ text: t, spans });
    rest = rest.replace(g, " ");
  }
  mentionCache.set(text, out);
  return out;
}

function within(spans: Span[], year: number): boolean {
  return spans.some((s) => s.from <= year && year <= s.to);
}

/** Years of the events each belligerent appears in: what the corpus itself says about names the table lacks. */
export function corpusSpans(events: readonly BattleEvent[]): Map<string, Span> {
  const out = new Map<string, Span>();
  for (const ev of events) {
    if (!ev.date) continue;
    const a = Number(ev.date.start.slice(0, 4));
    const b = Number(ev.date.end.slice(0, 4));
    for (const s of ev.sides)
      for (const bel of s.belligerents) {
        const k = bel.trim().toLowerCase();
        const had = out.get(k);
        out.set(k, had ? { from: Math.min(had.from, a), to: Math.max(had.to, b) } : { from: a, to: b });
      }
  }
  return out;
}

/**
 * Could the text stand at `year`? Every state it names existed then; a name the table does not know
 * must be a belligerent the corpus shows at that date (unknown names pass only when nothing is known).
 */
export function existedIn(text: string, year: number, corpus?: Map<string, Span>): boolean {
  const ms = statesIn(text);
  if (ms.length > 0) return ms.every((m) => within(m.spans, year));
  const c = corpus?.get(text.trim().toLowerCase());
  return c ? c.from <= year && year <= c.to : true;
}

/** The years every state the text names existed in (intersection), or null when it names none. */
export function periodOf(text: string): Span[] | null {
  const ms = statesIn(text);
  if (ms.length === 0) return null;
  let cur: Span[] = ALWAYS;
  for (const m of ms) {
    const next: Span[] = [];
    for (const a of cur)
      for (const b of m.spans) {
        const from = Math.max(a.from, b.from);
        const to = Math.min(a.to, b.to);
        if (from <= to) next.push({ from, to });
      }
    cur = next;
  }
  return cur;
}

/** Do two sets of spans share a year? */
export function spansMeet(a: Span[], b: Span[]): boolean {
  return a.some((x) => b.some((y) => Math.max(x.from, y.from) <= Math.min(x.to, y.to)));
}

/**
 * Wars between states beyond the corpus (the corpus's own come from its events): a state at war with the
 * enemy at that date is no safe answer to "who fought against X?", even where it did not fight in that battle.
 */
const AT_WAR: [RegExp, RegExp, Span][] = [
  [/\bjapan/i, /\brepublic of china\b|\bchina\b/i, { from: 1937, to: 1945 }],
  [/\bjapan/i, /\bunited states\b|\bunited kingdom\b|\bbritish|\bnetherlands\b|\baustralia/i, { from: 1941, to: 1945 }],
  [/\bsoviet|\bussr\b/i, /\bgerman|\bnazi\b|\bthird reich\b/i, { from: 1941, to: 1945 }],
  [/\brussia/i, /\bgerman empire\b|\bottoman|\baustria-hungary\b/i, { from: 1914, to: 1917 }],
  [/\bjapan/i, /\bgerman empire\b/i, { from: 1914, to: 1918 }],
];

/** Were the two states at war (beyond the corpus) in that year? */
export function atWar(a: string, b: string, year: number): boolean {
  return AT_WAR.some(([x, y, s]) => s.from <= year && year <= s.to && ((x.test(a) && y.test(b)) || (x.test(b) && y.test(a))));
}
