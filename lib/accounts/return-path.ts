/**
 * Where to go after signing in. `next` comes from the query string, so it is
 * untrusted: only a path on this site is followed ("/flashcards?deck=x"),
 * never another origin ("https://evil.example", "//evil.example", "/\\evil"),
 * and never back to the sign-in pages themselves.
 */
export const afterSignInDefault = "/account";

export function safeReturnPath(next: unknown, fallback = afterSignInDefault): string {
  if (typeof next !== "string" || next.length === 0 || next.length > 2000) return fallback;
  // One leading slash, then not a second slash or backslash (protocol-relative URLs).
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  // Control characters and backslashes: browsers normalise them in surprising ways.
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, "http://muster.invalid");
  } catch {
    return fallback;
  }
  if (url.origin !== "http://muster.invalid") return fallback;
  if (url.pathname === "/sign-in" || url.pathname.startsWith("/sign-up") || url.pathname.startsWith("/api/")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page that comes back to `returnTo` afterwards. */
export function signInPath(returnTo: string): string {
  const path = safeReturnPath(returnTo, "");
  return path ? `/sign-in?next=${encodeURIComponent(path)}` : "/sign-in";
}
