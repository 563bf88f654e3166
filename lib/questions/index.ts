/**
 * Question engine: facts → questions → quizzes, and lenient answer checking.
 * Pure and deterministic: no I/O, no clock, no Math.random; randomness comes from seeds.
 */
export type { AcceptedText, Answer, CheckResult, Explanation, Family, Format, MatchingItems, Option, PublicQuestion, Question, RejectedText, UserAnswer } from "./types";
export { FAMILIES, FORMATS } from "./types";
export { GENERATOR_VERSION, questionId } from "./ids";
export { generateQuestions, type GenerateOptions } from "./generate";
export { assembleFrom, assembleQuiz, givesAway, type AssembleOptions } from "./assemble";
export { checkAnswer } from "./checker";
export { describeAnswer } from "./describe";
export { toPublicQuestion } from "./public";
export { answerShapeProblem } from "./answer-shape";
