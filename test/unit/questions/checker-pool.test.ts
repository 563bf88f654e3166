/**
 * The checker over the whole generated pool: every key (every spelling the corpus uses) is
 * accepted, no distractor or named wrong answer is, no other person of the corpus passes for
 * a typed person key, and no choice distractor is the key under another spelling.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { BattleEvent } from "../../../lib/facts/types";
import { checkAnswer, generateQuestions, type Question } from "../../../lib/questions";
import { makeContext, option, type GenContext } from "../../../lib/questions/context";
import { surnames } from "../../../lib/questions/names";
import type { AcceptedText } from "../../../lib/questions/types";
import { fixtureCorpus, hasParser, realCorpus } from "./corpus";

type TextQ = Question & { answer: Extract<Question["answer"], { kind: "text" }> };

function textQuestions(qs: Question[]): TextQ[] {
  return qs.filter((q): q is TextQ => q.answer.kind === "text");
}

const isPersonQ = (q: TextQ): boolean => q.answer.accepted.some((a) => a.person);

function runPool(name: string, load: () => Promise<BattleEvent[]>) {
  describe(name, () => {
    let ctx: GenContext;
    let questions: Question[] = [];
    beforeAll(async () => {
      const events = await load();
      ctx = makeContext(events);
      questions = generateQuestions(events);
    });

    it("every accepted spelling of every typed key is accepted", () => {
      const bad: string[] = [];
      for (const q of textQuestions(questions))
        for (const a of q.answer.accepted) for (const v of a.variants) if (!checkAnswer(q, v).correct) bad.push(`${q.id} ${q.prompt} ← ${v}: ${checkAnswer(q, v).reason}`);
      expect(bad).toEqual([]);
    });

    it("typed person keys accept every spelling the corpus uses for that person", () => {
      const qs = textQuestions(questions).filter(isPersonQ);
      expect(qs.length).toBeGreaterThan(0);
      const bad: string[] = [];
      for (const q of qs)
        for (const a of q.answer.accepted) {
          const entry = ctx.register.personOf(a.display);
          for (const s of entry?.spellings ?? []) if (!checkAnswer(q, s).correct) bad.push(`${q.prompt} ← ${s}`);
        }
      expect(bad).toEqual([]);
    });

    it("no named wrong answer or distractor is accepted", () => {
      const bad: string[] = [];
      for (const q of textQuestions(questions))
        for (const w of [...q.answer.rejected.map((r) => r.text), ...q.distractors]) if (checkAnswer(q, w).correct) bad.push(`${q.prompt} ← ${w}`);
      expect(bad).toEqual([]);
    });

    it("no other person of the corpus passes for a typed person key, in full or by surname", () => {
      const bad: string[] = [];
      let tried = 0;
      for (const q of textQuestions(questions).filter(isPersonQ)) {
        const keys: AcceptedText[] = q.answer.accepted;
        const others = ctx.register.persons.filter((e) => keys.every((k) => !ctx.register.samePerson(k.display, e.name) && !k.variants.some((v) => ctx.register.samePerson(v, e.name))));
        const keySurnames = new Set(keys.flatMap((k) => k.variants.flatMap((v) => surnames(v))));
        for (const e of others) {
          const tries = [...e.spellings, ...e.spellings.flatMap((s) => surnames(s).filter((x) => !keySurnames.has(x)).map((x) => nameOfKey(s, x)))];
          for (const t of tries) {
            tried++;
            const r = checkAnswer(q, t);
            if (r.correct) bad.push(`${q.prompt} [${q.answer.display}] ← ${t}: ${r.reason}`);
          }
        }
      }
      expect(tried).toBeGreaterThan(100);
      expect(bad).toEqual([]);
    });

    it("'close: check the spelling' never answers another person of the corpus", () => {
      const bad: string[] = [];
      for (const q of textQuestions(questions).filter(isPersonQ)) {
        const others = ctx.register.persons.filter((e) => q.answer.accepted.every((k) => !ctx.register.samePerson(k.display, e.name)));
        for (const e of others)
          for (const s of e.spellings) {
            const r = checkAnswer(q, s);
            if (r.verdict === "close" && /spelling/.test(r.reason)) bad.push(`${q.prompt} ← ${s}`);
          }
      }
      expect(bad).toEqual([]);
    });

    it("no choice distractor is the key person under another spelling", () => {
      const bad: string[] = [];
      let n = 0;
      for (const q of questions) {
        if (q.family !== "commanders" || q.answer.kind !== "choice") continue;
        const keyId = q.answer.optionId;
        const key = q.options?.find((o) => o.id === keyId)?.text ?? "";
        if (!ctx.register.personOf(key)) continue;
        n++;
        for (const o of q.options ?? []) if (o.id !== keyId && ctx.register.samePerson(o.text, key)) bad.push(`${q.prompt}: ${o.text} = ${key}`);
      }
      expect(n).toBeGreaterThan(0);
      expect(bad).toEqual([]);
    });

    it("false 'X commanded side S' statements never name a commander of S under another spelling", () => {
      const bad: string[] = [];
      let n = 0;
      for (const q of questions) {
        if (q.templateId !== "commanders.tf.false") continue;
        const w = q.distractors[0] ?? "";
        for (const id of q.factIds) {
          const f = ctx.events.flatMap((e) => e.facts).find((x) => x.id === id);
          if (!f || f.kind !== "commander") continue;
          n++;
          const ev = ctx.events.find((e) => e.id === f.eventId)!;
          const side = ev.facts.filter((g) => g.kind === "commander" && g.side === f.side);
          for (const g of side) if (g.kind === "commander" && ctx.register.samePerson(w, g.value)) bad.push(`${q.prompt} (${g.value.name})`);
        }
      }
      expect(n).toBeGreaterThan(0);
      expect(bad).toEqual([]);
    });

    it("'In which of these did X hold a command?' offers no event where X, under any spelling, commanded", () => {
      const byOption = new Map(ctx.events.map((e) => [option(ctx, e), e]));
      const bad: string[] = [];
      let n = 0;
      for (const q of questions) {
        if (q.templateId !== "commanders.event.choice" || q.answer.kind !== "choice") continue;
        const f = ctx.events.flatMap((e) => e.facts).find((x) => x.id === q.factIds[0]);
        if (!f || f.kind !== "commander") continue;
        const keyId = q.answer.optionId;
        for (const o of q.options ?? []) {
          if (o.id === keyId) continue;
          const ev = byOption.get(o.text);
          if (!ev) continue;
          n++;
          for (const g of ev.facts) if (g.kind === "commander" && ctx.register.samePerson(g.value, f.value)) bad.push(`${q.prompt}: ${o.text} (${g.value.name})`);
        }
      }
      expect(n).toBeGreaterThan(0);
      expect(bad).toEqual([]);
    });
  });
}

/** The word of `name` whose key is `k`, as written (a surname typed alone). */
function nameOfKey(name: string, k: string): string {
  return name.split(/\s+/).find((w) => surnames(w)[0] === k) ?? k;
}

/** Other sources spell people otherwise: respell some commanders in some events only. */
const RESPELL: Record<string, string> = {
  "Alexander Fok": "Alexander Fock",
  "Anatoly Stessel": "Anatoly Stoessel",
  "Tōgō Heihachirō": "Heihachiro Togo",
  "Zinovy Rozhestvensky": "Zinovi Rojestvensky",
  "Ōyama Iwao": "Iwao Oyama",
  "Kuroki Tamemoto": "Tamemoto Kuroky",
  "Georgii Stackelberg": "G.K. Stackelberg",
};

async function respeltCorpus(): Promise<BattleEvent[]> {
  const events = structuredClone(await realCorpus());
  events.forEach((ev, i) => {
    if (i % 2 === 0) return;
    for (const f of ev.facts) if (f.kind === "commander" && RESPELL[f.value.name]) f.value.name = RESPELL[f.value.name]!;
  });
  return events;
}

if (hasParser) {
  runPool("real corpus", realCorpus);
  runPool("real corpus, respelt in every other event", respeltCorpus);
  it("the respelt corpus keeps one entry per person", async () => {
    const events = await respeltCorpus();
    const ctx = makeContext(events);
    const used = new Set(events.flatMap((e) => e.facts.flatMap((f) => (f.kind === "commander" ? [f.value.name] : []))));
    const both = Object.entries(RESPELL).filter(([a, b]) => used.has(a) && used.has(b));
    expect(both.length).toBeGreaterThanOrEqual(4);
    for (const [a, b] of both) {
      expect(ctx.register.personOf(a), a).toBeDefined();
      expect(ctx.register.personOf(a)).toBe(ctx.register.personOf(b));
    }
  });
}
runPool("fixture corpus", async () => fixtureCorpus());
