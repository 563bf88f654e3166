/**
 * Saved practice of a signed-in student: the round (its request and question ids), every answer as
 * checked on the server, and the flashcard reviews each answer implies (lib/study practiceRatings:
 * correct → Good, incorrect → Again), all written in one transaction. A client id per submission
 * makes a retry find its answer instead of adding one. Keys leave the server only with feedback.
 */
import { toPublicQuestion, type Question, type UserAnswer } from "../../questions";
import { practiceRatings } from "../../study";
import type { Db } from "../db/client";
import { uniqueViolation } from "../db/errors";
import { acceptedSpellingsOf, assemblePractice, feedbackFor, goneMessage, gradeAnswer, PracticeError, questionPool, type AnswerFeedback, type PracticeRequest, type StudentQuestion } from "../practice";
import { cardCatalogue } from "./cards";
import { submitReview } from "./reviews";
import { inOneTransaction } from "./transaction-view";

/** Formats whose answer is typed: only those can be contested ("I was right"). */
const TYPED_FORMATS = new Set(["shortAnswer", "number", "date"]);

export interface SavedAnswer {
  answerId: string;
  questionId: string;
  position: number;
  answer: UserAnswer;
  feedback: AnswerFeedback;
  /** A rejected typed answer the student may contest. */
  contestable: boolean;
  contested: boolean;
}

export interface SavedRound {
  roundId: string;
  questions: StudentQuestion[];
  /** Answers so far, in the order of the questions. */
  answers: SavedAnswer[];
  finished: boolean;
}

/** The request in one spelling, so a reload of the same round URL finds the same round. */
function canonical(request: PracticeRequest): PracticeRequest {
  return {
    count: request.count,
    seed: request.seed,
    ...(request.eventIds?.length && { eventIds: [...request.eventIds].sort() }),
    ...(request.families?.length && { families: [...request.families].sort() }),
    ...(request.formats?.length && { formats: [...request.formats].sort() }),
  };
}

/** JSON with sorted keys: PostgreSQL's JSONB does not keep the order keys were written in. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

function savedAnswer(question: Question, row: { id: string; questionId: string; position: number; answer: unknown; verdict: string; reason: string; contest: { id: string } | null }): SavedAnswer {
  const verdict = row.verdict as AnswerFeedback["verdict"];
  const feedback = feedbackFor(question, { correct: verdict !== "incorrect", verdict, reason: row.reason });
  return {
    answerId: row.id,
    questionId: row.questionId,
    position: row.position,
    answer: row.answer as UserAnswer,
    feedback,
    contestable: verdict === "incorrect" && TYPED_FORMATS.has(question.format),
    contested: row.contest !== null,
  };
}

const answerSelect = { id: true, questionId: true, position: true, answer: true, verdict: true, reason: true, contest: { select: { id: true } } } as const;

/**
 * The student's round for this request: the unfinished (or finished) one started from the same
 * request, with its answers, or a new one. Questions the content no longer has are left out.
 */
export async function openRound(database: Db, userId: string, request: PracticeRequest, now: Date): Promise<SavedRound> {
  const wanted = stableJson(canonical(request));
  const rounds = await database.practiceRound.findMany({ where: { userId }, orderBy: { startedAt: "desc" }, take: 50, select: { id: true, request: true } });
  const found = rounds.find((round) => stableJson(round.request) === wanted);
  if (found) {
    const saved = await getOwnRound(database, userId, found.id);
    // A round whose questions all left the content cannot be resumed: start afresh.
    if (saved && saved.questions.length > 0) return saved;
  }
  const questions = await assemblePractice(request, database);
  const round = await database.practiceRound.create({
    data: { userId, request: canonical(request) as object, questionIds: questions.map((q) => q.id), generatorVersion: String(questions[0]?.generatorVersion ?? ""), startedAt: now },
    select: { id: true },
  });
  return { roundId: round.id, questions: questions.map(toPublicQuestion), answers: [], finished: false };
}

/** One of the student's rounds by id, with its answers; null when it is not theirs. */
export async function getOwnRound(database: Db, userId: string, roundId: string): Promise<SavedRound | null> {
  const round = await database.practiceRound.findFirst({ where: { id: roundId, userId }, select: { id: true, questionIds: true, finishedAt: true } });
  if (!round) return null;
  const pool = await questionPool(database);
  const questions = (round.questionIds as string[]).map((id) => pool.byId.get(id)).filter((q): q is Question => q !== undefined);
  const byQuestion = new Map(questions.map((q) => [q.id, q]));
  const rows = await database.practiceAnswer.findMany({ where: { roundId, userId }, select: answerSelect });
  const answers = rows.filter((row) => byQuestion.has(row.questionId)).map((row) => savedAnswer(byQuestion.get(row.questionId)!, row)).sort((a, b) => a.position - b.position);
  return { roundId: round.id, questions: questions.map(toPublicQuestion), answers, finished: round.finishedAt !== null };
}

export interface AnswerInput {
  roundId: string;
  questionId: string;
  answer: UserAnswer;
  /** Generated by the browser once per submission; a retry sends the same one. */
  clientId: string;
  timeTakenMs?: number | null;
  now: Date;
}

export interface AnswerOutcome extends SavedAnswer {
  /** Card reviews this answer wrote (or had written, for a retry). */
  reviews: number;
  duplicate: boolean;
}

/** Test seam: runs inside the transaction after the reviews, before it commits. */
export interface AnswerHooks {
  afterReviews?: () => Promise<void> | void;
}

async function existingAnswer(database: Db, userId: string, input: AnswerInput, question: Question): Promise<AnswerOutcome | null> {
  const row = await database.practiceAnswer.findUnique({ where: { userId_clientId: { userId, clientId: input.clientId } }, select: { ...answerSelect, roundId: true, _count: { select: { reviews: true } } } });
  if (!row) return null;
  if (row.roundId !== input.roundId || row.questionId !== input.questionId) throw new PracticeError("This submission id was already used for another question.", 409);
  return { ...savedAnswer(question, row), reviews: row._count.reviews, duplicate: true };
}

export async function submitRoundAnswer(database: Db, userId: string, input: AnswerInput, hooks: AnswerHooks = {}): Promise<AnswerOutcome> {
  const round = await database.practiceRound.findFirst({ where: { id: input.roundId, userId }, select: { id: true, questionIds: true } });
  if (!round) throw new PracticeError("There is no such practice round.", 404);
  const ids = round.questionIds as string[];
  const position = ids.indexOf(input.questionId);
  if (position < 0) throw new PracticeError("This question is not part of this round.", 404);
  const question = (await questionPool(database)).byId.get(input.questionId);
  if (!question) throw new PracticeError(goneMessage, 404);
  const earlier = await existingAnswer(database, userId, input, question);
  if (earlier) return earlier;
  const feedback = gradeAnswer(question, input.answer, await acceptedSpellingsOf(database, question));
  const catalogue = await cardCatalogue(database);
  const ratings = practiceRatings({ asks: question.asks, correct: feedback.correct }, catalogue.cards);
  try {
    return await inOneTransaction(database, async (tx) => {
      const answer = await tx.practiceAnswer.create({
        data: {
          roundId: round.id,
          userId,
          questionId: question.id,
          position,
          generatorVersion: String(question.generatorVersion),
          factVersions: question.factVersions,
          answer: input.answer as object,
          verdict: feedback.verdict,
          reason: feedback.reason,
          timeTakenMs: input.timeTakenMs ?? null,
          clientId: input.clientId,
          answeredAt: input.now,
        },
        select: { id: true },
      });
      for (const { cardKey, rating } of ratings) {
        const row = await tx.cardState.findUnique({ where: { userId_cardKey: { userId, cardKey } }, select: { revision: true, retiredAt: true } });
        if (row?.retiredAt) continue;
        // The flashcards' own review writer, joined to this transaction (transaction-view.ts).
        const outcome = await submitReview(tx, userId, { cardKey, rating, clientId: `practice:${input.clientId}:${cardKey}`, shownRevision: row?.revision ?? 0, source: "practice", durationMs: input.timeTakenMs ?? null, now: input.now });
        await tx.reviewLog.update({ where: { id: outcome.reviewId }, data: { answerId: answer.id } });
      }
      const answered = await tx.practiceAnswer.count({ where: { roundId: round.id } });
      if (answered >= ids.length) await tx.practiceRound.update({ where: { id: round.id }, data: { finishedAt: input.now } });
      await hooks.afterReviews?.();
      return {
        answerId: answer.id,
        questionId: question.id,
        position,
        answer: input.answer,
        feedback,
        contestable: !feedback.correct && TYPED_FORMATS.has(question.format),
        contested: false,
        reviews: ratings.length,
        duplicate: false,
      };
    });
  } catch (error) {
    const violation = uniqueViolation(error);
    if (violation?.model === "PracticeAnswer") {
      // A retry raced the first submission, or the question was answered already.
      const same = await existingAnswer(database, userId, input, question);
      if (same) return same;
      throw new PracticeError("This question was already answered in this round.", 409);
    }
    throw error;
  }
}

/** "I was right": the student contests a rejected typed answer; stored for teachers, once. */
export async function contestAnswer(database: Db, userId: string, input: { answerId: string; note: string; now: Date }): Promise<{ contestId: string; status: string; duplicate: boolean }> {
  const answer = await database.practiceAnswer.findFirst({ where: { id: input.answerId, userId }, select: { id: true, verdict: true, questionId: true, contest: { select: { id: true, status: true } } } });
  if (!answer) throw new PracticeError("There is no such answer.", 404);
  if (answer.contest) return { contestId: answer.contest.id, status: answer.contest.status, duplicate: true };
  const question = (await questionPool(database)).byId.get(answer.questionId);
  if (answer.verdict !== "incorrect" || !question || !TYPED_FORMATS.has(question.format)) throw new PracticeError("Only a rejected typed answer can be contested.", 400);
  try {
    const contest = await database.answerContest.create({ data: { answerId: answer.id, userId, note: input.note, createdAt: input.now }, select: { id: true, status: true } });
    return { contestId: contest.id, status: contest.status, duplicate: false };
  } catch (error) {
    if (uniqueViolation(error)?.model === "AnswerContest") return contestAnswer(database, userId, input);
    throw error;
  }
}
