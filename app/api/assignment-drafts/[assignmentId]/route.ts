import { NextResponse } from "next/server";
import { z } from "zod";
import { settingsSchema } from "@/lib/assignments/settings";
import { deleteDraft, updateSettings } from "@/lib/server/assignments/authoring";
import { authoringErrorResponse, badId, parseBody } from "@/lib/server/assignments/authoring-http";
import { requireApiUser } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db/client";

type Context = { params: Promise<{ assignmentId: string }> };

const settingsBody = z.object({ settings: settingsSchema });

/** Changes an assignment's settings (draft or published; the questions never change here). */
export async function PATCH(request: Request, context: Context) {
  try {
    const { user, response } = await requireApiUser(request, { role: "teacher" });
    if (!user) return response;
    const { assignmentId } = await context.params;
    const bad = badId(assignmentId);
    if (bad) return bad;
    const body = await parseBody(request, settingsBody);
    if (!body.ok) return body.response;
    const settings = await updateSettings(db(), user.id, assignmentId, body.data.settings, new Date());
    return NextResponse.json({ settings });
  } catch (error) {
    return authoringErrorResponse(error);
  }
}

/** Deletes a draft (409 once published). */
export async function DELETE(request: Request, context: Context) {
  try {
    const { user, response } = await requireApiUser(request, { role: "teacher" });
    if (!user) return response;
    const { assignmentId } = await context.params;
    const bad = badId(assignmentId);
    if (bad) return bad;
    await deleteDraft(db(), user.id, assignmentId);
    return NextResponse.json({ deleted: assignmentId });
  } catch (error) {
    return authoringErrorResponse(error);
  }
}
