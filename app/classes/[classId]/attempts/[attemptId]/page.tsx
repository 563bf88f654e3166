import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadAttemptDetail, ResultsError, type AttemptAnswerView } from "@/lib/server/assignments/results";
import { requireUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { card, formatDateTime, formatDuration, linkClass, percent } from "../format";

export const metadata: Metadata = { title: "Attempt" };

function Verdict({ answer }: { answer: AttemptAnswerView }) {
  const [label, tone] = answer.withdrawn
    ? ["Withdrawn", "border-line text-muted"]
    : answer.verdict === null
      ? ["No answer", "border-bad text-bad"]
      : answer.correct
        ? ["Correct", "border-good text-good"]
        : answer.verdict === "close"
          ? ["Close (no mark)", "border-warn text-warn"]
          : ["Incorrect", "border-bad text-bad"];
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${tone}`}>{label}</span>;
}

/** One attempt of a student in the teacher's class: every question with the answer, the key and why the checker decided. */
export default async function AttemptPage({ params }: { params: Promise<{ classId: string; attemptId: string }> }) {
  const { classId, attemptId } = await params;
  const user = await requireUser({ role: "teacher", returnTo: `/classes/${classId}/attempts/${attemptId}` });
  let detail;
  try {
    detail = await loadAttemptDetail(db(), user.id, classId, attemptId);
  } catch (error) {
    if (error instanceof ResultsError && error.status === 404) notFound();
    throw error;
  }
  const { classroom, assignment, student, attempt, answers } = detail;
  const zone = assignment.timeZone;
  const totalMs = answers.reduce((sum, a) => sum + (a.timeTakenMs ?? 0), 0);
  const share = attempt.score !== null && attempt.maxScore ? attempt.score / attempt.maxScore : null;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="flex flex-wrap gap-x-3 text-sm text-muted">
          <Link href={`/classes/${classroom.id}/gradebook`} className={linkClass}>
            {classroom.name}: gradebook
          </Link>
          <Link href={`/classes/${classroom.id}/assignments/${assignment.id}/results`} className={linkClass}>
            Results of {assignment.title}
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-bold">
          {student.name}: {assignment.title}
        </h1>
        <p className="text-muted">
          Attempt {attempt.number}
          {assignment.attemptsAllowed > 1 ? ` of ${assignment.attemptsAllowed} allowed` : ""}.
        </p>
      </header>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="attempt-summary">
        <div className={`${card} space-y-0.5`}>
          <dt className="text-sm font-medium text-muted">Mark</dt>
          <dd className="text-2xl font-bold tabular-nums" data-testid="attempt-score">
            {attempt.score !== null ? `${attempt.score}/${attempt.maxScore}` : "—"}
          </dd>
          <dd className="text-sm text-muted">{percent(share)}</dd>
        </div>
        <div className={`${card} space-y-0.5`}>
          <dt className="text-sm font-medium text-muted">Submitted</dt>
          <dd className="font-semibold">{attempt.submittedAt ? formatDateTime(attempt.submittedAt, zone) : "Not yet (in progress)"}</dd>
          <dd className="text-sm text-muted">{attempt.submittedBy === "expired" ? "by the server when time ran out" : attempt.submittedAt ? "by the student" : ""}</dd>
        </div>
        <div className={`${card} space-y-0.5`}>
          <dt className="text-sm font-medium text-muted">Late</dt>
          <dd className={`font-semibold ${attempt.late ? "text-warn" : ""}`} data-testid="attempt-late">
            {attempt.late ? "Yes, after the due time" : "No"}
          </dd>
          <dd className="text-sm text-muted">{assignment.dueAt ? `Due ${formatDateTime(assignment.dueAt, zone)}` : "No due date"}</dd>
        </div>
        <div className={`${card} space-y-0.5`}>
          <dt className="text-sm font-medium text-muted">Time</dt>
          <dd className="font-semibold">{formatDuration(totalMs)} answering</dd>
          <dd className="text-sm text-muted">Started {formatDateTime(attempt.startedAt, zone)}</dd>
        </div>
      </dl>

      <ol className="space-y-3" data-testid="attempt-answers">
        {answers.map((answer) => (
          <li key={answer.assignmentQuestionId} className={`${card} space-y-2`} data-verdict={answer.verdict ?? "none"} data-correct={answer.correct ? "true" : "false"}>
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h2 className="font-semibold">
                <span className="text-muted">Question {answer.position + 1}.</span> {answer.prompt}
              </h2>
              <Verdict answer={answer} />
            </div>
            <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="font-medium text-muted">Answer</dt>
              <dd data-testid="answer-given">{answer.answer ?? <em>No answer</em>}</dd>
              <dt className="font-medium text-muted">Key</dt>
              <dd>{answer.key}</dd>
              <dt className="font-medium text-muted">Why</dt>
              <dd data-testid="answer-reason">{answer.reason ?? "Not answered."}</dd>
              <dt className="font-medium text-muted">Time taken</dt>
              <dd>{formatDuration(answer.timeTakenMs)}</dd>
            </dl>
            {answer.overridden && <p className="text-sm text-muted">You set this mark (accepted contest); re-marks leave it as it is.</p>}
            {answer.contest && (
              <p className="text-sm">
                Contested by the student{answer.contest.note ? `: “${answer.contest.note}”` : ""} — <strong>{answer.contest.status}</strong>
              </p>
            )}
            {answer.withdrawn && <p className="text-sm text-muted">Withdrawn from the assignment: it counts for no one.</p>}
          </li>
        ))}
      </ol>
    </div>
  );
}
