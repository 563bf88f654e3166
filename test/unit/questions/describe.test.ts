import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../../lib/content/load";
import { checkAnswer, describeAnswer, generateQuestions } from "../../../lib/questions";

const questions = generateQuestions(loadCorpus([path.resolve(import.meta.dirname, "../../../content")]).events);

describe("describeAnswer", () => {
  it("names the key option of choice questions and the accepted display of typed ones", () => {
    for (const q of questions) {
      const text = describeAnswer(q);
      expect(text.trim(), q.id).not.toBe("");
      if (q.answer.kind === "choice") expect(checkAnswer(q, text).correct, q.prompt).toBe(true);
      if (q.answer.kind === "text" || q.answer.kind === "number" || q.answer.kind === "date") expect(text).toBe(q.answer.display);
      if (q.answer.kind === "boolean") expect(text).toBe(q.answer.value ? "True" : "False");
    }
  });
});
