/**
 * A test-wise student who knows no history must not beat chance. Each strategy below is what such a student
 * does with the wording and the shape of the options; over every generated question where a strategy has a
 * basis to choose, its win rate must stay within chance + 10 percentage points.
 *
 * A strategy returns the options it would pick among (null: no basis to choose); it is credited 1/|picks|
 * when the key is among them, and chance is 1/|options| on the same questions.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { BattleEvent } from "../../../lib/facts/types";
import { generateQuestions, type Option, type Question } from "../../../lib/questions";
import { parseDateAnswer, parseDateRangeAnswer, type Ymd } from "../../../lib/questions/dates";
import { demonym, sideLabels } from "../../../lib/questions/labels";
import { samePerson } from "../../../lib/questions/names";
import { parseNumberAnswer } from "../../../lib/questions/numbers";
import { periodOf, spansMeet, statesIn } from "../../../lib/questions/states";
import { normalise } from "../../../lib/questions/text/normalise";
import { fixtureCorpus, hasParser, realCorpus } from "./corpus";

const MARGIN = 0.1;

interface Ctx {
  events: BattleEvent[];
  /** Every commander name with the adjective of the main belligerent of their side. */
  people: { name: string; nat: string }[];
}

type Strategy = (q: Question, options: Option[], ctx: Ctx) => Option[] | null;

function choiceOptions(q: Question): Option[] | null {
  return q.format === "choice" && q.options && q.options.length >= 2 ? q.options : null;
}

function keyId(q: Question): string | null {
  return q.answer.kind === "choice" ? q.answer.optionId : null;
}

/** A proper, non-empty subset: the strategy has something to go on. */
function subset(picks: Option[], all: Option[]): Option[] | null {
  return picks.length > 0 && picks.length < all.length ? picks : null;
}

/** The options with the best score (scores within 1e-9 of it tie: float noise is no basis to choose). */
function maxBy(opts: Option[], score: (o: Option) => number): Option[] {
  const s = opts.map(score);
  const m = Math.max(...s);
  return opts.filter((_, i) => s[i]! >= m - 1e-9 * Math.max(1, Math.abs(m)));
}

// ---------- numbers ----------

function numbersOf(opts: Option[]): number[] | null {
  const out: number[] = [];
  for (const o of opts) {
    if (!/^[\d,.\s–-]+$/.test(o.text)) return null;
    const r = parseNumberAnswer(o.text.replace("–", "-"));
    if (!r) return null;
    out.push((r.min + r.max) / 2);
  }
  return out;
}

/** Ratios a generator of "plausible" figures reaches for, as fractions p/q (complexity p + q). */
const SIMPLE: [number, number][] = [[1, 5], [1, 4], [3, 10], [1, 3], [2, 5], [1, 2], [3, 5], [2, 3], [7, 10], [3, 4], [4, 5], [6, 5], [5, 4], [4, 3], [3, 2], [5, 3], [2, 1], [5, 2], [3, 1], [4, 1], [5, 1]];

/** Complexity of y/x as a simple fraction, or null when it is not one (within 2%). */
function simpleRatio(y: number, x: number): number | null {
  let best: number | null = null;
  for (const [p, q] of SIMPLE) if (Math.abs(y / x - p / q) / (p / q) < 0.02 && (best === null || p + q < best)) best = p + q;
  return best;
}

/**
 * The option the others are simple multiples of (½×, 2×, 1.5×…): the base of the simplest ratios.
 * Only for figures of 20 and more: among 2, 3, 4 and 5 every ratio is "simple" and nothing is derived.
 */
const ratioSource: Strategy = (_q, opts) => {
  const xs = numbersOf(opts);
  if (!xs || xs.some((x) => x < 20)) return null;
  const score = (i: number): number | null => {
    const rs = xs.filter((_, j) => j !== i).map((y) => simpleRatio(y, xs[i]!));
    const hits = rs.filter((r): r is number => r !== null);
    return hits.length >= 2 ? hits.length * 100 - hits.reduce((a, b) => a + b, 0) : null;
  };
  const scored = opts.filter((_, i) => score(i) !== null);
  if (scored.length === 0) return null;
  return subset(maxBy(scored, (o) => score(opts.indexOf(o))!), opts);
};

/** The option nearest the (geometric) middle of the others: perturbations spread around the key. */
const centre: Strategy = (_q, opts) => {
  const xs = numbersOf(opts);
  if (!xs || xs.some((x) => x <= 0)) return null;
  const cost = (i: number): number => xs.reduce((s, y) => s + Math.abs(Math.log(y / xs[i]!)), 0);
  return subset(maxBy(opts, (o) => -cost(opts.indexOf(o))), opts);
};

/** Arithmetic spread: equal gaps around the key. */
const arithmeticCentre: Strategy = (_q, opts) => {
  const xs = numbersOf(opts);
  if (!xs) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const gaps = sorted.slice(1).map((x, i) => x - sorted[i]!);
  const g = gaps[0]!;
  if (g <= 0 || !gaps.every((x) => Math.abs(x - g) / g < 0.05)) return null;
  const mid = sorted.length % 2 === 1 ? [sorted[(sorted.length - 1) / 2]!] : [sorted[sorted.length / 2 - 1]!, sorted[sorted.length / 2]!];
  return subset(opts.filter((_, i) => mid.includes(xs[i]!)), opts);
};

/** Figures of a prompt, as written ("75,504", "3 270"). */
function promptFigures(prompt: string): number[] {
  return [...prompt.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, ""))).filter((x) => Number.isFinite(x));
}

/** The option the prompt's other figures add up to, or leave over ("75,504 (____ killed and 59,612 wounded)"). */
const arithmetic: Strategy = (q, opts) => {
  const xs = numbersOf(opts);
  if (!xs) return null;
  const fs = promptFigures(q.prompt).filter((x) => x >= 10 && !(x >= 1500 && x <= 2100));
  if (fs.length < 2) return null;
  const hit = (v: number): boolean => {
    const near = (a: number): boolean => Math.abs(a - v) <= Math.max(1, v * 0.001);
    for (const a of fs)
      for (const b of fs) {
        if (a === b) continue;
        if (near(a + b) || near(a - b)) return true;
        for (const c of fs) if (c !== a && c !== b && (near(a + b + c) || near(a - b - c))) return true;
      }
    return false;
  };
  return subset(opts.filter((_, i) => hit(xs[i]!)), opts);
};

function trailingZeros(n: number): number {
  let k = 0;
  let x = Math.round(n);
  while (x !== 0 && x % 10 === 0 && k < 6) {
    x /= 10;
    k++;
  }
  return k;
}

/** The only round (or the only unround) figure. */
const roundness: Strategy = (_q, opts) => {
  const xs = numbersOf(opts);
  if (!xs) return null;
  const cls = opts.map((o) => {
    const r = parseNumberAnswer(o.text.replace("–", "-"))!;
    return Math.min(2, trailingZeros(r.min));
  });
  const lone = opts.filter((_, i) => cls.filter((c) => c === cls[i]).length === 1);
  return lone.length === 1 && new Set(cls).size === 2 ? lone : null;
};

// ---------- people ----------

function nationalityOf(ctx: Ctx, name: string): Set<string> | null {
  const nat = new Set(ctx.people.filter((p) => normalise(p.name) === normalise(name) || samePerson(p.name, name)).map((p) => p.nat));
  return nat.size > 0 ? nat : null;
}

/** Adjectives of the side a prompt names ("the Russian side", "the side of Japan and Manchukuo"). */
function sideInPrompt(prompt: string): Set<string> | null {
  const m = /\bthe (.+?) side\b/.exec(prompt) ?? /\bthe side of (.+?) in\b/.exec(prompt) ?? /\bfought against (.+?) in\b/.exec(prompt);
  if (!m) return null;
  const out = new Set<string>();
  for (const w of m[1]!.split(/\s+and\s+|,\s*|\s+/)) {
    const d = demonym(w);
    if (d) out.add(d);
  }
  return out.size > 0 ? out : null;
}

/** Keep the people of the prompt's side's nationality; without a side, the one of a different nationality. */
const nationality: Strategy = (q, opts, ctx) => {
  const nats = opts.map((o) => nationalityOf(ctx, o.text));
  if (nats.filter((n) => n !== null).length < 3) return null;
  const side = sideInPrompt(q.prompt);
  if (side) return subset(opts.filter((_, i) => nats[i] && [...nats[i]!].some((n) => side.has(n))), opts);
  const key = (i: number): string => [...(nats[i] ?? [])].sort().join("+");
  const lone = opts.filter((_, i) => nats[i] && opts.filter((__, j) => key(j) === key(i)).length === 1);
  return lone.length === 1 ? lone : null;
};

/** "True or false: X commanded the Russian side in E": true iff X's nationality is the side's. */
function nationalityTrueFalse(q: Question, ctx: Ctx): boolean | null {
  const m = /^True or false: (.+?) commanded (the .+)$/.exec(q.prompt);
  if (!m) return null;
  const nat = nationalityOf(ctx, m[1]!);
  const side = sideInPrompt(m[2]!);
  if (!nat || !side) return null;
  return [...nat].some((n) => side.has(n));
}

/** Adjectives of the sides an option names ("Russian victory; Japanese retreat" → Russian, Japanese). */
function sidesIn(t: string): Set<string> {
  const out = new Set<string>();
  for (const w of t.split(/[\s;,–—-]+/)) {
    const d = w.length > 2 ? demonym(w) : null;
    if (d) out.add(d);
  }
  return out;
}

/** The only option naming a side no other option names ("Japanese victory" among two Russian ones). */
const loneSide: Strategy = (_q, opts) => {
  const ss = opts.map((o) => sidesIn(o.text));
  if (ss.filter((x) => x.size > 0).length < 2) return null;
  const lone = opts.filter((_, i) => [...ss[i]!].some((d) => ss.every((x, j) => j === i || !x.has(d))));
  return lone.length === 1 ? lone : null;
};

/**
 * Two options the same but for one word, sharing at least two words that carry content ("Russian occupation of
 * southern Manchuria" / "Japanese occupation of…"): one is the key. ("Battle of Mukden" and "Battle of Shaho"
 * share only the generic words: two different battles, not near-identical.)
 */
const textTwins: Strategy = (_q, opts) => {
  const ws = opts.map((o) => normalise(o.text).split(" "));
  const twin = (a: string[], b: string[]): boolean =>
    a.length === b.length && a.filter((w, i) => w !== b[i]).length === 1 && a.filter((w, i) => w === b[i] && !STOP.has(w)).length >= 2;
  return subset(opts.filter((_, i) => ws.some((w, j) => j !== i && twin(ws[i]!, w))), opts);
};

// ---------- dates ----------

interface DateShape {
  start: Ymd;
  end: Ymd;
}

function datesOf(opts: Option[]): DateShape[] | null {
  const out: DateShape[] = [];
  for (const o of opts) {
    const r = parseDateRangeAnswer(o.text);
    if (r && r.start[0] && r.end[0]) {
      out.push({ start: r.start[0], end: r.end[0] });
      continue;
    }
    const d = parseDateAnswer(o.text)[0];
    if (!d || Number.isNaN(d.y)) return null;
    out.push({ start: d, end: d });
  }
  return out;
}

function features(d: DateShape): string[] {
  const f: string[] = [];
  for (const [k, x] of [["s", d.start], ["e", d.end]] as const) {
    f.push(`${k}y${x.y}`);
    if (x.m !== null) f.push(`${k}m${x.m}`);
    if (x.m !== null && x.d !== null) f.push(`${k}dm${x.d}-${x.m}`);
  }
  return [...new Set(f)];
}

/** The option sharing most of its year, month and day-month with the others: distractors made by shifting one part. */
const convergence: Strategy = (_q, opts) => {
  const ds = datesOf(opts);
  if (!ds) return null;
  const fs = ds.map(features);
  const score = (i: number): number => fs.reduce((s, g, j) => (j === i ? s : s + g.filter((x) => fs[i]!.includes(x)).length), 0);
  return subset(maxBy(opts, (o) => score(opts.indexOf(o))), opts);
};

/** Two options with the same day and month in different years: the key is one of the twins. */
const yearTwin: Strategy = (_q, opts) => {
  const ds = datesOf(opts);
  if (!ds) return null;
  const dm = ds.map((d) => (d.start.m !== null && d.start.d !== null ? `${d.start.d}-${d.start.m}|${d.end.d}-${d.end.m}` : null));
  const twins = opts.filter((_, i) => dm[i] !== null && dm.some((x, j) => j !== i && x === dm[i] && ds[j]!.start.y !== ds[i]!.start.y));
  return subset(twins, opts);
};

// ---------- anachronism ----------

/** The period the prompt's own wording implies (states it names, years it gives). */
function promptPeriod(prompt: string): { from: number; to: number }[] | null {
  const years = [...prompt.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  const p = periodOf(prompt);
  if (years.length > 0) {
    const y = { from: Math.min(...years), to: Math.max(...years) };
    return p ? (spansMeet(p, [y]) ? [y] : p) : [y];
  }
  return p;
}

/** Drop the options naming a state that did not exist in the period the prompt names. */
const anachronism: Strategy = (q, opts) => {
  const period = promptPeriod(q.prompt);
  if (!period) return null;
  const fits = opts.filter((o) => {
    const p = periodOf(o.text);
    return p === null || spansMeet(p, period);
  });
  return subset(fits, opts);
};

/** The one option naming a state of another period than all the others share. */
const anachronismOdd: Strategy = (_q, opts) => {
  const ps = opts.map((o) => periodOf(o.text));
  if (ps.some((p) => p === null)) return null;
  const lone = opts.filter((_, i) => ps.every((p, j) => j === i || !spansMeet(p!, ps[i]!)) && ps.every((p, j) => j === i || ps.every((r, k) => k === i || spansMeet(p!, r!))));
  return lone.length === 1 ? lone : null;
};

// ---------- shape ----------

const longest: Strategy = (_q, opts) => subset(maxBy(opts, (o) => o.text.length), opts);
const shortest: Strategy = (_q, opts) => subset(maxBy(opts, (o) => -o.text.length), opts);
/** Most specific: most qualifiers (numbers, capitalised words, clauses). */
const mostSpecific: Strategy = (_q, opts) =>
  subset(
    maxBy(opts, (o) => (o.text.match(/\d+|\b\p{Lu}\p{L}*|[;,(]/gu) ?? []).length),
    opts,
  );

function signature(t: string): string {
  return [
    /\d/.test(t) ? "d" : "",
    /[–-]\s*\d|\d\s*[–-]/.test(t) ? "r" : "",
    /\(/.test(t) ? "p" : "",
    /[;:]/.test(t) ? "s" : "",
    /\b\p{Lu}\./u.test(t) ? "i" : "",
    /[^\x00-\x7f]/.test(t.replace(/[–—’]/g, "")) ? "u" : "",
    String(Math.min(4, t.split(/\s+/).length)),
  ].join("");
}

/** The one option written in a different format from all the others. */
const oddFormat: Strategy = (_q, opts) => {
  const s = opts.map((o) => signature(o.text));
  const lone = opts.filter((_, i) => s.filter((x) => x === s[i]).length === 1);
  return lone.length === 1 && new Set(s).size === 2 ? lone : null;
};

const STOP = new Set("the a an of in on at to and or was were is are did do does which who what when where how many this these that side took place fought during battle".split(" "));
/** Words and whole figures ("125,000" is one token, not "125" and "000"). */
function words(t: string): Set<string> {
  return new Set(normalise(t.replace(/(\d),(?=\d{3})/g, "$1")).split(" ").filter((w) => w.length > 2 && !STOP.has(w)));
}

/** The option that repeats most words of the prompt. */
const promptEcho: Strategy = (q, opts) => {
  const p = words(q.prompt);
  const score = (o: Option): number => [...words(o.text)].filter((w) => p.has(w)).length;
  const best = maxBy(opts, score);
  return score(best[0]!) > 0 ? subset(best, opts) : null;
};

const STRATEGIES: Record<string, Strategy> = {
  "numbers: source of simple multiples": ratioSource,
  "numbers: geometric centre": centre,
  "numbers: arithmetic centre": arithmeticCentre,
  "numbers: only round / unround": roundness,
  "numbers: arithmetic from the prompt": arithmetic,
  "people: nationality": nationality,
  "content: the one side no other option names": loneSide,
  "shape: one of two near-identical options": textTwins,
  "dates: convergence": convergence,
  "dates: year-shifted twin": yearTwin,
  "anachronism: against the prompt's period": anachronism,
  "anachronism: odd period out": anachronismOdd,
  "shape: longest": longest,
  "shape: shortest": shortest,
  "shape: most specific": mostSpecific,
  "shape: odd format": oddFormat,
  "wording: echoes the prompt": promptEcho,
};

/**
 * The same student, the other way round: once they notice a cue never marks the key, they rule out what it marks
 * and guess among the rest (a generator that avoids a pattern for the key, but not for wrong options, loses here).
 */
function ruleOut(s: Strategy): Strategy {
  return (q, opts, ctx) => {
    const picks = s(q, opts, ctx);
    return picks ? subset(opts.filter((o) => !picks.includes(o)), opts) : null;
  };
}

const ALL_STRATEGIES: Record<string, Strategy> = {
  ...STRATEGIES,
  ...Object.fromEntries(Object.entries(STRATEGIES).map(([k, v]) => [`${k} (ruled out)`, ruleOut(v)])),
};

interface Score {
  n: number;
  win: number;
  chance: number;
  examples: string[];
  /** Wins minus chance per template: where to look when a strategy beats chance. */
  byTemplate: Map<string, number>;
}

function play(questions: Question[], ctx: Ctx, s: Strategy): Score {
  const out: Score = { n: 0, win: 0, chance: 0, examples: [], byTemplate: new Map() };
  for (const q of questions) {
    const opts = choiceOptions(q);
    const key = keyId(q);
    if (!opts || !key) continue;
    const picks = s(q, opts, ctx);
    if (!picks) continue;
    out.n++;
    out.chance += 1 / opts.length;
    const gain = (picks.some((o) => o.id === key) ? 1 / picks.length : 0) - 1 / opts.length;
    out.byTemplate.set(q.templateId, (out.byTemplate.get(q.templateId) ?? 0) + gain);
    if (picks.some((o) => o.id === key)) {
      out.win += 1 / picks.length;
      if (picks.length === 1 && out.examples.length < 8) out.examples.push(`${q.prompt} → ${picks[0]!.text} [${opts.map((o) => o.text).join(" | ")}]`);
    }
  }
  return out;
}

function contextOf(events: BattleEvent[]): Ctx {
  const people: Ctx["people"] = [];
  for (const ev of events) {
    const labels = sideLabels(ev);
    for (const s of ev.sides) {
      const main = s.belligerents[0] ? demonym(s.belligerents[0]) : null;
      const nat = main ?? labels.find((l) => l?.index === s.index)?.short ?? null;
      if (!nat) continue;
      for (const c of s.commanders) for (const n of [c.name, ...c.aliases]) people.push({ name: n, nat });
    }
  }
  return { events, people };
}

function runGuessing(name: string, load: () => Promise<BattleEvent[]>) {
  describe(name, () => {
    let questions: Question[] = [];
    let ctx: Ctx = { events: [], people: [] };
    beforeAll(async () => {
      const events = await load();
      questions = generateQuestions(events);
      ctx = contextOf(events);
    });

    for (const [label, s] of Object.entries(ALL_STRATEGIES)) {
      it(`${label}: at most chance + ${MARGIN * 100} points`, () => {
        const r = play(questions, ctx, s);
        if (r.n === 0) return;
        const win = r.win / r.n;
        const chance = r.chance / r.n;
        const where = [...r.byTemplate].sort((a, b) => b[1] - a[1]).map(([t, g]) => `${t} ${g > 0 ? "+" : ""}${g.toFixed(1)}`).join(", ");
        expect(win, `${label}: wins ${(win * 100).toFixed(1)}% on ${r.n} questions, chance ${(chance * 100).toFixed(1)}% (excess wins by template: ${where})\n${r.examples.join("\n")}`).toBeLessThanOrEqual(chance + MARGIN);
      });
    }

    it("people: nationality does not tell a true commander statement from a false one", () => {
      let n = 0;
      let right = 0;
      for (const q of questions) {
        if (q.format !== "trueFalse" || q.answer.kind !== "boolean") continue;
        const guess = nationalityTrueFalse(q, ctx);
        if (guess === null) continue;
        n++;
        if (guess === q.answer.value) right++;
      }
      if (n > 0) expect(right / n, `${right}/${n}`).toBeLessThanOrEqual(0.5 + MARGIN);
    });

    it("people: matching by nationality does no better than chance", () => {
      let n = 0;
      let win = 0;
      let chance = 0;
      for (const q of questions) {
        if (q.format !== "matching" || q.answer.kind !== "match" || !q.matching) continue;
        const { left, right: rights } = q.matching;
        for (const l of left) {
          const nat = nationalityOf(ctx, l.text);
          if (!nat) continue;
          const fits = rights.filter((r) => [...(sideInPrompt(`the ${r.text} side`) ?? [])].some((x) => nat.has(x)));
          if (fits.length === 0 || fits.length === rights.length) continue;
          n++;
          chance += 1 / rights.length;
          const right = q.answer.pairs[l.id];
          if (fits.some((r) => r.id === right)) win += 1 / fits.length;
        }
      }
      if (n > 0) expect(win / n).toBeLessThanOrEqual(chance / n + MARGIN);
    });

    it("true/false: answering 'true' (or 'false') to every statement of a kind does no better than chance", () => {
      const byKind = new Map<string, { n: number; t: number }>();
      for (const q of questions) {
        if (q.answer.kind !== "boolean") continue;
        const k = q.templateId.replace(/\.tf\.(true|false)$/, "");
        const x = byKind.get(k) ?? { n: 0, t: 0 };
        x.n++;
        if (q.answer.value) x.t++;
        byKind.set(k, x);
      }
      const bad = [...byKind].filter(([, x]) => x.n >= 6 && Math.max(x.t, x.n - x.t) / x.n > 0.5 + MARGIN).map(([k, x]) => `${k}: ${x.t} true of ${x.n}`);
      expect(bad).toEqual([]);
    });

    it("every choice question offers at least 3 options", () => {
      const bad = questions.filter((q) => q.format === "choice" && (q.options?.length ?? 0) < 3).map((q) => `${q.templateId}: ${q.prompt}`);
      expect(bad.slice(0, 10)).toEqual([]);
    });

    it("no option names a state that did not exist at the event's date", () => {
      const bad: string[] = [];
      const byId = new Map(ctx.events.map((e) => [e.id, e]));
      for (const q of questions) {
        if (q.format !== "choice" || q.eventIds.length !== 1) continue;
        const ev = byId.get(q.eventIds[0]!);
        if (!ev?.date) continue;
        const years = { from: Number(ev.date.start.slice(0, 4)), to: Number(ev.date.end.slice(0, 4)) };
        for (const o of q.options ?? [])
          for (const m of statesIn(o.text)) if (!spansMeet(m.spans, [years])) bad.push(`${q.prompt}: ${o.text} (${m.text})`);
      }
      expect(bad.slice(0, 10)).toEqual([]);
    });
  });
}

// Sanity: the strategies do catch the patterns they are written for.
describe("the strategies catch what they look for", () => {
  const q = (prompt: string, texts: string[], key = 0): Question =>
    ({ prompt, format: "choice", options: texts.map((text, i) => ({ id: String(i), text })), answer: { kind: "choice", optionId: String(key) } }) as unknown as Question;
  const ctx: Ctx = { events: [], people: [{ name: "Oku Yasukata", nat: "Japanese" }, { name: "Alexei Kuropatkin", nat: "Russian" }, { name: "Nikolai Linevich", nat: "Russian" }, { name: "Alexander Kaulbars", nat: "Russian" }] };
  const pick = (s: Strategy, x: Question) => s(x, x.options!, ctx)?.map((o) => o.text) ?? null;

  it("numbers", () => {
    expect(pick(ratioSource, q("How many?", ["15,892", "31,784", "7,946", "23,838"]))).toEqual(["15,892"]);
    expect(pick(arithmeticCentre, q("How many?", ["100", "200", "300", "400"]))).toEqual(["200", "300"]);
    expect(pick(roundness, q("How many?", ["15,892", "16,000", "12,000", "20,000"]))).toEqual(["15,892"]);
  });
  it("people", () => {
    expect(pick(nationality, q("Who commanded the Japanese side in the Battle of Mukden?", ["Oku Yasukata", "Alexei Kuropatkin", "Nikolai Linevich", "Alexander Kaulbars"]))).toEqual(["Oku Yasukata"]);
    expect(pick(nationality, q("Who was there?", ["Oku Yasukata", "Alexei Kuropatkin", "Nikolai Linevich", "Alexander Kaulbars"]))).toEqual(["Oku Yasukata"]);
  });
  it("dates", () => {
    expect(pick(convergence, q("When?", ["9 February 1904", "9 April 1904", "10 August 1904", "9 February 1902"]))).toEqual(["9 February 1904"]);
    expect(pick(yearTwin, q("When?", ["9 February 1904", "9 April 1904", "10 August 1904", "9 February 1902"]))).toEqual(["9 February 1904", "9 February 1902"]);
  });
  it("anachronism and shape", () => {
    expect(pick(anachronism, q("Who fought against the Russian Empire in the Battle of Chemulpo Bay?", ["Empire of Japan", "Soviet Union", "Manchukuo", "Mongolian People's Republic"]))).toEqual(["Empire of Japan"]);
    expect(pick(longest, q("What?", ["Japanese victory; Russian retreat", "Russian victory", "Draw", "Ceasefire"]))).toEqual(["Japanese victory; Russian retreat"]);
    expect(pick(oddFormat, q("Who?", ["M.A. Purkayev", "Ivan Yumashev", "Ivan Baturov", "Georgy Zhukov"]))).toEqual(["M.A. Purkayev"]);
    expect(pick(loneSide, q("What was the result?", ["Japanese victory", "Russian victory", "Inconclusive", "Decisive Russian victory"]))).toEqual(["Japanese victory"]);
    expect(pick(loneSide, q("What was the result?", ["Japanese victory", "Russian victory", "Inconclusive"]))).toBeNull();
    expect(pick(promptEcho, q("What territorial change followed the Siege of Port Arthur?", ["Port Arthur surrendered to Japan", "Japanese occupation of Sakhalin", "Japanese occupation of southern Manchuria"]))).toEqual(["Port Arthur surrendered to Japan"]);
    expect(pick(arithmetic, q("Fill in: “losses of 75,504 (____ killed and 59,612 wounded)”", ["15,892", "21,836", "28,733", "32,722"]))).toEqual(["15,892"]);
  });
});

runGuessing("guessing strategies on fixture facts", async () => fixtureCorpus());
if (hasParser) runGuessing("guessing strategies on the real corpus (content/)", realCorpus);
