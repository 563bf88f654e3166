import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { errorResponse, parseBody, reviewBodySchema } from "@/lib/server/study/http";
import { submitReview } from "@/lib/server/study/reviews";

/** Grades one flashcard. 409 when the card changed since it was shown; a retried client id records one review. */
export async function POST(request: Request) {
  try {
    const { user, response } = await requireApiUser(request);
    if (!user) return response;
    const body = await parseBody(request, reviewBodySchema);
    if (!body.ok) return body.response;
    const outcome = await submitReview(db(), user.id, { ...body.data, source: "flashcards", now: new Date() });
    return Response.json(outcome, { status: outcome.duplicate ? 200 : 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
