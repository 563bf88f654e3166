import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { reportQuestion } from "@/lib/server/assignments/attempts";
import { attemptErrorResponse, idSchema, parseBody, reportBodySchema } from "@/lib/server/assignments/attempts-http";

type Context = { params: Promise<{ attemptId: string }> };

/** "Report this question" (201; 200 when this student reported it already). */
export async function POST(request: Request, { params }: Context) {
  try {
    const { user, response } = await requireApiUser(request);
    if (!user) return response;
    const attemptId = idSchema.parse((await params).attemptId);
    const body = await parseBody(request, reportBodySchema);
    if (!body.ok) return body.response;
    const outcome = await reportQuestion(db(), user.id, { attemptId, questionId: body.data.questionId, note: body.data.note, now: new Date() });
    return NextResponse.json(outcome, { status: outcome.duplicate ? 200 : 201 });
  } catch (error) {
    return attemptErrorResponse(error);
  }
}
