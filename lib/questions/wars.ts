/**
 * Wars and campaigns. `partOf` is the canonical war ("Soviet–Japanese War") and `campaign` the operation
 * inside it ("Invasion of South Sakhalin"). Spellings of one war ("Soviet-Japanese War (1945)",
 * "Soviet–Japanese War of World War II") fold to one key, so a distractor is never the key respelled.
 *
 * Events parsed before the contract had `campaign` carry "Invasion of X in the Y War" in partOf: that is
 * split here (campaign undefined ⇒ legacy event). Events with `campaign` (string or null) are taken as they are.
 */
import type { BattleEvent } from "../facts/types";
import { normaliseTitle } from "./text/normalise";

/** Umbrella qualifiers that do not change which war is meant. */
const QUALIFIERS = /\s*(?:,\s*)?\b(?:of|during|in|part of)\s+(?:the\s+)?(?:World War (?:II|2|Two)|Second World War|Pacific War)\s*$/i;

/** "the Soviet-Japanese War (1945)" → "Soviet-Japanese War"; "X of World War II" → "X". Display form. */
export function cleanWar(s: string): string {
  let t = s.trim().replace(/^the\s+/i, "");
  for (let i = 0; i < 3; i++) {
    const before = t;
    t = t
      .replace(/\s*\((?:\d{4}(?:\s*[–—-]\s*\d{2,4})?|[^)]*\b\d{4}\b[^)]*)\)\s*$/, "")
      .replace(QUALIFIERS, "")
      .trim();
    if (t === before) break;
  }
  return t;
}

/** Comparison key: dashes folded, qualifiers and a leading "the" dropped, case and diacritics ignored. */
export function warKey(s: string): string {
  let v = keyCache.get(s);
  if (v === undefined) {
    if (keyCache.size > 20_000) keyCache.clear();
    v = normaliseTitle(cleanWar(s).replace(/[‐‑‒–—―-]/g, "-"));
    keyCache.set(s, v);
  }
  return v;
}

const keyCache = new Map<string, string>();

/** Does the title name a war (not a battle or operation inside one)? */
export function isWarLike(t: string): boolean {
  return /\b(war|wars|conflicts?|rebellion|uprising|intervention)\b/i.test(t) && !/\b(invasion|battle|battles|operation|landing|siege|offensive)\b/i.test(cleanWar(t).replace(/\bwar\b.*$/i, ""));
}

export interface WarInfo {
  /** The war, display form without "the" ("Soviet–Japanese War"), or null when unknown. */
  war: string | null;
  /** The operation inside the war, display form ("Invasion of South Sakhalin"), or null. */
  campaign: string | null;
  /** true when the campaign was read off a legacy partOf (no `campaign` field on the event). */
  derived: boolean;
}

type Lookup = (name: string) => BattleEvent | undefined;

/** Split "Invasion of South Sakhalin in the Soviet–Japanese War" into campaign and war. */
function splitLegacy(partOf: string): { war: string | null; campaign: string | null } {
  const t = cleanWar(partOf);
  if (isWarLike(t)) return { war: t, campaign: null };
  // The shortest war-like tail: "Invasion of South Sakhalin in the Soviet–Japanese War" → the war after "in".
  const seps = [...t.matchAll(/\s+(?:in|of|during)\s+(?:the\s+)?/gi)].reverse();
  for (const m of seps) {
    const head = t.slice(0, m.index).trim();
    const tail = t.slice(m.index + m[0].length).trim();
    if (isWarLike(tail) && !isWarLike(head)) return { war: cleanWar(tail), campaign: head };
  }
  return { war: null, campaign: t };
}

/** War and campaign of an event; a campaign that is itself an event of the corpus lends its war. */
export function warInfo(ev: BattleEvent, lookup: Lookup, depth = 0): WarInfo {
  const legacy = (ev as { campaign?: string | null }).campaign === undefined;
  if (!legacy) {
    const war = ev.partOf ? cleanWar(ev.partOf) : null;
    const campaign = ev.campaign ? ev.campaign.trim().replace(/^the\s+/i, "") : null;
    if (war || !campaign || depth > 2) return { war, campaign, derived: false };
    const host = lookup(campaign);
    return { war: host && host.id !== ev.id ? warInfo(host, lookup, depth + 1).war : null, campaign, derived: false };
  }
  if (!ev.partOf) return { war: null, campaign: null, derived: true };
  const s = splitLegacy(ev.partOf);
  if (s.war || !s.campaign || depth > 2) return { ...s, derived: true };
  const host = lookup(s.campaign);
  if (host && host.id !== ev.id) return { war: warInfo(host, lookup, depth + 1).war, campaign: s.campaign, derived: true };
  // Part of something that is neither a war nor a known event: keep it as the "war" (asked as "What was E part of?").
  return { war: s.campaign, campaign: null, derived: true };
}

/** Event lookup by name or alias (titles compared loosely). */
export function eventLookup(events: readonly BattleEvent[]): Lookup {
  const by = new Map<string, BattleEvent>();
  for (const e of events) for (const n of [e.name, ...e.aliases]) if (!by.has(normaliseTitle(n))) by.set(normaliseTitle(n), e);
  return (name) => by.get(normaliseTitle(name.replace(/^the\s+/i, "")));
}
