/**
 * Properties over every generated question (all families × formats): the key is what the facts say,
 * the checker accepts the key and rejects every distractor, options are distinct, and each quoted
 * source text is on the cited line of the cited file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { BattleEvent, Fact, FactKind, NumberRange } from "../../../lib/facts/types";
import { checkAnswer, generateQuestions, toPublicQuestion, type Family, type Question } from "../../../lib/questions";
import { formatDateRange, formatPartial } from "../../../lib/questions/dates";
import { withinEvent } from "../../../lib/questions/families/timeline";
import { demonym, sideLabels } from "../../../lib/questions/labels";
import { formatRange } from "../../../lib/questions/numbers";
import { buildRegister, type Register } from "../../../lib/questions/register";
import { timelineItem } from "../../../lib/questions/text/items";
import { normalise, normaliseTitle } from "../../../lib/questions/text/normalise";
import { cleanWar, eventLookup, isWarLike, warInfo, warKey } from "../../../lib/questions/wars";
import { fixtureCorpus, hasParser, realCorpus, REPO } from "./corpus";

const lineCache = new Map<string, string[]>();
function lineOf(file: string, line: number): string | undefined {
  if (!lineCache.has(file)) lineCache.set(file, readFileSync(join(REPO, "content", file), "utf8").split(/\r?\n/));
  return lineCache.get(file)![line - 1];
}

const registers = new WeakMap<Map<string, BattleEvent>, Register>();
function registerFor(events: Map<string, BattleEvent>): Register {
  let r = registers.get(events);
  if (!r) registers.set(events, (r = buildRegister([...events.values()])));
  return r;
}

/** Every text a fact can legitimately put in a key. */
/** Long timeline items are cut with "…": compare by prefix. */
let timelinePrefixes: string[] = [];

function factStrings(facts: Fact[], events: Map<string, BattleEvent>): Set<string> {
  timelinePrefixes = [];
  const out = new Set<string>();
  const add = (s: string | null | undefined) => {
    if (s) out.add(normaliseTitle(s));
  };
  for (const f of facts) {
    const v = f.value as unknown;
    switch (f.kind) {
      case "commander":
        // Options show the corpus's fullest spelling of the person: every spelling the register folds together.
        registerFor(events).spellings(f.value).forEach(add);
        break;
      case "date":
        add(formatDateRange(f.value));
        add(formatPartial(f.value.start));
        add(f.value.start.slice(0, 4));
        break;
      case "timeline": {
        const t = timelineItem(f.value.text, f.value.date);
        add(t);
        if (t) timelinePrefixes.push(normaliseTitle(t.replace(/…$/, "")));
        break;
      }
      case "partOf":
      case "campaign": {
        add(f.value);
        add(cleanWar(f.value));
        // Events parsed before `campaign` existed carry "Invasion of X in the Y War" in partOf.
        const ev = events.get(f.eventId);
        if (ev) {
          const w = warInfo(ev, eventLookup([...events.values()]));
          add(f.kind === "partOf" ? w.war : w.campaign);
          if (f.kind === "partOf" && w.derived) add(w.campaign);
        }
        break;
      }
      case "proseNumber":
        add(formatRange(f.value.quantity));
        break;
      case "casualties":
        add(f.value.qualitative);
        break;
      case "belligerent":
        add(f.value);
        add(demonym(f.value));
        break;
      case "strength":
      case "killed":
      case "wounded":
      case "captured":
      case "missing":
      case "civilian":
      case "total":
        add(formatRange(v as NumberRange));
        break;
      default:
        add(v as string);
    }
    const ev = events.get(f.eventId);
    if (ev && (f.kind === "name" || f.kind === "date" || f.kind === "commander")) {
      add(ev.name);
    }
    if (ev && f.kind === "belligerent") for (const l of sideLabels(ev)) if (l && l.index === f.side) add(l.short);
  }
  return out;
}

function keyAnswers(q: Question): (string | boolean | string[] | Record<string, string>)[] {
  const a = q.answer;
  switch (a.kind) {
    case "choice":
      return [a.optionId];
    case "boolean":
      return [a.value];
    case "order":
      return [a.optionIds];
    case "match":
      return [a.pairs];
    case "text":
      return a.accepted.flatMap((x) => x.variants);
    case "number":
      return [a.min === a.max ? String(a.min) : `${a.min}-${a.max}`, formatRange(a)];
    case "date":
      return [a.start === a.end ? formatPartial(a.start) : formatDateRange(a), a.display];
  }
}

function wrongAnswers(q: Question): (string | boolean)[] {
  const a = q.answer;
  switch (a.kind) {
    case "choice":
      return (q.options ?? []).filter((o) => o.id !== a.optionId).map((o) => o.id);
    case "boolean":
      return [!a.value];
    case "text":
      return [...a.rejected.map((r) => r.text), ...q.distractors];
    case "number":
    case "date":
      return q.distractors;
    default:
      return [];
  }
}

function verifyKey(q: Question, facts: Fact[], events: Map<string, BattleEvent>): string | null {
  const strings = factStrings(facts, events);
  const has = (s: string) => {
    const n = normaliseTitle(s);
    return strings.has(n) || (s.endsWith("…") && n.length > 40 && timelinePrefixes.some((t) => t.startsWith(n)));
  };
  const a = q.answer;
  const ranges = facts.flatMap((f) => {
    if (f.kind === "proseNumber") return [f.value.quantity];
    if (["strength", "killed", "wounded", "captured", "missing", "civilian", "total"].includes(f.kind)) return [f.value as NumberRange];
    return [];
  });
  const dates = facts.flatMap((f) => (f.kind === "date" ? [f.value.start, f.value.end, `${f.value.start}|${f.value.end}`] : f.kind === "timeline" ? [f.value.date] : []));
  if (q.templateId.endsWith(".side.choice")) {
    // The key side is the side of the fact the prompt names (its figure, commander or unit).
    const key = q.options?.find((o) => o.id === (a as { optionId: string }).optionId)?.text;
    const named = facts.filter((f) => {
      if (f.kind === "belligerent") return false;
      const v = f.value as unknown as { name?: string; min?: number };
      const shown = typeof f.value === "string" ? f.value : v.name ?? (v.min !== undefined ? formatRange(f.value as NumberRange) : "");
      return shown !== "" && q.prompt.includes(shown);
    });
    if (named.length !== 1) return `side question names ${named.length} facts`;
    const f = named[0]!;
    const ev = events.get(f.eventId);
    const label = ev && sideLabels(ev).find((l) => l?.index === f.side);
    return label && key === label.short ? null : `side key ${key} is not side ${f.side}`;
  }
  switch (a.kind) {
    case "choice": {
      const key = q.options?.find((o) => o.id === a.optionId)?.text ?? "";
      if (!has(key)) return `choice key "${key}" not from facts`;
      for (const o of q.options ?? []) if (o.id !== a.optionId && has(o.text) && !q.templateId.startsWith("dates.first")) return `distractor "${o.text}" is a fact value`;
      return null;
    }
    case "text":
      return a.accepted.some((x) => has(x.display)) ? null : `text key ${a.display} not from facts`;
    case "number":
      return ranges.some((r) => r.min === a.min && r.max === a.max) ? null : `number ${a.min}-${a.max} not from facts`;
    case "date":
      if (q.templateId.startsWith("dates.year")) return a.precision === "year" && dates.some((d) => d.startsWith(a.start)) ? null : "year not from facts";
      return dates.includes(a.start === a.end ? a.start : `${a.start}|${a.end}`) || dates.includes(a.start) ? null : `date ${a.start}–${a.end} not from facts`;
    case "boolean": {
      const p = normaliseTitle(q.prompt);
      if (a.value) return [...strings].some((s) => s.length > 0 && p.includes(s)) ? null : "true statement names no fact value";
      const d = q.distractors[0];
      if (!d) return "false statement without distractor";
      if (has(d)) return `false statement's distractor ${d} is a fact value`;
      // Date statements word the range ("between … and …"), so only its start is verbatim.
      const shown = q.templateId.startsWith("dates.") ? normaliseTitle(d.split(" – ")[0]!.split("–")[0]!) : normaliseTitle(d);
      return p.includes(shown) ? null : "distractor not in statement";
    }
    case "order": {
      // Each item maps to one fact; the facts must be in strictly increasing date order.
      const texts = a.optionIds.map((id) => q.options?.find((o) => o.id === id)?.text ?? "");
      const when = texts.map((t) => {
        const f = facts.find((x) => (x.kind === "timeline" ? normaliseTitle(timelineItem(x.value.text, x.value.date) ?? "?") === normaliseTitle(t) : x.kind === "date" && normaliseTitle(t).startsWith(normaliseTitle(events.get(x.eventId)?.name ?? "?"))));
        return f ? (f.kind === "timeline" ? f.value.date : f.kind === "date" ? f.value.start : "") : "";
      });
      if (when.some((w) => w === "")) return "ordering item without fact";
      for (let i = 1; i < when.length; i++) if (!(when[i - 1]! < when[i]!)) return `order ${when.join(",")} not increasing`;
      return null;
    }
    case "match": {
      for (const [l, r] of Object.entries(a.pairs)) {
        const lt = q.matching?.left.find((o) => o.id === l)?.text ?? "";
        const rt = q.matching?.right.find((o) => o.id === r)?.text ?? "";
        if (q.templateId.startsWith("commanders")) {
          // Commanders of one country to the events of a war: the person's command fact is of that event.
          const held = facts.filter((x) => x.kind === "commander" && registerFor(events).samePerson(x.value, lt)).map((x) => events.get(x.eventId));
          if (!held.some((ev) => ev && normaliseTitle(rt).startsWith(normaliseTitle(ev.name)))) return `${lt} is not ${rt}`;
        } else {
          const f = facts.find((x) => x.kind === "date" && normaliseTitle(lt).startsWith(normaliseTitle(events.get(x.eventId)?.name ?? "?")));
          if (!f || f.kind !== "date" || formatDateRange(f.value) !== rt) return `${lt} is not ${rt}`;
        }
      }
      return null;
    }
  }
}

/** Which families each fact kind must feed (exhaustive: a new FactKind fails to compile until it is placed). */
const FEEDS: Record<FactKind, Family[]> = {
  name: ["names", "dates"],
  alias: ["names"],
  partOf: ["war"],
  campaign: ["campaign"],
  date: ["dates"],
  place: ["place", "names"],
  result: ["result"],
  territory: ["territory"],
  belligerent: ["belligerents"],
  commander: ["commanders"],
  unit: ["units"],
  strength: ["strength"],
  casualties: ["casualties"],
  killed: ["casualties"],
  wounded: ["casualties"],
  captured: ["casualties"],
  missing: ["casualties"],
  civilian: ["casualties"],
  total: ["casualties"],
  timeline: ["timeline"],
  proseNumber: ["prose"],
};

function runProperties(name: string, load: () => Promise<BattleEvent[]>) {
  describe(name, () => {
    let events: BattleEvent[] = [];
    let questions: Question[] = [];
    let facts = new Map<string, Fact>();
    let byEvent = new Map<string, BattleEvent>();
    beforeAll(async () => {
      events = await load();
      questions = generateQuestions(events);
      facts = new Map(events.flatMap((e) => e.facts.map((f) => [f.id, f] as [string, Fact])));
      byEvent = new Map(events.map((e) => [e.id, e]));
    });

    it("generates questions in every format and from every fact kind present", () => {
      expect(questions.length).toBeGreaterThan(20);
      const formats = new Set(questions.map((q) => q.format));
      for (const f of ["choice", "trueFalse", "shortAnswer", "number", "date", "ordering", "matching"]) {
        if (f === "ordering" || f === "matching" || f === "date") continue; // need dated events / timelines
        expect(formats.has(f as Question["format"]), f).toBe(true);
      }
    });

    it("every fact kind present feeds the families it should", () => {
      const fed = new Map<FactKind, Set<Family>>();
      for (const q of questions)
        for (const id of q.factIds) {
          const k = facts.get(id)?.kind;
          if (k) fed.set(k, (fed.get(k) ?? new Set()).add(q.family));
        }
      const present = new Set(events.flatMap((e) => e.facts.filter((f) => !f.disputed).map((f) => f.kind)));
      const bad: string[] = [];
      for (const k of present) {
        const got = fed.get(k) ?? new Set<Family>();
        if (!FEEDS[k].some((fam) => got.has(fam))) bad.push(`${k} feeds ${[...got].join(",") || "nothing"}, expected one of ${FEEDS[k].join(",")}`);
      }
      expect(bad).toEqual([]);
    });

    it("war questions use the canonical war and never offer it respelt", () => {
      const bad: string[] = [];
      for (const q of questions.filter((x) => x.family === "war")) {
        const ev = byEvent.get(q.eventIds[0]!)!;
        const war = warInfo(ev, eventLookup(events)).war!;
        const key = q.answer.kind === "choice" ? q.options!.find((o) => o.id === (q.answer as { optionId: string }).optionId)!.text : q.answer.kind === "text" ? q.answer.display : war;
        if (warKey(key) !== warKey(war)) bad.push(`${q.prompt}: key ${key}, war ${war}`);
        if (/\(\d{4}\)|World War II|Second World War/.test(key) || /-/.test(key.replace(/[A-Za-z]-[A-Za-z]/g, ""))) bad.push(`key not canonical: ${key}`);
        if (q.answer.kind === "boolean" && !q.answer.value && warKey(q.distractors[0]!) === warKey(war)) bad.push(`false statement names the war: ${q.prompt}`);
        for (const d of q.distractors) if (warKey(d) === warKey(war)) bad.push(`${q.prompt}: distractor ${d} is ${war}`);
        const opts = (q.options ?? []).filter((o) => !["true", "false"].includes(o.id)).map((o) => warKey(o.text));
        if (new Set(opts).size !== opts.length) bad.push(`${q.prompt}: two spellings of one war`);
      }
      expect(bad).toEqual([]);
    });

    it("campaign questions ask for the operation, never offer the war or the key again", () => {
      const bad: string[] = [];
      const lookup = eventLookup(events);
      for (const q of questions.filter((x) => x.family === "campaign")) {
        const ev = byEvent.get(q.eventIds[0]!)!;
        const w = warInfo(ev, lookup);
        expect(w.campaign, q.prompt).toBeTruthy();
        expect(q.prompt).toMatch(/operation|part of/);
        for (const d of q.distractors) {
          // A typed answer naming the war is rejected on purpose ("that is the war, not the operation").
          if (isWarLike(d) && !(q.format === "shortAnswer" && warKey(d) === warKey(w.war ?? ""))) bad.push(`${q.prompt}: war-like distractor ${d}`);
          if (normaliseTitle(d) === normaliseTitle(w.campaign!)) bad.push(`${q.prompt}: distractor ${d} is the key`);
          const host = lookup(w.campaign!);
          if (host && [host.name, ...host.aliases].some((n) => normaliseTitle(n) === normaliseTitle(d))) bad.push(`${q.prompt}: distractor ${d} names the key event`);
        }
      }
      expect(bad).toEqual([]);
    });

    it("prompts and options read cleanly", () => {
      const bad: string[] = [];
      const odd = /\s{2}|\s[,.;:?!]|\bthe the\b|\ba the\b|\.\.|,,|\(\s*\)|\?\.|^\s|\s$/i;
      const balanced = (t: string): boolean => {
        const pairs: [string, string][] = [["(", ")"], ["[", "]"], ["“", "”"]];
        return pairs.every(([o, c]) => t.split(o).length === t.split(c).length) && (t.match(/"/g) ?? []).length % 2 === 0;
      };
      for (const q of questions) {
        const texts = [q.prompt, ...(q.options ?? []).map((o) => o.text), ...(q.matching ? [...q.matching.left, ...q.matching.right].map((o) => o.text) : [])];
        for (const t of texts) {
          if (odd.test(t) || !balanced(t)) bad.push(`${q.templateId}: ${t}`);
          if (normalise(t).length === 0) bad.push(`${q.templateId}: empty or punctuation-only text in ${q.prompt}`);
        }
        if (/[^.!?…”]$/.test(q.prompt)) bad.push(`${q.templateId}: prompt ends oddly: ${q.prompt}`);
        // A unit or a state as subject takes its article: "The Fifth Area Army fought…".
        if (/^True or false: (?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Combined|Eastern|Western|Pacific)\b/.test(q.prompt)) bad.push(`${q.templateId}: missing article: ${q.prompt}`);
      }
      expect(bad.slice(0, 20)).toEqual([]);
    });

    it("'during' an event only for dates inside it; items are clean statements from the source", () => {
      const bad: string[] = [];
      for (const q of questions.filter((x) => x.family === "timeline")) {
        const fs = q.factIds.map((id) => facts.get(id)!).filter((f) => f.kind === "timeline");
        const ev = byEvent.get(q.eventIds[0]!)!;
        if (/\bduring\b/i.test(q.prompt.replace(/“.*”/, "")) || /^Put these moments/.test(q.prompt))
          for (const f of fs) if (f.kind === "timeline" && !withinEvent(ev, f.value.date)) bad.push(`${q.prompt} (${f.value.date} outside ${ev.date?.start}–${ev.date?.end})`);
        const items = q.format === "date" ? [/“(.*)”/.exec(q.prompt)?.[1] ?? ""] : (q.options ?? []).map((o) => o.text);
        for (const t of items) {
          if (t.replace(/…$/, "").includes("…") || normalise(t).length < 12) bad.push(`fragment: ${t}`);
          // Every word of the item is in one source sentence (dates go, "that day" may come in).
          const words = normalise(t.replace(/…$/, "")).split(" ").filter((w) => w !== "that" && w !== "day");
          const fromSome = [...byEvent.values()].some((e) => e.facts.some((f) => f.kind === "timeline" && words.every((w) => normalise(f.value.text).split(" ").includes(w))));
          if (!fromSome) bad.push(`not from a source sentence: ${t}`);
        }
      }
      expect(bad.slice(0, 20)).toEqual([]);
    });

    it("the key is accepted and no distractor is", () => {
      const bad: string[] = [];
      for (const q of questions) {
        for (const k of keyAnswers(q)) {
          const r = checkAnswer(q, k);
          if (!r.correct) bad.push(`${q.templateId} key ${JSON.stringify(k)} rejected: ${r.reason} — ${q.prompt}`);
        }
        for (const w of wrongAnswers(q)) {
          const r = checkAnswer(q, w);
          if (r.correct) bad.push(`${q.templateId} distractor ${JSON.stringify(w)} accepted: ${r.reason} — ${q.prompt}`);
        }
      }
      expect(bad.slice(0, 20)).toEqual([]);
    });

    it("the key is what the facts say", () => {
      const bad: string[] = [];
      for (const q of questions) {
        const fs = q.factIds.map((id) => facts.get(id)).filter((f): f is Fact => !!f);
        expect(fs.length).toBe(q.factIds.length);
        if (fs.some((f) => f.disputed)) bad.push(`${q.id} uses a disputed fact`);
        const err = verifyKey(q, fs, byEvent);
        if (err) bad.push(`${q.templateId}: ${err} — ${q.prompt}`);
      }
      expect(bad.slice(0, 20)).toEqual([]);
    });

    it("options are distinct and choice questions have 3–4 options", () => {
      for (const q of questions) {
        const opts = q.options ?? [];
        const texts = opts.map((o) => normaliseTitle(o.text));
        expect(new Set(texts).size, q.prompt).toBe(texts.length);
        expect(new Set(opts.map((o) => o.id)).size).toBe(opts.length);
        if (q.format === "choice") {
          expect(opts.length, `${q.templateId}: ${q.prompt}`).toBeGreaterThanOrEqual(3);
          expect(opts.length).toBeLessThanOrEqual(4);
        }
        if (q.matching) {
          expect(new Set(q.matching.left.map((o) => normaliseTitle(o.text))).size).toBe(q.matching.left.length);
          expect(new Set(q.matching.right.map((o) => normaliseTitle(o.text))).size).toBe(q.matching.right.length);
        }
      }
    });

    it("explanations quote the cited line of the cited file", () => {
      for (const q of questions) {
        expect(q.explanation.sources.length, q.id).toBeGreaterThan(0);
        for (const s of q.explanation.sources) {
          const line = lineOf(s.file, s.line);
          expect(line, `${s.file}:${s.line}`).toBeDefined();
          expect(s.quote.length).toBeGreaterThan(0);
          expect(line!.includes(s.quote), `${s.file}:${s.line} lacks “${s.quote}”`).toBe(true);
        }
      }
    });

    it("keys sit at every option position, and public questions carry no key", () => {
      const positions = new Set<number>();
      for (const q of questions) {
        if (q.answer.kind === "choice" && q.options?.length === 4) {
          const id = q.answer.optionId;
          positions.add(q.options.findIndex((o) => o.id === id));
        }
        const p = toPublicQuestion(q) as unknown as Record<string, unknown>;
        for (const k of ["answer", "distractors", "explanation", "sources", "asks", "reveals", "templateId", "factIds", "factVersions", "difficulty"]) expect(p[k]).toBeUndefined();
        expect(Object.keys(p).sort()).toEqual(["family", "format", "id", "prompt", ...(q.options ? ["options"] : []), ...(q.matching ? ["matching"] : []), ...(q.inputHint ? ["inputHint"] : [])].sort());
        expect(JSON.stringify(p)).not.toContain('"kind"');
      }
      expect(positions.size).toBeGreaterThanOrEqual(3);
    });

    it("ids are stable and unique", () => {
      const again = generateQuestions(events);
      expect(again.map((q) => q.id)).toEqual(questions.map((q) => q.id));
      expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
      expect(JSON.stringify(again)).toBe(JSON.stringify(questions));
    });
  });
}

runProperties("properties on fixture facts", async () => fixtureCorpus());

describe("fact kinds", () => {
  it("the fixture and real corpora between them hold every kind, campaign included", async () => {
    const events = [...fixtureCorpus(), ...(hasParser ? await realCorpus() : [])];
    const present = new Set(events.flatMap((e) => e.facts.map((f) => f.kind)));
    expect(Object.keys(FEEDS).filter((k) => !present.has(k as FactKind))).toEqual([]);
  });
});
if (hasParser) runProperties("properties on the real corpus (content/)", realCorpus);
