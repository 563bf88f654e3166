/**
 * A student's card-state rows: the columns that hold a lib/study CardState, and the plain-SQL
 * reads (../db/sql.ts) of the hot paths (a review's card, the queue's shown cards).
 */
import type { CardState } from "../../study";
import { sqlBoolean, sqlDate, sqlDateOrNull, sqlJson, type Sql, type SqlRow } from "../db/sql";

/** The columns of a card-state row that hold a lib/study CardState. */
export interface CardStateColumns {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  phase: string;
  lastReview: Date | null;
}

export function stateOf(row: CardStateColumns): CardState {
  return {
    due: row.due.toISOString(),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    phase: row.phase as CardState["phase"],
    lastReview: row.lastReview ? row.lastReview.toISOString() : null,
  };
}

export function columnsOf(state: CardState): CardStateColumns {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsedDays: state.elapsedDays,
    scheduledDays: state.scheduledDays,
    learningSteps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    phase: state.phase,
    lastReview: state.lastReview ? new Date(state.lastReview) : null,
  };
}

export interface ReviewedCardRow extends CardStateColumns {
  id: string;
  revision: number;
  retiredAt: Date | null;
  factVersions: unknown;
  updated: boolean;
}

export const STATE_COLUMNS = `due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps", reps, lapses, phase, "lastReview"`;

export async function readCardRow(sql: Sql, userId: string, cardKey: string): Promise<ReviewedCardRow | null> {
  const [row] = await sql.rows(`SELECT id, revision, "retiredAt", "factVersions", updated, ${STATE_COLUMNS} FROM "CardState" WHERE "userId" = ? AND "cardKey" = ?`, [userId, cardKey]);
  return row ? cardRowOf(row) : null;
}

/** The student's rows of these cards (no fact versions), by card key. */
export async function readShownRows(sql: Sql, userId: string, cardKeys: readonly string[]): Promise<Map<string, ShownCardRow>> {
  const rows = new Map<string, ShownCardRow>();
  if (cardKeys.length === 0) return rows;
  const marks = cardKeys.map(() => "?").join(", ");
  const found = await sql.rows(`SELECT id, "cardKey", revision, "retiredAt", updated, ${STATE_COLUMNS} FROM "CardState" WHERE "userId" = ? AND "cardKey" IN (${marks})`, [userId, ...cardKeys]);
  for (const row of found) rows.set(String(row.cardKey), { ...cardRowOf({ ...row, factVersions: null }), cardKey: String(row.cardKey) });
  return rows;
}

export type ShownCardRow = Omit<ReviewedCardRow, "factVersions"> & { cardKey: string };

function cardRowOf(row: SqlRow): ReviewedCardRow {
  return {
    id: String(row.id),
    revision: Number(row.revision),
    retiredAt: sqlDateOrNull(row.retiredAt),
    factVersions: row.factVersions === null ? null : sqlJson(row.factVersions),
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

