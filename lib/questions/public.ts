/** The browser's view of a question: no key, template, facts, distractor list or explanation. */
import type { PublicQuestion, Question } from "./types";

export function toPublicQuestion(q: Question): PublicQuestion {
  const p: PublicQuestion = { id: q.id, family: q.family, format: q.format, prompt: q.prompt };
  if (q.options) p.options = q.options.map(({ id, text }) => ({ id, text }));
  if (q.matching) p.matching = { left: q.matching.left.map(({ id, text }) => ({ id, text })), right: q.matching.right.map(({ id, text }) => ({ id, text })) };
  if (q.inputHint) p.inputHint = q.inputHint;
  return p;
}
