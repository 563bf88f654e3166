/**
 * What the tests of route handlers share: the process environment the handlers read (they use the
 * process-wide client and auth instance, configured from it), put back afterwards, and the
 * session cookie of an account better-auth just signed up.
 */
import type { DatabaseConfig } from "../../../lib/env";

const TEST_AUTH_SECRET = "integration-test-secret-0123456789abcdef";

export interface RouteEnvironment {
  /** Points the handlers at `database` (plus any other settings, e.g. CONTENT_DIR). */
  use(database: DatabaseConfig, extra?: Record<string, string>): void;
  /** Puts every variable `use` set back as it was. */
  restore(): void;
}

export function routeEnvironment(): RouteEnvironment {
  const saved = new Map<string, string | undefined>();
  const set = (key: string, value: string) => {
    if (!saved.has(key)) saved.set(key, process.env[key]);
    process.env[key] = value;
  };
  return {
    use(database, extra = {}) {
      set("DATABASE_URL", database.provider === "sqlite" ? `file:${database.file}` : database.url);
      set("AUTH_SECRET", TEST_AUTH_SECRET);
      set("PORT", "3000");
      for (const [key, value] of Object.entries(extra)) set(key, value);
    },
    restore() {
      for (const [key, value] of saved) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      saved.clear();
    },
  };
}

/** The Cookie header a browser would send after this response (name=value pairs only). */
export function cookieOf(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((line) => line.split(";")[0]!)
    .join("; ");
}
