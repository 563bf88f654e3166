import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { authoringClass, AuthoringError } from "@/lib/server/assignments/authoring";
import { requireUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { practiceWars } from "@/lib/server/practice";
import { NewAssignmentForm } from "./new-assignment-form";

export const metadata: Metadata = { title: "New assignment" };

type Props = { params: Promise<{ classId: string }> };

/** The class's teacher sets a quiz: defaults make it a minute's work. Anyone else: 404. */
export default async function NewAssignmentPage({ params }: Props) {
  await connection();
  const { classId } = await params;
  const user = await requireUser({ role: "teacher", returnTo: `/classes/${encodeURIComponent(classId)}/assignments/new` });
  if (user.role !== "teacher") notFound();
  const classroom = await authoringClass(db(), user.id, classId).catch((error: unknown) => {
    if (error instanceof AuthoringError) notFound();
    throw error;
  });
  const wars = await practiceWars();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-medium uppercase tracking-wide text-muted">
          <Link href={`/classes/${classroom.id}`} className="underline-offset-4 hover:underline">
            {classroom.name}
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-bold">New assignment</h1>
        <p className="max-w-2xl text-muted">Give it a title and make the draft: by default it asks 10 questions of every kind about the whole library, one attempt, due in a week. You see every question with its answer before students do.</p>
      </header>
      {classroom.archived ? <p className="rounded-md border border-l-4 border-warn bg-warn-soft p-3">This class is archived: it takes no new assignments.</p> : <NewAssignmentForm classId={classroom.id} wars={wars} />}
    </div>
  );
}
