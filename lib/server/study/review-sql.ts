/**
 * The writes of grading a card, in plain SQL (../db/sql.ts): adding the review log row and
 * writing the card at the revision it was read at (./card-rows.ts reads it). submitReview
 * (./reviews.ts) decides; this module only reads and writes. Column lists follow
 * prisma/models/study.prisma; test/integration/study.test.ts checks the rows through Prisma.
 */
import type { CardState } from "../../study";
import { newId } from "../db/ids";
import type { Sql } from "../db/sql";
import { columnsOf, STATE_COLUMNS, type ReviewedCardRow } from "./card-rows";

export interface ReviewLogRow {
  userId: string;
  cardKey: string;
  clientId: string;
  source: string;
  rating: string;
  before: object | null;
  after: object;
  elapsedDays: number;
  scheduledDays: number;
  durationMs: number | null;
  reviewedAt: Date;
}

/** Adds the log row; null when this client id is already logged for the student (nothing written). */
export async function insertReviewLog(sql: Sql, log: ReviewLogRow, now: Date): Promise<string | null> {
  const id = newId(now.getTime());
  const changed = await sql.run(
    `INSERT INTO "ReviewLog" (id, "userId", "cardKey", "clientId", source, rating, before, after, "elapsedDays", "scheduledDays", "durationMs", "reviewedAt", "firstReview", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("userId", "clientId") DO NOTHING`,
    [id, log.userId, log.cardKey, log.clientId, log.source, log.rating, log.before ? JSON.stringify(log.before) : null, JSON.stringify(log.after), log.elapsedDays, log.scheduledDays, log.durationMs, log.reviewedAt, log.before === null, now],
  );
  return changed === 1 ? id : null;
}

/** Takes back a log row this transaction added (its card write found the card moved on). */
export async function deleteReviewLog(sql: Sql, id: string): Promise<void> {
  await sql.run(`DELETE FROM "ReviewLog" WHERE id = ?`, [id]);
}

/**
 * Writes the card's new state at the revision it was read at (`row`), or creates it when it had no
 * row; the new revision, or null when the card moved on meanwhile (nothing written).
 */
export async function writeCardState(
  sql: Sql,
  target: { userId: string; cardKey: string; row: Pick<ReviewedCardRow, "id" | "revision"> | null },
  state: CardState,
  factVersions: unknown,
  now: Date,
): Promise<{ id: string; revision: number } | null> {
  const c = columnsOf(state);
  const values = [c.due, c.stability, c.difficulty, c.elapsedDays, c.scheduledDays, c.learningSteps, c.reps, c.lapses, c.phase, c.lastReview];
  const versions = JSON.stringify(factVersions ?? {});
  if (target.row) {
    const changed = await sql.run(
      `UPDATE "CardState" SET due = ?, stability = ?, difficulty = ?, "elapsedDays" = ?, "scheduledDays" = ?, "learningSteps" = ?, reps = ?, lapses = ?, phase = ?, "lastReview" = ?, "factVersions" = ?, updated = ?, revision = revision + 1, "updatedAt" = ? WHERE id = ? AND revision = ? AND "retiredAt" IS NULL`,
      [...values, versions, false, now, target.row.id, target.row.revision],
    );
    return changed === 1 ? { id: target.row.id, revision: target.row.revision + 1 } : null;
  }
  const id = newId(now.getTime());
  const changed = await sql.run(
    `INSERT INTO "CardState" (id, "userId", "cardKey", ${STATE_COLUMNS}, "factVersions", updated, revision, "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("userId", "cardKey") DO NOTHING`,
    [id, target.userId, target.cardKey, ...values, versions, false, 1, now, now],
  );
  return changed === 1 ? { id, revision: 1 } : null;
}
