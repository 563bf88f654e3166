/**
 * The teacher's side of contests ("I was right") and question reports ("this question is wrong").
 *
 * - Accepting a contest marks that answer correct (overridden, the teacher's reason), stores the
 *   student's typed text as an accepted spelling of each fact the question asks (AcceptedAnswer:
 *   the checker accepts it from then on, in practice and in assignments), and re-marks the
 *   assignment's attempts, so everyone who typed the same spelling gets the mark too (their open
 *   contests on those answers are accepted with it). One transaction.
 * - Rejecting closes the contest; the mark stays.
 * - Withdrawing a reported question sets withdrawnAt, closes its open reports as "withdrawn" and
 *   re-marks every attempt (the question leaves every score and maximum). One transaction.
 * - Dismissing closes a report; the question stays.
 * Another teacher's contest, report or question is 404; one already resolved is 409.
 */
import { TYPED_FORMATS } from "../../assignments/marking";
import { answerLabel } from "../../assignments/item-analysis";
import { describeAnswer, type Question, type UserAnswer } from "../../questions";
import type { Db } from "../db/client";
import { inOneTransaction } from "../study/transaction-view";
import { remarkWithin, type RemarkOutcome } from "./remark";
import { ResultsError } from "./results-errors";

export interface ContestRow {
  id: string;
  status: string;
  note: string;
  createdAt: Date;
  resolvedAt: Date | null;
  student: { id: string; name: string };
  attemptId: string;
  score: number | null;
  maxScore: number | null;
  position: number;
  prompt: string;
  answer: string;
  key: string;
  verdict: string;
  correct: boolean;
  reason: string;
  /** A typed answer: accepting it adds the spelling for the future. */
  typed: boolean;
}

export interface ReportRow {
  id: string;
  status: string;
  note: string;
  createdAt: Date;
  resolvedAt: Date | null;
  student: { id: string; name: string };
  assignmentQuestionId: string;
  position: number;
  prompt: string;
  key: string;
  withdrawn: boolean;
}

const statusOrder = (status: string) => (status === "open" ? 0 : 1);

/** Rows in the order the teacher previewed them (position, then id as authoring orders them). */
export const byPosition = <T extends { id: string; position: number }>(a: T, b: T) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * AssignmentQuestion id → the question's number on the results pages less one (0 = "Q1"): its rank
 * in position order. Authored drafts store positions from 1 and the demo and older rows from 0,
 * so the stored position itself is not the number.
 */
async function questionRanks(database: Db, assignmentId: string): Promise<Map<string, number>> {
  const rows = await database.assignmentQuestion.findMany({ where: { assignmentId }, select: { id: true, position: true } });
  return new Map(rows.sort(byPosition).map((row, rank) => [row.id, rank]));
}

/** The contests on an assignment of the teacher's class: open ones first (oldest first), then resolved ones (latest first). */
export async function listContests(database: Db, teacherId: string, classId: string, assignmentId: string): Promise<ContestRow[]> {
  const [rows, ranks] = await Promise.all([
    database.attemptContest.findMany({
      where: { answer: { attempt: { assignment: { id: assignmentId, classroomId: classId, classroom: { teacherId } } } } },
      select: {
        id: true,
        status: true,
        note: true,
        createdAt: true,
        resolvedAt: true,
        user: { select: { id: true, name: true } },
        answer: {
          select: {
            answer: true,
            verdict: true,
            correct: true,
            reason: true,
            attempt: { select: { id: true, score: true, maxScore: true } },
            question: { select: { id: true, position: true, snapshot: true } },
          },
        },
      },
    }),
    questionRanks(database, assignmentId),
  ]);
  return rows
    .map((row): ContestRow => {
      const question = row.answer.question.snapshot as unknown as Question;
      return {
        id: row.id,
        status: row.status,
        note: row.note,
        createdAt: row.createdAt,
        resolvedAt: row.resolvedAt,
        student: row.user,
        attemptId: row.answer.attempt.id,
        score: row.answer.attempt.score,
        maxScore: row.answer.attempt.maxScore,
        position: ranks.get(row.answer.question.id) ?? row.answer.question.position,
        prompt: question.prompt,
        answer: answerLabel(question, row.answer.answer as UserAnswer),
        key: describeAnswer(question),
        verdict: row.answer.verdict,
        correct: row.answer.correct,
        reason: row.answer.reason,
        typed: TYPED_FORMATS.has(question.format),
      };
    })
    .sort((a, b) => statusOrder(a.status) - statusOrder(b.status) || (a.status === "open" ? a.createdAt.getTime() - b.createdAt.getTime() : (b.resolvedAt?.getTime() ?? 0) - (a.resolvedAt?.getTime() ?? 0)) || (a.id < b.id ? -1 : 1));
}

/** The reports on an assignment's questions: open ones first. */
export async function listReports(database: Db, teacherId: string, classId: string, assignmentId: string): Promise<ReportRow[]> {
  const [rows, ranks] = await Promise.all([
    database.questionReport.findMany({
      where: { question: { assignment: { id: assignmentId, classroomId: classId, classroom: { teacherId } } } },
      select: { id: true, status: true, note: true, createdAt: true, resolvedAt: true, user: { select: { id: true, name: true } }, question: { select: { id: true, position: true, snapshot: true, withdrawnAt: true } } },
    }),
    questionRanks(database, assignmentId),
  ]);
  return rows
    .map((row): ReportRow => {
      const question = row.question.snapshot as unknown as Question;
      return {
        id: row.id,
        status: row.status,
        note: row.note,
        createdAt: row.createdAt,
        resolvedAt: row.resolvedAt,
        student: row.user,
        assignmentQuestionId: row.question.id,
        position: ranks.get(row.question.id) ?? row.question.position,
        prompt: question.prompt,
        key: describeAnswer(question),
        withdrawn: row.question.withdrawnAt !== null,
      };
    })
    .sort((a, b) => statusOrder(a.status) - statusOrder(b.status) || a.position - b.position || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
}

const noContest = () => new ResultsError("There is no such contest.", 404);
const noReport = () => new ResultsError("There is no such report.", 404);
const noQuestion = () => new ResultsError("There is no such question in your assignments.", 404);
const resolved = (status: string) => new ResultsError(`This contest was already ${status}.`, 409);

async function openContest(database: Db, teacherId: string, contestId: string) {
  const contest = await database.attemptContest.findFirst({
    where: { id: contestId, answer: { attempt: { assignment: { classroom: { teacherId } } } } },
    select: { id: true, status: true, answer: { select: { id: true, answer: true, attempt: { select: { id: true, assignmentId: true } }, question: { select: { snapshot: true } } } } },
  });
  if (!contest) throw noContest();
  if (contest.status !== "open") throw resolved(contest.status);
  return contest;
}

export interface AcceptOutcome {
  contestId: string;
  attemptId: string;
  /** The spelling added for the future (typed answers), or null. */
  spelling: string | null;
  /** Other open contests the re-mark settled (same spelling). */
  alsoAccepted: number;
  remark: RemarkOutcome;
}

export async function acceptContest(database: Db, teacherId: string, contestId: string, now: Date): Promise<AcceptOutcome> {
  return inOneTransaction(database, async (tx) => {
    const contest = await openContest(tx, teacherId, contestId);
    const question = contest.answer.question.snapshot as unknown as Question;
    const given = contest.answer.answer as UserAnswer;
    const spelling = TYPED_FORMATS.has(question.format) && typeof given === "string" && given.trim() !== "" ? given.trim() : null;
    if (spelling) {
      for (const factId of new Set(question.factIds)) {
        await tx.acceptedAnswer.upsert({ where: { factId_text: { factId, text: spelling } }, create: { factId, text: spelling, createdById: teacherId, createdAt: now }, update: {} });
      }
    }
    // The teacher's mark stands whatever the checker says (also for non-typed answers).
    await tx.attemptAnswer.update({
      where: { id: contest.answer.id },
      data: { verdict: "correct", correct: true, overridden: true, reason: spelling ? `accepted by your teacher: "${spelling}" counts for this answer` : "accepted by your teacher" },
    });
    // A claimed update: a second accept of the same contest at once finds it no longer open.
    const claimed = await tx.attemptContest.updateMany({ where: { id: contest.id, status: "open" }, data: { status: "accepted", resolvedAt: now, resolverId: teacherId } });
    if (claimed.count !== 1) throw resolved("resolved");
    const remark = await remarkWithin(tx, contest.answer.attempt.assignmentId);
    // Open contests on answers the re-mark now counts right are settled with this one.
    const settled = await tx.attemptContest.updateMany({
      where: { status: "open", answer: { correct: true, attempt: { assignmentId: contest.answer.attempt.assignmentId } } },
      data: { status: "accepted", resolvedAt: now, resolverId: teacherId },
    });
    return { contestId: contest.id, attemptId: contest.answer.attempt.id, spelling, alsoAccepted: settled.count, remark };
  });
}

export async function rejectContest(database: Db, teacherId: string, contestId: string, now: Date): Promise<{ contestId: string }> {
  return inOneTransaction(database, async (tx) => {
    const contest = await openContest(tx, teacherId, contestId);
    const claimed = await tx.attemptContest.updateMany({ where: { id: contest.id, status: "open" }, data: { status: "rejected", resolvedAt: now, resolverId: teacherId } });
    if (claimed.count !== 1) throw resolved("resolved");
    return { contestId: contest.id };
  });
}

export interface WithdrawOutcome {
  assignmentQuestionId: string;
  reportsClosed: number;
  remark: RemarkOutcome;
}

export async function withdrawQuestion(database: Db, teacherId: string, assignmentQuestionId: string, note: string, now: Date): Promise<WithdrawOutcome> {
  return inOneTransaction(database, async (tx) => {
    const question = await tx.assignmentQuestion.findFirst({ where: { id: assignmentQuestionId, assignment: { classroom: { teacherId } } }, select: { id: true, assignmentId: true, withdrawnAt: true } });
    if (!question) throw noQuestion();
    const claimed = await tx.assignmentQuestion.updateMany({ where: { id: question.id, withdrawnAt: null }, data: { withdrawnAt: now, withdrawnNote: note.trim() || null } });
    if (claimed.count !== 1) throw new ResultsError("This question was already withdrawn.", 409);
    const closed = await tx.questionReport.updateMany({ where: { assignmentQuestionId: question.id, status: "open" }, data: { status: "withdrawn", resolvedAt: now } });
    const remark = await remarkWithin(tx, question.assignmentId);
    return { assignmentQuestionId: question.id, reportsClosed: closed.count, remark };
  });
}

export async function dismissReport(database: Db, teacherId: string, reportId: string, now: Date): Promise<{ reportId: string }> {
  return inOneTransaction(database, async (tx) => {
    const report = await tx.questionReport.findFirst({ where: { id: reportId, question: { assignment: { classroom: { teacherId } } } }, select: { id: true, status: true } });
    if (!report) throw noReport();
    const claimed = await tx.questionReport.updateMany({ where: { id: report.id, status: "open" }, data: { status: "dismissed", resolvedAt: now } });
    if (claimed.count !== 1) throw new ResultsError(`This report was already ${report.status === "open" ? "resolved" : report.status}.`, 409);
    return { reportId: report.id };
  });
}

/** The report's question, for withdrawing from a report row (404 unless it is the teacher's). */
export async function reportQuestionId(database: Db, teacherId: string, reportId: string): Promise<string> {
  const report = await database.questionReport.findFirst({ where: { id: reportId, question: { assignment: { classroom: { teacherId } } } }, select: { assignmentQuestionId: true } });
  if (!report) throw noReport();
  return report.assignmentQuestionId;
}
