import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatJoinCode } from "@/lib/classes/join-code";
import { idSchema } from "@/lib/classes/validation";
import { authConfig } from "@/lib/env";
import { requireUser, type CurrentUser } from "@/lib/server/auth/session";
import { ClassError, getStudentClass, getTeacherClass, listClassAssignments, roster } from "@/lib/server/classes";
import { db } from "@/lib/server/db/client";
import { card, formatDate, formatDateTime, link, primaryButton, quietButton, secondaryButton } from "../styles";
import { ClassSettings } from "./class-settings";
import { CopyButton } from "./copy-button";
import { Roster } from "./roster";

export const metadata: Metadata = { title: "Class" };

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A ClassError 404 (not this teacher's / student's class) becomes the not-found page. */
async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof ClassError && error.status === 404) notFound();
    throw error;
  }
}

async function TeacherClass({ user, classId, created }: { user: CurrentUser; classId: string; created: boolean }) {
  const database = db();
  const classroom = await orNotFound(getTeacherClass(database, user.id, classId));
  const [members, assignments] = await Promise.all([roster(database, user.id, classId), listClassAssignments(database, user.id, classId)]);
  const code = formatJoinCode(classroom.joinCode);
  const joinLink = `${authConfig().baseURL}/join/${classroom.joinCode}`;
  const archived = classroom.archivedAt !== null;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/classes" className={link}>
            Your classes
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-bold break-words" data-testid="class-name">
          {classroom.name}
        </h1>
        <p className="text-muted">
          {members.length} student{members.length === 1 ? "" : "s"} · created {formatDate(classroom.createdAt)}
          {archived && <> · archived {formatDate(classroom.archivedAt!)}</>}
        </p>
        {created && (
          <p role="status" className="rounded-md border border-l-4 border-good bg-good-soft p-3 font-medium">
            Class created. Give your students the join code or the link below.
          </p>
        )}
      </header>

      <section aria-labelledby="join-heading" className={`${card} space-y-4`}>
        <h2 id="join-heading" className="text-xl font-semibold">
          Join code
        </h2>
        {archived ? (
          <p className="rounded-md border border-l-4 border-warn bg-warn-soft p-3">This class is archived: the code takes no new students until you bring it back.</p>
        ) : (
          <p className="text-muted">Students type it at {new URL(joinLink).host}/join, or open the link. Letters that look alike (0 and O, 1 and I) never appear in it.</p>
        )}
        <div className="flex flex-wrap items-center gap-4">
          <p className="font-mono text-4xl font-bold tracking-[0.15em] sm:text-5xl" data-testid="join-code" data-code={classroom.joinCode} aria-label={`Join code ${[...classroom.joinCode].join(" ")}`}>
            {code}
          </p>
          <CopyButton text={code} label="Copy code" className={quietButton} />
        </div>
        <div className="space-y-1">
          <p className="font-medium">Join link</p>
          <div className="flex flex-wrap items-center gap-3">
            <code className="rounded bg-paper px-2 py-1 break-all" data-testid="join-link">
              {joinLink}
            </code>
            <CopyButton text={joinLink} label="Copy link" className={quietButton} />
          </div>
        </div>
      </section>

      <section aria-labelledby="roster-heading" className="space-y-3">
        <h2 id="roster-heading" className="text-xl font-semibold">
          Students
        </h2>
        <p className="text-sm text-muted">Students without an email cannot reset a forgotten password themselves: reset it here.</p>
        <Roster
          classId={classroom.id}
          className={classroom.name}
          rows={members.map((member) => ({ userId: member.userId, name: member.name, username: member.username, email: member.email, joined: formatDate(member.joinedAt), canResetPassword: member.canResetPassword }))}
        />
      </section>

      <section aria-labelledby="assignments-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="assignments-heading" className="text-xl font-semibold">
            Assignments
          </h2>
          <div className="flex flex-wrap items-center gap-3">
            {assignments.length > 0 && (
              <Link href={`/classes/${classroom.id}/gradebook`} className="font-medium text-accent underline underline-offset-4 hover:decoration-2">
                Gradebook
              </Link>
            )}
            <Link href={`/classes/${classroom.id}/assignments/new`} className={primaryButton}>
              New assignment
            </Link>
          </div>
        </div>
        {assignments.length === 0 ? (
          <p className="text-muted">No assignments yet.</p>
        ) : (
          <ul className="divide-y divide-line-soft rounded-lg border border-line-soft bg-surface" data-testid="assignments">
            {assignments.map((assignment) => (
              <li key={assignment.id} className="flex flex-wrap items-center justify-between gap-x-6 gap-y-1 p-4">
                <Link href={`/classes/${classroom.id}/assignments/${assignment.id}`} className="font-semibold text-ink underline decoration-line underline-offset-4 hover:decoration-accent">
                  {assignment.title}
                </Link>
                <span className="text-sm text-muted">
                  <span className={assignment.status === "published" ? "font-semibold text-good" : "font-semibold text-ink"}>{assignment.status === "published" ? "Published" : "Draft"}</span>
                  {assignment.dueAt ? ` · due ${formatDateTime(assignment.dueAt, assignment.timeZone)}` : " · no due date"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="settings-heading" className={`${card} space-y-4`}>
        <h2 id="settings-heading" className="text-xl font-semibold">
          Class settings
        </h2>
        <ClassSettings classId={classroom.id} name={classroom.name} archived={archived} />
      </section>
    </div>
  );
}

async function StudentClass({ user, classId, joined }: { user: CurrentUser; classId: string; joined: boolean }) {
  const classroom = await orNotFound(getStudentClass(db(), user.id, classId));
  return (
    <div className="max-w-2xl space-y-6">
      <p className="text-sm">
        <Link href="/classes" className={link}>
          Your classes
        </Link>
      </p>
      {joined && (
        <p role="status" className="rounded-md border border-l-4 border-good bg-good-soft p-3 font-medium" data-testid="joined">
          You are in {classroom.name}.
        </p>
      )}
      <h1 className="font-serif text-3xl font-bold break-words" data-testid="class-name">
        {classroom.name}
      </h1>
      <p className="text-muted">
        Teacher: {classroom.teacherName} · joined {formatDate(classroom.joinedAt)}
        {classroom.archived && " · this class is archived"}
      </p>
      <div className="flex flex-wrap gap-3">
        <Link href="/assignments" className={primaryButton}>
          Your assignments
        </Link>
        <Link href="/practice" className={secondaryButton}>
          Practise
        </Link>
      </div>
    </div>
  );
}

/** Teacher: the class, its code and link, roster, assignments and settings. Student: their class. Anyone else: not found. */
export default async function ClassPage({ params, searchParams }: Props) {
  const { classId: raw } = await params;
  const query = await searchParams;
  const parsed = idSchema.safeParse(raw);
  const user = await requireUser({ returnTo: parsed.success ? `/classes/${parsed.data}` : "/classes" });
  if (!parsed.success) notFound();
  return user.role === "teacher" ? (
    <TeacherClass user={user} classId={parsed.data} created={query.created === "1"} />
  ) : (
    <StudentClass user={user} classId={parsed.data} joined={query.joined === "1"} />
  );
}
