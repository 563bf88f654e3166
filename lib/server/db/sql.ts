/**
 * Plain SQL for the few hot paths where Prisma's own cost per query is most of the work (grading a
 * flashcard, the queue's due rows): a review through the Prisma client costs about six times what
 * the same statements cost on its driver adapter (npm run bench, "study-reviews").
 *
 * The statements run on the Prisma client's own connection (client.ts connectionOf): on SQLite the
 * same handle and the same transaction lock as every Prisma transaction, on PostgreSQL the same
 * pool. Inside a Prisma transaction (./transaction-view joinedTransaction), `sqlIn` runs them in
 * that transaction instead. The SQL must read the same on both databases: double-quoted
 * identifiers, `?` placeholders (numbered here for PostgreSQL), nothing provider-only.
 *
 * Values in: string, number, boolean, Date, null (JSON as JSON.stringify text). Values out differ
 * by database (a date is text on SQLite, a boolean 0/1): read them with the helpers below.
 */
import type { ArgType, SqlDriverAdapter, SqlQueryable, SqlResultSet } from "@prisma/driver-adapter-utils";
import { connectionOf, type Db } from "./client";

export type SqlValue = string | number | boolean | Date | null;
export type SqlRow = Record<string, unknown>;

export interface Sql {
  /** The rows of a SELECT (or of a statement with RETURNING), as objects by column name. */
  rows<T extends SqlRow = SqlRow>(text: string, args?: readonly SqlValue[]): Promise<T[]>;
  /** Runs a statement; the number of rows it changed. */
  run(text: string, args?: readonly SqlValue[]): Promise<number>;
}

export interface SqlClient extends Sql {
  /** Runs `work` in one transaction (committed when it returns, rolled back when it throws). */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
}

/** Plain SQL on `client`'s own connection. */
export function sqlOf(client: Db): SqlClient {
  return {
    rows: async (text, args) => {
      const connection = await connectionOf(client);
      return queryable(connection, connection.provider).rows(text, args);
    },
    run: async (text, args) => {
      const connection = await connectionOf(client);
      return queryable(connection, connection.provider).run(text, args);
    },
    transaction: async (work) => {
      const connection = await connectionOf(client);
      // The adapter opens the transaction (SQLite: under the lock Prisma's transactions take; BEGIN is
      // sent by it), the statements that end it are ours, as Prisma's own engine sends them.
      const tx = await connection.startTransaction();
      const end = (sql: string) => tx.executeRaw({ sql, args: [], argTypes: [] });
      let result: Awaited<ReturnType<typeof work>>;
      try {
        result = await work(queryable(tx, connection.provider));
      } catch (error) {
        try {
          await end("ROLLBACK");
        } finally {
          await tx.rollback();
        }
        throw error;
      }
      try {
        await end("COMMIT");
      } catch (error) {
        await end("ROLLBACK").catch(() => undefined);
        await tx.rollback();
        throw error;
      }
      await tx.commit();
      return result;
    },
  };
}

/** Plain SQL inside an open Prisma transaction (`tx` of `$transaction(async (tx) => …)`). */
export function sqlIn(tx: Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">, provider: "sqlite" | "postgresql"): Sql {
  return {
    rows: (text, args = []) => tx.$queryRawUnsafe(numbered(text, provider === "postgresql"), ...args),
    run: (text, args = []) => tx.$executeRawUnsafe(numbered(text, provider === "postgresql"), ...args),
  };
}

function queryable(target: SqlQueryable, provider: SqlDriverAdapter["provider"]): Sql {
  const make = (text: string, args: readonly SqlValue[]) => ({ sql: numbered(text, provider === "postgres"), args: [...args], argTypes: args.map(argType) });
  return {
    rows: async (text, args = []) => rowsOf(await target.queryRaw(make(text, args))),
    run: (text, args = []) => target.executeRaw(make(text, args)),
  };
}

const numberedCache = new Map<string, string>();

/** `?` → `$1`, `$2`… for PostgreSQL (the statements here hold no `?` inside literals). */
function numbered(text: string, postgres: boolean): string {
  if (!postgres) return text;
  let out = numberedCache.get(text);
  if (out === undefined) {
    let n = 0;
    out = text.replace(/\?/g, () => `$${++n}`);
    numberedCache.set(text, out);
  }
  return out;
}

/** What the adapters convert by: a Date becomes each database's timestamp text, a boolean SQLite's 0/1. */
function argType(value: SqlValue): ArgType {
  if (value instanceof Date) return { scalarType: "datetime", arity: "scalar" };
  if (typeof value === "number") return { scalarType: Number.isInteger(value) ? "int" : "float", arity: "scalar" };
  if (typeof value === "boolean") return { scalarType: "boolean", arity: "scalar" };
  return { scalarType: value === null ? "unknown" : "string", arity: "scalar" };
}

function rowsOf<T>(result: SqlResultSet): T[] {
  const { columnNames, rows } = result;
  return rows.map((values) => {
    const row: SqlRow = {};
    for (let i = 0; i < columnNames.length; i++) row[columnNames[i]!] = values[i];
    return row as T;
  });
}

/** A timestamp column's value (SQLite: ISO text; PostgreSQL: timestamp text or a Date). */
export function sqlDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === "number") return new Date(value);
  const text = String(value);
  // PostgreSQL's "2026-03-02 10:00:00.5" is UTC here (timestamp(3) without time zone, as Prisma writes it).
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(" ", "T")}Z`);
}

export function sqlDateOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : sqlDate(value);
}

/** A boolean column's value (SQLite: 0/1). */
export function sqlBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === 1n || value === "1" || value === "t" || value === "true";
}

/** A JSON column's value (text on SQLite, text or parsed on PostgreSQL). */
export function sqlJson<T = unknown>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}
