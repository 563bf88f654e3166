import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/server/auth/instance";
import { userFromHeaders } from "@/lib/server/auth/users";
import { db } from "@/lib/server/db/client";
import { checkPracticeAnswer, PracticeError } from "@/lib/server/practice";
import { BodyError, readJsonBody } from "@/lib/server/request-body";
import { submitRoundAnswer } from "@/lib/server/study/practice-rounds";

const answerSchema = z.object({
  questionId: z.string().min(1).max(100),
  answer: z.union([
    z.string().max(500),
    z.boolean(),
    z.array(z.string().max(100)).max(20),
    z.record(z.string().max(100), z.string().max(100)),
  ]),
  // A saved round (signed-in students): the round, a client id per submission, the time taken.
  roundId: z.string().min(1).max(100).optional(),
  clientId: z.string().min(8).max(100).optional(),
  timeTakenMs: z.number().int().min(0).max(86_400_000).optional(),
});

/**
 * Checks one practice answer. The key stays on the server until the student has answered.
 * Anonymous answers are checked and forgotten; an answer naming a round is stored with its card
 * reviews (the round must be the signed-in student's own).
 */
export async function POST(request: Request) {
  try {
    const parsed = answerSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return NextResponse.json({ error: `Invalid answer: ${issue?.path.join(".") || "body"} ${issue?.message ?? ""}`.trim() }, { status: 400 });
    }
    const { questionId, answer, roundId, clientId, timeTakenMs } = parsed.data;
    if (!roundId) return NextResponse.json(await checkPracticeAnswer(questionId, answer));
    if (!clientId) return NextResponse.json({ error: "Invalid answer: clientId is required with a roundId" }, { status: 400 });
    const user = await userFromHeaders(auth(), request.headers);
    if (!user) return NextResponse.json({ error: "Sign in to save your practice." }, { status: 401 });
    const outcome = await submitRoundAnswer(db(), user.id, { roundId, questionId, answer, clientId, timeTakenMs: timeTakenMs ?? null, now: new Date() });
    return NextResponse.json({ ...outcome.feedback, answerId: outcome.answerId, contestable: outcome.contestable, contested: outcome.contested });
  } catch (error) {
    if (error instanceof BodyError || error instanceof PracticeError) return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
