import { describe, expect, it } from "vitest";
import { assembleQuiz, givesAway, generateQuestions } from "../../../lib/questions";
import { fixtureCorpus } from "./fixtures";

const events = fixtureCorpus();

describe("assembleQuiz", () => {
  it("same seed → identical quiz; different seed → different quiz", () => {
    const a = assembleQuiz(events, { count: 12, seed: 42 });
    const b = assembleQuiz(events, { count: 12, seed: 42 });
    const c = assembleQuiz(events, { count: 12, seed: 43 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.map((q) => q.id)).not.toEqual(c.map((q) => q.id));
    expect(a.length).toBe(12);
  });

  it("never repeats a fact and never pairs questions that give each other away", () => {
    for (let seed = 0; seed < 20; seed++) {
      const quiz = assembleQuiz(events, { count: 15, seed });
      // Context facts (the belligerent naming a side) may come back; what a question is about may not.
      const facts = quiz.flatMap((q) => q.factIds.filter((id) => !(q.supportIds ?? []).includes(id)));
      expect(new Set(facts).size).toBe(facts.length);
      for (let i = 0; i < quiz.length; i++) for (let j = i + 1; j < quiz.length; j++) expect(givesAway(quiz[i]!, quiz[j]!)).toBe(false);
    }
  });

  it("mixes families, none above about a third of the quiz", () => {
    for (let seed = 0; seed < 10; seed++) {
      const quiz = assembleQuiz(events, { count: 10, seed });
      const counts = new Map<string, number>();
      for (const q of quiz) counts.set(q.family, (counts.get(q.family) ?? 0) + 1);
      expect(counts.size).toBeGreaterThanOrEqual(4);
      expect(Math.max(...counts.values())).toBeLessThanOrEqual(4);
    }
  });

  it("filters by event, family and format", () => {
    const quiz = assembleQuiz(events, { count: 5, seed: 1, events: ["japanese-invasion-of-sakhalin-1905"], families: ["casualties"], formats: ["number"] });
    expect(quiz.length).toBeGreaterThan(0);
    for (const q of quiz) {
      expect(q.eventIds).toContain("japanese-invasion-of-sakhalin-1905");
      expect(q.family).toBe("casualties");
      expect(q.format).toBe("number");
    }
  });

  it("allowRepeat lets a fact come back in another question", () => {
    const quiz = assembleQuiz(events, { count: 40, seed: 3, families: ["commanders"], allowRepeat: true });
    const facts = quiz.flatMap((q) => q.factIds);
    expect(new Set(facts).size).toBeLessThan(facts.length);
  });

  it("the Lyapunov true/false and 'who commanded the Russians' are never together", () => {
    const all = generateQuestions(events);
    const who = all.find((q) => q.templateId === "commanders.who.short" && q.prompt.includes("Russian") && q.prompt.includes("Sakhalin"))!;
    const tf = all.find((q) => q.templateId === "commanders.tf.true" && q.prompt.includes("Lyapunov"))!;
    expect(givesAway(who, tf)).toBe(true);
    const order = all.find((q) => q.templateId === "timeline.order.ordering")!;
    const when = all.find((q) => q.templateId === "timeline.when.date")!;
    expect(givesAway(order, when)).toBe(true);
  });

  it("question ids depend on facts and template, not on the seed", () => {
    const a = generateQuestions(events);
    const b = generateQuestions(fixtureCorpus());
    expect(a.map((q) => q.id)).toEqual(b.map((q) => q.id));
    for (const q of a) for (const id of q.factIds) expect(q.factVersions[id]).toBeTruthy();
  });
});

describe("true/false statements in an assembled quiz", () => {
  it("a statement about a person, unit or state never sits beside a text of the same event that names them", async () => {
    const { printsKeyOf } = await import("../../../lib/questions/assemble");
    const { normalise } = await import("../../../lib/questions/text/normalise");
    const { realCorpus } = await import("./corpus");
    const pool = generateQuestions(await realCorpus());
    const subject = /^True or false: (?:The )?(.+?) (?:commanded|fought on|fought against) /;
    let checked = 0;
    for (const tf of pool.filter((q) => q.format === "trueFalse" && ["commanders", "units", "belligerents"].includes(q.family))) {
      const who = subject.exec(tf.prompt)?.[1];
      if (!who) continue;
      const named = normalise(who);
      const beside = pool.find(
        (q) =>
          q !== tf &&
          q.eventIds.some((id) => tf.eventIds.includes(id)) &&
          [q.prompt, ...(q.options ?? []).map((o) => o.text), ...q.explanation.sources.map((s) => s.quote)].some((t) => ` ${normalise(t)} `.includes(` ${named} `)),
      );
      if (!beside) continue;
      checked++;
      expect(printsKeyOf(tf, beside), `${tf.prompt} beside ${beside.prompt}`).toBe(true);
    }
    expect(checked).toBeGreaterThan(10);
  });
});
