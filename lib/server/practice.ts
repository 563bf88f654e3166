/**
 * Practice sessions: questions generated from the imported facts. The
 * browser gets questions without their keys; answers are checked here.
 */
import { answerShapeProblem, assembleFrom, checkAnswer, describeAnswer, generateQuestions, toPublicQuestion, type CheckResult, type Family, type Format, type PublicQuestion, type Question, type UserAnswer } from "../questions";
import { markAnswer, TYPED_FORMATS, type AcceptedSpellings } from "../assignments/marking";
import { db, type Db } from "./db/client";
import { listEvents, loadEvents } from "./events";

/** What the browser sees of a question: nothing that gives the answer away. */
export type StudentQuestion = PublicQuestion;

export interface AnswerFeedback extends CheckResult {
  /** The correct answer in words, shown after the student answered. */
  correctAnswer: string;
  /** Orderings and matchings: the answer as a list (items in order, or "item: match"), easier to read than one line. */
  correctAnswerList?: string[];
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
export async function questionPool(database: Db = db()): Promise<Pool> {
  const latest = await database.importRun.findFirst({ orderBy: { finishedAt: "desc" }, select: { id: true } });
  const stamp = latest?.id ?? "none";
  const cached = globalForPool.musterQuestionPool;
  if (cached && cached.stamp === stamp) return cached;
  const questions = generateQuestions(await loadEvents(undefined, database));
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

export async function startPractice(request: PracticeRequest, database: Db = db()): Promise<StudentQuestion[]> {
  return (await assemblePractice(request, database)).map(toPublicQuestion);
}

/** The round's questions with their keys: for the server only (saved rounds store their ids). */
export async function assemblePractice(request: PracticeRequest, database: Db = db()): Promise<Question[]> {
  const pool = await questionPool(database);
  return assembleFrom(pool.questions, {
    count: request.count,
    seed: request.seed,
    ...(request.eventIds?.length && { events: request.eventIds }),
    ...(request.families?.length && { families: request.families }),
    ...(request.formats?.length && { formats: request.formats }),
  });
}

export async function checkPracticeAnswer(questionId: string, answer: UserAnswer, database: Db = db()): Promise<AnswerFeedback> {
  const pool = await questionPool(database);
  const question = pool.byId.get(questionId);
  if (!question) throw new PracticeError(goneMessage, 404);
  return gradeAnswer(question, answer, await acceptedSpellingsOf(database, question));
}

/** The spellings teachers accepted (after a contest) for the facts this question asks; empty for non-typed formats. */
export async function acceptedSpellingsOf(database: Db, question: Question): Promise<AcceptedSpellings> {
  if (!TYPED_FORMATS.has(question.format) || !question.factIds.length) return new Map();
  const rows = await database.acceptedAnswer.findMany({ where: { factId: { in: question.factIds } }, select: { factId: true, text: true } });
  const accepted = new Map<string, string[]>();
  for (const row of rows) accepted.set(row.factId, [...(accepted.get(row.factId) ?? []), row.text]);
  return accepted;
}

export const goneMessage = "This question no longer exists: the content changed since it was asked. Start a new practice round.";

/**
 * Checks an answer of the right shape; a malformed one is refused (400) rather than graded, since grading would send the key to whoever probes.
 * A typed answer the checker rejects still counts when it is a spelling a teacher accepted for the question's facts.
 */
export function gradeAnswer(question: Question, answer: UserAnswer, accepted: AcceptedSpellings = new Map()): AnswerFeedback {
  const problem = answerShapeProblem(question, answer);
  if (problem) throw new PracticeError(problem, 400);
  const result = checkAnswer(question, answer);
  if (!result.correct && accepted.size) {
    // The assignments' marking: the key, then the accepted spellings.
    const mark = markAnswer(question, answer, accepted);
    if (mark.correct) return feedbackFor(question, mark);
  }
  return feedbackFor(question, result);
}

/** The feedback shown once a question was answered: the verdict with the key and its sources. */
export function feedbackFor(question: Question, result: CheckResult): AnswerFeedback {
  const list = answerList(question);
  return { ...result, correctAnswer: describeAnswer(question), ...(list && { correctAnswerList: list }), explanation: question.explanation };
}

function answerList(question: Question): string[] | undefined {
  const answer = question.answer;
  const text = (options: { id: string; text: string }[] | undefined, id: string | undefined) => options?.find((option) => option.id === id)?.text ?? "?";
  if (answer.kind === "order") return answer.optionIds.map((id) => text(question.options, id));
  if (answer.kind === "match") return (question.matching?.left ?? []).map((item) => `${item.text}: ${text(question.matching?.right, answer.pairs[item.id])}`);
  return undefined;
}

/** A war a student can practise as a whole, with its events in date order. */
export interface PracticeWar {
  id: string;
  name: string;
  events: { id: string; name: string }[];
}

const slug = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** What the practice form offers: every war (events without one under "Other events") and its events. */
export async function practiceWars(): Promise<PracticeWar[]> {
  const wars = new Map<string, PracticeWar>();
  for (const event of await listEvents()) {
    const name = event.partOf ?? "Other events";
    const id = slug(name) || "other-events";
    const war = wars.get(id) ?? { id, name, events: [] };
    war.events.push({ id: event.id, name: event.name });
    wars.set(id, war);
  }
  return [...wars.values()];
}
