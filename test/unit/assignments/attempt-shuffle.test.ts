import { describe, expect, it } from "vitest";
import { applyOptionOrder, attemptSeed, drawnAttemptOrder, fixedAttemptOrder, type FrozenQuestion } from "../../../lib/assignments/shuffle";
import { toPublicQuestion, type Question } from "../../../lib/questions";

function question(n: number, over: Partial<Question> = {}): FrozenQuestion {
  const q = {
    id: `q${n}`,
    family: "dates",
    format: "choice",
    prompt: `Question ${n}?`,
    options: ["a", "b", "c", "d"].map((id) => ({ id: `${n}${id}`, text: `Option ${id}` })),
    templateId: "t",
    generatorVersion: 1,
    eventIds: [],
    factIds: [`f${n}`],
    factVersions: {},
    difficulty: 0.5,
    answer: { kind: "choice", optionId: `${n}a` },
    distractors: [],
    explanation: { text: "", sources: [] },
    sources: [],
    reveals: [],
    asks: [`e:${n}`],
    ...over,
  } as Question;
  return { id: `aq${n}`, question: q };
}

const set = Array.from({ length: 8 }, (_, i) => question(i));

describe("attempt order", () => {
  it("is the same for the same seed and differs between students", () => {
    const a = fixedAttemptOrder(set, attemptSeed("as1", "u1", 1));
    expect(fixedAttemptOrder(set, attemptSeed("as1", "u1", 1))).toEqual(a);
    const b = fixedAttemptOrder(set, attemptSeed("as1", "u2", 1));
    expect(b.questionOrder).not.toEqual(a.questionOrder);
    expect([...a.questionOrder].sort()).toEqual(set.map((q) => q.id).sort());
    for (const q of set) expect([...a.optionOrder[q.id]!].sort()).toEqual(q.question.options!.map((o) => o.id).sort());
  });

  it("keeps true/false in place and shuffles both sides of a matching", () => {
    const tf = question(20, { format: "trueFalse", options: [{ id: "true", text: "True" }, { id: "false", text: "False" }] });
    const matching = question(21, { format: "matching", options: undefined, matching: { left: ["l1", "l2", "l3"].map((id) => ({ id, text: id })), right: ["r1", "r2", "r3"].map((id) => ({ id, text: id })) } });
    const typed = question(22, { format: "shortAnswer", options: undefined });
    const order = fixedAttemptOrder([tf, matching, typed], "s");
    expect(order.optionOrder[tf.id]).toEqual(["true", "false"]);
    expect(order.optionOrder[matching.id]!.slice(0, 3).sort()).toEqual(["l1", "l2", "l3"]);
    expect(order.optionOrder[matching.id]!.slice(3).sort()).toEqual(["r1", "r2", "r3"]);
    expect(order.optionOrder[typed.id]).toBeUndefined();
    const shown = applyOptionOrder(toPublicQuestion(matching.question), order.optionOrder[matching.id]);
    expect(shown.matching!.left.map((o) => o.id)).toEqual(order.optionOrder[matching.id]!.slice(0, 3));
    expect(shown.matching!.right.map((o) => o.id)).toEqual(order.optionOrder[matching.id]!.slice(3));
  });

  it("presents options in the stored order without touching the key", () => {
    const order = fixedAttemptOrder(set, "seed");
    const q = set[0]!;
    const shown = applyOptionOrder(toPublicQuestion(q.question), order.optionOrder[q.id]);
    expect(shown.options!.map((o) => o.id)).toEqual(order.optionOrder[q.id]);
    expect(JSON.stringify(shown)).not.toContain("answer");
  });

  it("draws count questions, avoiding a pair that asks the same while others remain", () => {
    const twins = [question(1), question(2, { asks: ["e:1"] }), question(3), question(4)];
    for (const seed of ["a", "b", "c", "d", "e", "f"]) {
      const drawn = drawnAttemptOrder(twins, 3, seed);
      expect(drawn.questionOrder).toHaveLength(3);
      expect(drawn.questionOrder.includes("aq1") && drawn.questionOrder.includes("aq2")).toBe(false);
      expect(drawnAttemptOrder(twins, 3, seed)).toEqual(drawn);
    }
    expect(drawnAttemptOrder(twins, 10, "x").questionOrder).toHaveLength(4);
    const seen = new Set(["a", "b", "c", "d", "e", "f", "g", "h"].map((seed) => drawnAttemptOrder(set, 3, seed).questionOrder.join()));
    expect(seen.size).toBeGreaterThan(1);
  });
});
