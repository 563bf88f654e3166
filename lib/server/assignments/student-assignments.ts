/**
 * A student's assignments across the classes they belong to, each with its status for them
 * (lib/assignments/attempt-rules.ts studentStanding) and their attempts. Reading the list submits
 * any attempt whose deadline passed, with what was saved.
 */
import { revealState, STATUS_LABELS, studentStanding, type StudentStatus } from "../../assignments/attempt-rules";
import type { Db } from "../db/client";
import { assignmentSelect, attemptSelect, toStudentAssignment, visibleAssignment, visibleTo, type AttemptRow, type StudentAssignment } from "./attempts-access";
import { settleIfExpired } from "./attempts";

export interface AttemptSummary {
  attemptId: string;
  number: number;
  startedAt: string;
  deadline: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
  late: boolean;
  /** null while hidden by the reveal rule (or not submitted). */
  score: number | null;
  maxScore: number | null;
}

export interface AssignmentCard {
  assignmentId: string;
  title: string;
  instructions: string;
  className: string;
  opensAt: string | null;
  dueAt: string | null;
  /** The teacher's zone (the page shows dates in the student's own zone, and this one on request). */
  timeZone: string;
  timeLimitMinutes: number | null;
  attemptsAllowed: number;
  attemptsUsed: number;
  lateWork: StudentAssignment["lateWork"];
  reveal: StudentAssignment["reveal"];
  questionCount: number;
  status: StudentStatus;
  statusLabel: string;
  canStart: boolean;
  startRefusal: string | null;
  openAttemptId: string | null;
  lastSubmittedId: string | null;
  attempts: AttemptSummary[];
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

async function cardOf(database: Db, assignment: StudentAssignment, rows: AttemptRow[], questionCount: number, now: Date): Promise<AssignmentCard> {
  const attempts: AttemptRow[] = [];
  for (const row of rows.sort((a, b) => a.number - b.number)) attempts.push(await settleIfExpired(database, row, assignment, now));
  const standing = studentStanding(assignment, attempts, now, assignment.timeZone);
  return {
    assignmentId: assignment.id,
    title: assignment.title,
    instructions: assignment.instructions,
    className: assignment.className,
    opensAt: iso(assignment.opensAt),
    dueAt: iso(assignment.dueAt),
    timeZone: assignment.timeZone,
    timeLimitMinutes: assignment.timeLimitMinutes,
    attemptsAllowed: assignment.attemptsAllowed,
    attemptsUsed: standing.attemptsUsed,
    lateWork: assignment.lateWork,
    reveal: assignment.reveal,
    questionCount: assignment.mode === "drawn" && assignment.count > 0 ? Math.min(assignment.count, questionCount) : questionCount,
    status: standing.status,
    statusLabel: STATUS_LABELS[standing.status],
    canStart: standing.canStart,
    startRefusal: standing.startRefusal,
    openAttemptId: standing.openAttemptId,
    lastSubmittedId: standing.lastSubmittedId,
    attempts: attempts.map((attempt) => {
      const shown = revealState(assignment, attempt, now).score;
      return {
        attemptId: attempt.id,
        number: attempt.number,
        startedAt: attempt.startedAt.toISOString(),
        deadline: iso(attempt.deadline),
        submittedAt: iso(attempt.submittedAt),
        submittedBy: attempt.submittedBy,
        late: attempt.late,
        score: shown ? attempt.score : null,
        maxScore: shown ? attempt.maxScore : null,
      };
    }),
  };
}

const ORDER: Record<StudentStatus, number> = { inProgress: 0, overdue: 1, dueSoon: 2, open: 3, notOpen: 4, submitted: 5, closed: 6 };

/** Every assignment the student can see, running ones first, then by due time. */
export async function listStudentAssignments(database: Db, userId: string, now: Date): Promise<AssignmentCard[]> {
  const rows = await database.assignment.findMany({
    where: visibleTo(userId),
    select: { ...assignmentSelect, attempts: { where: { userId }, select: attemptSelect }, _count: { select: { questions: { where: { withdrawnAt: null } } } } },
  });
  const cards: AssignmentCard[] = [];
  for (const row of rows) cards.push(await cardOf(database, toStudentAssignment(row), row.attempts, row._count.questions, now));
  const due = (card: AssignmentCard) => (card.dueAt ? Date.parse(card.dueAt) : Number.MAX_SAFE_INTEGER);
  return cards.sort((a, b) => ORDER[a.status] - ORDER[b.status] || due(a) - due(b) || a.title.localeCompare(b.title));
}

/** One assignment's card for the student (their attempts included), or a 404. */
export async function studentAssignment(database: Db, userId: string, assignmentId: string, now: Date): Promise<AssignmentCard> {
  const assignment = await visibleAssignment(database, userId, assignmentId);
  const [attempts, questionCount] = await Promise.all([
    database.attempt.findMany({ where: { assignmentId, userId }, select: attemptSelect }),
    database.assignmentQuestion.count({ where: { assignmentId, withdrawnAt: null } }),
  ]);
  return cardOf(database, assignment, attempts, questionCount, now);
}
