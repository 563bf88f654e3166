/**
 * Students may sign up with a username and no email. better-auth still stores
 * an email per user, so such a student gets a synthetic address under a
 * reserved domain (RFC 2606: .invalid never resolves, so nothing is ever
 * mailed). It is never shown, and nobody may sign up with it.
 */
export const syntheticEmailDomain = "students.invalid";

/** `token`: random, URL-safe; the caller supplies it so this stays pure. */
export function syntheticEmail(token: string): string {
  if (!/^[a-z0-9-]{16,}$/i.test(token)) throw new Error("A synthetic email needs a random token of at least 16 characters.");
  return `${token.toLowerCase()}@${syntheticEmailDomain}`;
}

export function isSyntheticEmail(email: string): boolean {
  return email.trim().toLowerCase().endsWith(`@${syntheticEmailDomain}`);
}

/** The email to show: null when the user has none of their own. */
export function visibleEmail(email: string | null | undefined): string | null {
  return email && !isSyntheticEmail(email) ? email : null;
}
