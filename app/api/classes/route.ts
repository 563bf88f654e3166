import { NextResponse } from "next/server";
import { createClassSchema } from "@/lib/classes/validation";
import { requireApiUser } from "@/lib/server/auth/session";
import { createClass, listStudentClasses, listTeacherClasses } from "@/lib/server/classes";
import { classErrorResponse, parseBody } from "@/lib/server/classes/http";
import { db } from "@/lib/server/db/client";

/** A teacher's classes (with member counts and join codes), or the classes a student is in. */
export async function GET(request: Request) {
  try {
    const { user, response } = await requireApiUser(request);
    if (!user) return response;
    const classes = user.role === "teacher" ? await listTeacherClasses(db(), user.id) : await listStudentClasses(db(), user.id);
    return NextResponse.json({ classes });
  } catch (error) {
    return classErrorResponse(error);
  }
}

/** A teacher creates a class `{ name }`: 201 with its join code. */
export async function POST(request: Request) {
  try {
    const { user, response } = await requireApiUser(request, { role: "teacher" });
    if (!user) return response;
    const body = await parseBody(request, createClassSchema);
    if (!body.ok) return body.response;
    return NextResponse.json({ class: await createClass(db(), user.id, body.data) }, { status: 201 });
  } catch (error) {
    return classErrorResponse(error);
  }
}
