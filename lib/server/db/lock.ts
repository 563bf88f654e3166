/**
 * One writer at a time for whole-database jobs (the content import), on both
 * providers. Several app instances start at once against one PostgreSQL
 * server, and each `npm start` imports content/: without a lock two imports
 * would insert the same rows and one would die on a unique violation. With it
 * the second waits, then finds the content unchanged.
 */
import type { Provider } from "../../env";
import type { Prisma } from "./client";

/** An arbitrary, fixed advisory-lock key for "the content import" (PostgreSQL locks are per database). */
const importLockKey = 4_242_001;

/**
 * Call first inside the transaction. PostgreSQL: a transaction-scoped advisory
 * lock, released at commit or rollback. SQLite: a write statement (that
 * changes nothing) takes the database's write lock at the start, so a second
 * import waits for the busy timeout instead of failing when it later tries to
 * upgrade its read snapshot to a write (SQLITE_BUSY_SNAPSHOT).
 */
export async function lockForImport(tx: Prisma.TransactionClient, provider: Provider): Promise<void> {
  if (provider === "postgresql") await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${importLockKey})`);
  else await tx.$executeRawUnsafe(`DELETE FROM "ImportRun" WHERE 0 = 1`);
}
