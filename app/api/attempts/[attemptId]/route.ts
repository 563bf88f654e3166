import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { getAttemptState } from "@/lib/server/assignments/attempts";
import { attemptErrorResponse, idSchema } from "@/lib/server/assignments/attempts-http";

type Context = { params: Promise<{ attemptId: string }> };

/** Resume: the attempt's questions (public form), saved answers, server time and deadline; the review only as the reveal rule allows. */
export async function GET(request: Request, { params }: Context) {
  try {
    const { user, response } = await requireApiUser(request);
    if (!user) return response;
    const attemptId = idSchema.parse((await params).attemptId);
    return NextResponse.json(await getAttemptState(db(), user.id, attemptId, new Date()), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return attemptErrorResponse(error);
  }
}
