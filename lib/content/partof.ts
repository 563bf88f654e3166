/**
 * "Part of …": which war an event belongs to and, when the text names one, the campaign or
 * operation inside that war.
 *
 *   the Russo-Japanese War                                → war "Russo-Japanese War"
 *   the Soviet-Japanese War (1945)                        → war "Soviet-Japanese War", era 1945
 *   the Soviet–Japanese War of World War II               → war "Soviet–Japanese War"
 *   the Invasion of South Sakhalin in the Soviet–Japanese War
 *                                                         → campaign "Invasion of South Sakhalin", war "Soviet–Japanese War"
 *   the Soviet invasion of Manchuria of World War II      → campaign "Soviet invasion of Manchuria",
 *                                                           war "World War II" (enclosing; reconcile may resolve it)
 *
 * A war phrase is a noun phrase whose head noun is War(s), conflict(s), Rebellion, Uprising or
 * Intervention ("Soviet–Japanese border conflicts", "War of the Kessian Succession", "World War II").
 * Whatever comes before " in / during / of [the] " + a war phrase is the campaign. A trailing
 * "of / in / during World War II" names the enclosing war: it is dropped when a war phrase is
 * left, and stands in for the war (marked `enclosing`) when only a campaign is.
 */
import { clean, dropLeadingThe, normKey } from "./text";

export interface PartOf {
  /** The war as written: no "the", no bracketed year; null when the text is empty. */
  war: string | null;
  /** The campaign or operation inside the war, or null. */
  campaign: string | null;
  /** Years of a bracketed qualifier: "(1945)" → [1945, 1945]; evidence of the era, not part of the name. */
  era: [number, number] | null;
  /** true when `war` is only the enclosing war of a qualifier ("of World War II"), not the event's own war. */
  enclosing: boolean;
}

const FUNCTION_WORDS = "of|in|the|during|within|on|at|and|or|by|for|to|from|with|a|an";
const WORD = "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'\u2019.\u2010-\u2015-]*";
const CAP_WORD = "[\\p{Lu}\\p{N}][\\p{L}\\p{M}\\p{N}'\u2019.\u2010-\u2015-]*";
const MODIFIER = `(?!(?:${FUNCTION_WORDS})\\b)${WORD}`;
const HEAD = "(?:Wars?|[Cc]onflicts?|Rebellion|Uprising|Intervention)";
const ORDINAL = "(?:\\s+(?:I{1,3}|IV|One|Two|\\d))?";
/** "of the Kessian Succession", "of 1812": a capitalised complement after the head. */
const COMPLEMENT = `(?:\\s+of\\s+(?:the\\s+)?${CAP_WORD}(?:\\s+(?:${CAP_WORD}|of|the|and))*)?`;
const WAR_PHRASE_RE = new RegExp(`^(?:${CAP_WORD}(?:\\s+${MODIFIER})*\\s+${HEAD}${ORDINAL}|${HEAD}\\s+of\\s+(?:the\\s+)?${CAP_WORD}(?:\\s+(?:${CAP_WORD}|of|the|and))*)${COMPLEMENT}$`, "u");

const WORLD_WAR_2 = "World War (?:II|Two|2)|Second World War|WWII|WW2";
const WORLD_WAR_1 = "World War (?:I|One|1)|First World War|Great War|WWI|WW1";
const ENCLOSING_RE = new RegExp(`\\s+(?:of|in|during|within)\\s+(?:the\\s+)?(${WORLD_WAR_2}|${WORLD_WAR_1})$`, "i");
const WORLD_WAR_2_RE = new RegExp(`^(?:the\\s+)?(?:${WORLD_WAR_2})$`, "i");
const WORLD_WAR_1_RE = new RegExp(`^(?:the\\s+)?(?:${WORLD_WAR_1})$`, "i");
const CONNECTOR_RE = /\s+(?:in|during|of|within)\s+(?:the\s+)?/g;
const PAREN_YEARS_RE = /\s*\((\d{4})(?:\s*[\u2013\u2014-]\s*(\d{4}))?\)/;

/** "World War II", "the Second World War" → "World War II"; other text → null. */
function worldWar(s: string): string | null {
  if (WORLD_WAR_2_RE.test(s)) return "World War II";
  if (WORLD_WAR_1_RE.test(s)) return "World War I";
  return null;
}

/** true for a noun phrase headed by War, conflict(s), Rebellion, Uprising or Intervention. */
export function isWarPhrase(s: string): boolean {
  const hit = WAR_PHRASE_CACHE.get(s);
  if (hit !== undefined) return hit;
  return remember(WAR_PHRASE_CACHE, s, s.length <= 120 && (WAR_PHRASE_RE.test(s) || worldWar(s) !== null));
}

/** true for the enclosing wars a qualifier names ("World War II"). */
export function isEnclosingWar(s: string): boolean {
  return worldWar(s) !== null;
}

/** Comparison key of a war name: case, diacritics and hyphen/dash variants folded; "Second World War" = "World War II". */
export function warKey(s: string): string {
  let k = WAR_KEYS.get(s);
  if (k === undefined) {
    k = normKey(worldWar(s) ?? s);
    if (WAR_KEYS.size >= 10_000) WAR_KEYS.clear();
    WAR_KEYS.set(s, k);
  }
  return k;
}

const WAR_KEYS = new Map<string, string>();

/** Years in a bracket, "(1945)" or "(1904–1905)", anywhere in `s`. */
export function bracketEra(s: string | null): [number, number] | null {
  const m = s ? PAREN_YEARS_RE.exec(s) : null;
  return m ? [Number(m[1]), Number(m[2] ?? m[1])] : null;
}

function trimPhrase(s: string): string {
  return dropLeadingThe(s.replace(/^[\s,;:.]+|[\s,;:.]+$/g, ""));
}

function parseItem(item: string): PartOf {
  const era = bracketEra(item);
  let rest = trimPhrase(item.replace(PAREN_YEARS_RE, ""));
  const ww = worldWar(rest);
  if (ww) return { war: rest, campaign: null, era, enclosing: false };
  let enclosing: string | null = null;
  const q = ENCLOSING_RE.exec(rest);
  if (q && q.index > 0) {
    enclosing = worldWar(q[1]!);
    rest = trimPhrase(rest.slice(0, q.index));
  }
  if (!rest) return { war: enclosing, campaign: null, era, enclosing: false };
  if (isWarPhrase(rest)) return { war: rest, campaign: null, era, enclosing: false };
  // The first connector after which a war phrase runs to the end: the longest war phrase.
  CONNECTOR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONNECTOR_RE.exec(rest)) !== null) {
    const war = rest.slice(m.index + m[0].length);
    if (m.index > 0 && isWarPhrase(war)) return { war, campaign: trimPhrase(rest.slice(0, m.index)), era, enclosing: false };
  }
  // No war named: a qualifier's enclosing war stands in; else the phrase itself is all we have.
  if (enclosing) return { war: enclosing, campaign: rest, era, enclosing: true };
  return { war: rest, campaign: null, era, enclosing: false };
}

// Part-of texts repeat across a corpus ("the Russo-Japanese War"): the reading of each is kept.
const PART_OF_CACHE = new Map<string, Readonly<PartOf>>();
const WAR_PHRASE_CACHE = new Map<string, boolean>();
const CACHE_MAX = 10_000;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, value);
  return value;
}

/** Reads a "Part of" cell (with or without the words "Part of"). See the module comment. */
export function parsePartOf(text: string): PartOf {
  const hit = PART_OF_CACHE.get(text);
  if (hit) return { ...hit, era: hit.era && [hit.era[0], hit.era[1]] };
  const p = readPartOf(text);
  remember(PART_OF_CACHE, text, { ...p, era: p.era && [p.era[0], p.era[1]] });
  return p;
}

function readPartOf(text: string): PartOf {
  const t = clean(text)
    .replace(/^part\s*of\s*:?\s+/i, "")
    .replace(/[.;,\s]+$/, "");
  const items = t
    .split(/\s*;\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  let first: PartOf | null = null;
  for (const it of items) {
    const p = parseItem(it);
    if (!p.war) continue;
    first ??= p;
    // Several items ("the Pacific War; World War II"): the first that names a war of its own.
    if (!p.enclosing && isWarPhrase(p.war)) return p;
  }
  return first ?? { war: null, campaign: null, era: null, enclosing: false };
}
