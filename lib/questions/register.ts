/**
 * The corpus register: one entry per person and per state, whatever the spelling.
 *
 * People: every commander of every event, grouped when their names denote one person by the
 * rule in ./names (same surname key, compatible given names or initials, either word order).
 * A name compatible with two different people (a bare "Kuropatkin" beside two Kuropatkins
 * with clashing given names) joins neither. States: "Empire of Japan", "Imperial Japan", "Japan"
 * and "the Japanese" are one state; "Soviet Union" and "Russian Empire" are not.
 */
import type { BattleEvent, Person } from "../facts/types";
import { nameShape, personNames, samePerson } from "./names";
import { normalise, normaliseTitle } from "./text/normalise";

// ---------- states ----------

/** Names, short forms and demonyms of states (language data), normalised, longest first when matched. */
const NATIONS: Record<string, string[]> = {
  japan: ["japan", "japanese", "nippon", "dai nippon"],
  russia: ["russia", "russian", "russians", "rus"],
  ussr: ["soviet union", "soviet", "soviets", "ussr", "u s s r", "union of soviet socialist republics", "soviet russia", "red army", "rsfsr"],
  mongolia: ["mongolia", "mongolian", "mongolians", "mongol", "mongols", "mpr", "outer mongolia"],
  manchukuo: ["manchukuo", "manchoukuo", "manchukuoan", "manchu kuo", "manzhouguo", "manchuguo"],
  mengjiang: ["mengjiang", "mengkukuo", "mengkiang", "mongol border land"],
  china: ["china", "chinese", "roc", "prc"],
  korea: ["korea", "korean", "koreans", "joseon", "choson", "chosun"],
  uk: ["united kingdom", "great britain", "britain", "british", "uk", "england", "english"],
  usa: ["united states of america", "united states", "usa", "us", "u s", "u s a", "america", "american", "americans"],
  france: ["france", "french"],
  germany: ["germany", "german", "germans"],
  ottoman: ["ottoman", "ottomans", "turkey", "turkish", "turks"],
};
/** Regime words: "Empire of Japan" = "Imperial Japan", but "Qing dynasty" ≠ "Republic of China". */
const REGIMES: Record<string, string[]> = {
  empire: ["empire", "imperial", "tsarist", "tsardom", "empire of"],
  kingdom: ["kingdom", "royal"],
  republic: ["republic", "republic of"],
  peoples: ["peoples republic", "people s republic", "peoples republic of", "socialist republic"],
  qing: ["qing", "qing dynasty", "great qing", "ching", "manchu dynasty"],
};
/** Words that do not change which state is meant ("the Japanese side", "Russian forces", "Soviet victory"). */
const FILLER = new Set(
  "the of a an side sides forces force troops army armies navy military armed government state states people victory victorious win winner winners won decisive tactical strategic and with".split(
    " ",
  ),
);

const PHRASES: { words: string[]; nation?: string; regime?: string }[] = [
  ...Object.entries(NATIONS).flatMap(([nation, xs]) => xs.map((x) => ({ words: x.split(" "), nation }))),
  ...Object.entries(REGIMES).flatMap(([regime, xs]) => xs.map((x) => ({ words: x.split(" "), regime }))),
].sort((a, b) => b.words.length - a.words.length);

/** The states a text names: nation → regime (null when not said). null when the text is not only states. */
export type StateSet = Map<string, string | null>;

const stateCache = new Map<string, StateSet | null>();

export function parseStates(text: string): StateSet | null {
  let v = stateCache.get(text);
  if (v === undefined) {
    if (stateCache.size > 20_000) stateCache.clear();
    v = parseStatesRaw(text);
    stateCache.set(text, v);
  }
  return v;
}

function parseStatesRaw(text: string): StateSet | null {
  const toks = normalise(text.replace(/\([^)]*\)/g, " ").replace(/&/g, " and ")).split(" ").filter((t) => t.length > 0);
  const nations: string[] = [];
  const regimes: string[] = [];
  let i = 0;
  while (i < toks.length) {
    const p = PHRASES.find((x) => x.words.every((w, k) => toks[i + k] === w));
    if (p) {
      if (p.nation) nations.push(p.nation);
      // A dynasty names China.
      if (p.regime === "qing") nations.push("china");
      if (p.regime) regimes.push(p.regime);
      i += p.words.length;
    } else if (FILLER.has(toks[i]!)) i++;
    else return null;
  }
  const uniq = [...new Set(nations)];
  if (uniq.length === 0) return null;
  const rs = [...new Set(regimes)];
  const regime = rs.includes("qing") ? "qing" : rs.length === 1 && uniq.length === 1 ? rs[0]! : null;
  if (rs.length > 1 && !rs.includes("qing")) return null;
  return new Map(uniq.map((n) => [n, uniq.length === 1 || n === "china" ? regime : null]));
}

/** Every nation of `answer` is one `accepted` names, with no clashing regime. */
export function statesWithin(answer: StateSet, accepted: StateSet[]): boolean {
  for (const [nation, regime] of answer) {
    const rs = accepted.filter((s) => s.has(nation)).map((s) => s.get(nation) ?? null);
    if (rs.length === 0) return false;
    if (regime !== null && !rs.includes(regime) && rs.some((r) => r !== null)) return false;
  }
  return true;
}

/** Do two belligerent names denote one state? ("Empire of Japan" = "Japan"; "Soviet Union" ≠ "Russian Empire".) */
export function sameState(a: string, b: string): boolean {
  if (normaliseTitle(a) === normaliseTitle(b)) return true;
  const sa = parseStates(a);
  const sb = parseStates(b);
  if (!sa || !sb || sa.size !== 1 || sb.size !== 1) return false;
  return statesWithin(sa, [sb]) && statesWithin(sb, [sa]);
}

// ---------- the register ----------

export interface PersonEntry {
  id: string;
  /** The most informative spelling ("Mikhail Nikolaevich Lyapunov"). */
  name: string;
  /** Every spelling the corpus uses for this person (names and aliases). */
  spellings: string[];
  people: Person[];
}

export interface StateEntry {
  id: string;
  /** Every name the corpus uses for this state ("Empire of Japan", "Japan"). */
  names: string[];
}

export interface Register {
  persons: PersonEntry[];
  states: StateEntry[];
  /** The entry of a commander fact's person (by identity), or of a name the corpus uses. */
  personOf(p: Person | string): PersonEntry | undefined;
  /** Every spelling of this person in the corpus (at least its own names). */
  spellings(p: Person | string): string[];
  /**
   * Could `a` and `b` be one person under any spelling? Same entry, or compatible spellings
   * (errs on "same": use it to keep the key out of the distractors).
   */
  samePerson(a: Person | string, b: Person | string): boolean;
  /** Everyone else in the corpus: entries that are certainly not `p`. */
  otherPeople(p: Person | string): PersonEntry[];
  stateOf(name: string): StateEntry | undefined;
  /** Do two belligerent names denote one state? */
  sameState(a: string, b: string): boolean;
}

/** Informativeness of a spelling: full words count double, initials once. */
function weight(name: string): number {
  const t = nameShape(name).tokens;
  return t.filter((x) => !x.initial).length * 2 + t.filter((x) => x.initial).length;
}

function uniqueSpellings(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = normalise(n);
    if (k === "" || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function buildRegister(events: readonly BattleEvent[]): Register {
  const people: Person[] = [];
  const seenPeople = new Set<Person>();
  const belligerents: string[] = [];
  for (const ev of events)
    for (const f of ev.facts) {
      if (f.kind === "commander" && !seenPeople.has(f.value)) {
        seenPeople.add(f.value);
        people.push(f.value);
      }
      if (f.kind === "belligerent") belligerents.push(f.value);
    }
  for (const ev of events) for (const s of ev.sides) belligerents.push(...s.belligerents);

  // Most informative names first, so a bare surname meets the full names it may belong to.
  const order = people
    .map((p, i) => ({ p, i, w: Math.max(...personNames(p).map(weight)) }))
    .sort((a, b) => b.w - a.w || a.p.name.localeCompare(b.p.name) || a.i - b.i);
  const groups: Person[][] = [];
  for (const { p } of order) {
    const fits = groups.filter((g) => g.every((q) => samePerson(p.name, q.name)));
    if (fits.length === 1) fits[0]!.push(p);
    else groups.push([p]);
  }
  const persons: PersonEntry[] = groups.map((g) => {
    const spellings = uniqueSpellings(g.flatMap(personNames));
    // Most informative, then fewest initials, then the spelling most events use.
    const uses = (n: string) => g.filter((p) => normalise(p.name) === normalise(n)).length;
    const initials = (n: string) => nameShape(n).initials.length;
    const name = [...spellings].sort((a, b) => weight(b) - weight(a) || initials(a) - initials(b) || uses(b) - uses(a))[0] ?? g[0]!.name;
    return { id: `person:${normalise(name).replace(/ /g, "-")}`, name, spellings, people: g };
  });
  const byPerson = new Map<Person, PersonEntry>();
  const bySpelling = new Map<string, PersonEntry[]>();
  for (const e of persons) {
    for (const p of e.people) byPerson.set(p, e);
    for (const s of e.spellings) {
      const k = normalise(s);
      bySpelling.set(k, [...(bySpelling.get(k) ?? []), e]);
    }
  }
  const personOf = (p: Person | string): PersonEntry | undefined => {
    if (typeof p !== "string") return byPerson.get(p);
    const hits = bySpelling.get(normalise(p));
    if (hits && hits.length === 1) return hits[0];
    // A spelling the corpus does not use: the one entry it fits, if exactly one.
    const fits = persons.filter((e) => e.spellings.some((s) => samePerson(p, s)));
    return fits.length === 1 && !hits ? fits[0] : undefined;
  };
  const namesOf = (p: Person | string): string[] => (typeof p === "string" ? [p] : personNames(p));
  const compatible = (xs: string[], ys: string[]): boolean => xs.some((x) => ys.some((y) => samePerson(x, y)));

  const states: StateEntry[] = [];
  for (const b of uniqueSpellings(belligerents)) {
    const e = states.find((s) => s.names.every((n) => sameState(n, b)));
    if (e) e.names.push(b);
    else states.push({ id: `state:${normalise(b).replace(/ /g, "-")}`, names: [b] });
  }

  return {
    persons,
    states,
    personOf,
    spellings: (p) => {
      const e = personOf(p);
      return uniqueSpellings([...namesOf(p), ...(e ? e.spellings : [])]);
    },
    samePerson: (a, b) => {
      const ea = personOf(a);
      const eb = personOf(b);
      if (ea && ea === eb) return true;
      return compatible([...namesOf(a), ...(ea?.spellings ?? [])], [...namesOf(b), ...(eb?.spellings ?? [])]);
    },
    otherPeople: (p) => {
      const own = [...namesOf(p), ...(personOf(p)?.spellings ?? [])];
      return persons.filter((x) => !compatible(own, x.spellings));
    },
    stateOf: (name) => states.find((s) => s.names.some((n) => sameState(n, name))),
    sameState,
  };
}
