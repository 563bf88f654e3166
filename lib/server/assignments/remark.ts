/**
 * Re-marking an assignment's attempts after a teacher changed what counts: an accepted spelling
 * (contest) or a withdrawn question (report). Every answer a teacher did not override is marked
 * again against its frozen snapshot with lib/assignments markAnswer and the accepted spellings of
 * the question's facts; every attempt's score is recomputed with scoreAttempt, withdrawn questions
 * out of both score and maximum. Answers a teacher set (overridden) stay as set. Only what changed
 * is written, in one transaction.
 */
import { markAnswer, type AcceptedSpellings } from "../../assignments/marking";
import { scoreAttempt } from "../../assignments/score";
import type { Question, UserAnswer } from "../../questions";
import type { Db } from "../db/client";
import { inOneTransaction } from "../study/transaction-view";

export interface RemarkOutcome {
  attempts: number;
  /** Answers whose verdict, mark or reason changed. */
  answersChanged: number;
  /** Attempts whose score or maximum changed. */
  scoresChanged: number;
}

/** factId → spellings teachers accepted, for these facts. */
export async function acceptedSpellings(database: Db, factIds: readonly string[]): Promise<AcceptedSpellings> {
  const accepted = new Map<string, string[]>();
  if (!factIds.length) return accepted;
  const rows = await database.acceptedAnswer.findMany({ where: { factId: { in: [...new Set(factIds)] } }, select: { factId: true, text: true } });
  for (const row of rows) accepted.set(row.factId, [...(accepted.get(row.factId) ?? []), row.text]);
  return accepted;
}

/** Re-marks with `database` as given (a transaction's view when called from one). */
export async function remarkWithin(database: Db, assignmentId: string, options: { attemptId?: string } = {}): Promise<RemarkOutcome> {
  const questions = await database.assignmentQuestion.findMany({ where: { assignmentId }, select: { id: true, snapshot: true, withdrawnAt: true } });
  const snapshots = new Map(questions.map((q) => [q.id, q.snapshot as unknown as Question]));
  const withdrawn = new Set(questions.filter((q) => q.withdrawnAt).map((q) => q.id));
  const accepted = await acceptedSpellings(
    database,
    [...snapshots.values()].flatMap((q) => q.factIds),
  );
  const attempts = await database.attempt.findMany({
    where: { assignmentId, ...(options.attemptId && { id: options.attemptId }) },
    select: { id: true, questionOrder: true, submittedAt: true, score: true, maxScore: true, answers: { select: { id: true, assignmentQuestionId: true, answer: true, verdict: true, correct: true, reason: true, overridden: true } } },
  });
  let answersChanged = 0;
  let scoresChanged = 0;
  for (const attempt of attempts) {
    const marked: { assignmentQuestionId: string; correct: boolean }[] = [];
    for (const answer of attempt.answers) {
      const question = snapshots.get(answer.assignmentQuestionId);
      if (!question || answer.overridden) {
        marked.push(answer);
        continue;
      }
      const mark = markAnswer(question, answer.answer as UserAnswer, accepted);
      if (mark.verdict !== answer.verdict || mark.correct !== answer.correct || mark.reason !== answer.reason) {
        await database.attemptAnswer.update({ where: { id: answer.id }, data: { verdict: mark.verdict, correct: mark.correct, reason: mark.reason } });
        answersChanged++;
      }
      marked.push({ assignmentQuestionId: answer.assignmentQuestionId, correct: mark.correct });
    }
    // An attempt still being taken has no score yet; it gets one when it is submitted.
    if (!attempt.submittedAt && attempt.score === null) continue;
    const { score, maxScore } = scoreAttempt(attempt.questionOrder as string[], marked, withdrawn);
    if (score !== attempt.score || maxScore !== attempt.maxScore) {
      await database.attempt.update({ where: { id: attempt.id }, data: { score, maxScore } });
      scoresChanged++;
    }
  }
  return { attempts: attempts.length, answersChanged, scoresChanged };
}

/** Re-marks every attempt of the assignment (or the one attempt), in one transaction. */
export function remarkAttempts(database: Db, assignmentId: string, options: { attemptId?: string } = {}): Promise<RemarkOutcome> {
  return inOneTransaction(database, (view) => remarkWithin(view, assignmentId, options));
}
