import { NextResponse } from "next/server";
import { publish } from "@/lib/server/assignments/authoring";
import { authoringErrorResponse, badId } from "@/lib/server/assignments/authoring-http";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";

/** Publishes a draft: its questions are frozen from now on. 409 without questions or with a due time already past. */
export async function POST(request: Request, context: { params: Promise<{ assignmentId: string }> }) {
  try {
    const { user, response } = await requireApiUser(request, { role: "teacher" });
    if (!user) return response;
    const { assignmentId } = await context.params;
    const bad = badId(assignmentId);
    if (bad) return bad;
    return NextResponse.json(await publish(db(), user.id, assignmentId, new Date()));
  } catch (error) {
    return authoringErrorResponse(error);
  }
}
