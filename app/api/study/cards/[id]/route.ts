import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { getOwnCard } from "@/lib/server/study/cards";
import { jsonError } from "@/lib/server/study/http";

/** One of the student's own cards (memory state); another student's card is 404, as if it did not exist. */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const { user, response } = await requireApiUser(request);
  if (!user) return response;
  const { id } = await context.params;
  if (id.length > 100) return jsonError("Invalid card id.", 400);
  const card = await getOwnCard(db(), user.id, id);
  if (!card) return jsonError("There is no such card.", 404);
  return NextResponse.json(card);
}
