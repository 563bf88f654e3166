/**
 * Ids for rows written with plain SQL (./sql.ts), where Prisma's `@default(cuid())` does not run:
 * the same shape (25 lowercase letters and digits starting with "c", time first so they sort
 * roughly by creation), from a cryptographic source.
 */
import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

export function newId(now: number = Date.now()): string {
  const random = randomBytes(16);
  let tail = "";
  for (const byte of random) tail += ALPHABET[byte % 36];
  return `c${now.toString(36).padStart(8, "0").slice(-8)}${tail}`;
}
