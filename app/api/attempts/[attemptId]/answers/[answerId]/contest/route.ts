import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { contestAttemptAnswer } from "@/lib/server/assignments/attempts";
import { attemptErrorResponse, contestBodySchema, idSchema, parseBody } from "@/lib/server/assignments/attempts-http";

type Context = { params: Promise<{ attemptId: string; answerId: string }> };

/** "I was right" on a rejected typed answer once the review is shown (201; 200 when already contested). */
export async function POST(request: Request, { params }: Context) {
  try {
    const { user, response } = await requireApiUser(request);
    if (!user) return response;
    const { attemptId, answerId } = await params;
    const body = await parseBody(request, contestBodySchema);
    if (!body.ok) return body.response;
    const outcome = await contestAttemptAnswer(db(), user.id, { attemptId: idSchema.parse(attemptId), answerId: idSchema.parse(answerId), note: body.data.note, now: new Date() });
    return NextResponse.json(outcome, { status: outcome.duplicate ? 200 : 201 });
  } catch (error) {
    return attemptErrorResponse(error);
  }
}
