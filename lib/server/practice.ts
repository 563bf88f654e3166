/**
 * Practice sessions: questions generated from the imported facts. The
 * browser gets questions without their keys; answers are checked here.
 */
import { answerShapeProblem, assembleFrom, checkAnswer, describeAnswer, generateQuestions, toPublicQuestion, type CheckResult, type Family, type Format, type PublicQuestion, type Question, type UserAnswer } from "../questions";
import { db } from "./db/client";
import { loadEvents } from "./events";

/** What the browser sees of a question: nothing that gives the answer away. */
export type StudentQuestion = PublicQuestion;

export interface AnswerFeedback extends CheckResult {
  /** The correct answer in words, shown after the student answered. */
  correctAnswer: string;
  explanation: { text: string; sources: { file: string; line: number; quote: string }[] };
}

export class PracticeError extends Error {
  override name = "PracticeError";
  constructor(
    message: string,
    readonly status: 400 | 404 | 409,
  ) {
    super(message);
  }
}

type Pool = { stamp: string; questions: Question[]; byId: Map<string, Question> };
const globalForPool = globalThis as unknown as { musterQuestionPool?: Pool };

/** All questions of the current content, regenerated only after an import changed something. */
async function questionPool(): Promise<Pool> {
  const latest = await db().importRun.findFirst({ orderBy: { finishedAt: "desc" }, select: { id: true } });
  const stamp = latest?.id ?? "none";
  const cached = globalForPool.musterQuestionPool;
  if (cached && cached.stamp === stamp) return cached;
  const questions = generateQuestions(await loadEvents());
  const pool = { stamp, questions, byId: new Map(questions.map((question) => [question.id, question])) };
  globalForPool.musterQuestionPool = pool;
  return pool;
}

export interface PracticeRequest {
  eventIds?: string[];
  families?: Family[];
  formats?: Format[];
  count: number;
  seed: string;
}

export async function startPractice(request: PracticeRequest): Promise<StudentQuestion[]> {
  const pool = await questionPool();
  const questions = assembleFrom(pool.questions, {
    count: request.count,
    seed: request.seed,
    ...(request.eventIds?.length && { events: request.eventIds }),
    ...(request.families?.length && { families: request.families }),
    ...(request.formats?.length && { formats: request.formats }),
  });
  return questions.map(toPublicQuestion);
}

export async function checkPracticeAnswer(questionId: string, answer: UserAnswer): Promise<AnswerFeedback> {
  const pool = await questionPool();
  const question = pool.byId.get(questionId);
  if (!question) throw new PracticeError("This question no longer exists: the content changed since it was asked. Start a new practice round.", 404);
  // A malformed answer is not graded: grading it would send the key back to whoever probes.
  const problem = answerShapeProblem(question, answer);
  if (problem) throw new PracticeError(problem, 400);
  const result = checkAnswer(question, answer);
  return { ...result, correctAnswer: describeAnswer(question), explanation: question.explanation };
}
