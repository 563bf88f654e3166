import { NextResponse } from "next/server";
import { z } from "zod";
import { checkPracticeAnswer, PracticeError } from "@/lib/server/practice";
import { BodyError, readJsonBody } from "@/lib/server/request-body";

const answerSchema = z.object({
  questionId: z.string().min(1).max(100),
  answer: z.union([
    z.string().max(500),
    z.boolean(),
    z.array(z.string().max(100)).max(20),
    z.record(z.string().max(100), z.string().max(100)),
  ]),
});

/** Checks one practice answer. The key stays on the server until the student has answered. */
export async function POST(request: Request) {
  try {
    const parsed = answerSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return NextResponse.json({ error: `Invalid answer: ${issue?.path.join(".") || "body"} ${issue?.message ?? ""}`.trim() }, { status: 400 });
    }
    return NextResponse.json(await checkPracticeAnswer(parsed.data.questionId, parsed.data.answer));
  } catch (error) {
    if (error instanceof BodyError || error instanceof PracticeError) return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
