import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { submitAttempt } from "@/lib/server/assignments/attempts";
import { attemptErrorResponse, idSchema } from "@/lib/server/assignments/attempts-http";

type Context = { params: Promise<{ attemptId: string }> };

/** Submits the attempt (a second submit returns it unchanged) and answers with what the reveal rule shows. */
export async function POST(request: Request, { params }: Context) {
  try {
    const { user, response } = await requireApiUser(request);
    if (!user) return response;
    const attemptId = idSchema.parse((await params).attemptId);
    return NextResponse.json(await submitAttempt(db(), user.id, attemptId, new Date()));
  } catch (error) {
    return attemptErrorResponse(error);
  }
}
