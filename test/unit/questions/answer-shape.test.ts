import { describe, expect, it } from "vitest";
import { answerShapeProblem, generateQuestions, toPublicQuestion, type PublicQuestion, type Question, type UserAnswer } from "../../../lib/questions";
import { fixtureCorpus } from "./fixtures";

const choice: PublicQuestion = { id: "q1", family: "commanders", format: "choice", prompt: "Who?", options: [{ id: "a", text: "Oku" }, { id: "b", text: "Nogi" }, { id: "c", text: "Kuroki" }] };
const trueFalse: PublicQuestion = { id: "q2", family: "dates", format: "trueFalse", prompt: "True?", options: [{ id: "true", text: "True" }, { id: "false", text: "False" }] };
const ordering: PublicQuestion = { id: "q3", family: "timeline", format: "ordering", prompt: "Order", options: [{ id: "a", text: "x" }, { id: "b", text: "y" }, { id: "c", text: "z" }] };
const matching: PublicQuestion = {
  id: "q4",
  family: "commanders",
  format: "matching",
  prompt: "Match",
  matching: { left: [{ id: "l1", text: "Oku" }, { id: "l2", text: "Stessel" }], right: [{ id: "a", text: "Japan" }, { id: "b", text: "Russia" }] },
};
const typed = (format: "shortAnswer" | "number" | "date"): PublicQuestion => ({ id: "q5", family: "dates", format, prompt: "When?" });

describe("answerShapeProblem", () => {
  const cases: [string, PublicQuestion, UserAnswer, RegExp | null][] = [
    ["choice: an option id", choice, "b", null],
    ["choice: a boolean", choice, true, /multiple-choice.*not true or false/],
    ["choice: a list", choice, ["a"], /not a list/],
    ["choice: an unknown id", choice, "d", /"d" is not one of/],
    ["choice: the option's text instead of its id", choice, "Nogi", /not one of/],
    ["trueFalse: a boolean", trueFalse, false, null],
    ["trueFalse: the radio value", trueFalse, "true", null],
    ["trueFalse: other text", trueFalse, "maybe", /true or false, not text/],
    ["trueFalse: an object", trueFalse, { a: "b" }, /not an object/],
    ["ordering: a permutation", ordering, ["c", "a", "b"], null],
    ["ordering: a duplicate", ordering, ["a", "a", "b"], /"a" appears more than once/],
    ["ordering: a missing item", ordering, ["a", "b"], /leaves out "c"/],
    ["ordering: an unknown item", ordering, ["a", "b", "z"], /"z" is not one of the items/],
    ["ordering: empty", ordering, [], /leaves out "a", "b", "c"/],
    ["ordering: text", ordering, "a,b,c", /not text/],
    ["matching: every pair", matching, { l1: "a", l2: "b" }, null],
    ["matching: two items to one option", matching, { l1: "b", l2: "b" }, null],
    ["matching: a missing pair", matching, { l1: "a" }, /"l2" has none/],
    ["matching: no pairs", matching, {}, /"l1", "l2" have none/],
    ["matching: an unknown option", matching, { l1: "a", l2: "c" }, /"c" is not an option/],
    ["matching: an unknown item", matching, { l1: "a", l2: "b", l3: "a" }, /"l3" is not an item/],
    ["matching: an inherited name is not a pair", matching, { l1: "a", toString: "b" }, /"toString" is not an item/],
    ["matching: a list", matching, ["a", "b"], /not a list/],
    ["shortAnswer: text", typed("shortAnswer"), "Oku", null],
    ["shortAnswer: empty", typed("shortAnswer"), "", /empty/],
    ["number: blank", typed("number"), "   ", /empty/],
    ["number: a boolean", typed("number"), true, /typed answer, not true or false/],
    ["date: a list", typed("date"), ["1905"], /typed answer, not a list/],
    ["date: text", typed("date"), "7 July 1905", null],
  ];
  it.each(cases)("%s", (_name, question, answer, expected) => {
    const problem = answerShapeProblem(question, answer);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  /** The answer a correct student sends, built from the key the way the practice page sends it. */
  function keyAnswer(q: Question): UserAnswer {
    const a = q.answer;
    switch (a.kind) {
      case "choice":
        return a.optionId;
      case "boolean":
        return a.value;
      case "order":
        return a.optionIds;
      case "match":
        return a.pairs;
      default:
        return a.display;
    }
  }

  const pool = generateQuestions(fixtureCorpus());

  it("accepts the correct answer of every generated question, seen from the browser's side", () => {
    expect(pool.length).toBeGreaterThan(50);
    for (const q of pool) expect(answerShapeProblem(toPublicQuestion(q), keyAnswer(q)), q.id).toBeNull();
  });

  it("rejects malformed answers to generated questions without naming any option's text", () => {
    const wrongShapes: Record<string, (q: PublicQuestion) => UserAnswer[]> = {
      choice: () => [true, ["a"], "no-such-option"],
      trueFalse: () => ["perhaps", ["true"], {}],
      ordering: (q) => {
        const ids = (q.options ?? []).map((o) => o.id);
        return [ids.slice(1), [ids[0]!, ...ids.slice(0, -1)], "a"];
      },
      matching: (q) => [{}, { [q.matching!.left[0]!.id]: "nope" }, ["a"]],
      shortAnswer: () => ["", true],
      number: () => [" ", ["1"]],
      date: () => ["", { y: "1905" }],
    };
    let checked = 0;
    for (const q of pool) {
      const visible = toPublicQuestion(q);
      const texts = [...(visible.options ?? []), ...(visible.matching?.right ?? []), ...(visible.matching?.left ?? [])].map((o) => o.text).filter((t) => t.length > 3);
      for (const answer of wrongShapes[q.format]!(visible)) {
        const problem = answerShapeProblem(visible, answer);
        expect(problem, `${q.id} ${JSON.stringify(answer)}`).toBeTypeOf("string");
        for (const text of texts) expect(problem).not.toContain(text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(pool.length * 2);
  });
});
