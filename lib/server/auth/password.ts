/**
 * Passwords are stored as argon2id hashes (the PHC string "$argon2id$v=19$m=…").
 * @node-rs/argon2 ships prebuilt binaries and defaults to argon2id with
 * OWASP's parameters (19 MiB, 2 passes, 1 lane), stated here so a library
 * upgrade cannot weaken them silently.
 */
import { hash, verify } from "@node-rs/argon2";

const argon2Options = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }): Promise<boolean> {
  // A row that is not an argon2 hash (corrupt, or another scheme) never matches.
  if (!stored.startsWith("$argon2")) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
