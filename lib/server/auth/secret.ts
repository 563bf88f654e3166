/**
 * A single-machine install (SQLite) needs no setup: its sign-in secret is
 * generated once and kept beside the database file, readable by its owner
 * only, so sessions survive restarts. Several instances on PostgreSQL must
 * share one secret, which only the operator can give them (AUTH_SECRET).
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ConfigError, minAuthSecretLength } from "../../env";

export function authSecretFileFor(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), "auth-secret");
}

/** Reads the kept secret, creating it first when there is none. */
export function ensureAuthSecretFile(file: string): { secret: string; created: boolean } {
  if (fs.existsSync(file)) {
    const secret = fs.readFileSync(file, "utf8").trim();
    if (secret.length < minAuthSecretLength) throw new ConfigError(`${file} holds no usable sign-in secret (under ${minAuthSecretLength} characters); delete it to make a new one (everyone is signed out).`);
    return { secret, created: false };
  }
  const secret = randomBytes(32).toString("base64url");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // "wx": never overwrite a secret another process wrote a moment ago; 0o600: readable by its owner only.
  let fd: number;
  try {
    fd = fs.openSync(file, "wx", 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return ensureAuthSecretFile(file);
    throw error;
  }
  try {
    fs.writeFileSync(fd, `${secret}\n`);
  } finally {
    fs.closeSync(fd);
  }
  return { secret, created: true };
}
