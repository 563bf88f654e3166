/**
 * Sign-in, sign-up and sign-out as the pages run them: each goes through
 * better-auth's HTTP handler (not `auth.api`), because only the handler
 * applies the rate limit and the origin check. The browser's headers are
 * passed along, so the limit counts the real client address and the origin
 * check sees the page the form came from. Results come back as plain data
 * with messages from lib/accounts/messages.ts; cookies as Set-Cookie strings.
 */
import { randomBytes } from "node:crypto";
import { syntheticEmail } from "../../accounts/identity";
import { messages } from "../../accounts/messages";
import type { FieldErrors, SignInInput, StudentSignUpInput, TeacherSignUpInput } from "../../accounts/validation";
import type { Auth } from "./instance";
import { withSignUpIntent } from "./sign-up-intent";

export type AuthResult = { ok: true; setCookies: string[] } | { ok: false; status: number; message: string; fieldErrors?: FieldErrors };

/** Headers of the browser's request that better-auth needs: session cookie, origin, client address. */
const forwarded = ["cookie", "origin", "referer", "user-agent", "x-forwarded-for", "x-real-ip", "sec-fetch-site", "sec-fetch-mode", "sec-fetch-dest"];

async function post(instance: Auth, path: string, body: unknown, incoming: Headers): Promise<Response> {
  const headers = new Headers({ "content-type": "application/json" });
  for (const name of forwarded) {
    const value = incoming.get(name);
    if (value !== null) headers.set(name, value);
  }
  const base = (await instance.$context).baseURL;
  return instance.handler(new Request(`${base}${path}`, { method: "POST", headers, body: JSON.stringify(body) }));
}

async function errorCode(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { code?: unknown };
    return typeof body.code === "string" ? body.code : "";
  } catch {
    return "";
  }
}

/** What every caller says for the failures all flows share (rate limit, origin, our fault). */
function commonFailure(response: Response, code: string): AuthResult | null {
  if (response.status === 429) {
    const seconds = Number(response.headers.get("x-retry-after")) || 60;
    return { ok: false, status: 429, message: messages.tooManyAttempts(seconds) };
  }
  if (code === "INVALID_ORIGIN" || code === "MISSING_OR_NULL_ORIGIN") return { ok: false, status: 403, message: messages.badOrigin };
  if (response.status >= 500) return { ok: false, status: response.status, message: messages.unexpected };
  return null;
}

export async function signIn(instance: Auth, input: SignInInput, incoming: Headers): Promise<AuthResult> {
  const response = input.email
    ? await post(instance, "/sign-in/email", { email: input.email, password: input.password, rememberMe: true }, incoming)
    : await post(instance, "/sign-in/username", { username: input.username, password: input.password, rememberMe: true }, incoming);
  if (response.ok) return { ok: true, setCookies: response.headers.getSetCookie() };
  const code = await errorCode(response);
  // Unknown account, wrong password, malformed email or username: one message for all.
  return commonFailure(response, code) ?? { ok: false, status: 401, message: messages.wrongCredentials };
}

async function signUp(instance: Auth, body: Record<string, unknown>, intent: Parameters<typeof withSignUpIntent>[0], incoming: Headers): Promise<AuthResult> {
  const response = await withSignUpIntent(intent, () => post(instance, "/sign-up/email", body, incoming));
  if (response.ok) return { ok: true, setCookies: response.headers.getSetCookie() };
  const code = await errorCode(response);
  const common = commonFailure(response, code);
  if (common) return common;
  switch (code) {
    case "USER_ALREADY_EXISTS":
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
    case "RESERVED_EMAIL":
    case "INVALID_EMAIL":
      return { ok: false, status: 422, message: messages.emailUnavailable, fieldErrors: { email: messages.emailUnavailable } };
    case "USERNAME_IS_ALREADY_TAKEN":
      return { ok: false, status: 422, message: messages.usernameTaken, fieldErrors: { username: messages.usernameTaken } };
    case "USERNAME_TOO_SHORT":
    case "USERNAME_TOO_LONG":
    case "INVALID_USERNAME":
      return { ok: false, status: 400, message: "Choose another username.", fieldErrors: { username: "Choose another username." } };
    case "PASSWORD_TOO_SHORT":
    case "PASSWORD_TOO_LONG":
    case "INVALID_PASSWORD":
      return { ok: false, status: 400, message: "Choose another password.", fieldErrors: { password: "Choose another password." } };
    default:
      return { ok: false, status: response.status, message: messages.unexpected };
  }
}

export function signUpStudent(instance: Auth, input: StudentSignUpInput, incoming: Headers): Promise<AuthResult> {
  const email = input.email ?? syntheticEmail(randomBytes(12).toString("hex"));
  const body = { name: input.name, email, password: input.password, ...(input.username ? { username: input.username, displayUsername: input.username } : {}) };
  return signUp(instance, body, { role: "student", syntheticEmail: input.email === undefined }, incoming);
}

export function signUpTeacher(instance: Auth, input: TeacherSignUpInput, incoming: Headers): Promise<AuthResult> {
  return signUp(instance, { name: input.name, email: input.email, password: input.password }, { role: "teacher", syntheticEmail: false }, incoming);
}

/** Ends the session in the database (the cookie alone would not be enough) and clears the cookie. */
export async function signOut(instance: Auth, incoming: Headers): Promise<AuthResult> {
  const response = await post(instance, "/sign-out", {}, incoming);
  if (response.ok) return { ok: true, setCookies: response.headers.getSetCookie() };
  const code = await errorCode(response);
  return commonFailure(response, code) ?? { ok: false, status: response.status, message: messages.unexpected };
}
