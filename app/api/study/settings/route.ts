import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { errorResponse, parseBody } from "@/lib/server/study/http";
import { getStudySettings, saveStudySettings } from "@/lib/server/study/settings";

const settingsSchema = z.object({ desiredRetention: z.number(), newCardsPerDay: z.number(), timeZone: z.string().max(100) });

export async function GET(request: Request) {
  const { user, response } = await requireApiUser(request);
  if (!user) return response;
  return NextResponse.json(await getStudySettings(db(), user.id));
}

/** Saves retention, new cards per day and time zone (ranges checked by lib/study's schema: 400 with its message). */
export async function PUT(request: Request) {
  try {
    const { user, response } = await requireApiUser(request);
    if (!user) return response;
    const body = await parseBody(request, settingsSchema);
    if (!body.ok) return body.response;
    return NextResponse.json(await saveStudySettings(db(), user.id, body.data));
  } catch (error) {
    return errorResponse(error);
  }
}
