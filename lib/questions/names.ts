/**
 * Person names: rank stripping, transliteration keys, initials, surname order, typo cost.
 *
 * One person is written many ways across sources: "Alexei"/"Aleksey", "Andreev"/"Andreyev",
 * "Fok"/"Fock", "Tōgō"/"Togo"/"Tohgoh", "M.A. Purkayev"/"Maksim Purkayev", "Nagaoka Gaishi"/
 * "Gaishi Nagaoka". Each name word gets a transliteration key (spellings of one word share it);
 * two names denote one person when their surnames share a key and their given names (words or
 * initials) are compatible position by position. Typos are a separate, stricter cost: a typed
 * word that is a different real name (Tojo, Kimura, Hamada) must not pass for Tōgō, Kamimura,
 * Yamada, so short words get no slack, the first letter must agree, and consonant edits cost more
 * than vowel edits.
 */
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
/** Nobiliary particles: part of a name, but optional when typed ("Bilderling" = "von Bilderling"). */
const PARTICLES = new Set(["von", "van", "der", "den", "de", "du", "la", "le", "di", "da", "zu", "af", "ter", "ten"]);

/** Drop leading rank words ("Vice Admiral", "Marshal of the Soviet Union"). */
export function stripRankTokens(toks: string[]): string[] {
  let i = 0;
  if (toks.length > 0 && RANK_HEADS.has(toks[0] ?? "")) {
    while (i < toks.length - 1 && RANK_WORDS.has(toks[i] ?? "")) i++;
  }
  return toks.slice(i);
}

// ---------- transliteration key of one word ----------

const VOWEL = /[aeiou]/;
const keys = new Map<string, string>();

/**
 * Transliteration key of one normalised name word. Folds the romanisation choices that do not
 * change a name: Japanese long vowels (ō = o = oh = ou = oo), y/i (Aleksey/Aleksei, -sky/-skii),
 * a glide y before e (Andreyev/Andreev), ks/x, kh/h, zh/j, ck/c/k, tz/ts, tch/ch, w/v,
 * -off/-ov, oe/e (Stoessel/Stessel) and doubled letters.
 */
export function wordKey(word: string): string {
  let v = keys.get(word);
  if (v === undefined) {
    if (keys.size > 50_000) keys.clear();
    v = wordKeyRaw(word);
    keys.set(word, v);
  }
  return v;
}

function wordKeyRaw(word: string): string {
  // German umlauts are written out (Stössel = Stoessel); a Japanese macron (ō) is only a long vowel.
  let s = normalise(word.replace(/[öÖ]/g, "oe").replace(/[üÜ]/g, "ue").replace(/[äÄ]/g, "ae"))
    .replace(/[^a-z]/g, "")
    .replace(/(.)\1+/g, "$1")
    // German and Polish write Russian я/ю after a consonant with j (Ljapunow, Dmitrijew). A first J
    // stays: it is Y in German (Jakow) but Zh in French (Joukov).
    .replace(/([bdklmnprstv])j(?=[aeiou])/g, "$1i")
    .replace(/qu/g, "kv");
  // Another script (Сахалин, 樺太): no romanisation to fold; the word is its own key.
  if (s === "") return normalise(word).replace(/ /g, "");
  s = s
    .replace(/ou/g, "o")
    .replace(/t?sch/g, "sh")
    .replace(/tch/g, "ch")
    .replace(/d?zh/g, "j")
    .replace(/kh/g, "h")
    // A silent h after a vowel: Japanese oh = ō (Tohgoh), and Ukhtomsky = Uhtomsky = Utomsky.
    .replace(/([aeiou])h(?=[^aeiou]|$)/g, "$1")
    // German ch is Russian kh (Blücher/Blyukher), but Japanese chi/cha/cho/chu stay.
    .replace(/([aeiouy])ch(?=e|[^aeiouy]|$)/g, "$1h")
    .replace(/ck/g, "k")
    .replace(/x/g, "ks")
    .replace(/ph/g, "f")
    .replace(/q/g, "k")
    .replace(/w/g, "v")
    .replace(/tz/g, "ts")
    .replace(/c(?!h)/g, "k")
    .replace(/([aeiou])j(?=[^aeiou]|$)/g, "$1i")
    .replace(/y/g, "i")
    .replace(/^ie/, "e")
    .replace(/(?<=.)oe/g, "e");
  // A glide before e is a spelling choice (Andreyev/Andreev, Nikolayevich/Nikolaevich).
  s = s.replace(/([aeo])i(?=e)/g, "$1");
  s = s.replace(/(.)\1+/g, "$1");
  s = s.replace(/([aeiou])f$/, "$1v");
  return s;
}

function isVowel(c: string | undefined): boolean {
  return c !== undefined && VOWEL.test(c);
}

/** Letter pairs that transliterations swap (s/z, f/v, kh/k, h/g): cheaper than an arbitrary consonant change. */
const NEAR = new Set(["sz", "zs", "fv", "vf", "hk", "kh", "hg", "gh"]);

/** Vowels and h (sh/s, kh/k, Ohno/Ono) are the weak letters of a romanisation. */
const weak = (c: string): boolean => isVowel(c) || c === "h";

const indelCost = (c: string): number => (weak(c) ? 0.5 : 1);

/**
 * Weighted Damerau-Levenshtein: vowel edits cost half a consonant edit. `consonantSub` prices
 * swapping one consonant for another: that is how two real names differ (Haraguchi/Hamaguchi),
 * so typo checks on shorter words price it out of reach.
 */
export function weightedDistance(a: string, b: string, consonantSub = 1, vowelSub = 0.5): number {
  const subCost = (x: string, y: string): number => (x === y ? 0 : isVowel(x) && isVowel(y) ? vowelSub : NEAR.has(x + y) ? 0.5 : consonantSub);
  const n = a.length;
  const m = b.length;
  const d: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++) d[i]![0] = d[i - 1]![0]! + indelCost(a[i - 1]!);
  for (let j = 1; j <= m; j++) d[0]![j] = d[0]![j - 1]! + indelCost(b[j - 1]!);
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++) {
      const ca = a[i - 1]!;
      const cb = b[j - 1]!;
      let v = Math.min(d[i - 1]![j]! + indelCost(ca), d[i]![j - 1]! + indelCost(cb), d[i - 1]![j - 1]! + subCost(ca, cb));
      // Two neighbours swapped is one slip of the fingers.
      if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb && ca !== cb) v = Math.min(v, d[i - 2]![j - 2]! + 0.5);
      d[i]![j] = v;
    }
  return d[n]![m]!;
}

/**
 * Typo slack for a word whose key has this length: none up to 4 letters (Tojo/Togo, Oku/Oka are
 * different people), one vowel slip up to 6, one consonant slip (or two vowel slips) up to 9.
 */
export function wordBudget(len: number): number {
  return len <= 4 ? 0 : len <= 6 ? 0.5 : len <= 9 ? 1 : len <= 13 ? 1.5 : 2;
}

/** Consonants only: two spellings with one skeleton differ in vowels alone. */
export function skeleton(key: string): string {
  return key.replace(/[aeiou]/g, "");
}

/**
 * Cost of reading typed word key `a` as target key `t`: 0 when the keys agree, the weighted
 * distance when it is an honest slip, Infinity otherwise. A slip keeps the first letter and
 * the length (give or take one; two for long words) and stays within the budget (`extra` widens it).
 */
export function typoCost(a: string, t: string, extra = 0): number {
  if (a === t) return 0;
  if (a.length === 0 || t.length === 0 || a[0] !== t[0]) return Infinity;
  if (Math.abs(a.length - t.length) > (t.length >= 12 ? 2 : 1)) return Infinity;
  // A final -a on a consonant-final name is another name, not a slip (Zhukov/Zhukova, Ivanov/Ivanova).
  if (a === `${t}a` && !isVowel(t[t.length - 1])) return Infinity;
  const budget = wordBudget(t.length) + extra;
  if (budget <= 0) return Infinity;
  // One consonant for another only in long words, one vowel for another from seven letters
  // (Honda/Handa, Suzuki/Suzaki are two names), or with extra slack, for a known wrong answer.
  const c = weightedDistance(a, t, t.length >= 10 || extra >= 1 ? 1 : 99, t.length >= 7 || extra >= 1 ? 0.5 : 1);
  return c <= budget ? c : Infinity;
}

/**
 * Two spellings of one name word: same key, or (words of seven letters or more) one vowel apart
 * inside the word ("Aleksandr"/"Aleksander"). The last letter is never free: endings carry
 * grammar (Ivanov/Ivanova are two people).
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // Shorter words are too often other names one vowel apart (Suzuki/Suzaki, Honda/Handa).
  if (a.length < 7 || b.length < 7 || a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  if (a.length === b.length) {
    const diff = [...a].map((c, i) => i).filter((i) => a[i] !== b[i]);
    return diff.length === 1 && isVowel(a[diff[0]!]) && isVowel(b[diff[0]!]);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  const i = [...short].findIndex((c, k) => c !== long[k]);
  return i >= 0 && isVowel(long[i]) && long.slice(0, i) + long.slice(i + 1) === short;
}

// ---------- name shape ----------

export interface NameToken {
  /** Transliteration key (for an initial: the letter). */
  key: string;
  /** Normalised word as written. */
  word: string;
  initial: boolean;
  /** Key with ou read as u (French Joukov, Kouropatkine) rather than as Japanese ō (Tougou). */
  alt?: string;
}

export interface NameShape {
  /** Keys of the full words (rank and particles removed). */
  words: string[];
  /** Initial letters given as initials ("M.A." → ["m","a"]). */
  initials: string[];
  /** Words and initials in written order. */
  tokens: NameToken[];
}

const shapes = new Map<string, NameShape>();

/** Parse a raw name ("Vice Admiral M.A. Purkayev" → initials [m,a], words [purkaev]). Memoised. */
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
    .replace(/\([^)]*\)/g, " ")
    .replace(/\./g, ". ")
    .split(/\s+/)
    .filter((p) => normalise(p).length > 0);
  const rankless = stripRankTokens(parts.map((p) => normalise(p)));
  const skip = parts.length - rankless.length;
  const tokens: NameToken[] = [];
  parts.slice(skip).forEach((p) => {
    const n = normalise(p);
    // "M." or "MN" (2–3 capitals) are initials, not words.
    if (/^\p{Lu}\.?$/u.test(p) || /^\p{Lu}{2,3}$/u.test(p) || /^(\p{Lu}\.){2,3}$/u.test(p)) {
      for (const c of n.replace(/ /g, "")) tokens.push({ key: initialKey(c), word: c, initial: true });
    } else {
      // "Kai-shek", "Rimsky-Korsakov": one name word however it is joined.
      const w = n.replace(/ /g, "");
      if (!PARTICLES.has(w)) tokens.push({ key: wordKey(p), word: w, initial: false, alt: wordKey(p.replace(/ou/gi, "u")) });
    }
  });
  // A lone particle is a name ("Van"), not a particle.
  return {
    words: tokens.filter((t) => !t.initial).map((t) => t.key),
    initials: tokens.filter((t) => t.initial).map((t) => t.key),
    tokens,
  };
}

function initialKey(c: string): string {
  return c === "y" ? "i" : c === "w" ? "v" : c === "c" ? "k" : c === "x" ? "k" : c;
}

// ---------- which word is the surname ----------

/**
 * Common European given names (transliteration keys): language data that tells "Alexei
 * Kuropatkin" (given name first) from "Kuroki Tamemoto" (surname first).
 */
const GIVEN = new Set(
  (
    "aleksander aleksandr alexander alexei aleksei alexey anatoly andrei andrey anton arkady boris dmitry dmitri " +
    "evgeny yevgeny fyodor fedor gavriil georgy georgii georgi grigory grigori igor ilya ivan kirill konstantin " +
    "lev leonid maksim maxim matvei mikhail nikolai nikolay oleg oskar oscar pavel peter pyotr petr rodion roman " +
    "semyon sergei sergey stepan timofei vasily vasili viktor vladimir vsevolod yakov yuri zinovy zinovi afanasy " +
    "wilgelm wilhelm wilhelmus karl otto hans friedrich heinrich johann ernst paul john james william george henry " +
    "charles thomas robert richard edward joseph francis louis jean pierre andre michel jacques adolf erich hermann " +
    "gustav hugo max walter emil ludwig nikita valentin vadim vyacheslav yegor egor ignaty innokenty filipp philip " +
    "mark markian mikhailo taras bogdan stanislav jan jozef kazimierz tadeusz wladyslaw"
  )
    .split(" ")
    .map(wordKey),
);
/** Endings of Russian/Slavic surnames (-ov, -ev, -sky, -enko, -ich, and -in on a long word), as keys (-ich keys as -ih). */
const SLAVIC_SURNAME = /(?:ov|ev|ski|enko|uk|ih|ovets|.{5}in)$/;
/** Endings of Japanese surnames (-mura, -yama, -kawa, -hara, -shima, -guchi, -da…; not -moto or -ki, which given names share), as keys. */
const JAPANESE_SURNAME = /(?:mura|iama|kava|gava|hara|bara|shima|jima|oka|zaki|guchi|uchi|kubo|hashi|bashi|mori|da|no)$/;
/** Endings of Japanese male given names (-rō, -suke, -ichi, -zō, -nori…), as keys. */
const JAPANESE_GIVEN = /(?:ro|suke|ichi|kichi|zo|nori|tsura|omi|fumi|hiko)$/;

/**
 * Surname candidates (keys): the last word of a longer name; for two words the one that is not
 * a given name when that can be told (a known given name, a Slavic surname ending, a Japanese
 * given-name ending), else both ends (word order unknown: "Haraguchi Kensai").
 */
export function surnames(name: string): string[] {
  const { words, tokens } = nameShape(name);
  if (words.length <= 1) return words.slice();
  if (words.length > 2 || tokens.some((t) => t.initial)) return [words[words.length - 1] as string];
  const [a, b] = words as [string, string];
  return twoWordSurname(a, b, name);
}

function twoWordSurname(a: string, b: string, raw: string): string[] {
  // "Khorloogiin Choibalsan": a Mongolian patronymic (genitive -iin/-yn) precedes the name people use.
  if (/(?:iin|yn)$/.test(nameShape(raw).tokens[0]?.word ?? "")) return [b];
  const giv = (w: string) => GIVEN.has(w);
  if (giv(a) !== giv(b)) return [giv(a) ? b : a];
  const slav = (w: string) => SLAVIC_SURNAME.test(w) && !GIVEN.has(w);
  if (slav(a) !== slav(b)) return [slav(a) ? a : b];
  const jp = (w: string) => JAPANESE_GIVEN.test(w);
  if (jp(a) !== jp(b)) return [jp(a) ? b : a];
  const jpSur = (w: string) => JAPANESE_SURNAME.test(w);
  if (jpSur(a) !== jpSur(b)) return [jpSur(a) ? a : b];
  return [a, b];
}

// ---------- comparing names ----------

export interface NameMatch {
  /** "full": surname and given names agree; "surname": only a surname was given. */
  level: "full" | "surname";
  /** Summed typo cost (0: every word is a spelling of the name's word). */
  cost: number;
}

/** Cost of reading a typed name word as a target word (0: same word; Infinity: not it). */
export type WordCmp = (typed: NameToken, target: NameToken, isSurname: boolean) => number;

const exactWords: WordCmp = (a, t) => (sameWord(a.key, t.key) || (a.alt !== undefined && a.alt === t.key) ? 0 : Infinity);

/** Do two given-name tokens agree? Word↔word by `cmp`, an initial ↔ a word's first letter, initial ↔ initial. */
function tokenCost(a: NameToken, b: NameToken, cmp: WordCmp): number {
  if (a.initial || b.initial) {
    // An initial may be of the word as written ("Kh.") or as keyed ("H."): either letter counts.
    const la = a.initial ? [a.key] : [a.key[0], initialKey(a.word[0] ?? "")];
    const lb = b.initial ? [b.key] : [b.key[0], initialKey(b.word[0] ?? "")];
    return la.some((x) => lb.includes(x)) ? 0 : Infinity;
  }
  return cmp(a, b, false);
}

/**
 * Cost of aligning given names: the first ones must agree (the given name is what tells two
 * Kuropatkins apart); the rest of the shorter list must appear, in order, in the longer one
 * (a patronymic may be left out). `typed` must fit inside `target` when `oneWay`.
 */
function givenCost(typed: NameToken[], target: NameToken[], cmp: WordCmp, oneWay: boolean): number {
  if (typed.length === 0 || target.length === 0) return typed.length > 0 && oneWay ? Infinity : 0;
  if (!oneWay && typed.length > target.length) return givenCost(target, typed, (x, y, sur) => cmp(y, x, sur), true);
  if (typed.length > target.length) return Infinity;
  let cost = tokenCost(typed[0]!, target[0]!, cmp);
  if (!Number.isFinite(cost)) return Infinity;
  let j = 1;
  for (let i = 1; i < typed.length; i++) {
    let found = Infinity;
    while (j < target.length && !Number.isFinite(found)) found = tokenCost(typed[i]!, target[j++]!, cmp);
    if (!Number.isFinite(found)) return Infinity;
    cost += found;
  }
  return cost;
}

/**
 * Does the typed name denote the target name? Tries each surname of the target against each
 * typed word (word order free), then aligns the remaining given names. null when it does not.
 */
export function matchName(typed: string, target: string, cmp: WordCmp = exactWords, knownSurnames: string[] = []): NameMatch | null {
  const A = nameShape(typed).tokens;
  const T = nameShape(target).tokens;
  if (A.filter((t) => !t.initial).length === 0 || T.length === 0) return null;
  let best: NameMatch | null = null;
  // A surname the person is known by alone elsewhere ("Field Marshal Ōyama") settles the word order.
  const all = surnames(target);
  const known = all.filter((s) => knownSurnames.includes(s));
  for (const s of known.length > 0 ? known : all) {
    const si = T.findIndex((t) => !t.initial && t.key === s);
    const restT = T.filter((_, k) => k !== si);
    const sT = T[si];
    if (!sT) continue;
    A.forEach((a, ai) => {
      if (a.initial) return;
      const c0 = cmp(a, sT, true);
      if (!Number.isFinite(c0)) return;
      const restA = A.filter((_, k) => k !== ai);
      // Given names beyond what the target states ("A.N. Kuropatkin" for "Alexei Kuropatkin") do not contradict it.
      const c1 = givenCost(restA, restT, cmp, false);
      if (!Number.isFinite(c1)) return;
      // Given names checked against a spelling that has none (an alias "General Lyapunov") prove nothing.
      const m: NameMatch = { level: restA.length === 0 || restT.length === 0 ? "surname" : "full", cost: c0 + c1 };
      if (!best || rank(m) < rank(best)) best = m;
    });
  }
  return best;
}

const rank = (m: NameMatch): number => (m.level === "full" ? 0 : 10) + m.cost;

/** Surname keys two names could share, each with the given names left over. */
function splits(name: string): { s: string; rest: NameToken[] }[] {
  const T = nameShape(name).tokens;
  return surnames(name).map((s) => {
    const i = T.findIndex((t) => !t.initial && t.key === s);
    return { s, rest: T.filter((_, k) => k !== i) };
  });
}

/**
 * Could two names denote the same person? Surnames agree (same transliteration key) and the
 * given names are compatible: `M.A. Purkayev` = `Maksim Purkayev`, `Aleksey` = `Alexei
 * Kuropatkin`, a bare surname fits any bearer of it. Different first given names keep two
 * people with one surname apart. Errs on "same" for a bare surname: it keeps aliases out of
 * distractors.
 */
export function samePerson(a: string, b: string): boolean {
  const k = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let v = sameNames.get(k);
  if (v === undefined) {
    if (sameNames.size > 50_000) sameNames.clear();
    v = samePersonRaw(a, b);
    sameNames.set(k, v);
  }
  return v;
}

const sameNames = new Map<string, boolean>();

function samePersonRaw(a: string, b: string): boolean {
  if (nameShape(a).words.length === 0 || nameShape(b).words.length === 0) return false;
  for (const x of splits(a))
    for (const y of splits(b)) if (sameWord(x.s, y.s) && Number.isFinite(givenCost(x.rest, y.rest, exactWords, false))) return true;
  return false;
}

/**
 * Does `a` (shape of an answer or alias) denote `full`? Every full word of `a` spells a word of
 * `full`, each initial of `a` starts a distinct other word of `full`, and at least one word matches.
 */
export function shapeMatches(a: NameShape, full: NameShape): boolean {
  if (a.words.length === 0) return false;
  const left = full.tokens.filter((t) => !t.initial);
  for (const w of a.words) {
    const i = left.findIndex((t) => sameWord(w, t.key));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  for (const c of a.initials) {
    const i = left.findIndex((t) => t.key.startsWith(c) || t.word.startsWith(c));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

export function personNames(p: Person): string[] {
  return [p.name, ...p.aliases];
}

/** Could two people (any of their spellings) be one person? Errs on "same" (see samePerson). */
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
