/**
 * Is a submitted answer the right shape for its question's format? A malformed answer is a broken
 * client or someone probing, not a wrong answer: it gets a message and is never graded, so the key
 * and explanation are not sent back. Looks only at what the student saw (PublicQuestion).
 */
import type { PublicQuestion, UserAnswer } from "./types";

const describeValue = (value: UserAnswer): string =>
  Array.isArray(value) ? "a list" : value === null ? "null" : typeof value === "object" ? "an object" : typeof value === "boolean" ? "true or false" : "text";

const listIds = (ids: string[]): string => ids.map((id) => `"${id}"`).join(", ");

/** A message saying what is wrong with the answer's shape, or null when it fits the question. */
export function answerShapeProblem(question: PublicQuestion, answer: UserAnswer): string | null {
  const optionIds = (question.options ?? []).map((option) => option.id);
  switch (question.format) {
    case "choice": {
      if (typeof answer !== "string") return `A multiple-choice answer is the id of one option (${listIds(optionIds)}), not ${describeValue(answer)}.`;
      return optionIds.includes(answer) ? null : `"${answer}" is not one of this question's options (${listIds(optionIds)}).`;
    }
    case "trueFalse": {
      if (typeof answer === "boolean") return null;
      // The options' own ids ("true", "false") are the same answer spelled as the radio buttons send it.
      if (typeof answer === "string" && optionIds.includes(answer)) return null;
      return `A true-or-false answer is true or false, not ${describeValue(answer)}.`;
    }
    case "ordering": {
      if (!Array.isArray(answer)) return `An ordering answer is the list of all ${optionIds.length} item ids in your order, not ${describeValue(answer)}.`;
      const seen = new Set<string>();
      for (const id of answer) {
        if (!optionIds.includes(id)) return `"${id}" is not one of the items to order (${listIds(optionIds)}).`;
        if (seen.has(id)) return `"${id}" appears more than once; give each item exactly once.`;
        seen.add(id);
      }
      const missing = optionIds.filter((id) => !seen.has(id));
      return missing.length ? `The order leaves out ${listIds(missing)}; give each of the ${optionIds.length} items exactly once.` : null;
    }
    case "matching": {
      if (typeof answer !== "object" || answer === null || Array.isArray(answer)) return `A matching answer pairs each item with an option, not ${describeValue(answer)}.`;
      const left = (question.matching?.left ?? []).map((item) => item.id);
      const right = (question.matching?.right ?? []).map((item) => item.id);
      for (const [leftId, rightId] of Object.entries(answer)) {
        if (!left.includes(leftId)) return `"${leftId}" is not an item of this question (${listIds(left)}).`;
        if (typeof rightId !== "string" || !right.includes(rightId)) return `"${String(rightId)}" is not an option to pair "${leftId}" with (${listIds(right)}).`;
      }
      const unpaired = left.filter((id) => !Object.hasOwn(answer, id));
      return unpaired.length ? `Every item needs a match; ${listIds(unpaired)} ${unpaired.length === 1 ? "has" : "have"} none.` : null;
    }
    case "shortAnswer":
    case "number":
    case "date": {
      if (typeof answer !== "string") return `This question takes a typed answer, not ${describeValue(answer)}.`;
      return answer.trim() === "" ? "The answer is empty; type an answer before checking." : null;
    }
  }
}
