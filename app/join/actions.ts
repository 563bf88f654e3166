"use server";
/**
 * Joining a class. A signed-in student confirms; an anonymous visitor creates
 * a username account on the spot (the same sign-up flow as /sign-up, so its
 * rate limit and origin check apply), is signed in and joins in one go. The
 * code is checked before an account is made, so a dead code makes none.
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { fieldErrors, nameSchema, passwordSchema, usernameSchema, type FieldErrors } from "@/lib/accounts/validation";
import { joinCodeSchema } from "@/lib/classes/validation";
import { applySetCookies } from "@/lib/server/auth/cookies";
import { signUpStudent } from "@/lib/server/auth/flows";
import { auth } from "@/lib/server/auth/instance";
import { requireUser } from "@/lib/server/auth/session";
import { ClassError, classMessages, findClassByCode, joinClass } from "@/lib/server/classes";
import { db } from "@/lib/server/db/client";

export interface JoinState {
  message?: string;
  fieldErrors?: FieldErrors;
  values?: { name?: string; username?: string };
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** A signed-in student joins the class of the code (idempotent: a second click finds the membership). */
export async function joinClassAction(_previous: JoinState, form: FormData): Promise<JoinState> {
  const code = joinCodeSchema.safeParse(text(form, "code"));
  const user = await requireUser({ returnTo: code.success ? `/join/${code.data}` : "/join" });
  if (!code.success) return { message: code.error.issues[0]?.message };
  let classroomId: string;
  try {
    classroomId = (await joinClass(db(), user.id, code.data, new Date())).classroom.id;
  } catch (error) {
    if (error instanceof ClassError) return { message: error.message };
    throw error;
  }
  redirect(`/classes/${classroomId}?joined=1`);
}

const onTheSpotSchema = z.object({ name: nameSchema, username: usernameSchema, password: passwordSchema });

const labels = { name: "Your name", username: "Username", password: "Password" } as const;

/** Creates a student account with a username (no email), signs it in and joins the class. */
export async function signUpAndJoinAction(_previous: JoinState, form: FormData): Promise<JoinState> {
  const values = { name: text(form, "name").slice(0, 200), username: text(form, "username").slice(0, 200) };
  const code = joinCodeSchema.safeParse(text(form, "code"));
  if (!code.success) return { message: code.error.issues[0]?.message, values };
  const classroom = await findClassByCode(db(), code.data);
  if (!classroom) return { message: classMessages.codeNotFound, values };
  if (classroom.archived) return { message: classMessages.archived(classroom.name), values };
  const parsed = onTheSpotSchema.safeParse({ name: text(form, "name"), username: text(form, "username"), password: text(form, "password") });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    const names = (Object.keys(labels) as (keyof typeof labels)[]).filter((field) => errors[field]).map((field) => labels[field]);
    return { message: `Check ${names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0]} below.`, fieldErrors: errors, values };
  }
  const signedUp = await signUpStudent(auth(), parsed.data, await headers());
  if (!signedUp.ok) return { message: signedUp.message, fieldErrors: signedUp.fieldErrors, values };
  await applySetCookies(signedUp.setCookies);
  const created = await db().user.findUnique({ where: { username: parsed.data.username.toLowerCase() }, select: { id: true } });
  try {
    if (!created) throw new ClassError(classMessages.codeNotFound, 404);
    await joinClass(db(), created.id, code.data, new Date());
  } catch (error) {
    // The account exists and is signed in; the join page says what stopped the join.
    if (error instanceof ClassError) redirect(`/join/${code.data}`);
    throw error;
  }
  redirect(`/classes/${classroom.id}?joined=1`);
}
