/**
 * A fact with unresolved source disagreement yields no question, unless the question is about the
 * disagreement. Two small articles on one battle disagree on the Japanese strength; the parser marks the
 * slot disputed, and the engine must not use it as a key, a distractor, a reason or a cited fact.
 */
import { describe, expect, it } from "vitest";
import type { BattleEvent } from "../../../lib/facts/types";
import { checkAnswer, generateQuestions } from "../../../lib/questions";
import { hasParser } from "./corpus";

const ARTICLE = `= Battle of Testfield =

Infobox
- Conflict: Battle of Testfield
- Partof: the Russo-Japanese War
- Date: 3–5 March 1905
- Place: Testfield, Manchuria
- Result: Japanese victory
- Combatant1: Empire of Japan
- Combatant2: Russian Empire
- Commander1: Oku Yasukata
- Commander2: Aleksey Kuropatkin
- Strength1: 40,000
- Strength2: 30,000
- Casualties1: 1,200 killed
- Casualties2: 2,500 killed

The Battle of Testfield was fought from 3 to 5 March 1905.
`;

const OTHER = `= Battle of Otherplace =

Infobox
- Conflict: Battle of Otherplace
- Partof: the Russo-Japanese War
- Date: 10–12 June 1904
- Place: Otherplace, Korea
- Result: Japanese victory
- Combatant1: Empire of Japan
- Combatant2: Russian Empire
- Commander1: Kuroki Tamemoto
- Commander2: Mikhail Zasulich
- Strength1: 42,000
- Strength2: 16,000
- Casualties1: 900 killed
- Casualties2: 1,400 killed

The Battle of Otherplace was fought from 10 to 12 June 1904.
`;

async function corpus(): Promise<BattleEvent[]> {
  const { parseCorpus } = (await import("../../../lib/content/index")) as {
    parseCorpus: (i: { file: string; bytes: Buffer }[]) => { events: BattleEvent[] };
  };
  return parseCorpus([
    { file: "a.txt", bytes: Buffer.from(ARTICLE) },
    { file: "b.txt", bytes: Buffer.from(ARTICLE.replace("- Strength1: 40,000", "- Strength1: 55,000")) },
    { file: "c.txt", bytes: Buffer.from(OTHER) },
  ]).events;
}

describe.skipIf(!hasParser)("disputed facts", () => {
  it("the parser marks the strength disputed (the premise of this test)", async () => {
    const ev = (await corpus()).find((e) => e.name === "Battle of Testfield")!;
    expect(ev.conflicts.map((c) => c.field)).toContain("side1.strength");
    expect(ev.facts.filter((f) => f.disputed).map((f) => f.kind)).toEqual(["strength"]);
  });

  it("no question uses a disputed fact, except the one about the disagreement", async () => {
    const events = await corpus();
    const disputed = new Set(events.flatMap((e) => e.facts.filter((f) => f.disputed).map((f) => f.id)));
    const qs = generateQuestions(events);
    expect(qs.length).toBeGreaterThan(10);
    const bad: string[] = [];
    for (const q of qs) {
      const about = /\.disputed\./.test(q.templateId);
      if (q.factIds.some((id) => disputed.has(id)) && !about) bad.push(`${q.templateId}: ${q.prompt}`);
      if (about) continue;
      // Neither reading is a key, an option, a distractor or a reason.
      const said = JSON.stringify([q.prompt, q.options, q.answer, q.distractors, q.explanation.text]);
      for (const figure of ["40,000", "55,000", "40000", "55000"]) if (said.includes(figure)) bad.push(`${q.templateId} mentions ${figure}: ${q.prompt}`);
    }
    expect(bad).toEqual([]);
  });

  it("the disagreement question gives both figures and cites both sources", async () => {
    const events = await corpus();
    const q = generateQuestions(events).find((x) => x.templateId === "strength.disputed.choice");
    expect(q).toBeDefined();
    expect(q!.prompt).toBe("The sources disagree about how many troops the Japanese side fielded in the Battle of Testfield. Which two figures do they give?");
    const key = q!.options!.find((o) => o.id === (q!.answer as { optionId: string }).optionId)!;
    expect(key.text).toBe("40,000 and 55,000");
    expect(checkAnswer(q!, key.id).correct).toBe(true);
    for (const o of q!.options!) if (o.id !== key.id) expect(checkAnswer(q!, o.id).correct).toBe(false);
    expect(new Set(q!.options!.map((o) => o.text)).size).toBe(4);
    expect(q!.explanation.sources.map((s) => `${s.file}:${s.line}`).sort()).toEqual(["a.txt:13", "b.txt:13"]);
  });
});
