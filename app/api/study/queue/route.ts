import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { loadQueue, parseScope } from "@/lib/server/study/cards";
import { errorResponse, jsonError } from "@/lib/server/study/http";

const querySchema = z.object({ scope: z.string().max(300).optional(), limit: z.coerce.number().int().min(1).max(200).optional() });

/** The student's queue for today: ?scope=all | war:<name> | event:<id>. */
export async function GET(request: Request) {
  try {
    const { user, response } = await requireApiUser(request);
    if (!user) return response;
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) return jsonError(`Invalid query: ${query.error.issues[0]?.path.join(".")}: ${query.error.issues[0]?.message}`, 400);
    return NextResponse.json(await loadQueue(db(), user.id, { now: new Date(), scope: parseScope(query.data.scope), ...(query.data.limit && { limit: query.data.limit }) }));
  } catch (error) {
    return errorResponse(error);
  }
}
