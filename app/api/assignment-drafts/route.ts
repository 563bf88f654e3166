import { NextResponse } from "next/server";
import { z } from "zod";
import { draftInputSchema } from "@/lib/assignments/draft";
import { createDraft } from "@/lib/server/assignments/authoring";
import { authoringErrorResponse, parseBody } from "@/lib/server/assignments/authoring-http";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";

const createSchema = draftInputSchema.extend({ classroomId: z.string().min(1).max(100) });

/** Creates a draft for the teacher's class (201; a retried client id answers 200 with the same draft). Not the class's teacher: 404. */
export async function POST(request: Request) {
  try {
    const { user, response } = await requireApiUser(request, { role: "teacher" });
    if (!user) return response;
    const body = await parseBody(request, createSchema);
    if (!body.ok) return body.response;
    const { classroomId, ...input } = body.data;
    const created = await createDraft(db(), user.id, classroomId, input, new Date());
    return NextResponse.json({ ...created, href: `/classes/${classroomId}/assignments/${created.assignmentId}` }, { status: created.duplicate ? 200 : 201 });
  } catch (error) {
    return authoringErrorResponse(error);
  }
}
