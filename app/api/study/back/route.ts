import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { cardBack } from "@/lib/server/study/cards";
import { jsonError } from "@/lib/server/study/http";

const querySchema = z.object({ cardKey: z.string().min(1).max(100) });

/** A card's answer side, asked for by "Show answer" (the queue carries fronts only). */
export async function GET(request: Request) {
  const { user, response } = await requireApiUser(request);
  if (!user) return response;
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return jsonError("Invalid query: cardKey is required.", 400);
  const back = await cardBack(db(), query.data.cardKey);
  if (!back) return jsonError("There is no such card: the content may have changed. Reload the flashcards.", 404);
  return NextResponse.json(back);
}
