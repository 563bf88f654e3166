import { NextResponse } from "next/server";
import { idSchema, resetPasswordSchema } from "@/lib/classes/validation";
import { requireApiUser } from "@/lib/server/auth/session";
import { ClassError, classMessages, resetStudentPassword } from "@/lib/server/classes";
import { classErrorResponse, parseBody } from "@/lib/server/classes/http";
import { db } from "@/lib/server/db/client";

type Context = { params: Promise<{ classId: string; userId: string }> };

/**
 * The teacher resets the password of a student without an email in their class: `{ password? }`
 * (absent or empty: Muster makes one up). The answer carries the new password once; the
 * student's sessions end. Not your class / not in it: 404; a student with an email: 409.
 */
export async function POST(request: Request, context: Context) {
  try {
    const { user, response } = await requireApiUser(request, { role: "teacher" });
    if (!user) return response;
    const params = await context.params;
    const classId = idSchema.safeParse(params.classId);
    const studentId = idSchema.safeParse(params.userId);
    if (!classId.success) throw new ClassError(classMessages.notFound, 404);
    if (!studentId.success) throw new ClassError(classMessages.studentNotFound, 404);
    const body = await parseBody(request, resetPasswordSchema);
    if (!body.ok) return body.response;
    const reset = await resetStudentPassword(db(), user.id, classId.data, studentId.data, { password: body.data.password });
    return NextResponse.json(reset, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return classErrorResponse(error);
  }
}
