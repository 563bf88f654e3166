import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DISCRIMINATION_BELOW, EASY_ABOVE, HARD_BELOW, MIN_RESPONSES, type ItemStats } from "@/lib/assignments/item-analysis";
import { loadAssignmentResults, ResultsError } from "@/lib/server/assignments/results";
import { requireUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { card, formatDateTime, linkClass, percent, secondaryButton } from "../../../attempts/format";
import { DistributionChart, FacilityChart } from "./charts";
import { ContestActions, ReportActions } from "./resolve-forms";

export const metadata: Metadata = { title: "Results" };

const formatLabels: Record<string, string> = { choice: "multiple choice", trueFalse: "true or false", shortAnswer: "typed answer", number: "number", date: "date", ordering: "ordering", matching: "matching" };

function Bar({ value, tone = "bg-accent" }: { value: number; tone?: string }) {
  return (
    <div className="h-2 w-full overflow-hidden rounded-full bg-line-soft" aria-hidden="true">
      <div className={`h-full rounded-full ${tone}`} style={{ width: `${Math.round(Math.max(0, Math.min(1, value)) * 100)}%` }} />
    </div>
  );
}

function ItemCard({ item }: { item: ItemStats }) {
  const n = item.position + 1;
  return (
    <li className={`${card} space-y-3`} data-testid="item" data-position={n} data-suspect={item.suspect ? "true" : "false"} data-facility={item.facility === null ? "" : item.facility.toFixed(3)}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-semibold">
          <span className="text-muted">Q{n}.</span> {item.prompt}
        </h3>
        <div className="flex flex-wrap gap-1">
          {item.withdrawn && <span className="rounded border border-line px-2 py-0.5 text-sm font-semibold text-muted">Withdrawn</span>}
          {item.suspect && (
            <span className="rounded border border-bad px-2 py-0.5 text-sm font-semibold text-bad" data-testid="flag">
              Check this question
            </span>
          )}
        </div>
      </div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-muted">Facility</dt>
          <dd className="text-lg font-bold tabular-nums">{percent(item.facility)}</dd>
        </div>
        <div>
          <dt className="text-muted">Discrimination</dt>
          <dd className="text-lg font-bold tabular-nums">{item.discrimination === null ? "—" : item.discrimination.toFixed(2)}</dd>
        </div>
        <div>
          <dt className="text-muted">Answers</dt>
          <dd className="tabular-nums">
            {item.correct} right of {item.responses}
            {item.unanswered ? `, ${item.unanswered} blank` : ""}
          </dd>
        </div>
        <div>
          <dt className="text-muted">Format</dt>
          <dd>{formatLabels[item.format] ?? item.format}</dd>
        </div>
      </dl>
      {item.flags.length > 0 && (
        <ul className="space-y-1 text-sm" data-testid="flags">
          {item.flags.map((flag) => (
            <li key={flag.kind} className={flag.kind === "few" ? "text-muted" : "font-medium text-bad"}>
              {flag.kind === "few" ? "" : "⚠ "}
              {flag.reason}
            </li>
          ))}
        </ul>
      )}
      {item.choices.length > 0 && (
        <table className="w-full text-sm">
          <caption className="text-left font-medium text-muted">{item.choiceKind === "options" ? "How often each option was chosen" : "Most common wrong answers"}</caption>
          <thead className="sr-only">
            <tr>
              <th scope="col">{item.choiceKind === "options" ? "Option" : "Answer"}</th>
              <th scope="col">Students</th>
            </tr>
          </thead>
          <tbody>
            {item.choices.map((choice) => (
              <tr key={choice.label} className="border-b border-line-soft last:border-0">
                <th scope="row" className="w-1/2 py-1 pr-3 text-left font-normal">
                  {choice.label}
                  {choice.key && <strong className="ml-1 text-good">(key)</strong>}
                </th>
                <td className="py-1">
                  <div className="flex items-center gap-2">
                    <Bar value={choice.share} tone={choice.key ? "bg-good" : "bg-accent"} />
                    <span className="w-16 shrink-0 text-right tabular-nums">
                      {choice.count} · {percent(choice.share)}
                    </span>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}

/** An assignment's results for its teacher: summary, charts with tables, item analysis, per-fact results, contests and reports. */
export default async function ResultsPage({ params }: { params: Promise<{ classId: string; assignmentId: string }> }) {
  const { classId, assignmentId } = await params;
  const user = await requireUser({ role: "teacher", returnTo: `/classes/${classId}/assignments/${assignmentId}/results` });
  let results;
  try {
    results = await loadAssignmentResults(db(), user.id, classId, assignmentId);
  } catch (error) {
    if (error instanceof ResultsError && error.status === 404) notFound();
    throw error;
  }
  const { classroom, assignment, analysis } = results;
  const items = analysis.items;
  const suspect = items.filter((i) => i.suspect);
  const live = items.filter((i) => !i.withdrawn).length;
  const openContests = results.contests.filter((c) => c.status === "open").length;
  const openReports = results.reports.filter((r) => r.status === "open").length;
  const distribution = results.distribution.map((b) => ({ label: b.label, count: b.count }));
  const facility = items.map((i) => ({ label: `Q${i.position + 1}`, facility: i.facility === null ? 0 : Math.round(i.facility * 100), suspect: i.suspect, withdrawn: i.withdrawn }));
  const base = `/classes/${classroom.id}/assignments/${assignment.id}`;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="flex flex-wrap gap-x-3 text-sm text-muted">
          <Link href={`/classes/${classroom.id}`} className={linkClass}>
            {classroom.name}
          </Link>
          <Link href={`/classes/${classroom.id}/gradebook`} className={linkClass}>
            Gradebook
          </Link>
          <Link href={base} className={linkClass}>
            Assignment settings
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-bold">Results: {assignment.title}</h1>
        <p className="text-muted">
          {assignment.dueAt ? `Due ${formatDateTime(assignment.dueAt, assignment.timeZone)}. ` : "No due date. "}
          Item analysis uses each student&apos;s first submitted attempt, as Moodle&apos;s statistics report does.
        </p>
        <p>
          <a href={`${base}/results/csv`} download className={secondaryButton} data-testid="items-csv">
            Download item analysis (CSV)
          </a>
        </p>
      </header>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="summary">
        {[
          { id: "submitted", label: "Submitted", value: `${results.submitted}`, note: `of ${results.students} students` },
          { id: "mean", label: "Mean mark", value: percent(results.meanShare), note: "first attempts" },
          { id: "questions", label: "Questions", value: String(live), note: items.length > live ? `${items.length - live} withdrawn` : "none withdrawn" },
          { id: "flagged", label: "To check", value: String(suspect.length), note: `${openContests} contested, ${openReports} reported` },
        ].map((tile) => (
          <div key={tile.id} className={`${card} space-y-0.5`}>
            <dt className="text-sm font-medium text-muted">{tile.label}</dt>
            <dd className="text-2xl font-bold tabular-nums" data-testid={`summary-${tile.id}`}>
              {tile.value}
            </dd>
            <dd className="text-sm text-muted">{tile.note}</dd>
          </div>
        ))}
      </dl>

      <div className="grid gap-6 lg:grid-cols-2">
        <section className={`${card} space-y-3`} aria-labelledby="distribution-heading">
          <h2 id="distribution-heading" className="text-lg font-semibold">
            Score distribution
          </h2>
          <p className="text-sm text-muted">Students per band of marks (first attempts).</p>
          <DistributionChart points={distribution} />
          <details>
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-accent">Show as a table</summary>
            <table className="mt-2 w-full max-w-sm text-sm" data-testid="distribution-table">
              <caption className="sr-only">Students per band of marks</caption>
              <thead>
                <tr className="border-b border-line-soft text-left">
                  <th scope="col" className="py-1 pr-3">Mark</th>
                  <th scope="col" className="py-1 text-right">Students</th>
                </tr>
              </thead>
              <tbody>
                {results.distribution.map((bin) => (
                  <tr key={bin.label} className="border-b border-line-soft last:border-0">
                    <td className="py-1 pr-3">{bin.label}</td>
                    <td className="py-1 text-right tabular-nums">{bin.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </section>

        <section className={`${card} space-y-3`} aria-labelledby="facility-heading">
          <h2 id="facility-heading" className="text-lg font-semibold">
            Facility per question
          </h2>
          <p className="text-sm text-muted">
            Share of students who got each question right. Dashed lines at {HARD_BELOW * 100}% and {EASY_ABOVE * 100}%: outside them a question may be broken (darker red bars).
          </p>
          <FacilityChart points={facility} />
          <details>
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-accent">Show as a table</summary>
            <table className="mt-2 w-full max-w-sm text-sm" data-testid="facility-table">
              <caption className="sr-only">Facility per question</caption>
              <thead>
                <tr className="border-b border-line-soft text-left">
                  <th scope="col" className="py-1 pr-3">Question</th>
                  <th scope="col" className="py-1 pr-3 text-right">Facility</th>
                  <th scope="col" className="py-1">Flag</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.assignmentQuestionId} className="border-b border-line-soft last:border-0">
                    <td className="py-1 pr-3">Q{item.position + 1}</td>
                    <td className="py-1 pr-3 text-right tabular-nums">{percent(item.facility)}</td>
                    <td className="py-1">{item.withdrawn ? "withdrawn" : item.suspect ? "check" : ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </section>
      </div>

      <section className="space-y-3" aria-labelledby="contests-heading">
        <h2 id="contests-heading" className="text-xl font-semibold">
          Contested answers
        </h2>
        <p className="text-sm text-muted">Students who say their answer was right. Accepting re-marks the attempt, and a typed spelling is accepted for that fact from then on (other students who typed it get the mark too).</p>
        {results.contests.length === 0 ? (
          <p className={card}>No contested answers.</p>
        ) : (
          <ul className="space-y-3" data-testid="contests">
            {results.contests.map((contest) => {
              const label = `${contest.student.name}'s answer to question ${contest.position + 1}`;
              return (
                <li key={contest.id} className={`${card} space-y-2`} data-testid="contest" data-status={contest.status} data-student={contest.student.name}>
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <h3 className="font-semibold">
                      {contest.student.name} · <span className="text-muted">Q{contest.position + 1}.</span> {contest.prompt}
                    </h3>
                    <span className={`rounded border px-2 py-0.5 text-sm font-semibold ${contest.status === "open" ? "border-warn text-warn" : contest.status === "accepted" ? "border-good text-good" : "border-line text-muted"}`}>
                      {contest.status === "open" ? "Open" : contest.status === "accepted" ? "Accepted" : "Rejected"}
                    </span>
                  </div>
                  <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                    <dt className="font-medium text-muted">Their answer</dt>
                    <dd>{contest.answer}</dd>
                    <dt className="font-medium text-muted">Key</dt>
                    <dd>{contest.key}</dd>
                    <dt className="font-medium text-muted">Marked</dt>
                    <dd data-testid="contest-verdict">
                      {contest.correct ? "Correct" : "Not correct"} — {contest.reason}
                    </dd>
                    {contest.note && (
                      <>
                        <dt className="font-medium text-muted">Student&apos;s note</dt>
                        <dd>“{contest.note}”</dd>
                      </>
                    )}
                    <dt className="font-medium text-muted">Attempt mark</dt>
                    <dd>
                      <Link href={`/classes/${classroom.id}/attempts/${contest.attemptId}`} className={linkClass} data-testid="contest-score">
                        {contest.score !== null ? `${contest.score}/${contest.maxScore}` : "not submitted"}
                      </Link>
                    </dd>
                  </dl>
                  <ContestActions classId={classroom.id} assignmentId={assignment.id} contestId={contest.id} open={contest.status === "open"} label={label} />
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="space-y-3" aria-labelledby="reports-heading">
        <h2 id="reports-heading" className="text-xl font-semibold">
          Reported questions
        </h2>
        <p className="text-sm text-muted">Students who say a question is wrong. Withdrawing it takes it out of every attempt&apos;s mark and maximum.</p>
        {results.reports.length === 0 ? (
          <p className={card}>No reported questions.</p>
        ) : (
          <ul className="space-y-3" data-testid="reports">
            {results.reports.map((report) => (
              <li key={report.id} className={`${card} space-y-2`} data-testid="report" data-status={report.status}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h3 className="font-semibold">
                    <span className="text-muted">Q{report.position + 1}.</span> {report.prompt}
                  </h3>
                  <span className="rounded border border-line px-2 py-0.5 text-sm font-semibold">{report.status === "open" ? "Open" : report.status === "withdrawn" ? "Question withdrawn" : "Dismissed"}</span>
                </div>
                <p className="text-sm">
                  <span className="font-medium">{report.student.name}</span>
                  {report.note ? `: “${report.note}”` : " gave no reason."} <span className="text-muted">Key: {report.key}</span>
                </p>
                <ReportActions classId={classroom.id} assignmentId={assignment.id} reportId={report.id} open={report.status === "open" && !report.withdrawn} label={`question ${report.position + 1}`} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="space-y-3" aria-labelledby="items-heading">
        <h2 id="items-heading" className="text-xl font-semibold">
          Item analysis
        </h2>
        <p className="text-sm text-muted">
          Facility: share right. Discrimination: how much more often students who did well on the rest of the assignment got this one right (correlation, −1 to 1; below {DISCRIMINATION_BELOW} is a warning). Questions are only judged with at least {MIN_RESPONSES}{" "}
          answers.
        </p>
        {suspect.length > 0 && (
          <p className="font-medium" data-testid="suspect-summary">
            {suspect.length === 1 ? "1 question looks" : `${suspect.length} questions look`} broken: {suspect.map((i) => `Q${i.position + 1}`).join(", ")}.
          </p>
        )}
        <ol className="space-y-3" data-testid="items">
          {items.map((item) => (
            <ItemCard key={item.assignmentQuestionId} item={item} />
          ))}
        </ol>
      </section>

      <section className={`${card} space-y-3`} aria-labelledby="facts-heading">
        <h2 id="facts-heading" className="text-lg font-semibold">
          Per fact: what the class knows
        </h2>
        <p className="text-sm text-muted">For each fact the questions asked about: the share of first-attempt answers that were right, weakest first.</p>
        {results.facts.length === 0 ? (
          <p className="text-muted">No answers yet.</p>
        ) : (
          <ul className="space-y-3" data-testid="facts">
            {results.facts.map((fact) => (
              <li key={fact.factId} className="space-y-1" data-fact={fact.factId}>
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <span>
                    <span className="font-medium">{fact.label}</span>
                    {fact.eventName && <span className="text-sm text-muted"> · {fact.eventName}</span>}
                  </span>
                  <span className="text-sm text-muted">
                    <span className="font-semibold text-ink">{percent(fact.share)}</span> · {fact.correct} of {fact.answers} answers right · {fact.studentsAllCorrect} of {fact.students} students right every time
                  </span>
                </div>
                <Bar value={fact.share ?? 0} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
