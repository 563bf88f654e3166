import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { PracticeError } from "@/lib/server/practice";
import { BodyError, readJsonBody } from "@/lib/server/request-body";
import { contestAnswer } from "@/lib/server/study/practice-rounds";

const contestSchema = z.object({ answerId: z.string().min(1).max(100), note: z.string().max(1000).default("") });

/** "I was right": stores the signed-in student's contest of one of their rejected typed answers. */
export async function POST(request: Request) {
  try {
    const auth = await requireApiUser(request);
    if (auth.response) return auth.response;
    const parsed = contestSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return NextResponse.json({ error: `Invalid contest: ${issue?.path.join(".") || "body"} ${issue?.message ?? ""}`.trim() }, { status: 400 });
    }
    const contest = await contestAnswer(db(), auth.user.id, { answerId: parsed.data.answerId, note: parsed.data.note.trim(), now: new Date() });
    return NextResponse.json(contest, { status: contest.duplicate ? 200 : 201 });
  } catch (error) {
    if (error instanceof BodyError || error instanceof PracticeError) return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
