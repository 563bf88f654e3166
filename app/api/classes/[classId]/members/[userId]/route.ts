import { NextResponse } from "next/server";
import { idSchema } from "@/lib/classes/validation";
import { requireApiUser } from "@/lib/server/auth/session";
import { ClassError, classMessages, removeStudent } from "@/lib/server/classes";
import { classErrorResponse } from "@/lib/server/classes/http";
import { db } from "@/lib/server/db/client";

type Context = { params: Promise<{ classId: string; userId: string }> };

/** The teacher removes a student from their class (the student's work stays): 204; not in it / not your class: 404. */
export async function DELETE(request: Request, context: Context) {
  try {
    const { user, response } = await requireApiUser(request, { role: "teacher" });
    if (!user) return response;
    const params = await context.params;
    const classId = idSchema.safeParse(params.classId);
    const studentId = idSchema.safeParse(params.userId);
    if (!classId.success) throw new ClassError(classMessages.notFound, 404);
    if (!studentId.success) throw new ClassError(classMessages.studentNotFound, 404);
    await removeStudent(db(), user.id, classId.data, studentId.data, new Date());
    return new NextResponse(null, { status: 204 });
  } catch (error) {
    return classErrorResponse(error);
  }
}
