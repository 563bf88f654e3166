import { NextResponse } from "next/server";
import { config } from "@/lib/env";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { readArticleForm } from "@/lib/server/library/form";
import { libraryErrorResponse } from "@/lib/server/library/http";
import { listAuthoredArticles, publishUpload } from "@/lib/server/library/uploads";

/** The articles this teacher added. */
export async function GET(request: Request) {
  try {
    const { user, response } = await requireApiUser(request, { role: "teacher" });
    if (!user) return response;
    return NextResponse.json({ articles: await listAuthoredArticles(db(), user.id) });
  } catch (error) {
    return libraryErrorResponse(error);
  }
}

/** Publishes an article: stored and imported in one transaction, or refused with nothing stored. */
export async function POST(request: Request) {
  try {
    const { user, response } = await requireApiUser(request, { role: "teacher" });
    if (!user) return response;
    const input = await readArticleForm(request);
    const outcome = await publishUpload(db(), config().contentDir, user.id, input, new Date());
    return NextResponse.json({ articleId: outcome.articleId, eventId: outcome.eventId, summary: outcome.report.summary }, { status: 201 });
  } catch (error) {
    return libraryErrorResponse(error);
  }
}
