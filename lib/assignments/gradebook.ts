/**
 * A class's gradebook: one row per student, one cell per published assignment.
 *
 * A cell is, in this order:
 * - "submitted": the student's best submitted attempt (highest share; `policy: "latest"` takes the
 *   last one instead), with its score, maximum and late flag and how many attempts were submitted;
 * - "inProgress": an attempt started and still open (no deadline, or its deadline not passed);
 * - "missing": nothing submitted and the due time has passed (even when late work is accepted:
 *   it is missing until it comes in);
 * - "notYetDue": nothing submitted, due later;
 * - "notStarted": nothing submitted and no due time.
 * Averages: a student's is the mean share over their submitted and missing cells (missing work
 * counts 0, not-yet-due work does not count); an assignment's is the mean share of its submitted
 * cells. Everything in one pass over the attempts.
 */
export type GradebookPolicy = "best" | "latest";

export interface GradebookStudent {
  userId: string;
  name: string;
}

export interface GradebookAssignment {
  id: string;
  title: string;
  dueAt: Date | null;
  /** The zone the teacher entered the due time in (for showing it). */
  timeZone?: string;
}

export interface GradebookAttempt {
  id: string;
  assignmentId: string;
  userId: string;
  number: number;
  submittedAt: Date | null;
  deadline: Date | null;
  late: boolean;
  score: number | null;
  maxScore: number | null;
}

export type CellStatus = "submitted" | "inProgress" | "missing" | "notYetDue" | "notStarted";

export interface GradebookCell {
  assignmentId: string;
  status: CellStatus;
  /** The attempt the cell shows (submitted or in progress), or null. */
  attemptId: string | null;
  score: number | null;
  maxScore: number | null;
  /** score / maxScore (0..1), or null. */
  share: number | null;
  late: boolean;
  /** Submitted attempts. */
  attempts: number;
}

export interface GradebookRow {
  student: GradebookStudent;
  cells: GradebookCell[];
  average: number | null;
  missing: number;
  late: number;
}

export interface GradebookColumn extends GradebookAssignment {
  average: number | null;
  submitted: number;
  missing: number;
  late: number;
}

export interface Gradebook {
  policy: GradebookPolicy;
  columns: GradebookColumn[];
  rows: GradebookRow[];
  /** Mean of the students' averages. */
  average: number | null;
}

const shareOf = (a: { score: number | null; maxScore: number | null }) => (a.score !== null && a.maxScore ? a.score / a.maxScore : null);
const mean = (values: number[]) => (values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null);

export function gradebookCell(assignment: GradebookAssignment, attempts: readonly GradebookAttempt[], now: Date, policy: GradebookPolicy = "best"): GradebookCell {
  // One pass: the chosen submitted attempt, how many were submitted, and an open one.
  const nowMs = now.getTime();
  let chosen: GradebookAttempt | undefined;
  let chosenShare = -1;
  let submitted = 0;
  let open: GradebookAttempt | undefined;
  for (const attempt of attempts) {
    if (!attempt.submittedAt) {
      if (!open && (!attempt.deadline || attempt.deadline.getTime() > nowMs)) open = attempt;
      continue;
    }
    submitted++;
    const share = shareOf(attempt) ?? -1;
    const better = !chosen || (policy === "latest" ? attempt.number > chosen.number : share > chosenShare || (share === chosenShare && attempt.number < chosen.number));
    if (better) {
      chosen = attempt;
      chosenShare = share;
    }
  }
  if (chosen) return { assignmentId: assignment.id, status: "submitted", attemptId: chosen.id, score: chosen.score, maxScore: chosen.maxScore, share: shareOf(chosen), late: chosen.late, attempts: submitted };
  if (open) return { assignmentId: assignment.id, status: "inProgress", attemptId: open.id, score: null, maxScore: null, share: null, late: false, attempts: submitted };
  const status: CellStatus = !assignment.dueAt ? "notStarted" : assignment.dueAt.getTime() <= nowMs ? "missing" : "notYetDue";
  return { assignmentId: assignment.id, status, attemptId: null, score: null, maxScore: null, share: null, late: false, attempts: submitted };
}

export function buildGradebook(students: readonly GradebookStudent[], assignments: readonly GradebookAssignment[], attempts: readonly GradebookAttempt[], now: Date, policy: GradebookPolicy = "best"): Gradebook {
  // assignment id → user id → that student's attempts at it.
  const grouped = new Map<string, Map<string, GradebookAttempt[]>>(assignments.map((a) => [a.id, new Map()]));
  for (const attempt of attempts) {
    const byUser = grouped.get(attempt.assignmentId);
    if (!byUser) continue;
    const list = byUser.get(attempt.userId);
    if (list) list.push(attempt);
    else byUser.set(attempt.userId, [attempt]);
  }
  const none: GradebookAttempt[] = [];
  const columnShares = assignments.map(() => [] as number[]);
  const columnCounts = assignments.map(() => ({ submitted: 0, missing: 0, late: 0 }));
  const rows = students.map((student): GradebookRow => {
    const shares: number[] = [];
    let missing = 0;
    let late = 0;
    const cells = assignments.map((assignment, i) => {
      const cell = gradebookCell(assignment, grouped.get(assignment.id)!.get(student.userId) ?? none, now, policy);
      if (cell.status === "submitted") {
        columnCounts[i]!.submitted++;
        if (cell.share !== null) {
          shares.push(cell.share);
          columnShares[i]!.push(cell.share);
        }
        if (cell.late) {
          late++;
          columnCounts[i]!.late++;
        }
      } else if (cell.status === "missing") {
        missing++;
        shares.push(0);
        columnCounts[i]!.missing++;
      }
      return cell;
    });
    return { student, cells, average: mean(shares), missing, late };
  });
  const columns = assignments.map((assignment, i) => ({ ...assignment, average: mean(columnShares[i]!), ...columnCounts[i]! }));
  return { policy, columns, rows, average: mean(rows.map((r) => r.average).filter((a): a is number => a !== null)) };
}

export const percent = (share: number | null) => (share === null ? "" : `${Math.round(share * 100)}%`);

/** The cell's status in words (never colour alone): the page and the CSV say the same. */
export function cellStatusText(cell: GradebookCell): string {
  switch (cell.status) {
    case "submitted":
      return cell.late ? "Late" : "Submitted";
    case "inProgress":
      return "In progress";
    case "missing":
      return "Missing";
    case "notYetDue":
      return "Not yet due";
    case "notStarted":
      return "Not started";
  }
}

/** "7/10" for a marked cell, "" otherwise. */
export function cellScoreText(cell: GradebookCell): string {
  return cell.status === "submitted" && cell.score !== null && cell.maxScore !== null ? `${cell.score}/${cell.maxScore}` : "";
}
