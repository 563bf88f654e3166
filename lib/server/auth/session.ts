/**
 * The signed-in user of the current request, for pages and route handlers (reads the session
 * cookie through better-auth; the database row decides). Pages that need an account call
 * requireUser, which sends an anonymous visitor to sign-in and back.
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signInPath } from "../../accounts/return-path";
import { auth } from "./instance";
import { userFromHeaders, type CurrentUser } from "./users";

export async function currentUser(): Promise<CurrentUser | null> {
  return userFromHeaders(auth(), await headers());
}

/** For pages: the user, or a redirect to /sign-in?next=<returnTo>. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(signInPath(returnTo));
  return user;
}
