import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { saveAnswer } from "@/lib/server/assignments/attempts";
import { answerBodySchema, attemptErrorResponse, idSchema, parseBody } from "@/lib/server/assignments/attempts-http";

type Context = { params: Promise<{ attemptId: string }> };

/** Saves one answer (201; 200 for a retried client id). No verdict in the answer: nothing is revealed mid-attempt. 409 after the deadline or for a second answer. */
export async function POST(request: Request, { params }: Context) {
  try {
    const { user, response } = await requireApiUser(request);
    if (!user) return response;
    const attemptId = idSchema.parse((await params).attemptId);
    const body = await parseBody(request, answerBodySchema);
    if (!body.ok) return body.response;
    const outcome = await saveAnswer(db(), user.id, attemptId, body.data, new Date());
    return NextResponse.json(outcome, { status: outcome.duplicate ? 200 : 201 });
  } catch (error) {
    return attemptErrorResponse(error);
  }
}
