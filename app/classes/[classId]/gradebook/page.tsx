import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cellScoreText, cellStatusText, type GradebookCell } from "@/lib/assignments/gradebook";
import { requireUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { loadGradebook, ResultsError } from "@/lib/server/assignments/results";
import { card, formatDateTime, linkClass, percent, secondaryButton } from "../attempts/format";

export const metadata: Metadata = { title: "Gradebook" };

const statusTone: Record<GradebookCell["status"], string> = {
  submitted: "text-ink",
  inProgress: "text-muted",
  missing: "font-semibold text-bad",
  notYetDue: "text-muted",
  notStarted: "text-muted",
};

function Cell({ cell, classId, studentName, title }: { cell: GradebookCell; classId: string; studentName: string; title: string }) {
  const status = cellStatusText(cell);
  const score = cellScoreText(cell);
  const body =
    cell.status === "submitted" ? (
      <>
        <span className="font-semibold tabular-nums">{score}</span> <span className="text-muted tabular-nums">{percent(cell.share)}</span>
        {cell.late && <span className="ml-1 rounded border border-warn px-1 text-xs font-semibold text-warn">Late</span>}
        {cell.attempts > 1 && <span className="block text-xs text-muted">best of {cell.attempts}</span>}
      </>
    ) : (
      <span className={statusTone[cell.status]}>{status}</span>
    );
  return (
    <td className="border-b border-line-soft px-3 py-2 align-top whitespace-nowrap" data-status={cell.status} data-score={score} data-late={cell.late ? "true" : "false"}>
      {cell.attemptId ? (
        <Link href={`/classes/${classId}/attempts/${cell.attemptId}`} className="underline decoration-line underline-offset-4 hover:decoration-accent" aria-label={`${studentName}, ${title}: ${score ? `${score}, ` : ""}${status}. Open the attempt`}>
          {body}
        </Link>
      ) : (
        body
      )}
    </td>
  );
}

/** Students × assignments of one of the teacher's classes; each mark links to its attempt. */
export default async function GradebookPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireUser({ role: "teacher", returnTo: `/classes/${classId}/gradebook` });
  let view;
  try {
    view = await loadGradebook(db(), user.id, classId, new Date());
  } catch (error) {
    if (error instanceof ResultsError && error.status === 404) notFound();
    throw error;
  }
  const { classroom, gradebook } = view;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-muted">
          <Link href={`/classes/${classroom.id}`} className={linkClass}>
            {classroom.name}
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-bold">Gradebook</h1>
        <p className="text-muted">
          Each student&apos;s best submitted attempt per assignment. <strong className="text-ink">Missing</strong>: past the due time and nothing submitted (counts 0 in the student&apos;s average).{" "}
          <strong className="text-ink">Late</strong>: submitted after the due time.
        </p>
        <p>
          <a href={`/classes/${classroom.id}/gradebook/csv`} download className={secondaryButton} data-testid="gradebook-csv">
            Download CSV
          </a>
        </p>
      </header>

      {gradebook.rows.length === 0 || gradebook.columns.length === 0 ? (
        <section className={card}>
          <p>{gradebook.rows.length === 0 ? "No students in this class yet: share the join code from the class page." : "No published assignments yet."}</p>
        </section>
      ) : (
        <section className={`${card} p-0 sm:p-0`} aria-labelledby="gradebook-caption">
          {/* Focusable, so keyboard users can scroll a wide table. */}
          <div className="overflow-x-auto rounded-lg" tabIndex={0} role="region" aria-labelledby="gradebook-caption">
            <table className="min-w-full border-separate border-spacing-0 text-sm" data-testid="gradebook">
              <caption id="gradebook-caption" className="sr-only">
                Gradebook of {classroom.name}: one row per student, one column per assignment
              </caption>
              <thead>
                <tr className="text-left">
                  <th scope="col" className="sticky left-0 z-10 border-b border-line bg-surface px-3 py-2">
                    Student
                  </th>
                  {gradebook.columns.map((column) => (
                    <th key={column.id} scope="col" className="border-b border-line px-3 py-2 align-bottom font-semibold">
                      <Link href={`/classes/${classroom.id}/assignments/${column.id}/results`} className="underline decoration-line underline-offset-4 hover:decoration-accent">
                        {column.title}
                      </Link>
                      <span className="block text-xs font-normal text-muted">{column.dueAt ? `Due ${formatDateTime(column.dueAt, column.timeZone)}` : "No due date"}</span>
                    </th>
                  ))}
                  <th scope="col" className="border-b border-line px-3 py-2 align-bottom">
                    Average
                  </th>
                </tr>
              </thead>
              <tbody>
                {gradebook.rows.map((row) => (
                  <tr key={row.student.userId} data-student={row.student.name}>
                    <th scope="row" className="sticky left-0 z-10 border-b border-line-soft bg-surface px-3 py-2 text-left font-medium whitespace-nowrap">
                      {row.student.name}
                      {row.missing > 0 && <span className="block text-xs font-normal text-bad">{row.missing} missing</span>}
                    </th>
                    {row.cells.map((cell, i) => (
                      <Cell key={cell.assignmentId} cell={cell} classId={classroom.id} studentName={row.student.name} title={gradebook.columns[i]!.title} />
                    ))}
                    <td className="border-b border-line-soft px-3 py-2 font-semibold tabular-nums" data-average={percent(row.average)}>
                      {percent(row.average)}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" className="sticky left-0 z-10 bg-surface px-3 py-2 text-left">
                    Class average
                  </th>
                  {gradebook.columns.map((column) => (
                    <td key={column.id} className="px-3 py-2 tabular-nums">
                      <span className="font-semibold">{percent(column.average)}</span>
                      <span className="block text-xs text-muted">
                        {column.submitted} submitted{column.missing ? `, ${column.missing} missing` : ""}
                        {column.late ? `, ${column.late} late` : ""}
                      </span>
                    </td>
                  ))}
                  <td className="px-3 py-2 font-semibold tabular-nums">{percent(gradebook.average)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
