/**
 * The one read the session cache (./session-cache.ts) makes to keep believing a session: is its
 * row still there and unexpired? Plain SQL (../db/sql.ts) on the session token's unique index.
 */
import type { Db } from "../db/client";
import { sqlDate, sqlOf } from "../db/sql";

export async function sessionRowLive(database: Db, token: string, now: Date): Promise<boolean> {
  const [row] = await sqlOf(database).rows(`SELECT "expiresAt" FROM "Session" WHERE token = ?`, [token]);
  return row !== undefined && sqlDate(row.expiresAt).getTime() > now.getTime();
}
