/** How prompts name sides and events ("the Russian side", "the Japanese invasion of Sakhalin (1905)"). */
import type { BattleEvent } from "../facts/types";
import { normalise, normaliseTitle, tokens } from "./text/normalise";

/** Belligerent → adjective. Order matters: "Soviet" before "Russia" (Russian SFSR is Soviet). */
const DEMONYMS: [RegExp, string][] = [
  [/\bsoviet|\bussr\b|red army/i, "Soviet"],
  [/\brussia/i, "Russian"],
  [/\bjapan/i, "Japanese"],
  [/\bmanchukuo/i, "Manchukuoan"],
  [/\bmengjiang/i, "Mengjiang"],
  [/\bmongol/i, "Mongolian"],
  [/\bqing\b|\bchina\b|\bchinese/i, "Chinese"],
  [/\bkorea/i, "Korean"],
  [/\bunited states\b|\bu\.s\.|\busa\b/i, "American"],
  [/\bunited kingdom\b|\bbritish|\bbritain/i, "British"],
  [/\bfrance\b|\bfrench/i, "French"],
  [/\bgerman/i, "German"],
];

export function demonym(belligerent: string): string | null {
  for (const [re, adj] of DEMONYMS) if (re.test(belligerent)) return adj;
  return null;
}

export interface SideLabel {
  index: number;
  /** "Russian" or null when no natural adjective exists. */
  adj: string | null;
  /** "the Russian side" / "the side of Manchukuo". */
  noun: string;
  /** Short option text: "Russian" / "Manchukuo". */
  short: string;
  /** "Russian soldiers" / "soldiers on the side of Manchukuo"; "Russian sailors" in a naval action. */
  soldiers: string;
  /** What a strength counts: "troops" on land, "men" at sea. */
  troops: string;
  belligerents: string[];
}

/**
 * A place after "took place": "near Wiju" (the place starts with its own preposition), "in the Yellow Sea",
 * "at the Sha River", "at Liaoyang". Never "at Near Wiju" or "at Sha River".
 */
export function placePhrase(place: string): string {
  const p = place.trim();
  const own = /^(Near|Off|Around|Outside|Inside|Along|Across|North of|South of|East of|West of|Northeast of|Northwest of|Southeast of|Southwest of|In|On|At|Between)\b/.exec(p);
  if (own) return own[1]!.toLowerCase() + p.slice(own[1]!.length);
  if (/^(?:near|off|around|outside|in|on|at|between|north|south|east|west)\b/.test(p)) return p;
  const head = p.split(/,\s*/)[0]!;
  const water = /\b(?:Sea|Ocean|Gulf|Strait|Straits)$/.test(head);
  const needsThe = !/^the\s/i.test(head) && /\b(?:River|Sea|Ocean|Gulf|Strait|Straits|Peninsula|Islands|Mountains|Hills|Plain|Steppe|Desert)$/.test(head) && !/^(?:Lake|Mount|Cape)\s/.test(head);
  const body = /^The\s/.test(p) ? "the" + p.slice(3) : p;
  return `${water ? "in" : "at"} ${needsThe ? "the " : ""}${body}`;
}

/**
 * A naval action: its name is a sea, bay or strait, or every unit of every side is a fleet, squadron or ship.
 * Its losses are crews and sailors, not soldiers.
 */
export function isNaval(ev: BattleEvent): boolean {
  if (/\b(?:Sea|Bay|Strait|Straits|Gulf|Ocean|naval)\b/.test(ev.name)) return true;
  const units = ev.sides.flatMap((sd) => sd.units);
  return units.length > 0 && units.every((u) => unitKind(u) === "naval");
}

const NAVAL_UNIT = /\b(?:fleets?|squadrons?|flotillas?|navy|naval|cruisers?|battleships?|gunboats?|destroyers?|marines?)\b/i;
const AIR_UNIT = /\b(?:air|aviation|aircraft|airborne)\b/i;

/** What a unit's name says it is: a wrong option of another kind ("Combined Fleet" among armies) stands out. */
export function unitKind(name: string): "naval" | "air" | "land" {
  return NAVAL_UNIT.test(name) ? "naval" : AIR_UNIT.test(name) ? "air" : "land";
}

/**
 * The label for a figure: the side's, or the one belligerent the source gives it to
 * ("26,211–28,169 Soviet": the Soviet forces, not the Soviet and Mongolian side).
 */
export function figureLabel(L: SideLabel, r: { belligerent?: string }, naval = false): SideLabel {
  const b = r.belligerent;
  if (!b || !L.belligerents.includes(b) || L.belligerents.length < 2) return L;
  const adj = demonym(b);
  const men = naval ? "sailors" : "soldiers";
  const names = articledState(b);
  return adj
    ? { index: L.index, adj, noun: `the ${adj} forces`, short: adj, soldiers: `${adj} ${men}`, troops: L.troops, belligerents: [b] }
    : { index: L.index, adj: null, noun: `the forces of ${names}`, short: b, soldiers: `${men} of ${names}`, troops: L.troops, belligerents: [b] };
}

/**
 * "According to Soviet claims, " / "According to Japanese medical records, " / "" : whose count a figure
 * is, so that a question over competing figures says which one it asks for.
 */
export function accordingTo(r: { claimant?: string }): string {
  const c = r.claimant?.trim().replace(/[.:,;]+$/, "");
  if (!c) return "";
  const one = /^(.*\S)\s+(claim|estimate|figure|report|account|count)$/i.exec(c);
  const phrase = one ? `${one[1]} ${one[2]!.toLowerCase()}s` : /^(?:the|a)\s/i.test(c) ? c : /\b(?:sources|records|figures|claims|estimates|reports|archives|data|historians)$/i.test(c) ? c : `the ${c}`;
  return `According to ${phrase.replace(/^The\s/, "the ")}, `;
}

/** " (figure for late August)": when or where a figure holds, as the source qualifies it. */
export function qualifierNote(r: { qualifier?: string }): string {
  const q = r.qualifier?.trim();
  return q ? ` (figure for ${q})` : "";
}

/**
 * What a casualty figure counts, in the source's words when they say more than the category
 * ("3,279 wounded or sick" → "wounded or sick"), else null.
 */
export function countedWords(r: { text: string }): string | null {
  const m = /^[~≈c.\s\d,–—-]*(?:\s*(?:to|and)\s*[\d,]+)?\s*((?:killed|dead|wounded|injured|sick|captured|missing|prisoners?)(?:\s*(?:,|or|and|and\/or)\s*(?:killed|dead|wounded|injured|sick|captured|missing|prisoners?))+)\s*$/i.exec(r.text.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** "Japan, Manchukuo and Mengjiang": a list as English writes it. */
export function joinAnd(xs: string[]): string {
  if (xs.length <= 1) return xs[0] ?? "";
  return `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;
}

/** Labels for every side of an event, or null for a side without belligerents (unnameable). */
export function sideLabels(ev: BattleEvent): (SideLabel | null)[] {
  const naval = isNaval(ev);
  const men = naval ? "sailors" : "soldiers";
  const troops = naval ? "men" : "troops";
  const adjs = ev.sides.map((s) => {
    const a = s.belligerents.map(demonym);
    if (a.length === 0 || a.some((x) => x === null)) return null;
    return [...new Set(a as string[])];
  });
  // Adjectives only if they tell the sides apart.
  const keys = adjs.map((a) => (a ? a.join("+") : null));
  const unique = keys.every((k, i) => k !== null && keys.indexOf(k) === i);
  return ev.sides.map((s, i) => {
    if (s.belligerents.length === 0) return null;
    const a = adjs[i];
    if (unique && a) {
      const adj = joinAnd(a);
      return { index: s.index, adj, noun: `the ${adj} side`, short: adj, soldiers: `${adj} ${men}`, troops, belligerents: s.belligerents };
    }
    const names = joinAnd(s.belligerents.map(articledState));
    return {
      index: s.index,
      adj: null,
      noun: `the side of ${names}`,
      short: names,
      soldiers: `${men} on the side of ${names}`,
      troops,
      belligerents: s.belligerents,
    };
  });
}

/** Words that do not identify a place in an event name. */
const GENERIC = new Set(
  "the of battle battles invasion occupation siege raid landing landings operation offensive capture defence defense campaign incident japanese soviet russian chinese mongolian south north east west southern northern at in on and lake river island islands".split(
    " ",
  ),
);

const coreCache = new Map<string, string[]>();

export function nameCore(name: string): string[] {
  let v = coreCache.get(name);
  if (v === undefined) {
    if (coreCache.size > 20_000) coreCache.clear();
    v = tokens(name).filter((t) => !GENERIC.has(t) && !/^\d+$/.test(t));
    coreCache.set(name, v);
  }
  return v;
}

/** Lower-case a leading common noun so "the Invasion of South Sakhalin" reads "the invasion of South Sakhalin". */
export function articled(name: string): string {
  if (/^the\s/i.test(name)) return name.replace(/^The\s/, "the ");
  if (/^Operation\s/.test(name)) return name;
  const m = /^(Invasion|Occupation|Evacuation|Capture|Landing|Landings|Defence|Defense|Raid)\b/.exec(name);
  return "the " + (m ? name.charAt(0).toLowerCase() + name.slice(1) : name);
}

export type RefAvoid = "date" | "war" | "none";

/** The event's year: its date, else the year its id ends with ("invasion-of-south-sakhalin-1945"). */
export function yearOf(ev: BattleEvent): number | null {
  if (ev.date) return Number(ev.date.start.slice(0, 4));
  const m = /-(\d{4})$/.exec(ev.id);
  return m ? Number(m[1]) : null;
}

/** "Battles of Khalkhin Gol" takes "were". */
export function isPluralName(name: string): boolean {
  return /^(?:the\s+)?(?:[a-z]+\s+)?(?:battles|landings|operations|incidents|clashes|skirmishes|raids|sieges)\b/i.test(name.trim());
}

/** "was" / "were" for an event name as subject. */
export function wasFor(ev: BattleEvent): string {
  return isPluralName(ev.name) ? "were" : "was";
}

export function isFor(ev: BattleEvent): string {
  return isPluralName(ev.name) ? "are" : "is";
}

/**
 * How a prompt names an event. When another event shares a core word ("Sakhalin"), add the year,
 * or the war when the question is about the date (the year would give it away).
 */
export function eventRef(ev: BattleEvent, all: readonly BattleEvent[], avoid: RefAvoid = "none", war: string | null = ev.partOf): string {
  const base = articled(ev.name);
  const core = new Set(nameCore(ev.name));
  const ambiguous = all.some((o) => o.id !== ev.id && nameCore(o.name).some((t) => core.has(t)));
  if (!ambiguous) return base;
  const y = yearOf(ev);
  const year = y === null ? null : String(y);
  if (avoid !== "date" && year && !ev.name.includes(year)) return `${base} (${year})`;
  if (avoid !== "war" && war) return `${base} in ${articledWar(war)}`;
  return base;
}

const UNIT_NOUN =
  /\b(army|armies|corps|divisions?|brigades?|regiments?|battalions?|fleets?|flotillas?|squadrons?|fronts?|detachments?|groups?|troops|garrisons?|forces?|navy|navies|districts?|guards?|command|compan(?:y|ies)|batter(?:y|ies)|cavalry|infantry|marines|wings?|units?)\b/i;

/** "Fifth Area Army" → "the Fifth Area Army" (a common-noun phrase); a ship's or a state's name stays bare. */
export function articledUnit(u: string): string {
  if (/^the\s/i.test(u)) return u.replace(/^The\s/, "the ");
  return UNIT_NOUN.test(u) ? `the ${u}` : u;
}

/** "Russian Empire" → "the Russian Empire"; "Japan" stays "Japan". */
export function articledState(s: string): string {
  if (/^the\s/i.test(s)) return s.replace(/^The\s/, "the ");
  return /\b(Empire|Union|Republic|Kingdom|States|Dynasty|dynasty|Federation|Army|Navy|Fleet|Government|Commonwealth)\b/.test(s) ? `the ${s}` : s;
}

/** "Russo-Japanese War" → "the Russo-Japanese War". */
export function articledWar(w: string): string {
  return /^the\s/i.test(w) ? w.replace(/^The\s/, "the ") : `the ${w}`;
}

/** "Invasion of South Sakhalin" → "the invasion of South Sakhalin". */
export function articledCampaign(c: string): string {
  return articled(c);
}

/**
 * Option text for an event: its name, qualified when another event's name is confusable.
 * In date questions the qualifier is the war (a year would give the answer away).
 */
export function eventOption(ev: BattleEvent, all: readonly BattleEvent[], avoid: RefAvoid = "none", war: string | null = ev.partOf): string {
  const core = new Set(nameCore(ev.name));
  const same = all.some((o) => o.id !== ev.id && normaliseTitle(o.name) === normaliseTitle(ev.name));
  const similar = same || all.some((o) => o.id !== ev.id && nameCore(o.name).some((t) => core.has(t)));
  const y = yearOf(ev);
  const year = y === null ? null : String(y);
  if (avoid === "date") return same && war ? `${ev.name} (${war.replace(/^the\s+/i, "")})` : ev.name;
  return similar && year && !ev.name.includes(year) ? `${ev.name} (${year})` : ev.name;
}

export function sameTitle(a: string, b: string): boolean {
  return normaliseTitle(a) === normaliseTitle(b);
}

export { normalise };

/** Aliases worth asking about: Latin script and named in English ("Battle of Jinzhou", "Nomonhan Incident"). */
export function readableName(s: string): boolean {
  let v = readableCache.get(s);
  if (v === undefined) {
    if (readableCache.size > 20_000) readableCache.clear();
    v =
      /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u.test(s) &&
      /\b(battle|battles|siege|invasion|operation|offensive|incident|assault|landing|landings|defen[cs]e|raid|occupation|campaign|war|conflict|engagement|attack|evacuation)\b/i.test(s);
    readableCache.set(s, v);
  }
  return v;
}

const readableCache = new Map<string, boolean>();
