import { NextResponse } from "next/server";
import { dropQuestion } from "@/lib/server/assignments/authoring";
import { authoringErrorResponse, badId } from "@/lib/server/assignments/authoring-http";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";

/** Drops one question of a draft (409 once published; a retry after it is gone answers duplicate: true). */
export async function DELETE(request: Request, context: { params: Promise<{ assignmentId: string; rowId: string }> }) {
  try {
    const { user, response } = await requireApiUser(request, { role: "teacher" });
    if (!user) return response;
    const { assignmentId, rowId } = await context.params;
    const bad = badId(assignmentId, rowId);
    if (bad) return bad;
    return NextResponse.json(await dropQuestion(db(), user.id, assignmentId, rowId, new Date()));
  } catch (error) {
    return authoringErrorResponse(error);
  }
}
