import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { listStudentAssignments, type AssignmentCard } from "@/lib/server/assignments/student-assignments";
import { LocalTime } from "./local-time";

export const metadata: Metadata = { title: "Assignments" };

const statusStyle: Record<AssignmentCard["status"], string> = {
  notOpen: "border-line text-muted",
  open: "border-accent text-accent",
  dueSoon: "border-warn bg-warn-soft text-ink",
  overdue: "border-warn bg-warn-soft text-ink",
  closed: "border-line text-muted",
  inProgress: "border-accent bg-accent-soft text-ink",
  submitted: "border-good bg-good-soft text-ink",
};

const primaryButton = "inline-flex min-h-11 items-center rounded-md bg-accent px-4 py-2 font-semibold text-on-accent hover:opacity-90";
const secondaryButton = "inline-flex min-h-11 items-center rounded-md border border-accent px-4 py-2 font-medium text-accent hover:bg-accent-soft";

function lastScore(card: AssignmentCard): string | null {
  const last = card.attempts.find((attempt) => attempt.attemptId === card.lastSubmittedId);
  if (!last || last.score === null || last.maxScore === null) return null;
  return `${last.score} / ${last.maxScore}`;
}

function Actions({ card }: { card: AssignmentCard }) {
  const href = `/assignments/${card.assignmentId}`;
  const label = `${card.title}`;
  return (
    <div className="flex flex-wrap gap-3">
      {card.openAttemptId && (
        <Link href={href} className={primaryButton} aria-label={`Resume ${label}`}>
          Resume
        </Link>
      )}
      {card.canStart && (
        <Link href={href} className={primaryButton} aria-label={`${card.attemptsUsed > 0 ? "Start another attempt at" : "Start"} ${label}`}>
          {card.attemptsUsed > 0 ? "Start another attempt" : "Start"}
        </Link>
      )}
      {card.lastSubmittedId && (
        <Link href={`${href}?attempt=${card.lastSubmittedId}`} className={secondaryButton} aria-label={`Review ${label}`}>
          Review
        </Link>
      )}
      {!card.openAttemptId && !card.canStart && !card.lastSubmittedId && (
        <Link href={href} className={secondaryButton} aria-label={`Details of ${label}`}>
          Details
        </Link>
      )}
    </div>
  );
}

/** A student's assignments across their classes: due time in their own zone, status, and the way in. */
export default async function AssignmentsPage() {
  const user = await requireUser({ returnTo: "/assignments" });
  const cards = await listStudentAssignments(db(), user.id, new Date());
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="font-serif text-3xl font-bold">Your assignments</h1>
        <p className="text-muted">Quizzes your teachers set in your classes. Each answer is saved as you give it, so you can stop and carry on later, here or on another device.</p>
      </header>
      {cards.length === 0 ? (
        <section className="space-y-2 rounded-lg border border-line-soft bg-surface p-5" data-testid="no-assignments">
          <h2 className="text-lg font-semibold">No assignments yet</h2>
          <p>
            When a teacher sets a quiz in one of your classes, it appears here. Have a class code?{" "}
            <Link href="/join" className="font-medium text-accent underline underline-offset-4">
              Join a class
            </Link>
            .
          </p>
        </section>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2" data-testid="assignment-cards">
          {cards.map((card) => {
            const score = lastScore(card);
            return (
              <li key={card.assignmentId} className="flex flex-col gap-3 rounded-lg border border-line-soft bg-surface p-4 shadow-sm sm:p-5" data-testid="assignment-card" data-status={card.status} data-assignment-id={card.assignmentId}>
                <div className="flex items-start justify-between gap-3">
                  <div className="min-w-0">
                    <p className="text-sm text-muted">{card.className}</p>
                    <h2 className="text-lg font-semibold leading-snug">{card.title}</h2>
                  </div>
                  <span className={`shrink-0 rounded-full border px-2.5 py-0.5 text-sm font-medium ${statusStyle[card.status]}`} data-testid="status">
                    {card.statusLabel}
                  </span>
                </div>
                <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="text-muted">Due</dt>
                  <dd>{card.dueAt ? <LocalTime iso={card.dueAt} fallbackZone={card.timeZone} /> : "No due date"}</dd>
                  {card.opensAt && card.status === "notOpen" && (
                    <>
                      <dt className="text-muted">Opens</dt>
                      <dd>
                        <LocalTime iso={card.opensAt} fallbackZone={card.timeZone} />
                      </dd>
                    </>
                  )}
                  <dt className="text-muted">Questions</dt>
                  <dd>
                    {card.questionCount}
                    {card.timeLimitMinutes ? ` · ${card.timeLimitMinutes} minutes` : ""}
                  </dd>
                  <dt className="text-muted">Attempts</dt>
                  <dd>
                    {card.attemptsUsed} of {card.attemptsAllowed} used
                  </dd>
                  {score && (
                    <>
                      <dt className="text-muted">Score</dt>
                      <dd className="font-semibold" data-testid="score">
                        {score}
                      </dd>
                    </>
                  )}
                </dl>
                {!card.canStart && !card.openAttemptId && card.startRefusal && card.status !== "submitted" && <p className="text-sm text-muted">{card.startRefusal}</p>}
                <div className="mt-auto">
                  <Actions card={card} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
