import { NextResponse } from "next/server";
import { z } from "zod";
import { config } from "@/lib/env";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { libraryErrorResponse } from "@/lib/server/library/http";
import { withdrawUpload } from "@/lib/server/library/uploads";

const params = z.object({ articleId: z.string().min(1).max(60) });

/** The author withdraws their article: its facts retire; students' history stays. */
export async function POST(request: Request, context: { params: Promise<{ articleId: string }> }) {
  try {
    const { user, response } = await requireApiUser(request, { role: "teacher" });
    if (!user) return response;
    const { articleId } = params.parse(await context.params);
    const report = await withdrawUpload(db(), config().contentDir, user.id, articleId, new Date());
    return NextResponse.json({ summary: report.summary });
  } catch (error) {
    return libraryErrorResponse(error);
  }
}
