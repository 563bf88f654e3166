/**
 * A per-process memory of the sessions route handlers checked, so API calls from a signed-in
 * browser (a flashcard review per key press) do not each go through better-auth's full session
 * check (the cookie's signature, the session and user rows, the sliding expiry): that check costs
 * more than the review itself.
 *
 * Safe by construction:
 * - an entry is made only after better-auth accepted the cookie, and is found only by the exact
 *   same cookie value (a signed token: nothing else reaches it);
 * - it is believed as it is for `sessionCacheMs` (2 s); after that, until `sessionRecheckMs`
 *   (5 min), only once the session row is seen still there and unexpired (./session.ts, one
 *   indexed read); then better-auth checks the cookie again; never past the session's own expiry;
 * - signing out (or any deletion of a session through better-auth, in this process) forgets it at
 *   once (instance.ts's session delete hook). A sign-out made on another instance, or a session
 *   row deleted behind better-auth's back (a password reset), is seen within `sessionCacheMs`.
 */
import type { CurrentUser } from "./users";

/** How long a checked session is believed without asking the database again. */
export const sessionCacheMs = 2_000;
/** How long a session is believed on seeing its row, before better-auth checks the cookie again. */
export const sessionRecheckMs = 5 * 60_000;
const maxEntries = 10_000;

interface Entry {
  user: CurrentUser;
  token: string;
  /** Believed as it is until then (ms). */
  fresh: number;
  /** Believed on seeing the row until then; better-auth's full check after (ms). */
  until: number;
}

export interface CachedSession {
  user: CurrentUser;
  token: string;
  /** The session row must be seen still there before the user is believed (confirmSession). */
  needsRowCheck: boolean;
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

export function cachedSession(instance: object, cookie: string, now = Date.now()): CachedSession | null {
  const cache = cacheOf(instance);
  const entry = cache.get(cookie);
  if (!entry) return null;
  if (entry.until <= now) {
    cache.delete(cookie);
    return null;
  }
  return { user: entry.user, token: entry.token, needsRowCheck: entry.fresh <= now };
}

/** The session row was seen there and unexpired: believe the entry for another `sessionCacheMs`. */
export function confirmSession(instance: object, cookie: string, now = Date.now()): void {
  const entry = cacheOf(instance).get(cookie);
  if (entry) entry.fresh = Math.min(now + sessionCacheMs, entry.until);
}

/** The session row is gone or expired: forget the entry (better-auth's full check decides next). */
export function forgetCookie(instance: object, cookie: string): void {
  cacheOf(instance).delete(cookie);
}

export function rememberSession(instance: object, cookie: string, entry: { user: CurrentUser; token: string; expiresAt: Date }, now = Date.now()): void {
  const cache = cacheOf(instance);
  if (cache.size >= maxEntries) {
    for (const [key, value] of cache) if (value.until <= now) cache.delete(key);
    if (cache.size >= maxEntries) cache.clear();
  }
  const expires = entry.expiresAt.getTime();
  cache.set(cookie, { user: entry.user, token: entry.token, fresh: Math.min(now + sessionCacheMs, expires), until: Math.min(now + sessionRecheckMs, expires) });
}

/** A session ended (sign-out, revoked): no cache of this process believes its cookie any more. */
export function forgetSessionToken(token: string): void {
  for (const cache of caches) for (const [key, value] of cache) if (value.token === token) cache.delete(key);
}

/** Every session of a user ended (a teacher reset their password): forget them all in this process. */
export function forgetUserSessions(userId: string): void {
  for (const cache of caches) for (const [key, value] of cache) if (value.user.id === userId) cache.delete(key);
}
