/**
 * What a teacher reads about their classes' work: the gradebook, one attempt answer by answer,
 * and an assignment's results (item analysis, score distribution, per-fact results, contests and
 * reports). Everything is scoped to the asking teacher: another teacher's class, assignment or
 * attempt is "not found" (404), never "forbidden", so ids leak nothing.
 */
import { buildGradebook, type Gradebook, type GradebookPolicy } from "../../assignments/gradebook";
import { analyseItems, answerLabel, factResults, scoreDistribution, type AnalysedQuestion, type AttemptBasis, type DistributionBin, type FactResult, type ItemAnalysis } from "../../assignments/item-analysis";
import { describeAnswer, type Question, type UserAnswer } from "../../questions";
import { Prisma } from "../../generated/sqlite/client";
import type { Db } from "../db/client";
import { byCodeUnits } from "../db/order";
import { byPosition, listContests, listReports, type ContestRow, type ReportRow } from "./contests";
import { noAssignment, noAttempt, noClass } from "./results-errors";
import { settleExpiredAttempts } from "./attempts";

export { ResultsError } from "./results-errors";

export interface ClassSummary {
  id: string;
  name: string;
  archivedAt: Date | null;
}

/** The teacher's own class, or 404. */
export async function ownClass(database: Db, teacherId: string, classId: string): Promise<ClassSummary> {
  const classroom = await database.classroom.findFirst({ where: { id: classId, teacherId }, select: { id: true, name: true, archivedAt: true } });
  if (!classroom) throw noClass();
  return classroom;
}

const byName = <T extends { name: string }>(a: T, b: T) => byCodeUnits(a.name.toLowerCase(), b.name.toLowerCase()) || byCodeUnits(a.name, b.name);

export interface GradebookView {
  classroom: ClassSummary;
  gradebook: Gradebook;
}

/**
 * Students (current members, by name) × published assignments (not archived, by due time then
 * creation), each cell from the student's attempts (lib/assignments gradebook).
 */
export async function loadGradebook(database: Db, teacherId: string, classId: string, now: Date, policy: GradebookPolicy = "best"): Promise<GradebookView> {
  const classroom = await ownClass(database, teacherId, classId);
  await settleExpiredAttempts(database, { classroomId: classId }, now);
  const [members, assignments, attempts] = await Promise.all([
    database.classMember.findMany({ where: { classroomId: classId, removedAt: null }, select: { userId: true, user: { select: { name: true } } } }),
    database.assignment.findMany({ where: { classroomId: classId, status: "published", archivedAt: null }, select: { id: true, title: true, dueAt: true, timeZone: true, createdAt: true } }),
    database.attempt.findMany({
      where: { assignment: { classroomId: classId, status: "published", archivedAt: null } },
      select: { id: true, assignmentId: true, userId: true, number: true, submittedAt: true, deadline: true, late: true, score: true, maxScore: true },
    }),
  ]);
  const students = members.map((m) => ({ userId: m.userId, name: m.user.name })).sort(byName);
  const columns = assignments
    .sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) || a.createdAt.getTime() - b.createdAt.getTime() || byCodeUnits(a.id, b.id))
    .map((a) => ({ id: a.id, title: a.title, dueAt: a.dueAt, timeZone: a.timeZone }));
  return { classroom, gradebook: buildGradebook(students, columns, attempts, now, policy) };
}

export interface AssignmentSummary {
  id: string;
  title: string;
  status: string;
  dueAt: Date | null;
  timeZone: string;
  attemptsAllowed: number;
}

const assignmentSelect = { id: true, title: true, status: true, dueAt: true, timeZone: true, attemptsAllowed: true } as const;

async function ownAssignment(database: Db, teacherId: string, classId: string, assignmentId: string): Promise<{ classroom: ClassSummary; assignment: AssignmentSummary }> {
  const classroom = await ownClass(database, teacherId, classId);
  const assignment = await database.assignment.findFirst({ where: { id: assignmentId, classroomId: classId }, select: assignmentSelect });
  if (!assignment) throw noAssignment();
  return { classroom, assignment };
}

export interface ItemAnalysisView {
  classroom: ClassSummary;
  assignment: AssignmentSummary;
  analysis: ItemAnalysis;
  questions: AnalysedQuestion[];
  attempts: Parameters<typeof analyseItems>[1];
}

/**
 * The stored answers to these questions, read with one plain statement: Prisma's per-row work on
 * 9,000 rows costs more than the query, and the analysis needs only four columns. The SQL is the
 * same on both providers (quoted names, CAST to text, CASE for the boolean), so both return the
 * answer as JSON text and the mark as 0/1.
 */
async function storedAnswers(database: Db, questionIds: string[]): Promise<{ attemptId: string; assignmentQuestionId: string; answer: UserAnswer; correct: boolean }[]> {
  if (!questionIds.length) return [];
  const rows = await database.$queryRaw<{ attemptId: string; assignmentQuestionId: string; answer: string; correct: number | bigint }[]>(
    Prisma.sql`SELECT "attemptId", "assignmentQuestionId", CAST("answer" AS TEXT) AS "answer", CASE WHEN "correct" THEN 1 ELSE 0 END AS "correct" FROM "AttemptAnswer" WHERE "assignmentQuestionId" IN (${Prisma.join(questionIds)})`,
  );
  return rows.map((row) => ({ attemptId: row.attemptId, assignmentQuestionId: row.assignmentQuestionId, answer: JSON.parse(row.answer) as UserAnswer, correct: Number(row.correct) === 1 }));
}

/** The item analysis of an assignment from its stored answers (three queries, then lib/assignments). */
export async function loadItemAnalysis(database: Db, teacherId: string, classId: string, assignmentId: string, basis: AttemptBasis = "first", now: Date = new Date()): Promise<ItemAnalysisView> {
  const { classroom, assignment } = await ownAssignment(database, teacherId, classId, assignmentId);
  // Attempts whose time ran out count as submitted with what was saved.
  await settleExpiredAttempts(database, { assignmentId }, now);
  const [questionRows, attemptRows] = await Promise.all([
    database.assignmentQuestion.findMany({ where: { assignmentId }, select: { id: true, position: true, snapshot: true, withdrawnAt: true } }),
    database.attempt.findMany({ where: { assignmentId, submittedAt: { not: null } }, select: { id: true, userId: true, number: true, submittedAt: true, questionOrder: true } }),
  ]);
  const answers = await storedAnswers(
    database,
    questionRows.map((q) => q.id),
  );
  const byAttempt = new Map(attemptRows.map((a) => [a.id, { ...a, questionOrder: a.questionOrder as string[], answers: [] as { assignmentQuestionId: string; answer: UserAnswer; correct: boolean }[] }]));
  // Answers of attempts still in progress have no attempt here and are left out.
  for (const answer of answers) byAttempt.get(answer.attemptId)?.answers.push(answer);
  // The teacher's question numbers are the order of the rows (authored drafts store positions from 1, the demo from 0).
  const questions: AnalysedQuestion[] = [...questionRows]
    .sort(byPosition)
    .map((q, rank) => ({ id: q.id, position: rank, question: q.snapshot as unknown as Question, withdrawn: q.withdrawnAt !== null }));
  const attempts = [...byAttempt.values()];
  return { classroom, assignment, analysis: analyseItems(questions, attempts, basis), questions, attempts };
}

export interface FactRow extends FactResult {
  /** "Battle of X · commander: Kutuzov" (or the id when the fact is gone). */
  label: string;
  eventName: string | null;
}

export interface AssignmentResults extends ItemAnalysisView {
  distribution: DistributionBin[];
  /** Students in the class now, and how many of them submitted. */
  students: number;
  submitted: number;
  meanShare: number | null;
  facts: FactRow[];
  contests: ContestRow[];
  reports: ReportRow[];
}

async function factLabels(database: Db, factIds: string[]): Promise<Map<string, { label: string; eventName: string | null }>> {
  const rows = factIds.length
    ? await database.fact.findMany({ where: { id: { in: factIds } }, select: { id: true, kind: true, event: { select: { name: true } }, currentVersion: { select: { text: true } } } })
    : [];
  return new Map(
    rows.map((f) => {
      const kind = f.kind.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
      const text = f.currentVersion?.text ?? "(no longer stated)";
      // "Part of the Russo-Japanese War" says its kind already; "9 February 1904" needs "date: ".
      return [f.id, { label: text.toLowerCase().startsWith(kind) ? text : `${kind}: ${text}`, eventName: f.event.name }];
    }),
  );
}

/** Everything the results page shows for one assignment. */
export async function loadAssignmentResults(database: Db, teacherId: string, classId: string, assignmentId: string, basis: AttemptBasis = "first", now: Date = new Date()): Promise<AssignmentResults> {
  const view = await loadItemAnalysis(database, teacherId, classId, assignmentId, basis, now);
  const facts = factResults(view.questions, view.attempts, basis);
  const [labels, students, contests, reports] = await Promise.all([
    factLabels(
      database,
      facts.map((f) => f.factId),
    ),
    database.classMember.count({ where: { classroomId: classId, removedAt: null } }),
    listContests(database, teacherId, classId, assignmentId),
    listReports(database, teacherId, classId, assignmentId),
  ]);
  const shares = view.analysis.shares;
  return {
    ...view,
    distribution: scoreDistribution(shares),
    students,
    submitted: view.analysis.attempts,
    meanShare: shares.length ? shares.reduce((sum, s) => sum + s, 0) / shares.length : null,
    facts: facts.map((f) => ({ ...f, label: labels.get(f.factId)?.label ?? f.factId, eventName: labels.get(f.factId)?.eventName ?? null })),
    contests,
    reports,
  };
}

export interface AttemptAnswerView {
  position: number;
  assignmentQuestionId: string;
  prompt: string;
  format: Question["format"];
  withdrawn: boolean;
  /** The answer in words, or null when the question was left unanswered. */
  answer: string | null;
  key: string;
  verdict: string | null;
  correct: boolean;
  reason: string | null;
  overridden: boolean;
  timeTakenMs: number | null;
  answeredAt: Date | null;
  contest: { status: string; note: string } | null;
}

export interface AttemptDetail {
  classroom: ClassSummary;
  assignment: AssignmentSummary;
  student: { id: string; name: string };
  attempt: { id: string; number: number; startedAt: Date; deadline: Date | null; submittedAt: Date | null; submittedBy: string | null; late: boolean; score: number | null; maxScore: number | null };
  answers: AttemptAnswerView[];
}

/** One attempt of a student of the teacher's class: every question in the student's order with answer, key, verdict and reason. */
export async function loadAttemptDetail(database: Db, teacherId: string, classId: string, attemptId: string, now: Date = new Date()): Promise<AttemptDetail> {
  const classroom = await ownClass(database, teacherId, classId);
  await settleExpiredAttempts(database, { classroomId: classId }, now);
  const row = await database.attempt.findFirst({
    where: { id: attemptId, assignment: { classroomId: classId } },
    select: {
      id: true,
      number: true,
      startedAt: true,
      deadline: true,
      submittedAt: true,
      submittedBy: true,
      late: true,
      score: true,
      maxScore: true,
      questionOrder: true,
      user: { select: { id: true, name: true } },
      assignment: { select: assignmentSelect },
      answers: { select: { assignmentQuestionId: true, answer: true, verdict: true, correct: true, reason: true, overridden: true, timeTakenMs: true, answeredAt: true, contest: { select: { status: true, note: true } } } },
    },
  });
  if (!row) throw noAttempt();
  const order = row.questionOrder as string[];
  const questions = await database.assignmentQuestion.findMany({ where: { id: { in: order }, assignmentId: row.assignment.id }, select: { id: true, snapshot: true, withdrawnAt: true } });
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answers = new Map(row.answers.map((a) => [a.assignmentQuestionId, a]));
  const { user, assignment } = row;
  return {
    classroom,
    assignment,
    student: user,
    attempt: { id: row.id, number: row.number, startedAt: row.startedAt, deadline: row.deadline, submittedAt: row.submittedAt, submittedBy: row.submittedBy, late: row.late, score: row.score, maxScore: row.maxScore },
    answers: order.flatMap((id, position): AttemptAnswerView[] => {
      const q = byId.get(id);
      if (!q) return [];
      const question = q.snapshot as unknown as Question;
      const a = answers.get(id);
      return [
        {
          position,
          assignmentQuestionId: id,
          prompt: question.prompt,
          format: question.format,
          withdrawn: q.withdrawnAt !== null,
          answer: a ? answerLabel(question, a.answer as UserAnswer) : null,
          key: describeAnswer(question),
          verdict: a?.verdict ?? null,
          correct: a?.correct ?? false,
          reason: a?.reason ?? null,
          overridden: a?.overridden ?? false,
          timeTakenMs: a?.timeTakenMs ?? null,
          answeredAt: a?.answeredAt ?? null,
          contest: a?.contest ?? null,
        },
      ];
    }),
  };
}
