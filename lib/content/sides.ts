/**
 * Per-side cells other than commanders and casualties: belligerents, units, strength.
 */
import type { Strength } from "../facts/types";
import { maskDates, monthNumber } from "./dates";
import { matchNumbers } from "./numbers";
import { stripFlagImages } from "./flags";
import { clean, splitLineBreaks } from "./text";

const SUPPORT_LABEL_RE = /^(?:supported by|support|co-belligerents?|minor belligerents?|allies|in support|with support from|auxiliaries)\s*:?\s*/i;
const TOP_LEVEL_SEP_RE = /[,;]/;
/** "Sikh Empire Supported by: Ladwa State": the label lost its line break; it separates. */
const INNER_SUPPORT_RE = /\s+(?:supported by|with support from|in support|minor belligerents?:)\s*:?\s+/gi;
const AND_OTHERS_RE = /[\s,]+(?:and|&)\s+others\s*$/i;
/** "Patriots: Peru", "Royalists:": a capitalised word or two and a colon name the camp, not a belligerent. */
const CAMP_LABEL_RE = /^(?:\p{Lu}[\p{Ll}'-]+\s+){0,1}\p{Lu}[\p{Ll}'-]+:(?:\s+|$)/u;

/** Splits a list on commas/semicolons that are not inside parentheses. */
function splitTopLevel(s: string): string[] {
  if (!TOP_LEVEL_SEP_RE.test(s)) return [s];
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if ((c === "," || c === ";") && depth === 0) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}

/**
 * "Empire of Japan" stays whole; lines, commas and semicolons separate belligerents. A cell of
 * capitalised words that lost its separators ("Japan Manchukuo") is cut only where every piece is
 * a name the article's prose uses on its own (`known`), so "Soviet Union" stays whole.
 */
export function splitBelligerents(line: string, known?: (name: string) => boolean): string[] {
  const t = stripFlagImages(clean(splitLineBreaks(line).join(", "))).replace(SUPPORT_LABEL_RE, "").replace(AND_OTHERS_RE, "").replace(INNER_SUPPORT_RE, ", ");
  if (!t) return [];
  const out: string[] = [];
  // "Entre Ríos Province (Argentina) Corrientes Province (Argentina)": a name's bracket ends it
  // where another name runs on.
  // ("Duchy of (Upper) Bavaria": a bracket inside a name, after "of", ends nothing.)
  for (const part of splitTopLevel(t).flatMap((p) => (p.includes(")") ? p.split(/(?<=\p{L}[\p{L}.'-]*(?<!\bof|\bthe|\bde)\s*\([^()]*\))\s+(?=\p{Lu})/u) : [p]))) {
    // "United States (Union)", "Republic of China (1912–1949)": the bracket qualifies the name.
    const x = part.trim().replace(/^(?:and|&)\s+/i, "").replace(/\s*\([^()]*\)$/, "");
    // "United States, Supported by:, South Vietnam": the label between items is no belligerent;
    // "*Central China Suppression Headquarters": a starred sub-item is a command under the one before.
    if (!x || /^flag of\b/i.test(x) || (x.startsWith("*") && out.length > 0) || (SUPPORT_LABEL_RE.test(x) && !x.replace(SUPPORT_LABEL_RE, ""))) continue;
    const item = x.replace(/^\*\s*/, "").replace(CAMP_LABEL_RE, "").trim();
    // "Arab Expeditionary Forces:": a line ending in a colon heads the names below it.
    if (!item || item.endsWith(":")) continue;
    out.push(...(known ? splitRunTogether(item, known) : [item]));
  }
  // "United Kingdom United Kingdom Poland Poland": a flag's alt text repeats the name beside it;
  // "Kingdom of Sardinia Sardinia", "Austrian Empire Austria": or gives its long form first.
  return out.filter((b, i) => i === 0 || !(b === out[i - 1] || shortFormOf(b, out[i - 1]!)));
}

/** "Sardinia" of "Kingdom of Sardinia", "Austria" of "Austrian Empire": every word begins a word of the long form. */
function shortFormOf(short: string, long: string): boolean {
  if (short.length >= long.length || !long.includes(short.slice(0, 4))) return false;
  const words = long.toLowerCase().split(" ");
  return short
    .toLowerCase()
    .split(" ")
    .every((w) => w.length >= 4 && words.some((x) => x.startsWith(w)));
}

/** Common names of states in battle infoboxes: a piece of a run-together cell may be one of them. */
const STATES = new Set(
  [
    "Afghanistan", "Albania", "Algeria", "Argentina", "Australia", "Austria", "Austria-Hungary", "Bavaria", "Belgium", "Bolivia",
    "Brazil", "Britain", "Bulgaria", "Burma", "Cambodia", "Canada", "Chile", "China", "Colombia", "Croatia", "Cuba",
    "Czechoslovakia", "Denmark", "Egypt", "Estonia", "Ethiopia", "Finland", "France", "Germany", "Greece", "Hungary", "India",
    "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Japan", "Jordan", "Korea", "Laos", "Latvia", "Lebanon", "Libya",
    "Lithuania", "Manchukuo", "Mengjiang", "Mexico", "Mongolia", "Montenegro", "Morocco", "Netherlands", "New Zealand",
    "North Korea", "North Vietnam", "Norway", "Ottoman Empire", "Pakistan", "Paraguay", "Persia", "Peru", "Philippines",
    "Poland", "Portugal", "Prussia", "Romania", "Russia", "Sardinia", "Saxony", "Serbia", "Siam", "Slovakia", "South Africa",
    "South Korea", "South Vietnam", "Soviet Union", "Spain", "Sweden", "Switzerland", "Syria", "Thailand", "Turkey",
    "United Kingdom", "United States", "Uruguay", "Venezuela", "Viet Minh", "Vietnam", "Württemberg", "Yugoslavia",
    "Austrian Empire", "British Empire", "French Empire", "German Empire", "Russian Empire", "Qing dynasty", "United Nations",
    "Nazi Germany", "Fascist Italy", "Free France", "Vichy France", "French Union", "Republic of China", "Korean Empire", "Joseon",
    "Mongolian People's Republic", "Kingdom of Italy", "Ottoman Turkey", "Scotland", "England", "Wales", "Hanover",
    "British India", "Azad Hind", "Orange Free State", "South African Republic", "Transvaal", "Confederate States",
    "Confederate States of America", "Union", "Kuomintang", "Chinese Communist Party", "Viet Cong", "Khmer Rouge", "Pathet Lao",
    "Second Spanish Republic", "Spanish Republic", "Nationalist Spain", "International Brigades", "Condor Legion",
    "Yugoslav Partisans", "Chetniks", "Free French Forces", "Polish Underground State", "Kuwait", "Saudi Arabia",
    "United Arab Republic", "Palestine", "Ukraine", "Belarus", "Georgia", "Armenia", "Azerbaijan", "Taiwan", "Malaya",
    "Singapore", "Ceylon", "Sri Lanka", "Bangladesh", "Nepal", "Tibet", "Sudan", "Somalia", "Eritrea", "Kenya", "Rhodesia",
    "Angola", "Mozambique", "Nigeria", "Biafra", "Congo", "Nicaragua", "Honduras", "El Salvador", "Guatemala", "Panama",
    "Ecuador", "Luxembourg", "Newfoundland", "Dutch Republic", "Holy Roman Empire", "Habsburg monarchy", "Papal States",
    "Republic of Venice", "Denmark–Norway", "Sikh Empire", "Maratha Empire", "Mughal Empire", "Zulu Kingdom",
    "Ethiopian Empire", "Empire of Brazil", "Kingdom of Prussia", "Kingdom of France", "Kingdom of England",
    "Tsardom of Russia", "United Provinces", "Philippine Commonwealth", "Knights of Malta", "Knights Hospitaller", "Knights Templar", "Teutonic Order", "Great Britain", "Kingdom of Great Britain", "Habsburg Austria", "Dutch Republic", "North German Confederation", "German Confederation", "Confederation of the Rhine", "Qajar Iran", "Safavid Iran", "Hezbollah", "Israel Defense Forces", "North Vietnam",
    // Armed organisations that stand as belligerents of their own.
    "Haganah", "Palmach", "Irgun", "Lehi", "Arab Legion", "Arab Liberation Army", "Fedayeen", "PLO", "Hamas",
    "Taliban", "Al-Qaeda", "ISIL", "ISIS", "Mujahideen", "Northern Alliance", "FARC", "Sandinistas", "Contras", "IRA",
    "Provisional IRA", "Mau Mau", "FLN", "ELAS", "Ustaše", "Peshmerga",
  ].map((x) => x.toLowerCase()),
);
const STATE_FORM_RE =
  /^(?:(?:Grand\s+|(?:(?:Democratic|People's|Socialist|Islamic|Federal|Federative|Arab|United|Provisional|Free|Independent|Revolutionary)\s+){1,2})?(?:Kingdom|Empire|State|Republic|Principality|Duchy|Archduchy|Khanate|Khedivate|Emirate|Sultanate|Caliphate|Imamate|Despotate|Beylik|Regency|Viceroyalty|Margraviate|Landgraviate|County|Federation|Confederation|Commonwealth|Electorate|Tsardom|Shogunate|Union|Dominion|Territory|Province|Provinces)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'-]*(?:\s+(?:(?:de|del|da|do|di)\s+(?:(?:la|las|los)\s+)?)?(?!\p{Lu}\p{Ll}+(?:ian|ish|ese|al)$|(?:Bourbon|Habsburg|Hohenzollern|Qing|Ming|Tudor|Stuart|Romanov|Vichy)$)\p{Lu}[\p{L}'-]*)?)$/u;

export function isStateName(piece: string): boolean {
  return isListedState(piece) || isStateForm(piece);
}

/** A state named in the list above ("United States", "Ottoman Empire"). */
export function isListedState(piece: string): boolean {
  return STATES.has(piece.toLowerCase());
}

/** "Swedish Empire", "Ayyubid Sultanate", "Mahdist State": one capitalised word and the kind of state. */
const ADJECTIVE_STATE_RE = /^(?!(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|New|Old|Great|Holy|Free|Grand)\s)\p{Lu}[\p{Ll}'-]+\s+(?:Empire|Sultanate|Khanate|Caliphate|Emirate|Kingdom|Republic|Confederacy|Confederation|State|Shogunate|Tsardom|Principality|Hetmanate|Despotate|Duchy|Voivodeship|Banate|Palatinate|Electorate|Margraviate|Landgraviate)$/u;

/** "Empire of Brazil Argentina": a form whose last word is a state of its own took in the next name. */
function endsInListedState(piece: string): boolean {
  const m = /\s+of\s+(?:the\s+)?\S+\s+(\S+)$/.exec(piece);
  return !!m && isListedState(m[1]!);
}

/** A name of a state's form ("Kingdom of Serbia", "Empire of Japan"). */
export function isStateForm(piece: string): boolean {
  return STATE_FORM_RE.test(piece);
}

/**
 * An adjective-shaped word before a state ("Nationalist Spain", "Republican China", "Imperial
 * Russia") qualifies it: the prose may use it alone ("the Nationalist counter-offensive"), but it
 * is not a belligerent of its own.
 */
function modifiesNext(word: string): boolean {
  return /(?:ist|ian|an|ese|ish|ic|al|ite)$/.test(word) && !isStateName(word);
}

/** "UNITA", "SWAPO", "MPLA": an organisation's acronym is a name of its own. */
const ACRONYM_RE = /^\p{Lu}{3,6}$/u;

/** Lowercase words inside a state's name: "State of Vietnam", "United Provinces of the Río de la Plata". */
const INNER_WORD_RE = /^(?:of|the|de|del|la|las|los|da|do|di)$/;

export function splitRunTogether(s: string, proseKnows: (name: string) => boolean): string[] {
  const all = s.split(" ");
  // A run of more words than any list of belligerents is prose or debris: it is not cut up.
  if (all.length > MAX_RUN_WORDS) return [s];
  // "Mexican reactionists Second French Empire": a people's plural ends its name when a
  // capitalised name follows.
  // ("Ōuchi clan Ōtomo clan", "Qing dynasty Ming defenders": a clan or dynasty likewise.)
  const plural = all.findIndex((w, i) => i > 0 && i < all.length - 1 && (LOWER_PEOPLE_PLURAL_RE.test(w) || KIN_WORD_RE.test(w)) && /^\p{Lu}/u.test(all[i - 1]!) && /^\p{Lu}/u.test(all[i + 1]!));
  if (plural > 0) return [all.slice(0, plural + 1).join(" "), ...splitRunTogether(all.slice(plural + 1).join(" "), proseKnows)];
  // "… Bornu Empire loyalists": lowercase words at the end qualify the last name.
  let core = all.length;
  while (core > 0 && all.length - core < 2 && /^\p{Ll}/u.test(all[core - 1]!) && !/^(?:of|the)$/.test(all[core - 1]!)) core--;
  if (core < all.length) {
    const head = all.slice(0, core);
    const pieces = core >= 2 && core <= 10 && !proseKnows(s) ? (knownThenRest(head, all.slice(core), proseKnows) ?? bodyThenPeople(head, all.slice(core))) : null;
    return pieces ?? [s];
  }
  const toks = all;
  // A state name is known without asking the prose (the cheaper question first).
  const known = (piece: string) =>
    isListedState(piece) || ACRONYM_RE.test(piece) || proseKnows(piece) || (isStateForm(piece) && !endsInListedState(piece)) || ADJECTIVE_STATE_RE.test(piece) || dynastyState(piece);
  // Capitalised words, the "of"/"the" of "State of Vietnam" or the "de la" of "Río de la Plata" between them, and "Qing dynasty".
  const wordsOk = toks.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && (w === "dynasty" || (i < toks.length - 1 && INNER_WORD_RE.test(w)))));
  if (toks.length < 2 || toks.length > 10 || !wordsOk || known(s)) return [s];
  // Fewest pieces such that every piece is known.
  const n = toks.length;
  const pieces = fewestKnownPieces(toks, n, known, INNER_WORD_RE, false);
  // "Bourbon Spain": a dynasty or an adjective before a state qualifies it (see withStateModifiers).
  if (pieces && pieces.length > 1) {
    const merged = withStateModifiers(pieces);
    return merged.length > 1 ? merged : [s];
  }
  const rest = knownThenRest(toks, [], proseKnows);
  if (rest) return rest;

  // "Qing dynasty Yihetuan", "Holy Roman Empire Crusaders": a listed state, then one more name
  // that is neither a unit of it ("United States Army") nor a word of its name.
  const last = toks[n - 1]!;
  if (n >= 3 && isListedState(toks.slice(0, n - 1).join(" ")) && !isUnitWord(last) && !INNER_WORD_RE.test(toks[n - 2]!)) return [toks.slice(0, n - 1).join(" "), last];
  // "China Black Flag Army", "Qing dynasty Black Flag Army": a listed state, then an armed group
  // of two to four words named for itself (a bare "Army" after the state is the state's own).
  if (ARMED_GROUP_END_RE.test(last)) {
    for (let k = n - 2; k >= 1; k--) {
      if (n - k > 4) break;
      if (isListedState(toks.slice(0, k).join(" ")) && !STATE_KIND_RE.test(toks[k]!) && !INNER_WORD_RE.test(toks[k]!)) return [toks.slice(0, k).join(" "), toks.slice(k).join(" ")];
    }
  }
  const named = knownThenNamed(toks, proseKnows);
  if (named) return named;
  // "Arab Liberation Army Army of the Holy War": a name never repeats a word at once; two names meet there.
  const twice = toks.findIndex((w, i) => i > 0 && w === toks[i - 1] && !/^(?:of|the)$/.test(w));
  return twice > 0 ? [toks.slice(0, twice).join(" "), ...splitRunTogether(toks.slice(twice).join(" "), proseKnows)] : [s];
}

const ARMED_GROUP_END_RE = /^(?:Army|Flags|Movement|Front|Militia|Rebels|Guerrillas|Legion|Brigades|Company)$/;

const MAX_RUN_WORDS = 60;
const KIN_WORD_RE = /^(?:clan|clans|dynasty|family|house)$/;
/** A lowercase plural for people ("reactionists", "pirates", "rebels", "mercenaries"). */
const LOWER_PEOPLE_PLURAL_RE = /^\p{Ll}+(?:ists|ers|ates|els|aries|ians|ans|ites|ees|men|ors|ards)$/u;

/**
 * "East India Company Chinese pirates": a listed state or a body named by its kind ("… Company",
 * "… Army"), then one or two capitalised words and the lowercase people they qualify.
 */
function bodyThenPeople(head: string[], tail: string[]): string[] | null {
  const n = head.length;
  for (let k = n - 1; k >= Math.max(1, n - 2); k--) {
    const body = head.slice(0, k).join(" ");
    if (!(isListedState(body) || dynastyState(body) || ARMED_GROUP_END_RE.test(head[k - 1]!) || NAMED_BODY_END_RE.test(head[k - 1]!))) continue;
    // ("Union Army deserters": the army is the body's own, not a people it qualifies.)
    if (!head.slice(k).every((w) => /^\p{Lu}/u.test(w)) || isUnitWord(head[k]!)) continue;
    return [body, [...head.slice(k), ...tail].join(" ")];
  }
  return null;
}

const PLURAL_GROUP_RE = /^\p{Lu}\p{Ll}{3,}s$/u;
const STATE_PLURALS = new Set(["States", "Islands", "Provinces", "Netherlands", "Emirates", "Philippines", "Bahamas", "Maldives", "Seychelles", "Comoros", "Sicilies", "Lands", "Territories", "Colonies"]);
/** Words after which a state's name goes on ("Kingdom of the Two Sicilies"). */
const NAME_CONTINUES = new Set(["Two", "Three", "Great", "Little", "New", "Upper", "Lower", "United", "Holy", "Free"]);
const PARTY_ADJECTIVES = new Set(["Muslim", "Christian", "Islamic", "Catholic", "National", "Democratic", "Socialist", "Communist", "Liberal", "Popular", "Patriotic", "Revolutionary", "People's", "Workers'", "United"]);

/** The last word of a name of a league, federation or movement ("Heilbronn League", "Federated Malay States"). */
const NAMED_BODY_END_RE = /^(?:League|States|Federation|Confederation|Alliance|Union|Movement|Front|Company|Party|Coalition|Kingdom|Empire|Republic|Sultanate|Khanate|Emirate|Principality|Duchy)$/;

/**
 * "United Kingdom Federated Malay States", "Sweden Heilbronn League", "Provinces of Río de la
 * Plata Republiquetas": a known state at the start, then a rest that names a body of its own
 * (two to four words ending in League, States …) or is one listed or prose-known word.
 */
function knownThenNamed(toks: string[], proseKnows: (name: string) => boolean): string[] | null {
  const n = toks.length;
  for (let k = 1; k < n; k++) {
    const head = toks.slice(0, k).join(" ");
    const rest = toks.slice(k);
    // A word the prose uses alone may be an adjective ("French Directory"): the head is a listed
    // state, a state's formal name, or a longer name the prose uses.
    const known = isListedState(head) || (k > 1 && proseKnows(head)) || (isStateForm(head) && !endsInListedState(head));
    if (!known || INNER_WORD_RE.test(rest[0]!) || STATE_KIND_RE.test(rest[0]!)) continue;
    const r = rest.join(" ");
    // ("Kenya African National Union", "Pakistan Muslim League": an adjective opens a party of the state's own.)
    // ("United Provinces of South America Republiquetas": a people's or band's plural after a state is its own.)
    const ok = rest.length === 1 ? !isUnitWord(r) && (isListedState(r) || proseKnows(r) || (PLURAL_GROUP_RE.test(r) && !STATE_PLURALS.has(r) && !NAME_CONTINUES.has(toks[k - 1]!))) : rest.length <= 4 && NAMED_BODY_END_RE.test(rest[rest.length - 1]!) && !isUnitWord(rest[0]!) && !modifiesNext(rest[0]!) && !PARTY_ADJECTIVES.has(rest[0]!);
    if (ok) return [head, r];
  }
  return null;
}

/**
 * "Bourbon Spain", "Taiping Heavenly Kingdom", "Nationalist China": a dynasty or an adjective
 * before a listed state or a state's name says what kind of that state it was; it is not another
 * belligerent ("Wallachia Ottoman Empire" is two).
 */
const STATE_DYNASTIES = new Set(["Bourbon", "Habsburg", "Hohenzollern", "Qing", "Ming", "Yuan", "Joseon", "Goryeo", "Tudor", "Stuart", "Romanov", "Taiping", "Vichy", "Carlist", "Orléanist", "Savoyard", "Ayyubid", "Mamluk", "Safavid", "Mughal", "Umayyad", "Abbasid", "Fatimid", "Seljuk", "Timurid"]);
/** "Bourbon Spain", "Qing China": a dynasty before a listed state names that state. */
function dynastyState(piece: string): boolean {
  const sp = piece.indexOf(" ");
  return sp > 0 && STATE_DYNASTIES.has(piece.slice(0, sp)) && isListedState(piece.slice(sp + 1));
}

function withStateModifiers(pieces: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const next = pieces[i + 1];
    if (next !== undefined && (STATE_DYNASTIES.has(p) || (!p.includes(" ") && modifiesNext(p))) && (isListedState(next) || STATE_KIND_RE.test(next.split(" ").pop()!))) {
      out.push(`${p} ${next}`);
      i++;
    } else out.push(p);
  }
  return out;
}

/** Words that end a state's name and never begin one ("Bornu Empire", not "Empire loyalists"). */
const STATE_KIND_RE = /^(?:Empire|Kingdom|Republic|Sultanate|Khanate|Caliphate|Emirate|Confederacy|Confederation|State|States|Shogunate|Union|Islands|Dynasty)$/;

/**
 * "United States New Zealand Australia British Solomon Islands": two or more names known at the
 * start, then a name the article does not use on its own: the rest (two to four words, not
 * beginning with the kind of state a name ends in) is one more belligerent. The shortest such
 * rest is taken, so every name the start holds is cut off.
 */
const OF_THE_RE = /^(?:of|the)$/;

/**
 * The fewest pieces covering toks[0, end), every one `known` and none starting or ending with an
 * `edge` word; a one-word piece that only modifies the next word is none (before `end` too when
 * `beforeMore`: a name follows there). Null when no cover exists.
 */
function fewestKnownPieces(toks: readonly string[], end: number, known: (piece: string) => boolean, edge: RegExp, beforeMore: boolean): string[] | null {
  const best: (string[] | null)[] = new Array(end + 1).fill(null);
  best[end] = [];
  for (let i = end - 1; i >= 0; i--) {
    for (let k = end; k > i; k--) {
      const after = best[k];
      if (!after) continue;
      const piece = toks.slice(i, k).join(" ");
      if (edge.test(toks[i]!) || edge.test(toks[k - 1]!) || !known(piece)) continue;
      if ((beforeMore || k < end) && k === i + 1 && modifiesNext(piece)) continue;
      if (!best[i] || after.length + 1 < best[i]!.length) best[i] = [piece, ...after];
    }
  }
  return best[0] ?? null;
}

function knownThenRest(toks: string[], tail: string[], proseKnows: (name: string) => boolean): string[] | null {
  const known = (piece: string) => isListedState(piece) || proseKnows(piece) || (isStateForm(piece) && !endsInListedState(piece)) || ADJECTIVE_STATE_RE.test(piece);
  if (!toks.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && i < toks.length - 1 && (w === "of" || w === "the")))) return null;
  const n = toks.length;
  for (let j = n - (tail.length ? 1 : 2); j >= Math.max(2, n - 4); j--) {
    const first = toks[j]!;
    if (/^(?:of|the)$/.test(first) || STATE_KIND_RE.test(first) || /^(?:of|the)$/.test(toks[j - 1]!)) continue;
    // Fewest known pieces covering toks[0, j), a piece before a name not an adjective of it.
    const pieces = fewestKnownPieces(toks, j, known, OF_THE_RE, true);
    if (pieces && pieces.length >= 2) return [...pieces, [...toks.slice(j), ...tail].join(" ")];
  }
  return null;
}

const UNIT_WORDS = new Set([
  "army", "armies", "fleet", "fleets", "division", "divisions", "corps", "brigade", "brigades", "regiment", "regiments",
  "battalion", "battalions", "squadron", "squadrons", "flotilla", "flotillas", "front", "group", "force", "forces", "navy",
  "detachment", "garrison", "company", "battery", "legion", "militia", "guard", "guards", "wing", "command", "district",
  "contingent", "marines", "infantry", "cavalry", "artillery", "flotilla", "squadra", "aviation",
]);

function isUnitWord(tok: string): boolean {
  return UNIT_WORDS.has(tok.toLowerCase().replace(/[^a-z]/g, ""));
}

const PLURAL_UNITS = new Map<string, string>(Object.entries({
  armies: "Army", fleets: "Fleet", divisions: "Division", brigades: "Brigade", regiments: "Regiment",
  battalions: "Battalion", squadrons: "Squadron", flotillas: "Flotilla", fronts: "Front", groups: "Group",
  forces: "Force", detachments: "Detachment", corps: "Corps",
}));

/**
 * "First, Second and Third Manchurian Armies" → "First Manchurian Army", "Second Manchurian
 * Army", "Third Manchurian Army": a list of bare ordinals or names sharing a plural unit noun.
 */
function distribute(heads: string[], last: string): string[] | null {
  const toks = last.split(" ");
  const plural = toks[toks.length - 1]!;
  const singular = PLURAL_UNITS.get(plural.toLowerCase());
  if (!singular || toks.length < 2) return null;
  const tail = [...toks.slice(1, -1), singular].join(" ");
  return [...heads, toks[0]!].map((h) => `${h} ${tail}`);
}

/**
 * Units lose their line breaks in scraped cells ("16th Army Pacific Fleet"). A run is cut after a
 * unit word (Army, Fleet, Division…) followed by a new capitalised or numbered name, but only when
 * every piece then ends with a unit word, so "Army Group Centre" stays whole.
 */
export function splitUnits(line: string): string[] {
  const out: string[] = [];
  let heads: string[] = [];
  for (const part of splitTopLevel(clean(line))) {
    const p = part.trim();
    if (!p) continue;
    const toks = p.split(" ");
    if (!toks.some(isUnitWord) && toks.length <= 2) {
      heads.push(p); // "First," waiting for the shared noun of "… and Fourth Armies"
      continue;
    }
    const and = / and /.exec(p);
    if (and) {
      const left = p.slice(0, and.index);
      const right = p.slice(and.index + 5);
      const d = !left.split(" ").some(isUnitWord) && left.split(" ").length <= 2 ? distribute([...heads, left], right) : null;
      if (d) {
        out.push(...d);
        heads = [];
        continue;
      }
    }
    if (heads.length) {
      const d = distribute(heads, p);
      out.push(...(d ?? [...heads, p]));
      heads = [];
      continue;
    }
    out.push(...splitRun(toks));
  }
  out.push(...heads);
  return out;
}

function splitRun(toks: string[]): string[] {
  const pieces: string[][] = [[]];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    pieces[pieces.length - 1]!.push(tok);
    const next = toks[i + 1];
    if (next !== undefined && isUnitWord(tok) && /^[\p{Lu}\d]/u.test(next) && !isUnitWord(next)) pieces.push([]);
  }
  const ok = pieces.length > 1 && pieces.every((pc) => pc.length > 0 && isUnitWord(pc[pc.length - 1]!));
  return ok ? pieces.map((pc) => pc.join(" ")) : [toks.join(" ")];
}

const PERSONNEL_RE =
  /^\s*(?:(?:combat|support|logistical|regular|armed|ground|naval|front-line|frontline|reserve|other|total|local|tribal|native|colonial|auxiliary|allied|mounted|foot|indigenous|feudal|mercenary|(?!armou?red\b|[a-z-]+i[sz]ed\b)[a-z-]+(?:al|ian|ese|ish|ic|ary|ive|ed|ous))\s+){0,2}(?:men|troops|soldiers|personnel|sailors|servicemen|combatants|fighters|warriors|strong|infantry|infantrymen|cavalry|marines|regulars|militia|militiamen|effectives|hoplites|legionaries|archers|spearmen|horsemen|knights|musketeers|riflemen|sepoys|irregulars|volunteers|partisans|guerrillas|insurgents|tribesmen|defenders|garrison|crew|crewmen|seamen|troopers|rifles|sabres|sabers|bayonets|swords|spears|lances|horse(?!-|\s+(?:artillery|guns?|batter))|foot(?!-|\s+(?:artillery|guns?|batter))|dragoons|lancers|hussars|cuirassiers|grenadiers|pikemen|musketeers|arquebusiers|janissaries|samurai|ashigaru)\b(?!\s+(?:divisions?|brigades?|regiments?|battalions?|corps|compan(?:y|ies)|squadrons?|platoons?|units?|formations?|legions?|cohorts?|alae|wings?|tercios?|sotnias?|batter(?:y|ies)|detachments?)\b)\.?/i;
/** A lowercase noun right after a figure that is not personnel: ships, guns, battalions… */
const NOT_PERSONNEL_RE = /^\s*[\p{Ll}]/u;

/**
 * Strength: the first figure of the cell that counts people — followed by a personnel word,
 * a demonym, a preposition or nothing. Figures of ships, guns, tanks or formations ("2
 * battalions", "5 battleships") are not a strength in men; a cell with only those has none.
 * What else the cell says is kept as the note ("including 10,000 reservists").
 */
export function parseStrength(lines: string[]): Strength | null {
  const cleaned = lines.flatMap((l) => splitLineBreaks(l.includes("<") ? l.replace(HR_RE, "\n") : l)).map((l) => unglueFigures(clean(l))).filter(Boolean);
  if (cleaned.length === 0) return null;
  return groupedStrength(cleaned) ?? officersAndMen(cleaned) ?? peoplesStrength(cleaned) ?? (cleaned.length > 1 || /\d\D+\d/.test(cleaned[0]!) ? namedGroupsStrength(cleaned) : null) ?? firstStrength(cleaned);
}

const HR_RE = /<hr\s*\/?>/gi;

/** Who a figure counts, from the words right after it: "Australians", "French soldiers", "cavalry". */
const NAMED_GROUP_RE = /^\s*((?:\p{Lu}[\p{Ll}'-]+\s+){0,2}(?:\p{Lu}[\p{Ll}'-]+|[\p{Ll}]+))(?=\s*(?:$|[,;.]|\d|\())/u;

/**
 * "297 Australians / 201 Rhodesians / 3 Canadians", "700 French soldiers 800 Baguirmians": figures
 * of people, each naming another group of the side, are the side's parts: their sum. Only when every
 * figure of people in the cell names its group, no two the same, each on a line of its own (or after
 * a ';', or right after the words of the one before: a lost line break) or naming a people
 * (capitalised), and nothing in the cell makes one of them an account, a phase or a total. "262,900 infantry, 7,350 cavalry" in one list stays the first figure with its note.
 */
function namedGroupsStrength(cleaned: string[]): Strength | null {
  const text = cleaned.join("\n");
  if (NOT_A_PART_RE.test(text)) return null;
  let min = 0;
  let max = 0;
  let approx = false;
  const groups = new Set<string>();
  let count = 0;
  for (const line of cleaned.flatMap((l) => l.split(";"))) {
    const masked = /\d/.test(line) ? maskDates(line) : line;
    const figures = matchNumbers(masked);
    for (const c of figures) {
      const after = line.slice(c.end);
      if (NAMED_MATERIEL_RE.test(after) || MODEL_PLURAL_RE.test(after) || isFormationNumber(c.max, after) || SHIP_KIND_RE.test(after)) continue;
      // "34 Cannons", "4 British steamers": materiel however it is capitalised is no named group.
      if (MATERIEL_AFTER_RE.test(after.toLowerCase())) continue;
      const people = PERSONNEL_RE.test(after) || /^\s*\p{Lu}/u.test(after);
      if (!people) {
        if (/^\s*\(/.test(after)) continue; // a bracketed remark (guns and ships were passed over above)
        if (NOT_PERSONNEL_RE.test(after)) return null; // "2,000 allies": more people, of no named group
        return null; // a bare figure: whose it is is not said
      }
      const g = NAMED_GROUP_RE.exec(after);
      if (!g) return null;
      // "20,000 infantry 5,000 cavalry": a figure right after a word is on a line of its own that lost its break.
      if (c !== figures[0] && !/^\p{Lu}/u.test(g[1]!) && !/\p{L}\s+$/u.test(line.slice(0, c.start))) return null;
      const key = g[1]!.toLowerCase();
      if (groups.has(key)) return null;
      groups.add(key);
      count++;
      min += c.min;
      max += c.max;
      approx ||= c.approx;
    }
  }
  return count >= 2 ? { min, max, approx, text: cleaned.join("\n"), note: null } : null;
}

/**
 * "Total:, 130,833133,000", "6,5537,468": two grouped figures glued when their dash or a footnote
 * between them was lost. The digit groups show where (a group after a comma has three digits): a
 * second figure no smaller than the first is the range's end, as real pages show it ("6,553–7,468");
 * a smaller one stands apart.
 */
const GLUED_FIGURES_RE = /(?<![\d,.])(\d{1,3}(?:,\d{3})+)(?=(\d{1,3}(?:,\d{3})+)(?![\d]))/g;
export function unglueFigures(t: string): string {
  if (!/\d{4},\d{3}/.test(t)) return t;
  return t.replace(GLUED_FIGURES_RE, (_m, a: string, b: string) => (Number(b.replace(/,/g, "")) >= Number(a.replace(/,/g, "")) ? `${a}\u2013` : `${a} `));
}

/** A kind of ship, capitalised as rendered tables write it: "1 Monitor 1 Gunboat". */
const SHIP_KIND_RE = /^\s*(?:[Mm]en[\s-]of[\s-]war|[Mm]erchantmen|Monitors?|Gunboats?|Frigates?|Corvettes?|Ironclads?|Battleships?|Cruisers?|Destroyers?|Submarines?|Ships?|Galleys|Sloops?|Brigs?|Schooners?|Cutters?|Xebecs?|Prams?|Yawls?|Longboats?|Fireships?|Galleons?)\b/u;
/** Tanks and aircraft named by model in the plural ("12 Spitfires", "40 Shermans"): no people. */
const MODEL_PLURALS = "Shermans|Valentines|Matildas|Crusaders|Stuarts|Grants|Tigers|Panthers|Hurricanes|Spitfires|Mustangs|Zeros|Stukas|Messerschmitts|Lancasters|Wellingtons|Sabres|MiGs";
const MODEL_PLURAL_RE = new RegExp(`^\\s*(?:${MODEL_PLURALS})\\b`, "u");

/** A plural people right after a figure: "11,000 Brazilians", "9,000 Argentines", "4,000 Portuguese", "700 Frenchmen". */
const PEOPLE_PLURAL_RE =
  new RegExp(
    `^\\s*(?!(?:${MODEL_PLURALS})\\b)\\p{Lu}\\p{Ll}*(?:ians|ans|ines|ese|ards|men|ites|eks|urks|bs|wedes|anes)(?=$|[\\s,;.)])(?!\\s+(?:tanks?|guns?|aircraft|ships?|vehicles?|divisions?|brigades?|regiments?|battalions?)\\b)`,
    "u",
  );
/** Ships, guns, animals or formations after a figure: beside the peoples they add no people. */
const MATERIEL_AFTER_RE =
  /^\s*(?:[\p{Ll}-]+\s+){0,3}(?:guns?|cannons?|pieces|warships?|ironclads?|gunboats?|ships?|vessels?|boats?|frigates?|corvettes?|cruisers?|battleships?|galleys|tanks?|aircraft|planes?|helicopters?|vehicles?|wagons?|elephants?|chariots?|horses|camels?|mortars?|howitzers?|rockets?|divisions?|brigades?|regiments?|battalions?|batteries|squadrons?|companies|corps|units?|cutters?|xebecs?|prams?|yawls?|longboats?|fireships?|galleons?|sloops?|steamers?|steamships?|transports?|men[\s-]of[\s-]war|merchantmen)\b/u;

/**
 * "11,000 Brazilians, 9,000 Argentines, 8 ironclads": a coalition side given as the figures of
 * its peoples counts their sum. Only when two or more different peoples are the cell's only
 * figures of people: a figure in men, a bare one or a total first says the sum itself.
 */
function peoplesStrength(cleaned: string[]): Strength | null {
  const text = cleaned.join(", ");
  if (!/\d[\d,.]*\s+\p{Lu}\p{Ll}+[^\d]*\d[\d,.]*\s+\p{Lu}/u.test(text)) return null;
  const masked = maskDates(text);
  const peoples = new Set<string>();
  let min = 0;
  let max = 0;
  let approx = false;
  for (const c of matchNumbers(masked)) {
    const after = text.slice(c.end);
    const p = PEOPLE_PLURAL_RE.exec(after);
    if (p) {
      const word = p[0].trim();
      if (peoples.has(word)) return null;
      peoples.add(word);
      min += c.min;
      max += c.max;
      approx ||= c.approx;
      continue;
    }
    // Ships, guns or formations beside the peoples are no people; anything else ("5,000 allies",
    // "30,000 men") may be more people, a sum or a total.
    if (MATERIEL_AFTER_RE.test(after)) continue;
    return null;
  }
  if (peoples.size < 2) return null;
  return { min, max, approx, text: cleaned.join("\n"), note: [...peoples].join("; ") };
}

/**
 * "120,000 soldiers, 3,780 officers", "3,200 officers and 41,000 men": the officers are counted
 * apart from the men they lead; the strength is both. Only as the cell's first two figures.
 */
function officersAndMen(cleaned: string[]): Strength | null {
  const text = cleaned.join(", ");
  if (!text.includes("officer")) return null;
  const m = OFFICERS_AND_MEN_RE.exec(text);
  if (!m || /\d/.test(text.slice(0, m.index))) return null;
  const a = matchNumbers(m[1]!)[0];
  const b = matchNumbers(m[3]!)[0];
  if (!a || !b || m[2]!.startsWith("officer") === m[4]!.startsWith("officer")) return null;
  return { min: a.min + b.min, max: a.max + b.max, approx: a.approx || b.approx, text: m[0], note: cleaned.join("\n") === m[0] ? null : cleaned.join("; ") };
}
const OFFICERS_AND_MEN_RE = /((?:c\.\s*|~)?\d{1,3}(?:,\d{3})+|\d+)\s+(officers?|soldiers|men|troops|other ranks|rankers|enlisted men)\s*(?:,|and|\+)\s*((?:c\.\s*|~)?\d{1,3}(?:,\d{3})+|\d+)\s+(officers?|soldiers|men|troops|other ranks|rankers|enlisted men)\b/;

/** "Garrison: 1,800 men, Relief force: 10,500 men": a label, a colon, then the group's figures. */
const STRENGTH_GROUP_RE = /(?<=^|[\s,;])(\p{Lu}[\p{L}'.-]*(?:\s+[\p{L}'.-]+){0,3}):(?=[\s,]|$)/gu;
/** Labels that are accounts, phases or totals: their figures are alternatives or sums, not parts. */
const NOT_A_PART_RE =
  /\b(?:claims?|claimed|estimates?|estimated|sources?|figures?|accounts?|reports?|according|initial|initially|final|finally|start|end|later|peak|maximum|minimum|reinforcements|reserves?|total|overall|combined|all|phase|before|after|as of|engaged|deployed|day|days)\b/i;

/**
 * A cell of two or more labelled groups, each with a strength in people and none of them an
 * account, a phase or a total ("Garrison: 1,800 men, Relief force: 10,500 men"), counts the side
 * as their sum. Labels inside brackets break a figure down and are not groups.
 */
function groupedStrength(cleaned: string[]): Strength | null {
  const text = cleaned.join(", ");
  if (!text.includes(":")) return null;
  const labels: { at: number; end: number; label: string }[] = [];
  for (const m of text.matchAll(STRENGTH_GROUP_RE)) {
    const depth = (text.slice(0, m.index).match(/\(/g)?.length ?? 0) - (text.slice(0, m.index).match(/\)/g)?.length ?? 0);
    if (depth > 0) continue;
    if (NOT_A_PART_RE.test(m[1]!) || monthNumber(m[1]!.split(/\s+/)[0]!) !== undefined) return null;
    labels.push({ at: m.index, end: m.index + m[0].length, label: m[1]! });
  }
  if (labels.length < 2 || /\d/.test(text.slice(0, labels[0]!.at))) return null;
  let min = 0;
  let max = 0;
  let approx = false;
  for (let i = 0; i < labels.length; i++) {
    const body = text.slice(labels[i]!.end, labels[i + 1]?.at ?? text.length).replace(/^[\s,;]+|[\s,;]+$/g, "");
    const part = body ? firstStrength([body]) : null;
    if (!part) return null;
    min += part.min;
    max += part.max;
    approx ||= part.approx;
  }
  return { min, max, approx, text: cleaned.join("\n"), note: labels.map((l) => l.label).join("; ") };
}

function firstStrength(cleaned: string[]): Strength | null {
  let at = -1;
  let m: ReturnType<typeof matchNumbers>[number] | undefined;
  // "As of 13 March: 14,000; 20,000 overall": a figure labelled as the total wins over the first.
  let total: { m: ReturnType<typeof matchNumbers>[number]; at: number } | undefined;
  for (let i = 0; i < cleaned.length && !total; i++) {
    const line = cleaned[i]!;
    // Days and years of a date ("1 May 1943: 41,000") are never the strength.
    const masked = /\d/.test(line) ? maskDates(line) : line;
    for (const c of matchNumbers(masked)) {
      // "10½ divisions": the fraction belongs to the figure, the noun says what it counts.
      const after = line.slice(c.end).replace(/^[\u00bc-\u00be\u2150-\u215e]/, "");
      // "about 20,000 c. 10,000 to 15,000 engaged": another figure follows, so this one stood alone on its line.
      if (NOT_PERSONNEL_RE.test(after) && !PERSONNEL_RE.test(after) && !PREPOSITION_RE.test(after) && !TOTAL_AFTER_RE.test(after) && !NEXT_FIGURE_RE.test(after)) continue;
      if (NAMED_MATERIEL_RE.test(after)) continue; // "12 M1A1 tanks", "40 Panzer IV tanks", "200 German aircraft"
      if (/^\s*\p{Lu}/u.test(after) && MATERIEL_AFTER_RE.test(after.toLowerCase())) continue; // "4 Dutch light field pieces"
      if (MATERIEL_LABEL_BEFORE_RE.test(line.slice(Math.max(0, c.start - 40), c.start))) continue; // "Total guns: 44"
      // "1 Infantry Brigade 1,500 men", "6 RAR: 108 men": a formation's number, not its strength.
      // ("139 British Army regulars", "100 NNH cavalry": the formation names whose people they are.)
      if (isFormationNumber(c.max, after) || SHIP_KIND_RE.test(after)) continue;
      if (YEAR_ONLY_RE.test(line.slice(c.start, c.end).trim()) && /^\s*:/.test(after)) continue; // "1943: 41,000"
      // "201,000 combined … cavalry (according to Abul Fazl)": one account's total is no agreed total.
      if ((TOTAL_AFTER_RE.test(after) || TOTAL_BEFORE_RE.test(line.slice(0, c.start))) && !ACCOUNT_RE.test(line)) {
        total = { m: c, at: i };
        break;
      }
      if (!m) {
        m = c;
        at = i;
      }
    }
  }
  if (total) {
    m = total.m;
    at = total.at;
  }
  if (!m) return null;
  const first = cleaned[at]!;
  const rest = (first.slice(0, m.start) + " " + first.slice(m.end).replace(PERSONNEL_RE, "")).trim();
  const noteParts = [...cleaned.slice(0, at), rest, ...cleaned.slice(at + 1)]
    .map((x) => x.trim().replace(/^\((.*)\)$/s, "$1").replace(/^[\s,;:\u2013-]+|[\s,;:]+$/g, "").trim())
    .filter(Boolean);
  return {
    min: m.min,
    max: m.max,
    approx: m.approx,
    text: cleaned.join("\n"),
    note: noteParts.length ? noteParts.join("; ") : null,
  };
}

/** A capitalised model or demonym, then a kind of equipment or formation ("51 British divisions"): not people. */
const NAMED_MATERIEL_RE =
  /^\s*(?:(?=\S*\p{L})[\p{Lu}\d][\p{L}\d./-]*\s+(?:(?:and|&)\s+)?){1,3}(?:tanks?|aircraft|airplanes|planes|fighters|bombers|helicopters|guns?|howitzers|cannons?|mortars|ships?|vessels|boats|destroyers|cruisers|frigates|submarines|carriers|vehicles|trucks|armou?red cars|APCs|divisions?|brigades?|regiments?|battalions?|corps|armies|army|squadrons?|legions?)\b/u;
/** A capitalised formation after a figure: "1 Infantry Brigade", "2 Motor Brigades", "3 Corps". */
const FORMATION_AFTER_RE =
  /^\s*(?:["\u201c]?\p{Lu}[\p{L}'.-]*["\u201d]?\s+){0,2}(?:Divisions?|Brigades?|Regiments?|Battalions?|Corps|Armies|Army|Squadrons?|Compan(?:y|ies)|Batter(?:y|ies)|Fleets?|Flotillas?|Legions?|Kampfgruppen?|Battlegroups?|Task Forces?)\b/u;
/** An acronym naming a unit after its number: "6 RAR", "2 RTR", "3 PARA". */
const UNIT_ACRONYM_AFTER_RE = /^\s*\p{Lu}{2,5}\b/u;

function isFormationNumber(figure: number, after: string): boolean {
  const f = FORMATION_AFTER_RE.exec(after) ?? (figure < 100 ? UNIT_ACRONYM_AFTER_RE.exec(after) : null);
  return f !== null && !PERSONNEL_RE.test(after.slice(f[0].length));
}
const ACCOUNT_RE = /\b(?:according to|claims?|claimed)\b/i;
/** "20,000 overall", "1,837 men total": the figure is the side's total (a personnel word may come between). */
const TOTAL_AFTER_RE = /^\s*(?:(?:men|troops|soldiers|personnel)\s+)?(?:total|overall|in total|altogether|combined)\b/i;
/** "Total guns: 44", "Ships: 12": a label of materiel before the figure says what it counts. */
const MATERIEL_LABEL_BEFORE_RE = /\b(?:guns?|cannons?|artillery|ships?|vessels?|tanks?|aircraft|planes|boats?)\s*:\s*$/i;
// "Total troops: 264,000": a line the total heads ("Total guns: 44" counts no people).
const TOTAL_BEFORE_RE = /\b(?:total|overall|in all|altogether)\s*:?[\s,]*$|^\s*(?:total|overall|combined)(?:\s+(?!(?:guns?|cannons?|ships?|vessels?|tanks?|aircraft|artillery|pieces|boats?)\b)\p{L}+){1,2}\s*:[\s,]*$/iu;
/** Another figure, approximate or not, right after a figure: "20,000 c. 10,000 …". */
const NEXT_FIGURE_RE = /^\s*(?:c\.|ca\.|circa|about|approx\.|approximately|around|~)\s*\d/i;
const YEAR_ONLY_RE = /^(?:1\d{3}|20\d{2})$/;
const PREPOSITION_RE = /^\s*(?:in|at|on|of|from|with|under|including|by|for|against|plus|and)\b/i;
