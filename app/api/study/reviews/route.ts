import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { errorResponse, parseBody } from "@/lib/server/study/http";
import { submitReview } from "@/lib/server/study/reviews";

const reviewSchema = z.object({
  cardKey: z.string().min(1).max(100),
  rating: z.enum(["again", "hard", "good", "easy"]),
  clientId: z.string().min(8).max(100),
  shownRevision: z.number().int().min(0),
  durationMs: z.number().int().min(0).max(86_400_000).nullish(),
});

/** Grades one flashcard. 409 when the card changed since it was shown; a retried client id records one review. */
export async function POST(request: Request) {
  try {
    const { user, response } = await requireApiUser(request);
    if (!user) return response;
    const body = await parseBody(request, reviewSchema);
    if (!body.ok) return body.response;
    const outcome = await submitReview(db(), user.id, { ...body.data, source: "flashcards", now: new Date() });
    return NextResponse.json(outcome, { status: outcome.duplicate ? 200 : 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
