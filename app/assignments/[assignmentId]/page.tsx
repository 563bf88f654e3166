import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { AttemptError, getAttemptState } from "@/lib/server/assignments/attempts";
import { studentAssignment, type AssignmentCard } from "@/lib/server/assignments/student-assignments";
import { AttemptTaker } from "./attempt-taker";

export const metadata: Metadata = { title: "Assignment" };

type Props = { params: Promise<{ assignmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const searchSchema = z.object({ attempt: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(100).optional()) });

/** Start, resume, take, submit and review one assignment: the running attempt if any, else the one asked for or the latest. */
export default async function AssignmentPage({ params, searchParams }: Props) {
  const { assignmentId } = await params;
  const user = await requireUser({ returnTo: `/assignments/${encodeURIComponent(assignmentId)}` });
  const database = db();
  const now = new Date();
  let card: AssignmentCard;
  try {
    card = await studentAssignment(database, user.id, assignmentId.slice(0, 100), now);
  } catch (error) {
    if (error instanceof AttemptError && error.status === 404) notFound();
    throw error;
  }
  const parsed = searchSchema.safeParse(await searchParams);
  const wanted = parsed.success ? parsed.data.attempt : undefined;
  const attemptId = card.openAttemptId ?? (wanted && card.attempts.some((attempt) => attempt.attemptId === wanted) ? wanted : card.lastSubmittedId);
  const state = attemptId ? await getAttemptState(database, user.id, attemptId, now) : null;
  return <AttemptTaker key={state?.attemptId ?? "none"} card={card} initial={state} />;
}
