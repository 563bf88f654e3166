/** The correct answer of a question in words, shown to the student after they answered. */
import type { Question } from "./types";

export function describeAnswer(question: Question): string {
  const answer = question.answer;
  const optionText = (id: string) => question.options?.find((option) => option.id === id)?.text ?? id;
  switch (answer.kind) {
    case "choice":
      return optionText(answer.optionId);
    case "boolean":
      return answer.value ? "True" : "False";
    case "order":
      return answer.optionIds.map(optionText).join(" → ");
    case "match": {
      const left = question.matching?.left ?? [];
      const right = question.matching?.right ?? [];
      return left.map((item) => `${item.text}: ${right.find((option) => option.id === answer.pairs[item.id])?.text ?? "?"}`).join("; ");
    }
    default:
      return answer.display;
  }
}
