/**
 * The current user for pages, server actions and route handlers. Every check
 * happens on the server against the session row; nothing the browser says
 * about itself is believed.
 *
 *   const user = await currentUser();                       // CurrentUser | null
 *   const user = await requireUser({ returnTo: "/flashcards" });  // or redirect to /sign-in?next=/flashcards
 *   const user = await requireUser({ role: "teacher", returnTo: "/classes" }); // students get 403
 *   const result = await requireApiUser(request);           // route handlers: { user } or a 401/403 Response
 */
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { signInPath } from "../../accounts/return-path";
import type { Role } from "../../accounts/roles";
import { auth, databaseOfAuth, type Auth } from "./instance";
import { cachedSession, confirmSession, forgetCookie, rememberSession, sessionCookieOf } from "./session-cache";
import { sessionRowLive } from "./session-rows";
import { sessionFromHeaders, userFromHeaders, type CurrentUser } from "./users";

export type { CurrentUser } from "./users";

/** Who is signed in, once per request however many components ask. */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  // headers() first: it marks the page as per-request before anything touches the database.
  const incoming = await headers();
  return userFromHeaders(auth(), incoming);
});

/**
 * For pages and server actions that need an account. Anonymous visitors go to
 * sign-in and come back to `returnTo` (a path on this site, e.g.
 * "/flashcards?event=x"); a user without `role` gets the 403 page.
 */
export async function requireUser({ role, returnTo }: { role?: Role; returnTo: string }): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(signInPath(returnTo));
  if (role && user.role !== role) forbidden();
  return user;
}

/** For route handlers: the user, or the JSON response to return (401 signed out, 403 wrong role). */
export async function requireApiUser(
  request: Request,
  { role }: { role?: Role } = {},
  instance: Auth = auth(),
): Promise<{ user: CurrentUser; response?: undefined } | { user?: undefined; response: Response }> {
  const user = await apiUserFromHeaders(instance, request.headers);
  if (!user) return { response: Response.json({ error: "Sign in to do this." }, { status: 401 }) };
  if (role && user.role !== role) return { response: Response.json({ error: "Your account cannot do this." }, { status: 403 }) };
  return { user };
}

/**
 * Route handlers are called in bursts (a review per key press): a session better-auth accepted
 * for this very cookie is believed for 2 s, then on seeing its row still there, for up to 5 min
 * (./session-cache.ts; sign-out forgets it).
 */
async function apiUserFromHeaders(instance: Auth, headers: Headers): Promise<CurrentUser | null> {
  const cookie = sessionCookieOf(headers);
  if (cookie) {
    const cached = cachedSession(instance, cookie);
    if (cached && !cached.needsRowCheck) return cached.user;
    const database = cached && databaseOfAuth(instance);
    if (cached && database) {
      const now = new Date();
      if (await sessionRowLive(database, cached.token, now)) {
        confirmSession(instance, cookie, now.getTime());
        return cached.user;
      }
      forgetCookie(instance, cookie);
    }
  }
  const session = await sessionFromHeaders(instance, headers);
  if (!session) return null;
  if (cookie) rememberSession(instance, cookie, session);
  return session.user;
}
