/** Person names: rank stripping, word-order-free comparison, initials, surnames. */
import type { Person } from "../facts/types";
import { normalise } from "./text/normalise";

/** Rank and title words (normalised). Multi-word ranks are just sequences of these. */
const RANK_WORDS = new Set([
  "general", "gen", "lieutenant", "lt", "lieut", "colonel", "col", "major", "maj", "captain", "capt", "cpt",
  "admiral", "adm", "vice", "rear", "marshal", "field", "commander", "cmdr", "cdr", "brigadier", "brig",
  "commodore", "sergeant", "sgt", "corporal", "private", "prince", "count", "baron", "marquis", "viscount",
  "tsar", "emperor", "king", "sir", "ensign", "kombrig", "komdiv", "komkor", "komandarm", "army", "of", "the",
  "soviet", "union", "fleet", "navy", "naval", "chief", "staff", "senior", "junior", "second", "first", "rank",
  "mr", "dr", "president", "premier", "minister", "lord", "duke", "general-lieutenant",
]);
/** Words that are only rank words in a leading position (e.g. "of the Soviet Union" after "Marshal"). */
const RANK_HEADS = new Set([
  "general", "gen", "lieutenant", "lt", "lieut", "colonel", "col", "major", "maj", "captain", "capt", "cpt",
  "admiral", "adm", "vice", "rear", "marshal", "field", "commander", "cmdr", "cdr", "brigadier", "brig",
  "commodore", "sergeant", "sgt", "corporal", "prince", "count", "baron", "marquis", "viscount", "sir",
  "ensign", "kombrig", "komdiv", "komkor", "komandarm", "mr", "dr", "lord", "duke", "president",
]);

/** Drop leading rank words ("Vice Admiral", "Marshal of the Soviet Union"). */
export function stripRankTokens(toks: string[]): string[] {
  let i = 0;
  if (toks.length > 0 && RANK_HEADS.has(toks[0] ?? "")) {
    while (i < toks.length - 1 && RANK_WORDS.has(toks[i] ?? "")) i++;
  }
  return toks.slice(i);
}

export interface NameShape {
  /** Full tokens (normalised, rank removed). */
  words: string[];
  /** Initial letters given as initials ("M.N." → ["m","n"]). */
  initials: string[];
}

/** Parse a raw name into full words and initials ("M.A. Purkayev" → words [purkayev], initials [m,a]). */
const shapes = new Map<string, NameShape>();

export function nameShape(raw: string): NameShape {
  let v = shapes.get(raw);
  if (v === undefined) {
    if (shapes.size > 20_000) shapes.clear();
    v = nameShapeRaw(raw);
    shapes.set(raw, v);
  }
  return v;
}

function nameShapeRaw(raw: string): NameShape {
  const parts = raw
    .replace(/\./g, ". ")
    .split(/[\s]+/)
    .filter((p) => p.length > 0);
  const words: string[] = [];
  const initials: string[] = [];
  const rankless = stripRankTokens(parts.map((p) => normalise(p)).filter((p) => p.length > 0));
  const skip = parts.filter((p) => normalise(p).length > 0).length - rankless.length;
  let k = 0;
  for (const p of parts) {
    const n = normalise(p);
    if (n.length === 0) continue;
    if (k++ < skip) continue;
    // "M." or "MN" (2–3 capitals) are initials, not words.
    if (/^\p{Lu}\.?$/u.test(p) || /^\p{Lu}{2,3}$/u.test(p) || /^(\p{Lu}\.){2,3}$/u.test(p)) {
      for (const c of n.replace(/ /g, "")) initials.push(c);
    } else {
      for (const w of n.split(" ")) words.push(w);
    }
  }
  return { words, initials };
}

/** Surname candidates: both ends for two-word names (order unknown: "Haraguchi Kensai"), the last word otherwise. */
export function surnames(name: string): string[] {
  const { words } = nameShape(name);
  if (words.length <= 1) return words.slice();
  if (words.length === 2) return [words[0] as string, words[1] as string];
  return [words[words.length - 1] as string];
}

/**
 * Does `a` (shape of an answer or alias) denote `full`? Every full word of `a` is a word of
 * `full`, each initial of `a` starts a distinct other word of `full`, and at least one word matches.
 */
export function shapeMatches(a: NameShape, full: NameShape): boolean {
  if (a.words.length === 0) return false;
  const left = full.words.slice();
  for (const w of a.words) {
    const i = left.indexOf(w);
    if (i < 0) return false;
    left.splice(i, 1);
  }
  for (const c of a.initials) {
    const i = left.findIndex((w) => w.startsWith(c));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

/**
 * Could two names denote the same person? Used to keep aliases out of distractors, so it errs
 * on "same": one name's words and initials fit inside the other's.
 */
export function samePerson(a: string, b: string): boolean {
  const sa = nameShape(a);
  const sb = nameShape(b);
  if (sa.words.length === 0 || sb.words.length === 0) return false;
  return shapeMatches(sa, sb) || shapeMatches(sb, sa);
}

export function personNames(p: Person): string[] {
  return [p.name, ...p.aliases];
}

export function personSame(p: Person, q: Person): boolean {
  let row = sameCache.get(p);
  if (!row) sameCache.set(p, (row = new WeakMap()));
  let v = row.get(q);
  if (v === undefined) {
    v = personNames(p).some((a) => personNames(q).some((b) => samePerson(a, b)));
    row.set(q, v);
  }
  return v;
}

/** Pairs repeat across every question of a corpus (and every generation of the same corpus). */
const sameCache = new WeakMap<Person, WeakMap<Person, boolean>>();

/** Display with rank when known: "General Mikhail Nikolaevich Lyapunov". */
export function personDisplay(p: Person): string {
  return p.name;
}
