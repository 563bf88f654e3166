/**
 * The one Prisma client of this process. Only lib/server/** imports it:
 * pages and route handlers call data functions, never Prisma directly.
 */
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { config } from "../../env";
import { PrismaClient } from "../../generated/prisma/client";

export type Db = PrismaClient;

/** A client for an explicit SQLite file: used by scripts and tests that own their database. */
export function createDb(databaseFile: string): PrismaClient {
  const adapter = new PrismaBetterSqlite3({ url: databaseFile, timeout: 10_000 });
  return new PrismaClient({ adapter });
}

// Next.js dev reloads modules; keep the client on globalThis so reloads reuse it.
const globalForDb = globalThis as unknown as { musterDb?: PrismaClient };

/** The process-wide client for the configured database. */
export function db(): PrismaClient {
  globalForDb.musterDb ??= createDb(config().databaseFile);
  return globalForDb.musterDb;
}
