import { NextResponse } from "next/server";
import { z } from "zod";
import { replaceQuestion } from "@/lib/server/assignments/authoring";
import { authoringErrorResponse, badId, parseBody } from "@/lib/server/assignments/authoring-http";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";

/** The question the teacher saw in this place: a stale one (already replaced) is 409, not a second replacement. */
const replaceSchema = z.object({ questionId: z.string().min(1).max(300) });

/** Replaces one question of a draft with another that fits; answers the new question with its key (teacher only). */
export async function POST(request: Request, context: { params: Promise<{ assignmentId: string; rowId: string }> }) {
  try {
    const { user, response } = await requireApiUser(request, { role: "teacher" });
    if (!user) return response;
    const { assignmentId, rowId } = await context.params;
    const bad = badId(assignmentId, rowId);
    if (bad) return bad;
    const body = await parseBody(request, replaceSchema);
    if (!body.ok) return body.response;
    return NextResponse.json({ question: await replaceQuestion(db(), user.id, assignmentId, rowId, body.data.questionId, new Date()) });
  } catch (error) {
    return authoringErrorResponse(error);
  }
}
