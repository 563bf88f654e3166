"use server";
/**
 * The sign-in, sign-up and sign-out forms post here. Each action validates
 * the form with zod, runs one flow of lib/server/auth/flows.ts with the
 * browser's headers, sets the session cookie and redirects, or returns what
 * the form shows.
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/accounts/return-path";
import { fieldErrors, signInSchema, studentSignUpSchema, teacherSignUpSchema, type FieldErrors } from "@/lib/accounts/validation";
import { applySetCookies } from "@/lib/server/auth/cookies";
import { signIn, signOut, signUpStudent, signUpTeacher, type AuthResult } from "@/lib/server/auth/flows";
import { auth } from "@/lib/server/auth/instance";

export interface FormState {
  message?: string;
  fieldErrors?: FieldErrors;
  /** What was typed (never the password), so a failed attempt keeps it. */
  values?: { name?: string; email?: string; username?: string };
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

function typed(form: FormData): FormState["values"] {
  return { name: text(form, "name").slice(0, 200), email: text(form, "email").slice(0, 300), username: text(form, "username").slice(0, 200) };
}

async function finish(result: AuthResult, form: FormData): Promise<FormState> {
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors, values: typed(form) };
  await applySetCookies(result.setCookies);
  redirect(safeReturnPath(text(form, "next")));
}

const labels = { name: "Your name", email: "Email", username: "Username", password: "Password" } as const;

/** "Check Your name and Password below.": the summary names the fields, each says what is wrong beside it. */
function invalid(errors: FieldErrors): FormState["message"] {
  const names = (Object.keys(labels) as (keyof typeof labels)[]).filter((field) => errors[field]).map((field) => labels[field]);
  const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "the fields");
  return `Check ${list} below.`;
}

export async function signInAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse({ email: text(form, "email"), username: text(form, "username"), password: text(form, "password") });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return { message: errors.email ?? errors.username ?? errors.password ?? invalid(errors), fieldErrors: errors, values: typed(form) };
  }
  return finish(await signIn(auth(), parsed.data, await headers()), form);
}

export async function signUpStudentAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = studentSignUpSchema.safeParse({ name: text(form, "name"), username: text(form, "username"), email: text(form, "email"), password: text(form, "password") });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return { message: invalid(errors), fieldErrors: errors, values: typed(form) };
  }
  return finish(await signUpStudent(auth(), parsed.data, await headers()), form);
}

export async function signUpTeacherAction(_previous: FormState, form: FormData): Promise<FormState> {
  const parsed = teacherSignUpSchema.safeParse({ name: text(form, "name"), email: text(form, "email"), password: text(form, "password") });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return { message: invalid(errors), fieldErrors: errors, values: typed(form) };
  }
  return finish(await signUpTeacher(auth(), parsed.data, await headers()), form);
}

export async function signOutAction(): Promise<void> {
  const result = await signOut(auth(), await headers());
  if (result.ok) await applySetCookies(result.setCookies);
  redirect("/");
}
