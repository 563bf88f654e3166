/**
 * Lenient answer checking. Reasons are written for the student.
 *
 * Names (see ./names): case, diacritics, rank, word order, initials and romanisation are free
 * (Tohgoh = Tōgō, Rojestvensky = Rozhestvensky, M.A. Purkayev = Maksim Purkayev); a surname alone
 * counts when no wrong answer shares it. A typo must look like a slip, not like another name: none
 * in words of four letters (Tojo ≠ Tōgō), the first letter kept (Hamada ≠ Yamada), the length
 * kept give or take one (Kimura ≠ Kamimura), consonant swaps only in long words, and never nearer
 * a known wrong answer. A wrong answer that is an accepted person under another spelling never
 * rejects. "check the spelling" only for a vowel slip of the key's own surname.
 * States by meaning (./register): Imperial Japan = Empire of Japan = Japanese victory, Russia ≠
 * Soviet Union. Titles: generic words optional (Operation, Battle, the, of), plural = singular,
 * one geographic noun more or less, another word order, typos word by word, numbers exact.
 */
import { dayIndex, formatPartial, MONTHS, parseDateAnswer, parseDateRangeAnswer, parsePartial, ymdMatches, ymdToString, type Ymd } from "./dates";
import { matchName, nameShape, samePerson, skeleton, surnames, typoCost, weightedDistance, wordBudget, wordKey, type NameToken, type WordCmp } from "./names";
import { parseStates, statesWithin, type StateSet } from "./register";
import { formatInt, formatRange, parseNumberAnswer } from "./numbers";
import { normalise, normaliseTitle } from "./text/normalise";
import type { AcceptedText, Answer, CheckResult, Question, RejectedText, UserAnswer } from "./types";

const ok = (reason: string, matched?: string): CheckResult => ({ correct: true, verdict: "correct", reason, ...(matched ? { matched } : {}) });
const close = (reason: string): CheckResult => ({ correct: false, verdict: "close", reason });
const no = (reason: string): CheckResult => ({ correct: false, verdict: "incorrect", reason });

export function checkAnswer(q: Question, answer: UserAnswer): CheckResult {
  const a = q.answer;
  switch (a.kind) {
    case "choice":
      return checkChoice(q, a.optionId, answer);
    case "boolean":
      return checkBoolean(a.value, answer);
    case "order":
      return checkOrder(q, a.optionIds, answer);
    case "match":
      return checkMatch(a.pairs, answer);
    case "text":
      return typeof answer === "string" ? checkText(answer, a.accepted, a.rejected) : no("not accepted: expected a typed answer");
    case "number":
      return typeof answer === "string" ? checkNumber(answer, a) : no("not accepted: expected a number");
    case "date":
      return typeof answer === "string" ? checkDate(answer, a) : no("not accepted: expected a date");
  }
}

function checkChoice(q: Question, key: string, answer: UserAnswer): CheckResult {
  if (typeof answer !== "string") return no("not accepted: expected one option");
  const opts = q.options ?? [];
  const byId = opts.find((o) => o.id === answer) ?? opts.find((o) => normalise(o.text) === normalise(answer));
  if (!byId) return no("not accepted: not one of the options");
  const keyText = opts.find((o) => o.id === key)?.text ?? "";
  return byId.id === key ? ok(`accepted: ${keyText}`, keyText) : no(`not accepted: the answer is ${keyText}`);
}

function checkBoolean(value: boolean, answer: UserAnswer): CheckResult {
  let b: boolean | null = null;
  if (typeof answer === "boolean") b = answer;
  else if (typeof answer === "string") {
    const n = normalise(answer);
    if (["true", "t", "yes", "y"].includes(n)) b = true;
    if (["false", "f", "no", "n"].includes(n)) b = false;
  }
  if (b === null) return no("not accepted: answer true or false");
  return b === value ? ok(`accepted: the statement is ${value ? "true" : "false"}`) : no(`not accepted: the statement is ${value ? "true" : "false"}`);
}

function checkOrder(q: Question, ids: string[], answer: UserAnswer): CheckResult {
  if (!Array.isArray(answer)) return no("not accepted: expected an order of items");
  const opts = q.options ?? [];
  const got = answer.map((x) => opts.find((o) => o.id === x)?.id ?? opts.find((o) => normalise(o.text) === normalise(x))?.id ?? "?");
  if (got.length === ids.length && got.every((x, i) => x === ids[i])) return ok("accepted: correct order");
  const right = got.filter((x, i) => x === ids[i]).length;
  // One swapped neighbour pair is a near miss.
  if (got.length === ids.length && right === ids.length - 2) {
    const i = got.findIndex((x, k) => x !== ids[k]);
    if (got[i] === ids[i + 1] && got[i + 1] === ids[i]) return close(`close: items ${i + 1} and ${i + 2} are swapped`);
  }
  return no(`not accepted: ${right} of ${ids.length} in the right place`);
}

function checkMatch(pairs: Record<string, string>, answer: UserAnswer): CheckResult {
  if (typeof answer !== "object" || answer === null || Array.isArray(answer)) return no("not accepted: expected pairs");
  const keys = Object.keys(pairs);
  const right = keys.filter((k) => (answer as Record<string, string>)[k] === pairs[k]).length;
  if (right === keys.length) return ok("accepted: all pairs match");
  return right * 2 >= keys.length ? close(`close: ${right} of ${keys.length} pairs match`) : no(`not accepted: ${right} of ${keys.length} pairs match`);
}

// ---------- text ----------

const ERA = /\b(?:a\.?\s?d\.?|c\.?\s?e\.?)(?=\s|$)/gi;

/** Words a title may carry or drop without naming something else ("Operation August Storm" = "August Storm"). */
const OPTIONAL = new Set(["the", "of", "a", "an", "battle", "war", "operation", "island", "incident", "and"]);

/** Plural and singular are one word ("Kurils" = "Kuril"); short words and -ss/-us/-is endings stay. */
function singular(w: string): string {
  return w.length > 4 && /[^su]s$/.test(w) && !/is$/.test(w) ? w.slice(0, -1) : w;
}

const titleCache = new Map<string, string[]>();

/** Comparable words of a title: normalised, generic words dropped, singular, transliteration-folded. */
function titleWords(text: string): string[] {
  let v = titleCache.get(text);
  if (v === undefined) {
    if (titleCache.size > 20_000) titleCache.clear();
    // Years are compared apart (see checkTitle): "Sakhalin 1905" = "Sakhalin (1905)".
    const toks = normaliseTitle(text.replace(/&/g, " and ")).split(" ").filter((w) => w.length > 0);
    // "1904–05": the short year after a year goes with it.
    const all = toks.filter((w, i) => !/^\d{4}$/.test(w) && !(/^\d{2}$/.test(w) && /^\d{4}$/.test(toks[i - 1] ?? "")));
    const core = all.filter((w) => !OPTIONAL.has(w) && !OPTIONAL.has(singular(w)));
    v = (core.length > 0 ? core : all).map((w) => (/\d/.test(w) ? w : wordKey(w)));
    titleCache.set(text, v);
  }
  return v;
}

/** Geographic nouns a name may carry or drop on one side ("Yalu" = "Yalu River", "Tsushima Strait" = "Tsushima"), as keys. */
const GEO = new Set(["river", "strait", "bay", "sea", "gulf", "lake", "peninsula", "hill", "hills", "mountain", "mount", "islands"].map(wordKey));

/** Typo cost of reading one title as another, word by word (numbers exact); Infinity when it is not a slip. */
function titleCost(a: string[], t: string[], extra = 0): number {
  if (a.join("") === t.join("") || a.map(singular).join("") === t.map(singular).join("")) return 0;
  if (Math.abs(a.length - t.length) === 1) {
    // One geographic noun more or less, the rest word for word.
    const [long, short] = a.length > t.length ? [a, t] : [t, a];
    const i = long.findIndex((w) => GEO.has(w));
    if (short.length > 0 && i >= 0 && long.filter((_, k) => k !== i).join(" ") === short.join(" ")) return 0.25;
    // "Soviet invasion of Manchuria" = "invasion of Manchuria": the attacker's adjective may go unsaid.
    // Not when what is left is itself a state or a bare word ("Japanese" is not the Soviet–Japanese War).
    if (t.length === a.length + 1 && a.length >= 2 && !parseStates(a[0]!) && parseStates(t[0]!) && t.slice(1).join(" ") === a.join(" ")) return 0.25;
    return Infinity;
  }
  if (a.length !== t.length) return Infinity;
  // "Kuril Islands invasion" = "invasion of the Kuril Islands": the same words in another order.
  if ([...a].sort().join(" ") === [...t].sort().join(" ")) return 0.25;
  let cost = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = t[i]!;
    if (x === y || singular(x) === singular(y)) continue;
    if (/\d/.test(x) || /\d/.test(y)) return Infinity;
    cost += typoCost(x, y, extra);
    if (!Number.isFinite(cost)) return Infinity;
  }
  return cost;
}

/** Is the typed word an honest misspelling of the target, only vowels astray (worth "check the spelling")? */
function nearMiss(a: string, t: string): boolean {
  if (t.length < 6 || a === t || a[0] !== t[0] || Math.abs(a.length - t.length) > 1) return false;
  if (a === `${t}a`) return false;
  // One vowel slip beyond what a typo may take: further off (Kanda for Kondo) it may be another name.
  return skeleton(a) === skeleton(t) && weightedDistance(a, t) <= wordBudget(t.length) + 0.5;
}

/** A slip of the pen on the word as written or as keyed, whichever is nearer. */
const slip = (a: NameToken, t: NameToken, extra: number): number =>
  Math.min(typoCost(a.key, t.key, extra), typoCost(a.word, t.word, extra), a.alt ? typoCost(a.alt, t.key, extra) : Infinity);
/** Typo reading of a typed name word; given names get a little more slack than surnames. */
const typoWords: WordCmp = (a, t, isSurname) => slip(a, t, isSurname ? 0 : 0.5);
/** Looser reading, for known wrong answers: a slip toward one of them is never a typo of the key. */
const nearWords: WordCmp = (a, t) => slip(a, t, 1);

interface Hit {
  display: string;
  level: "full" | "surname";
  cost: number;
}

function bestHit(raw: string, names: string[], display: string, cmp?: WordCmp): Hit | null {
  let best: Hit | null = null;
  // Typed given names are checked against the spellings that have some: a bare alias cannot vouch for them.
  const typedGiven = nameShape(raw).tokens.length > 1;
  const full = names.filter((v) => !bare(v));
  const bareSurnames = names.filter(bare).flatMap((v) => nameShape(v).words);
  for (const v of typedGiven && full.length > 0 ? full : names) {
    const m = matchName(raw, v, cmp, bareSurnames);
    if (m && (!best || (m.level === "full" ? 0 : 10) + m.cost < (best.level === "full" ? 0 : 10) + best.cost)) best = { display, ...m };
  }
  return best;
}

export function checkText(raw: string, accepted: AcceptedText[], rejected: RejectedText[]): CheckResult {
  if (normaliseTitle(raw) === "") return no("not accepted: no answer given");
  const isPerson = accepted.some((a) => a.person);
  if (isPerson) return checkPerson(raw, accepted, rejected);
  return checkTitle(raw, accepted, rejected);
}

/**
 * Names: word order, rank, initials and transliteration free; a surname alone when no wrong
 * answer shares it; a typo only when it is an honest slip that comes no nearer to a wrong answer.
 */
function checkPerson(raw: string, accepted: AcceptedText[], rejectedAll: RejectedText[]): CheckResult {
  // A "wrong" name that is one of the accepted people under another spelling never rejects.
  const rejected = rejectedAll.filter((r) => !accepted.some((a) => a.person && a.variants.some((v) => samePerson(v, r.text) && !bare(r.text))));
  const personal = accepted.filter((a) => a.person);

  // 1. Spellings of the name (no typo).
  const hitsA = personal.map((a) => bestHit(raw, a.variants, a.display)).filter((h): h is Hit => h !== null);
  const hitsR = rejected.map((r) => ({ r, h: bestHit(raw, [r.text], r.text) })).filter((x) => x.h !== null);
  const fullA = hitsA.find((h) => h.level === "full");
  if (fullA) return ok(`accepted${respelt(raw, accepted)}: matches ${fullA.display}`, fullA.display);
  const fullR = hitsR.find((x) => x.h!.level === "full");
  if (fullR) return no(`not accepted: ${fullR.r.reason}`);
  if (hitsA.length > 0) {
    if (hitsR.length === 0) return ok(`accepted${respelt(raw, accepted)}: matches ${hitsA[0]!.display}`, hitsA[0]!.display);
    return close("ambiguous: that name fits more than one person here — give the full name");
  }
  if (hitsR.length > 0) return no(`not accepted: ${hitsR[0]!.r.reason}`);
  // Words run together or split ("Pu Yi" = "Puyi").
  const runTogether = (x: string): string => nameShape(x).tokens.map((t) => t.key).join("");
  const joined = runTogether(raw);
  const run = personal.find((a) => a.variants.some((v) => runTogether(v) === joined));
  if (run && !rejected.some((r) => runTogether(r.text) === joined)) return ok(`accepted: matches ${run.display}`, run.display);
  // A plain (non-name) variant, typed exactly.
  const plain = accepted.find((a) => !a.person && a.variants.some((v) => normaliseTitle(v) === normaliseTitle(raw)));
  if (plain) return ok(`accepted: matches ${plain.display}`, plain.display);

  // 2. Typos, never toward a wrong answer.
  const typoA = personal
    .map((a) => bestHit(raw, a.variants, a.display, typoWords))
    .filter((h): h is Hit => h !== null)
    .sort((x, y) => x.cost - y.cost);
  const nearR = rejected
    .map((r) => ({ r, h: bestHit(raw, [r.text], r.text, nearWords) }))
    .filter((x) => x.h !== null)
    .sort((x, y) => x.h!.cost - y.h!.cost);
  const a = typoA[0];
  const r = nearR[0];
  if (a) {
    if (r && r.h!.cost <= a.cost + 0.5) return no(`not accepted: ${r.r.reason}`);
    // Near two right answers at once is still a right answer.
    return ok(`accepted with a typo: matches ${a.display}`, a.display);
  }
  if (r) return no(`not accepted: ${r.r.reason}`);

  // 3. A misspelling of the key's surname (vowels only) is worth a hint; a given name alone is not a name.
  const typed = nameShape(raw).tokens.filter((t) => !t.initial);
  for (const p of personal)
    for (const v of p.variants) {
      const sur = surnames(v);
      if (typed.length === 1 && sur.some((s) => nearMiss(typed[0]!.key, s))) return close("close: check the spelling");
      if (typed.length > 0 && typed.every((t) => nameShape(v).words.includes(t.key) && !sur.includes(t.key))) return no("not accepted: give the surname too");
    }
  return no("not accepted: no match");
}

/** " as another spelling" when no accepted spelling has the typed words as written (Lyapunoff, Rojestvensky). */
function respelt(raw: string, accepted: AcceptedText[]): string {
  const typed = nameShape(raw).tokens.filter((t) => !t.initial).map((t) => t.word);
  const written = new Set(accepted.flatMap((a) => a.variants.flatMap((v) => nameShape(v).tokens.map((t) => t.word))));
  return typed.every((w) => written.has(w)) ? "" : " as another spelling";
}

function bare(name: string): boolean {
  const t = nameShape(name).tokens;
  return t.length === 1;
}

/** Titles, places and states: generic words optional, states by meaning, typos word by word. */
function checkTitle(raw: string, acceptedAll: AcceptedText[], rejectedAll: RejectedText[]): CheckResult {
  const n = normaliseTitle(raw);
  // A year typed must be the year of the title ("Sakhalin (1945)" is not "Sakhalin (1905)").
  const typedYears: string[] = raw.match(/\b\d{4}\b/g) ?? [];
  const fits = (v: string): boolean => {
    const ys: string[] = v.match(/\b\d{4}\b/g) ?? [];
    return ys.length === 0 || typedYears.every((y) => ys.includes(y));
  };
  const accepted = acceptedAll.map((a) => ({ ...a, variants: a.variants.filter(fits) }));
  const rejected = rejectedAll.filter((r) => fits(r.text));
  for (const a of accepted) if (a.variants.some((v) => normaliseTitle(v) === n)) return ok(`accepted: matches ${a.display}`, a.display);
  for (const r of rejected) if (normaliseTitle(r.text) === n) return no(`not accepted: ${r.reason}`);

  // States by meaning: "Imperial Japan" = "Empire of Japan", "Japanese victory" = Japan, never Russia for Japan.
  const typedStates = parseStates(raw);
  const acceptedStates = accepted.map((a) => ({ a, s: a.variants.map(parseStates).filter((x): x is StateSet => x !== null) }));
  if (typedStates && acceptedStates.some((x) => x.s.length > 0)) {
    const all = acceptedStates.flatMap((x) => x.s);
    if (statesWithin(typedStates, all)) {
      const a = acceptedStates.find((x) => x.s.some((s) => [...typedStates.keys()].some((k) => s.has(k))))?.a ?? acceptedAll[0]!;
      return ok(`accepted: matches ${a.display}`, a.display);
    }
    const r = rejected.find((x) => {
      const s = parseStates(x.text);
      return s && [...typedStates.keys()].some((k) => s.has(k));
    });
    return no(r ? `not accepted: ${r.reason}` : "not accepted: that side is not the answer");
  }

  // Titles word by word: generic words optional, then honest slips.
  const words = titleWords(raw);
  let bestA: { cost: number; display: string } | null = null;
  for (const a of accepted)
    for (const v of a.variants) {
      // A title cut down to one word ("Manchurian Operation" → manchurian) takes no typo: Manchuria is a place.
      const t = titleWords(v);
      const cut = t.length === 1 && normaliseTitle(v).split(" ").length > 1;
      const c = titleCost(words, t, cut ? -10 : 0);
      if (Number.isFinite(c) && (!bestA || c < bestA.cost)) bestA = { cost: c, display: a.display };
    }
  let bestR: { cost: number; reason: string } | null = null;
  for (const r of rejected) {
    const c = titleCost(words, titleWords(r.text), 0.5);
    if (Number.isFinite(c) && (!bestR || c < bestR.cost)) bestR = { cost: c, reason: r.reason };
  }
  if (bestA) {
    // As near a wrong answer as the key ("invasion of Manchuria": Soviet, or Japanese?) proves nothing.
    if (bestR && bestR.cost === bestA.cost && bestA.cost > 0) return close("ambiguous: that fits more than one answer here — give the full name");
    if (bestR && bestR.cost <= bestA.cost) return no(`not accepted: ${bestR.reason}`);
    // Below half a slip the difference is one of form (word order, a dropped noun), not spelling.
    return bestA.cost < 0.5 ? ok(`accepted: matches ${bestA.display}`, bestA.display) : ok(`accepted with a typo: matches ${bestA.display}`, bestA.display);
  }
  if (bestR) return no(`not accepted: ${bestR.reason}`);
  for (const a of accepted)
    for (const v of a.variants) {
      const t = titleWords(v);
      if (t.length === words.length && t.every((w, i) => w === words[i] || nearMiss(words[i]!, w)) && t.some((w, i) => w !== words[i])) return close("close: check the spelling");
    }
  return no("not accepted: no match");
}

// ---------- numbers ----------

/** Sentence punctuation and "between X and Y" carry no figure. */
function tidyNumber(raw: string): string {
  return raw
    .trim()
    .replace(/[.!?]+$/, "")
    .replace(/^between\s+(.+?)\s+and\s+(.+)$/i, "$1-$2");
}

export function checkNumber(typed: string, a: Extract<Answer, { kind: "number" }>): CheckResult {
  const raw = tidyNumber(typed);
  const got = parseNumberAnswer(raw);
  if (!got) return no("not accepted: not a number");
  const lo = a.min - a.tolerance;
  const hi = a.max + a.tolerance;
  const shown = got.min === got.max ? formatInt(got.min) : formatRange(got);
  if (got.min >= lo && got.max <= hi) {
    if (a.min === a.max && got.min === a.min && got.max === a.max) return ok(`accepted: ${a.display}`, a.display);
    if (a.min < a.max && got.min >= a.min && got.max <= a.max) return ok(`accepted: ${shown} is within ${a.display}`, a.display);
    return ok(`accepted: ${shown} is close enough to ${a.display}`, a.display);
  }
  const rej = a.rejected.find((r) => got.min === r.value && got.max === r.value);
  if (rej) return no(`not accepted: ${rej.reason}`);
  // Within 10% beyond the accepted band: a near miss.
  const span = Math.max(1, a.max * 0.1);
  if (got.max >= lo - span && got.min <= hi + span) return close(`close: ${shown} is near, but not the figure the source gives`);
  return no(`not accepted: ${shown} is not the figure the source gives`);
}

// ---------- dates ----------

function withYear(x: Ymd, year: string | null): Ymd {
  return Number.isNaN(x.y) && year ? { ...x, y: Number(year) } : x;
}

const MONTH_KEYS = MONTHS.map((m) => ({ m, k: wordKey(m) }));

/** The month a word misspells, or the word: the same slips a name may take (first letter kept). */
function monthSpelling(w: string): string {
  const k = wordKey(w);
  if (MONTH_KEYS.some((x) => x.k === k || x.k.startsWith(k))) return w;
  const hit = MONTH_KEYS.find((x) => Number.isFinite(typoCost(k, x.k)));
  return hit ? hit.m : w;
}

/** "1905 AD", "AD 1905", "1905 CE", "the year 1905": the era and the word "year" carry no date. */
function withoutEra(raw: string): string {
  return raw
    .trim()
    .replace(/[.!?]+$/, "")
    .replace(ERA, " ")
    // "8 to 9 February 1904" is "8–9 February 1904"; "05/1905" is May 1905.
    .replace(/^(\d{1,2})\s+(?:to|until|and|through)\s+(\d{1,2})\s+(?=\p{L})/iu, "$1-$2 ")
    .replace(/^(\d{1,2})\s*[/.-]\s*(\d{4})$/, (m, mo: string, y: string) => (Number(mo) >= 1 && Number(mo) <= 12 ? `${MONTHS[Number(mo) - 1]} ${y}` : m))
    // A misspelt month is still the month ("Febuary", "Feburary", "Setpember").
    .replace(/\p{L}{4,}/gu, (w) => monthSpelling(w))
    .replace(/\b(?:the\s+)?year\b/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function checkDate(rawTyped: string, a: Extract<Answer, { kind: "date" }>): CheckResult {
  if (/\b(?:b\.?\s?c\.?(?:e\.?)?)(?=\s|$)/i.test(rawTyped)) return no(`not accepted: that is a year before the common era; it was ${a.display}`);
  const raw = withoutEra(rawTyped);
  const isRange = a.start !== a.end;
  const key = { start: a.start, end: a.end };
  if (isRange) {
    const r = parseDateRangeAnswer(raw);
    if (r) {
      const s = r.start.map((x) => withYear(x, a.impliedYear));
      const e = r.end.map((x) => withYear(x, a.impliedYear));
      if (s.some((x) => ymdMatches(x, key.start)) && e.some((x) => ymdMatches(x, key.end))) return ok(`accepted: ${a.display}`, a.display);
      return no(`not accepted: it was ${a.display}`);
    }
  }
  const readings = parseDateAnswer(raw).map((x) => withYear(x, a.impliedYear));
  if (readings.length === 0) return no("not accepted: not a date (try 7 July 1905)");
  if (readings.some((x) => Number.isNaN(x.y))) return close("close: add the year");
  if (!isRange) {
    const hit = readings.find((x) => ymdMatches(x, key.start));
    if (hit) return ok(`accepted: ${a.display}`, a.display);
    // More precise than the key but inside it ("7 July 1905" for "July 1905").
    const inside = readings.find((x) => {
      const p = parsePartial(key.start);
      return p && x.y === p.y && (p.m === null || x.m === p.m) && (p.d === null || x.d === p.d);
    });
    if (inside) return ok(`accepted: ${ymdToString(inside)} is within ${a.display}`, a.display);
    const yearOnly = readings.find((x) => x.m === null && String(x.y) === key.start.slice(0, 4));
    if (yearOnly) return close(`close: right year; the source gives ${a.precision === "day" ? "the day" : "the month"}`);
    return no(`not accepted: it was ${a.display}`);
  }
  // A single date for a range: year-only accepted when the range is year-precision within one year.
  const one = readings[0]!;
  if (a.precision === "year" && one.m === null && a.start.slice(0, 4) === a.end.slice(0, 4) && String(one.y) === a.start.slice(0, 4))
    return ok(`accepted: ${a.display}`, a.display);
  const asPartial = (x: Ymd): string => `${x.y}${x.m ? "-" + String(x.m).padStart(2, "0") : ""}${x.m && x.d ? "-" + String(x.d).padStart(2, "0") : ""}`;
  const inRange = readings.some((x) => dayIndex(asPartial(x)) >= dayIndex(a.start) && dayIndex(asPartial(x), true) <= dayIndex(a.end, true));
  if (inRange) return close(`close: that falls within ${a.display}; give the start and end`);
  return no(`not accepted: it was ${a.display} (not ${readings.map(ymdToString).join(" or ")})`);
}

export { formatPartial };
