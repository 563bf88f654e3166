import { NextResponse } from "next/server";
import { config } from "@/lib/env";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";
import { readArticleForm } from "@/lib/server/library/form";
import { libraryErrorResponse } from "@/lib/server/library/http";
import { previewUpload } from "@/lib/server/library/uploads";

/** A teacher's article, parsed against the library: facts, warnings, the event it joins. Stores nothing. */
export async function POST(request: Request) {
  try {
    const { user, response } = await requireApiUser(request, { role: "teacher" });
    if (!user) return response;
    const input = await readArticleForm(request);
    return NextResponse.json(await previewUpload(db(), config().contentDir, input));
  } catch (error) {
    return libraryErrorResponse(error);
  }
}
