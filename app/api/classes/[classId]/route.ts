import { NextResponse } from "next/server";
import { z } from "zod";
import { classNameSchema, idSchema } from "@/lib/classes/validation";
import { requireApiUser } from "@/lib/server/auth/session";
import { ClassError, classMessages, getStudentClass, getTeacherClass, listClassAssignments, renameClass, roster, setClassArchived } from "@/lib/server/classes";
import { classErrorResponse, parseBody } from "@/lib/server/classes/http";
import { db } from "@/lib/server/db/client";

type Context = { params: Promise<{ classId: string }> };

async function classIdOf(context: Context): Promise<string> {
  const parsed = idSchema.safeParse((await context.params).classId);
  if (!parsed.success) throw new ClassError(classMessages.notFound, 404);
  return parsed.data;
}

/** The teacher's class with its roster and assignments; a student's class as they see it; anything else 404. */
export async function GET(request: Request, context: Context) {
  try {
    const { user, response } = await requireApiUser(request);
    if (!user) return response;
    const classId = await classIdOf(context);
    if (user.role !== "teacher") return NextResponse.json({ class: await getStudentClass(db(), user.id, classId) });
    const database = db();
    const classroom = await getTeacherClass(database, user.id, classId);
    const members = await roster(database, user.id, classId);
    const assignments = await listClassAssignments(database, user.id, classId);
    return NextResponse.json({ class: classroom, roster: members, assignments });
  } catch (error) {
    return classErrorResponse(error);
  }
}

const patchSchema = z
  .object({ name: classNameSchema.optional(), archived: z.boolean().optional() })
  .strict()
  .refine((value) => value.name !== undefined || value.archived !== undefined, "Send a new name, archived, or both.");

/** Rename `{ name }` and/or archive `{ archived: true|false }` the teacher's class. */
export async function PATCH(request: Request, context: Context) {
  try {
    const { user, response } = await requireApiUser(request, { role: "teacher" });
    if (!user) return response;
    const classId = await classIdOf(context);
    const body = await parseBody(request, patchSchema);
    if (!body.ok) return body.response;
    const database = db();
    let classroom = await getTeacherClass(database, user.id, classId);
    if (body.data.name !== undefined) classroom = await renameClass(database, user.id, classId, body.data.name);
    if (body.data.archived !== undefined) classroom = await setClassArchived(database, user.id, classId, body.data.archived, new Date());
    return NextResponse.json({ class: classroom });
  } catch (error) {
    return classErrorResponse(error);
  }
}
