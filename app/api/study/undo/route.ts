import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { errorResponse, parseBody } from "@/lib/server/study/http";
import { undoReview } from "@/lib/server/study/reviews";

const undoSchema = z.object({ reviewId: z.string().min(1).max(100), clientId: z.string().min(8).max(100) });

/** Undoes one of the student's reviews, restoring the card exactly; 404 for a review that is not theirs. */
export async function POST(request: Request) {
  try {
    const { user, response } = await requireApiUser(request);
    if (!user) return response;
    const body = await parseBody(request, undoSchema);
    if (!body.ok) return body.response;
    return NextResponse.json(await undoReview(db(), user.id, { ...body.data, now: new Date() }));
  } catch (error) {
    return errorResponse(error);
  }
}
