/**
 * The statements of grading a card, in plain SQL (../db/sql.ts): reading the student's card row,
 * adding the review log row and writing the card at the revision it was read at. submitReview
 * (./reviews.ts) decides; this module only reads and writes. Column lists follow
 * prisma/models/study.prisma; test/integration/study.test.ts checks the rows through Prisma.
 */
import type { CardState } from "../../study";
import { newId } from "../db/ids";
import { sqlBoolean, sqlDate, sqlDateOrNull, sqlJson, type Sql } from "../db/sql";
import { columnsOf, type CardStateColumns } from "./cards";

export interface ReviewedCardRow extends CardStateColumns {
  id: string;
  revision: number;
  retiredAt: Date | null;
  factVersions: unknown;
  updated: boolean;
}

const STATE_COLUMNS = `due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps", reps, lapses, phase, "lastReview"`;

export async function readCardRow(sql: Sql, userId: string, cardKey: string): Promise<ReviewedCardRow | null> {
  const [row] = await sql.rows(`SELECT id, revision, "retiredAt", "factVersions", updated, ${STATE_COLUMNS} FROM "CardState" WHERE "userId" = ? AND "cardKey" = ?`, [userId, cardKey]);
  if (!row) return null;
  return {
    id: String(row.id),
    revision: Number(row.revision),
    retiredAt: sqlDateOrNull(row.retiredAt),
    factVersions: sqlJson(row.factVersions),
    updated: sqlBoolean(row.updated),
    due: sqlDate(row.due),
    stability: Number(row.stability),
    difficulty: Number(row.difficulty),
    elapsedDays: Number(row.elapsedDays),
    scheduledDays: Number(row.scheduledDays),
    learningSteps: Number(row.learningSteps),
    reps: Number(row.reps),
    lapses: Number(row.lapses),
    phase: String(row.phase),
    lastReview: sqlDateOrNull(row.lastReview),
  };
}

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
