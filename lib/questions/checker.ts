/**
 * Lenient answer checking. Typed answers ignore case, punctuation, diacritics, name word order and
 * ranks; typos are tolerated in proportion to length, but never toward another valid answer or a
 * known distractor. Reasons are written for the student.
 */
import { distance } from "fastest-levenshtein";
import { dayIndex, formatPartial, parseDateAnswer, parseDateRangeAnswer, parsePartial, ymdMatches, ymdToString, type Ymd } from "./dates";
import { nameShape, shapeMatches, stripRankTokens, surnames, type NameShape } from "./names";
import { formatInt, formatRange, parseNumberAnswer } from "./numbers";
import { normalise, normaliseTitle } from "./text/normalise";
import type { AcceptedText, Answer, CheckResult, Question, RejectedText, UserAnswer } from "./types";

const ok = (reason: string, matched?: string): CheckResult => ({ correct: true, verdict: "correct", reason, ...(matched ? { matched } : {}) });
const close = (reason: string): CheckResult => ({ correct: false, verdict: "close", reason });
const no = (reason: string): CheckResult => ({ correct: false, verdict: "incorrect", reason });

/** Typos allowed for a target of this length: none for short words, then one per ~6 letters. */
export function typoBudget(len: number): number {
  return len < 4 ? 0 : len < 8 ? 1 : len < 14 ? 2 : 3;
}

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

/** Comparable forms of a name or title: as written, sorted words, rank removed, generic words dropped. */
const formsCache = new Map<string, string[]>();

function formsOf(text: string, person: boolean): string[] {
  const k = (person ? "p|" : "t|") + text;
  let v = formsCache.get(k);
  if (v === undefined) {
    if (formsCache.size > 20_000) formsCache.clear();
    v = formsOfRaw(text, person);
    formsCache.set(k, v);
  }
  // Callers may push onto the list: hand out a copy.
  return v.slice();
}

function formsOfRaw(text: string, person: boolean): string[] {
  const n = normaliseTitle(text);
  const out = new Set<string>([n]);
  const words = person ? stripRankTokens(n.split(" ")) : n.split(" ");
  out.add(words.join(" "));
  out.add([...words].sort().join(" "));
  if (!person) {
    const core = words.filter((w) => !["the", "war", "battle", "of"].includes(w));
    if (core.length > 0) out.add(core.join(" "));
  }
  return [...out].filter((x) => x.length > 0);
}

function answerForms(ans: string): string[] {
  const n = normaliseTitle(ans);
  const words = stripRankTokens(n.split(" "));
  const core = words.filter((w) => !["the", "war", "battle", "of"].includes(w));
  return [...new Set([n, words.join(" "), [...words].sort().join(" "), core.join(" ")])].filter((x) => x.length > 0);
}

/** Does the answer name this person (word order, rank, initials, surname alone)? "full" if every word given. */
function personMatch(ans: NameShape, name: string): "full" | "partial" | null {
  const full = nameShape(name);
  if (!shapeMatches(ans, full)) return null;
  if (ans.words.length + ans.initials.length === full.words.length + full.initials.length) return "full";
  const sur = new Set(surnames(name));
  return ans.words.some((w) => sur.has(w)) ? "partial" : null;
}

export function checkText(raw: string, accepted: AcceptedText[], rejected: RejectedText[]): CheckResult {
  const ansForms = answerForms(raw);
  if (ansForms.length === 0) return no("not accepted: no answer given");
  const isPerson = accepted.some((a) => a.person);

  // 1. Exact (normalised) matches.
  for (const a of accepted)
    for (const v of a.variants) {
      const vf = formsOf(v, !!a.person);
      if (ansForms.some((f) => vf.includes(f))) return ok(`accepted: matches ${a.display}`, a.display);
    }
  for (const r of rejected) {
    const rf = formsOf(r.text, isPerson);
    if (ansForms.some((f) => rf.includes(f))) return no(`not accepted: ${r.reason}`);
  }

  // 2. Names: word order, rank, initials, surname alone when unambiguous in the question's context.
  if (isPerson) {
    const shape = nameShape(raw);
    const hitsA: { a: AcceptedText; kind: "full" | "partial" }[] = [];
    for (const a of accepted) {
      let best: "full" | "partial" | null = null;
      for (const v of a.variants) {
        const m = personMatch(shape, v);
        if (m === "full" || (m === "partial" && best === null)) best = m;
      }
      if (best) hitsA.push({ a, kind: best });
    }
    const hitsR = rejected.filter((r) => personMatch(shape, r.text) !== null);
    const fullA = hitsA.find((h) => h.kind === "full");
    if (fullA) return ok(`accepted: matches ${fullA.a.display}`, fullA.a.display);
    const people = new Set(hitsA.map((h) => h.a.display));
    if (hitsA.length > 0 && hitsR.length === 0 && people.size === 1) {
      const d = hitsA[0]!.a.display;
      return ok(`accepted: matches ${d}`, d);
    }
    if (hitsA.length > 0) return close(`ambiguous: that name fits more than one person here — give the full name`);
    if (hitsR.length > 0) return no(`not accepted: ${hitsR[0]!.reason}`);
  }

  // 3. Typos, never toward a rejected spelling.
  let bestA: { d: number; budget: number; display: string } | null = null;
  for (const a of accepted) {
    const targets = a.variants.flatMap((v) => formsOf(v, !!a.person));
    // A surname target only stands for a one-word answer ("Lyapunoff"), not "K. Purkayev".
    if (a.person && ansForms.every((f) => !f.includes(" "))) for (const s of a.person.surnames) targets.push(normalise(s));
    for (const t of targets)
      for (const f of ansForms) {
        const d = distance(f, t);
        const budget = typoBudget(t.length);
        if (!bestA || d - budget < bestA.d - bestA.budget) bestA = { d, budget, display: a.display };
      }
  }
  let bestR: { d: number; reason: string } | null = null;
  for (const r of rejected) {
    const targets = formsOf(r.text, isPerson);
    if (isPerson) for (const s of surnames(r.text)) targets.push(s);
    for (const t of targets)
      for (const f of ansForms) {
        const d = distance(f, t);
        if (!bestR || d < bestR.d) bestR = { d, reason: r.reason };
      }
  }
  if (bestA && bestA.d <= bestA.budget) {
    if (bestR && bestR.d <= bestA.d) return no(`not accepted: ${bestR.reason}`);
    return ok(`accepted with a typo: matches ${bestA.display}`, bestA.display);
  }
  if (bestR && bestR.d <= typoBudget(ansForms[0]!.length)) return no(`not accepted: ${bestR.reason}`);
  if (bestA && bestA.d <= bestA.budget * 2 + 1 && bestA.budget > 0) return close("close: check the spelling");
  return no("not accepted: no match");
}

// ---------- numbers ----------

export function checkNumber(raw: string, a: Extract<Answer, { kind: "number" }>): CheckResult {
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

export function checkDate(raw: string, a: Extract<Answer, { kind: "date" }>): CheckResult {
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
