/**
 * Who may see which assignment and attempt: a student sees published, unarchived assignments of the
 * classes they are a member of (ClassMember with removedAt null), and only their own attempts.
 * Anything else is "not found" (404), so nobody learns that it exists.
 */
import type { AssignmentRules, LateWork, Mode, Reveal } from "../../assignments/attempt-rules";
import type { Question } from "../../questions";
import type { Db } from "../db/client";

export class AttemptError extends Error {
  override name = "AttemptError";
  constructor(
    message: string,
    readonly status: 400 | 404 | 409,
  ) {
    super(message);
  }
}

export const noAssignment = "There is no such assignment.";
export const noAttempt = "There is no such attempt.";

export interface StudentAssignment extends AssignmentRules {
  id: string;
  classroomId: string;
  className: string;
  title: string;
  instructions: string;
  mode: Mode;
  count: number;
  timeZone: string;
}

export const assignmentSelect = {
  id: true,
  classroomId: true,
  title: true,
  instructions: true,
  blueprint: true,
  mode: true,
  opensAt: true,
  dueAt: true,
  timeZone: true,
  attemptsAllowed: true,
  timeLimitMinutes: true,
  lateWork: true,
  reveal: true,
  classroom: { select: { name: true } },
} as const;

type AssignmentRow = {
  id: string;
  classroomId: string;
  title: string;
  instructions: string;
  blueprint: unknown;
  mode: string;
  opensAt: Date | null;
  dueAt: Date | null;
  timeZone: string;
  attemptsAllowed: number;
  timeLimitMinutes: number | null;
  lateWork: string;
  reveal: string;
  classroom: { name: string };
};

export function toStudentAssignment(row: AssignmentRow): StudentAssignment {
  const count = Number((row.blueprint as { count?: unknown } | null)?.count);
  return {
    id: row.id,
    classroomId: row.classroomId,
    className: row.classroom.name,
    title: row.title,
    instructions: row.instructions,
    mode: row.mode === "drawn" ? "drawn" : "fixed",
    count: Number.isFinite(count) && count > 0 ? Math.floor(count) : 0,
    opensAt: row.opensAt,
    dueAt: row.dueAt,
    timeZone: row.timeZone,
    attemptsAllowed: Math.max(1, row.attemptsAllowed),
    timeLimitMinutes: row.timeLimitMinutes,
    lateWork: (row.lateWork === "accept" ? "accept" : "refuse") as LateWork,
    reveal: (["afterSubmit", "afterDue", "never"].includes(row.reveal) ? row.reveal : "never") as Reveal,
  };
}

/** The condition "a student of this assignment's class may see it". */
export function visibleTo(userId: string) {
  return { status: "published", archivedAt: null, classroom: { members: { some: { userId, removedAt: null } } } } as const;
}

/** A published assignment of one of the student's classes, or a 404. */
export async function visibleAssignment(database: Db, userId: string, assignmentId: string): Promise<StudentAssignment> {
  const row = await database.assignment.findFirst({ where: { id: assignmentId, ...visibleTo(userId) }, select: assignmentSelect });
  if (!row) throw new AttemptError(noAssignment, 404);
  return toStudentAssignment(row);
}

export const attemptSelect = {
  id: true,
  assignmentId: true,
  userId: true,
  number: true,
  questionOrder: true,
  optionOrder: true,
  startedAt: true,
  deadline: true,
  submittedAt: true,
  submittedBy: true,
  late: true,
  score: true,
  maxScore: true,
} as const;

export interface AttemptRow {
  id: string;
  assignmentId: string;
  userId: string;
  number: number;
  questionOrder: unknown;
  optionOrder: unknown;
  startedAt: Date;
  deadline: Date | null;
  submittedAt: Date | null;
  submittedBy: string | null;
  late: boolean;
  score: number | null;
  maxScore: number | null;
}

/** One of the student's own attempts, at an assignment they may still see, or a 404. */
export async function ownAttempt(database: Db, userId: string, attemptId: string): Promise<{ attempt: AttemptRow; assignment: StudentAssignment }> {
  const row = await database.attempt.findFirst({ where: { id: attemptId, userId, assignment: visibleTo(userId) }, select: { ...attemptSelect, assignment: { select: assignmentSelect } } });
  if (!row) throw new AttemptError(noAttempt, 404);
  const { assignment, ...attempt } = row;
  return { attempt, assignment: toStudentAssignment(assignment) };
}

export interface FrozenRow {
  id: string;
  position: number;
  question: Question;
  withdrawn: boolean;
}

/** The assignment's frozen questions by AssignmentQuestion id. */
export async function frozenQuestions(database: Db, assignmentId: string): Promise<Map<string, FrozenRow>> {
  const rows = await database.assignmentQuestion.findMany({ where: { assignmentId }, orderBy: { position: "asc" }, select: { id: true, position: true, snapshot: true, withdrawnAt: true } });
  return new Map(rows.map((row) => [row.id, { id: row.id, position: row.position, question: row.snapshot as unknown as Question, withdrawn: row.withdrawnAt !== null }]));
}

export const orderOf = (attempt: Pick<AttemptRow, "questionOrder">): string[] => (Array.isArray(attempt.questionOrder) ? (attempt.questionOrder as string[]) : []);
export const optionOrderOf = (attempt: Pick<AttemptRow, "optionOrder">): Record<string, string[]> => (attempt.optionOrder && typeof attempt.optionOrder === "object" ? (attempt.optionOrder as Record<string, string[]>) : {});
