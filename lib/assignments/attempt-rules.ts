/**
 * The rules of taking an assignment, as pure functions of the assignment's settings, the student's
 * attempts and `now`: what the student's card says (status), whether an attempt may start, the
 * deadline an attempt gets, whether an answer is still accepted, whether work is late, and what the
 * reveal rule shows after submission.
 *
 * Reveal (the choice documented for issue 10):
 *   - "afterSubmit": once the attempt is submitted, the score and, per question, the answer given,
 *     the verdict, the key and the explanation with its sources.
 *   - "afterDue": once submitted, the score; the per-question review only after the due time (an
 *     assignment without a due time behaves as "afterSubmit").
 *   - "never": the student sees that the attempt was submitted and nothing more: no score, no
 *     verdicts, no keys (the teacher sees the mark).
 * Nothing is revealed while an attempt is unsubmitted, whatever the rule.
 */

export type Mode = "fixed" | "drawn";
export type LateWork = "refuse" | "accept";
export type Reveal = "afterSubmit" | "afterDue" | "never";

export interface AssignmentRules {
  opensAt: Date | null;
  dueAt: Date | null;
  attemptsAllowed: number;
  timeLimitMinutes: number | null;
  lateWork: LateWork;
  reveal: Reveal;
}

export interface AttemptTimes {
  id: string;
  number: number;
  startedAt: Date;
  deadline: Date | null;
  submittedAt: Date | null;
}

/** How long before the due time a card says "due soon". */
export const DUE_SOON_MS = 24 * 60 * 60 * 1000;

export type TimeStatus = "notOpen" | "open" | "dueSoon" | "overdue" | "closed";
export type StudentStatus = TimeStatus | "inProgress" | "submitted";

export const STATUS_LABELS: Record<StudentStatus, string> = {
  notOpen: "Not open yet",
  open: "Open",
  dueSoon: "Due soon",
  overdue: "Overdue (late work accepted)",
  closed: "Closed",
  inProgress: "In progress",
  submitted: "Submitted",
};

/** Where the assignment stands in time, ignoring the student's attempts. */
export function timeStatus(rules: Pick<AssignmentRules, "opensAt" | "dueAt" | "lateWork">, now: Date): TimeStatus {
  if (rules.opensAt && now < rules.opensAt) return "notOpen";
  if (rules.dueAt && now >= rules.dueAt) return rules.lateWork === "accept" ? "overdue" : "closed";
  if (rules.dueAt && rules.dueAt.getTime() - now.getTime() <= DUE_SOON_MS) return "dueSoon";
  return "open";
}

/** An unsubmitted attempt whose deadline has passed: the server submits it with what was saved. */
export function isExpired(attempt: Pick<AttemptTimes, "deadline" | "submittedAt">, now: Date): boolean {
  return attempt.submittedAt === null && attempt.deadline !== null && now >= attempt.deadline;
}

/** The unsubmitted attempt still running, if any (at most one by construction). */
export function openAttempt<A extends AttemptTimes>(attempts: readonly A[], now: Date): A | null {
  return attempts.find((attempt) => attempt.submittedAt === null && !isExpired(attempt, now)) ?? null;
}

/** Why a new attempt may not start now (a sentence for the student), or null when it may. */
export function startRefusal(rules: AssignmentRules, attempts: readonly AttemptTimes[], now: Date, timeZone = "UTC"): string | null {
  if (rules.opensAt && now < rules.opensAt) return `This assignment opens on ${formatWhen(rules.opensAt, timeZone)}.`;
  if (rules.dueAt && now >= rules.dueAt && rules.lateWork === "refuse") return `This assignment was due on ${formatWhen(rules.dueAt, timeZone)} and late work is not accepted.`;
  if (attempts.length >= rules.attemptsAllowed)
    return rules.attemptsAllowed === 1 ? "You have already used your attempt at this assignment." : `You have used all ${rules.attemptsAllowed} attempts at this assignment.`;
  return null;
}

/** The earliest of start + time limit and (when late work is refused) the due time; null: none. */
export function deadlineFor(rules: Pick<AssignmentRules, "dueAt" | "timeLimitMinutes" | "lateWork">, startedAt: Date): Date | null {
  const limits: number[] = [];
  if (rules.timeLimitMinutes !== null && rules.timeLimitMinutes > 0) limits.push(startedAt.getTime() + rules.timeLimitMinutes * 60_000);
  if (rules.dueAt && rules.lateWork === "refuse") limits.push(rules.dueAt.getTime());
  return limits.length === 0 ? null : new Date(Math.min(...limits));
}

/** Work done at `at` is late: after the due time (only possible when late work is accepted). */
export function isLate(rules: Pick<AssignmentRules, "dueAt">, at: Date): boolean {
  return rules.dueAt !== null && at > rules.dueAt;
}

/** Milliseconds left before the deadline (never negative); null: no deadline. */
export function timeLeftMs(deadline: Date | null, now: Date): number | null {
  return deadline === null ? null : Math.max(0, deadline.getTime() - now.getTime());
}

export type AnswerRefusal = { kind: "submitted"; message: string } | { kind: "expired"; message: string };

/** Why an answer to this attempt is refused now (a 409), or null when it is accepted. */
export function answerRefusal(attempt: Pick<AttemptTimes, "deadline" | "submittedAt">, now: Date, timeZone = "UTC"): AnswerRefusal | null {
  if (attempt.submittedAt !== null) return { kind: "submitted", message: "This attempt has been submitted: answers can no longer be added or changed." };
  if (isExpired(attempt, now))
    return {
      kind: "expired",
      message: `Time is up: this attempt's deadline was ${formatWhen(attempt.deadline!, timeZone)}. This answer was not saved; your attempt was submitted with the answers saved before the deadline.`,
    };
  return null;
}

export interface RevealState {
  /** The score may be shown. */
  score: boolean;
  /** Per question: the verdict, the key and the explanation may be shown. */
  review: boolean;
  /** When the review becomes visible, if later (afterDue before the due time). */
  reviewAt: Date | null;
}

/** What a student may see of their attempt now (see the header for the rule). */
export function revealState(rules: Pick<AssignmentRules, "reveal" | "dueAt">, attempt: Pick<AttemptTimes, "submittedAt">, now: Date): RevealState {
  if (attempt.submittedAt === null) return { score: false, review: false, reviewAt: null };
  switch (rules.reveal) {
    case "afterSubmit":
      return { score: true, review: true, reviewAt: null };
    case "afterDue":
      if (rules.dueAt === null || now >= rules.dueAt) return { score: true, review: true, reviewAt: null };
      return { score: true, review: false, reviewAt: rules.dueAt };
    default:
      return { score: false, review: false, reviewAt: null };
  }
}

export interface StudentStanding {
  status: StudentStatus;
  /** A new attempt may start now (and none is running). */
  canStart: boolean;
  /** Why not, when it may not and none is running. */
  startRefusal: string | null;
  attemptsUsed: number;
  openAttemptId: string | null;
  /** The latest submitted attempt, for "Review". */
  lastSubmittedId: string | null;
}

/**
 * The student's card: in progress when an attempt runs; submitted when one was submitted and no
 * other may start; otherwise where the assignment stands in time. Expired attempts count as
 * submitted (the server submits them when touched).
 */
export function studentStanding(rules: AssignmentRules, attempts: readonly AttemptTimes[], now: Date, timeZone = "UTC"): StudentStanding {
  const running = openAttempt(attempts, now);
  const finished = attempts.filter((attempt) => attempt.submittedAt !== null || isExpired(attempt, now)).sort((a, b) => b.number - a.number);
  const refusal = running ? null : startRefusal(rules, attempts, now, timeZone);
  const time = timeStatus(rules, now);
  let status: StudentStatus = time;
  if (running) status = "inProgress";
  else if (finished.length > 0 && (refusal !== null || time === "closed")) status = "submitted";
  return {
    status,
    canStart: running === null && refusal === null,
    startRefusal: running ? null : refusal,
    attemptsUsed: attempts.length,
    openAttemptId: running?.id ?? null,
    lastSubmittedId: finished[0]?.id ?? null,
  };
}

/** A date and time for a sentence, in the given IANA zone ("Tuesday 1 December 2026, 14:05 (UTC)"). */
export function formatWhen(date: Date, timeZone = "UTC"): string {
  let zone = timeZone;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
  } catch {
    zone = "UTC";
  }
  const text = new Intl.DateTimeFormat("en-GB", { timeZone: zone, weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
  return `${text} (${zone})`;
}
