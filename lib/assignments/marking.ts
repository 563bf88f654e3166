/**
 * Marking an answer to a frozen assignment question. The snapshot's own key decides, as in
 * practice (lib/questions checkAnswer), plus the spellings teachers accepted for the question's
 * facts after a contest ("I was right"): those count from then on, and a re-mark applies them to
 * answers already given. The checker's "close" (two items swapped, "check the spelling") earns no
 * mark, as in practice; its reason tells the student how near they were.
 */
import { answerShapeProblem, checkAnswer, type CheckResult, type Question, type UserAnswer } from "../questions";
import { normalise } from "../questions/text/normalise";

export interface Mark {
  verdict: CheckResult["verdict"];
  correct: boolean;
  reason: string;
}

/** Formats whose answer is typed: only these can be contested and gain accepted spellings. */
export const TYPED_FORMATS: ReadonlySet<Question["format"]> = new Set(["shortAnswer", "number", "date"]);

/** factId → spellings teachers accepted for it. */
export type AcceptedSpellings = ReadonlyMap<string, readonly string[]>;

/** The accepted spellings that apply to a question: those of the facts it asks. */
export function spellingsFor(question: Question, accepted: AcceptedSpellings): string[] {
  if (!TYPED_FORMATS.has(question.format)) return [];
  return question.factIds.flatMap((factId) => accepted.get(factId) ?? []);
}

/** Why an answer of the wrong shape cannot be marked (a 400), or null. */
export function markingProblem(question: Question, answer: UserAnswer): string | null {
  return answerShapeProblem(question, answer);
}

export function markAnswer(question: Question, answer: UserAnswer, accepted: AcceptedSpellings = new Map()): Mark {
  const result = checkAnswer(question, answer);
  if (result.correct) return { verdict: result.verdict, correct: true, reason: result.reason };
  if (typeof answer === "string") {
    const typed = normalise(answer);
    const spelling = spellingsFor(question, accepted).find((text) => normalise(text) === typed);
    if (typed !== "" && spelling !== undefined) return { verdict: "correct", correct: true, reason: `accepted: your teacher accepted "${spelling}" for this answer` };
  }
  return { verdict: result.verdict, correct: false, reason: result.reason };
}
