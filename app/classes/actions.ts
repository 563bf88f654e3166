"use server";
/**
 * The teacher's class forms post here. Each action checks the session on the
 * server (teachers only), validates the form with zod, calls one data
 * function (which finds only this teacher's classes) and returns what the
 * form shows, or redirects.
 */
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createClassSchema, idSchema, renameClassSchema, resetPasswordSchema } from "@/lib/classes/validation";
import { requireUser } from "@/lib/server/auth/session";
import { ClassError, createClass, removeStudent, renameClass, resetStudentPassword, setClassArchived } from "@/lib/server/classes";
import { db } from "@/lib/server/db/client";

export interface ClassFormState {
  /** Bumped on every answer, so the same message twice is announced twice. */
  at?: number;
  ok?: boolean;
  message?: string;
  fieldError?: string;
  /** What was typed, so a failed attempt keeps it. */
  value?: string;
}

export interface ResetState extends ClassFormState {
  /** The new password, shown to the teacher once (this answer only; never stored as text). */
  password?: string;
  studentName?: string;
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

function classIdOf(form: FormData): string | null {
  const parsed = idSchema.safeParse(text(form, "classId"));
  return parsed.success ? parsed.data : null;
}

function failure(error: unknown, value?: string): ClassFormState {
  if (error instanceof ClassError) return { at: Date.now(), ok: false, message: error.message, value };
  throw error;
}

const firstMessage = (error: z.ZodError) => error.issues[0]?.message ?? "Check the form.";

export async function createClassAction(_previous: ClassFormState, form: FormData): Promise<ClassFormState> {
  const user = await requireUser({ role: "teacher", returnTo: "/classes" });
  const parsed = createClassSchema.safeParse({ name: text(form, "name") });
  if (!parsed.success) return { at: Date.now(), ok: false, fieldError: firstMessage(parsed.error), message: firstMessage(parsed.error), value: text(form, "name").slice(0, 200) };
  let id: string;
  try {
    id = (await createClass(db(), user.id, parsed.data)).id;
  } catch (error) {
    return failure(error, parsed.data.name);
  }
  redirect(`/classes/${id}?created=1`);
}

export async function renameClassAction(_previous: ClassFormState, form: FormData): Promise<ClassFormState> {
  const classId = classIdOf(form);
  const user = await requireUser({ role: "teacher", returnTo: classId ? `/classes/${classId}` : "/classes" });
  if (!classId) return { at: Date.now(), ok: false, message: "No such class, or it is not yours." };
  const parsed = renameClassSchema.safeParse({ name: text(form, "name") });
  if (!parsed.success) return { at: Date.now(), ok: false, fieldError: firstMessage(parsed.error), message: firstMessage(parsed.error), value: text(form, "name").slice(0, 200) };
  try {
    const renamed = await renameClass(db(), user.id, classId, parsed.data.name);
    revalidatePath(`/classes/${classId}`);
    return { at: Date.now(), ok: true, message: `Renamed to “${renamed.name}”.`, value: renamed.name };
  } catch (error) {
    return failure(error, parsed.data.name);
  }
}

export async function setArchivedAction(_previous: ClassFormState, form: FormData): Promise<ClassFormState> {
  const classId = classIdOf(form);
  const user = await requireUser({ role: "teacher", returnTo: classId ? `/classes/${classId}` : "/classes" });
  const archived = z.enum(["true", "false"]).safeParse(text(form, "archived"));
  if (!classId || !archived.success) return { at: Date.now(), ok: false, message: "That request was not understood. Reload the page and try again." };
  try {
    const updated = await setClassArchived(db(), user.id, classId, archived.data === "true", new Date());
    revalidatePath(`/classes/${classId}`);
    revalidatePath("/classes");
    return { at: Date.now(), ok: true, message: updated.archivedAt ? `“${updated.name}” is archived: its work is kept, and the join code takes no new students.` : `“${updated.name}” is active again: students can join with the code.` };
  } catch (error) {
    return failure(error);
  }
}

export async function removeStudentAction(_previous: ClassFormState, form: FormData): Promise<ClassFormState> {
  const classId = classIdOf(form);
  const user = await requireUser({ role: "teacher", returnTo: classId ? `/classes/${classId}` : "/classes" });
  const studentId = idSchema.safeParse(text(form, "studentId"));
  if (!classId || !studentId.success) return { at: Date.now(), ok: false, message: "That student is not in this class." };
  try {
    await removeStudent(db(), user.id, classId, studentId.data, new Date());
    revalidatePath(`/classes/${classId}`);
    return { at: Date.now(), ok: true, message: `${text(form, "studentName").slice(0, 100) || "The student"} was removed from the class. Their work is kept; they can join again with the code.` };
  } catch (error) {
    return failure(error);
  }
}

export async function resetPasswordAction(_previous: ResetState, form: FormData): Promise<ResetState> {
  const classId = classIdOf(form);
  const user = await requireUser({ role: "teacher", returnTo: classId ? `/classes/${classId}` : "/classes" });
  const studentId = idSchema.safeParse(text(form, "studentId"));
  if (!classId || !studentId.success) return { at: Date.now(), ok: false, message: "That student is not in this class." };
  const parsed = resetPasswordSchema.safeParse({ password: text(form, "password") });
  if (!parsed.success) return { at: Date.now(), ok: false, fieldError: firstMessage(parsed.error), message: firstMessage(parsed.error) };
  try {
    const reset = await resetStudentPassword(db(), user.id, classId, studentId.data, { password: parsed.data.password });
    return { at: Date.now(), ok: true, password: reset.password, studentName: reset.studentName, message: `New password for ${reset.studentName}${reset.username ? ` (${reset.username})` : ""}. They were signed out everywhere.` };
  } catch (error) {
    return failure(error);
  }
}
