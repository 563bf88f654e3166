/**
 * A short-lived, per-process memory of the sessions route handlers just checked, so a burst of
 * API calls from one signed-in browser (a flashcard review per key press) does not verify the
 * cookie's signature and read the session row on every request.
 *
 * Safe by construction:
 * - an entry is made only after better-auth accepted the cookie, and is found only by the exact
 *   same cookie value (a signed token: nothing else reaches it);
 * - it lives at most `sessionCacheMs` (2 s), and never past the session's own expiry;
 * - signing out (or any deletion of a session through better-auth, in this process) forgets it at
 *   once (instance.ts's session delete hook). A sign-out made on another instance, or a session
 *   row deleted behind better-auth's back, is seen within `sessionCacheMs`.
 */
import type { CurrentUser } from "./users";

/** How long a checked session is believed without asking the database again. */
export const sessionCacheMs = 2_000;
const maxEntries = 10_000;

interface Entry {
  user: CurrentUser;
  token: string;
  until: number;
}

const caches = new Set<Map<string, Entry>>();
const byInstance = new WeakMap<object, Map<string, Entry>>();

function cacheOf(instance: object): Map<string, Entry> {
  let cache = byInstance.get(instance);
  if (!cache) {
    cache = new Map();
    byInstance.set(instance, cache);
    caches.add(cache);
  }
  return cache;
}

/** The session cookie's value (better-auth's signed token), from a Cookie header. */
export function sessionCookieOf(headers: Headers): string | null {
  const header = headers.get("cookie");
  if (!header) return null;
  let found: string | null = null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name === "better-auth.session_token" || name === "__Secure-better-auth.session_token") {
      // Two session cookies: let better-auth decide which counts.
      if (found !== null) return null;
      found = part.slice(eq + 1).trim();
    }
  }
  return found || null;
}

export function cachedSession(instance: object, cookie: string, now = Date.now()): CurrentUser | null {
  const cache = cacheOf(instance);
  const entry = cache.get(cookie);
  if (!entry) return null;
  if (entry.until <= now) {
    cache.delete(cookie);
    return null;
  }
  return entry.user;
}

export function rememberSession(instance: object, cookie: string, entry: { user: CurrentUser; token: string; expiresAt: Date }, now = Date.now()): void {
  const cache = cacheOf(instance);
  if (cache.size >= maxEntries) {
    for (const [key, value] of cache) if (value.until <= now) cache.delete(key);
    if (cache.size >= maxEntries) cache.clear();
  }
  cache.set(cookie, { user: entry.user, token: entry.token, until: Math.min(now + sessionCacheMs, entry.expiresAt.getTime()) });
}

/** A session ended (sign-out, revoked): no cache of this process believes its cookie any more. */
export function forgetSessionToken(token: string): void {
  for (const cache of caches) for (const [key, value] of cache) if (value.token === token) cache.delete(key);
}

/** Every session of a user ended (a teacher reset their password): forget them all in this process. */
export function forgetUserSessions(userId: string): void {
  for (const cache of caches) for (const [key, value] of cache) if (value.user.id === userId) cache.delete(key);
}
