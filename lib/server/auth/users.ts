/** Who is signed in, read from the session cookie on the server (the database row decides). */
import { visibleEmail } from "../../accounts/identity";
import { roleOf, type Role } from "../../accounts/roles";
import type { Auth } from "./instance";

export interface CurrentUser {
  id: string;
  name: string;
  role: Role;
  /** The sign-in name, for students who chose one. */
  username: string | null;
  /** Null for username-only students (their stored address is synthetic and never shown). */
  email: string | null;
}

export async function userFromHeaders(instance: Auth, headers: Headers): Promise<CurrentUser | null> {
  return (await sessionFromHeaders(instance, headers))?.user ?? null;
}

/** The user with their session's token and expiry (for lib/server/auth/session-cache.ts). */
export async function sessionFromHeaders(instance: Auth, headers: Headers): Promise<{ user: CurrentUser; token: string; expiresAt: Date } | null> {
  const session = await instance.api.getSession({ headers });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: unknown; username?: string | null; displayUsername?: string | null };
  return {
    user: {
      id: user.id,
      name: user.name,
      role: roleOf(user.role),
      username: user.displayUsername ?? user.username ?? null,
      email: visibleEmail(user.email),
    },
    token: session.session.token,
    expiresAt: new Date(session.session.expiresAt),
  };
}
