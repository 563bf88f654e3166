import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { startAttempt } from "@/lib/server/assignments/attempts";
import { attemptErrorResponse, idSchema } from "@/lib/server/assignments/attempts-http";
import { studentAssignment } from "@/lib/server/assignments/student-assignments";

type Context = { params: Promise<{ assignmentId: string }> };

/** Starts an attempt (201), or returns the running one (200: another tab, a second click). */
export async function POST(request: Request, { params }: Context) {
  try {
    const { user, response } = await requireApiUser(request);
    if (!user) return response;
    const assignmentId = idSchema.parse((await params).assignmentId);
    const outcome = await startAttempt(db(), user.id, assignmentId, new Date());
    return NextResponse.json(outcome.state, { status: outcome.created ? 201 : 200 });
  } catch (error) {
    return attemptErrorResponse(error);
  }
}

/** The assignment as the student sees it, with their attempts (scores only as the reveal rule allows). */
export async function GET(request: Request, { params }: Context) {
  try {
    const { user, response } = await requireApiUser(request);
    if (!user) return response;
    const assignmentId = idSchema.parse((await params).assignmentId);
    return NextResponse.json(await studentAssignment(db(), user.id, assignmentId, new Date()));
  } catch (error) {
    return attemptErrorResponse(error);
  }
}
