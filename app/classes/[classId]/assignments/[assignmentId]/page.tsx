import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { settingsToInput } from "@/lib/assignments/settings";
import { formatInZone } from "@/lib/assignments/time-zone";
import { AuthoringError, getDraftPreview, type AssignmentPreview } from "@/lib/server/assignments/authoring";
import { requireUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { FAMILY_NAMES, FORMAT_NAMES, LATE_WORK_NAMES, MODE_NAMES, REVEAL_NAMES } from "../new/labels";
import { DraftActions, SettingsEditor } from "./assignment-controls";
import { QuestionList } from "./question-list";

export const metadata: Metadata = { title: "Assignment" };

type Props = { params: Promise<{ classId: string; assignmentId: string }> };

function Summary({ preview }: { preview: AssignmentPreview }) {
  const { settings, blueprint } = preview;
  const live = preview.questions.filter((question) => question.withdrawnAt === null).length;
  const when = (date: Date | null, empty: string) => (date ? formatInZone(date, settings.timeZone) : empty);
  const rows: [string, string][] = [
    [
      "Questions",
      preview.mode === "drawn"
        ? `${blueprint.count} per student, drawn from a pool of ${live}`
        : `${live} ${live === 1 ? "question" : "questions"} · ${MODE_NAMES.fixed.title.toLowerCase()}`,
    ],
    ["Events", preview.events.length ? preview.events.map((event) => event.name).join(", ") : "Everything in the library"],
    ["Kinds of fact", blueprint.families.length ? blueprint.families.map((family) => FAMILY_NAMES[family]).join(", ") : "All"],
    ["Kinds of question", blueprint.formats.length ? blueprint.formats.map((format) => FORMAT_NAMES[format]).join(", ") : "All"],
    ["Opens", when(settings.opensAt, preview.status === "published" ? "When it was published" : "When you publish it")],
    ["Due", when(settings.dueAt, "No due time")],
    ["Time zone", settings.timeZone],
    ["Attempts", String(settings.attemptsAllowed)],
    ["Time limit", settings.timeLimitMinutes ? `${settings.timeLimitMinutes} minutes` : "None"],
    ["Late work", LATE_WORK_NAMES[settings.lateWork]],
    ["Answers shown", REVEAL_NAMES[settings.reveal]],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-line-soft bg-surface p-4 shadow-sm sm:grid-cols-[max-content_1fr] sm:p-5" data-testid="settings-summary">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd className="text-muted sm:text-ink">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The class's teacher sees the assignment: a draft to check and publish, or a published one, frozen. Anyone else: 404. */
export default async function AssignmentPage({ params }: Props) {
  await connection();
  const { classId, assignmentId } = await params;
  const user = await requireUser({ role: "teacher", returnTo: `/classes/${encodeURIComponent(classId)}/assignments/${encodeURIComponent(assignmentId)}` });
  if (user.role !== "teacher") notFound();
  const preview = await getDraftPreview(db(), user.id, assignmentId).catch((error: unknown) => {
    if (error instanceof AuthoringError) notFound();
    throw error;
  });
  if (preview.classroomId !== classId) notFound();
  const draft = preview.status === "draft";
  const questions = preview.questions.map(({ withdrawnAt, ...question }) => ({ ...question, withdrawn: withdrawnAt !== null }));
  const live = questions.filter((question) => !question.withdrawn).length;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-medium uppercase tracking-wide text-muted">
          <Link href={`/classes/${classId}`} className="underline-offset-4 hover:underline">
            {preview.className}
          </Link>
          {" · "}
          {draft ? "Draft" : "Published"}
        </p>
        <h1 className="font-serif text-3xl font-bold">{preview.settings.title}</h1>
        {preview.settings.instructions && <p className="max-w-2xl whitespace-pre-line">{preview.settings.instructions}</p>}
        {draft ? (
          <p className="max-w-2xl text-muted">Check every question, its answer and its source. Drop or replace any you do not want, then publish. Students see nothing until you do.</p>
        ) : (
          <p className="max-w-2xl" data-testid="frozen">
            Frozen on {preview.publishedAt ? formatInZone(preview.publishedAt, preview.settings.timeZone) : "publishing"}: these questions no longer change.{" "}
            <Link href={`/classes/${classId}/assignments/${assignmentId}/results`} className="font-medium text-accent underline underline-offset-4 hover:decoration-2">
              See the results
            </Link>
          </p>
        )}
      </header>

      <Summary preview={preview} />
      <SettingsEditor assignmentId={assignmentId} defaults={settingsToInput(preview.settings)} />
      {draft && <DraftActions assignmentId={assignmentId} classId={classId} questionCount={live} questionsPerAttempt={preview.blueprint.count} mode={preview.mode} />}
      <QuestionList key={preview.status} assignmentId={assignmentId} questions={questions} editable={draft} />
    </div>
  );
}
