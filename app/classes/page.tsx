import type { Metadata } from "next";
import Link from "next/link";
import { formatJoinCode } from "@/lib/classes/join-code";
import { requireUser, type CurrentUser } from "@/lib/server/auth/session";
import { listStudentClasses, listTeacherClasses, type ClassSummary } from "@/lib/server/classes";
import { db } from "@/lib/server/db/client";
import { CreateClassForm } from "./create-class-form";
import { card, formatDate, primaryButton, secondaryButton } from "./styles";

export const metadata: Metadata = { title: "Classes" };

const students = (n: number) => `${n} student${n === 1 ? "" : "s"}`;

function ClassCard({ classroom }: { classroom: ClassSummary }) {
  return (
    <li className={`${card} flex flex-wrap items-center justify-between gap-x-6 gap-y-2`} data-testid="class-card">
      <div className="min-w-0 space-y-1">
        <h3 className="text-lg font-semibold">
          <Link href={`/classes/${classroom.id}`} className="text-ink underline decoration-line underline-offset-4 hover:decoration-accent">
            {classroom.name}
          </Link>
        </h3>
        <p className="text-sm text-muted">
          {students(classroom.memberCount)} · created {formatDate(classroom.createdAt)}
          {classroom.archivedAt && <> · archived {formatDate(classroom.archivedAt)}</>}
        </p>
      </div>
      <p className="text-sm">
        <span className="text-muted">Join code </span>
        <span className="font-mono text-base font-semibold tracking-wider">{formatJoinCode(classroom.joinCode)}</span>
      </p>
    </li>
  );
}

async function TeacherClasses({ user }: { user: CurrentUser }) {
  const classes = await listTeacherClasses(db(), user.id);
  const active = classes.filter((c) => !c.archivedAt);
  const archived = classes.filter((c) => c.archivedAt);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">Your classes</h1>
        <p className="max-w-2xl text-muted">Each class has a join code: students type it at /join, or open the join link, and appear in your roster.</p>
      </header>
      <section aria-labelledby="new-class" className={card}>
        <h2 id="new-class" className="mb-3 text-lg font-semibold">
          New class
        </h2>
        <CreateClassForm />
      </section>
      <section aria-labelledby="active-classes" className="space-y-3">
        <h2 id="active-classes" className="text-xl font-semibold">
          Active classes
        </h2>
        {active.length === 0 ? (
          <p className="text-muted">No active classes yet. Create one above.</p>
        ) : (
          <ul className="space-y-3" data-testid="active-classes">
            {active.map((classroom) => (
              <ClassCard key={classroom.id} classroom={classroom} />
            ))}
          </ul>
        )}
      </section>
      {archived.length > 0 && (
        <details className="rounded-lg border border-line-soft bg-surface p-4 sm:p-5" data-testid="archived-classes">
          <summary className="cursor-pointer font-semibold">Archived classes ({archived.length})</summary>
          <p className="mt-2 text-sm text-muted">Their work is kept; their join codes take no new students. Open one to bring it back.</p>
          <ul className="mt-3 space-y-3">
            {archived.map((classroom) => (
              <ClassCard key={classroom.id} classroom={classroom} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

async function StudentClasses({ user }: { user: CurrentUser }) {
  const classes = await listStudentClasses(db(), user.id);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">Your classes</h1>
        <p className="max-w-2xl text-muted">Your teachers set assignments for these classes. To join another, type the code your teacher gave you.</p>
      </header>
      <div className="flex flex-wrap gap-3">
        <Link href="/join" className={primaryButton}>
          Join a class
        </Link>
        <Link href="/assignments" className={secondaryButton}>
          Your assignments
        </Link>
      </div>
      {classes.length === 0 ? (
        <p className="text-muted">You are not in a class yet.</p>
      ) : (
        <ul className="space-y-3" data-testid="student-classes">
          {classes.map((classroom) => (
            <li key={classroom.id} className={card}>
              <h2 className="text-lg font-semibold">
                <Link href={`/classes/${classroom.id}`} className="text-ink underline decoration-line underline-offset-4 hover:decoration-accent">
                  {classroom.name}
                </Link>
              </h2>
              <p className="text-sm text-muted">
                {classroom.teacherName} · joined {formatDate(classroom.joinedAt)}
                {classroom.archived && " · archived"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Teachers: their classes and a form for a new one. Students: the classes they are in. */
export default async function ClassesPage() {
  const user = await requireUser({ returnTo: "/classes" });
  return user.role === "teacher" ? <TeacherClasses user={user} /> : <StudentClasses user={user} />;
}
