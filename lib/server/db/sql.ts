/**
 * Plain SQL for the few hot paths where Prisma's own cost per query is most of the work (grading a
 * flashcard, the queue's due rows): a review through the Prisma client costs about six times what
 * the same statements cost on its driver adapter (npm run bench, "study-reviews").
 *
 * The statements run on the Prisma client's own connection (client.ts connectionOf): on SQLite the
 * same handle and the same transaction lock as every Prisma transaction, on PostgreSQL the same
 * pool. Inside a Prisma transaction (../study/transaction-view.ts sqlFor), `sqlIn` runs them in
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
  // The connection is there (no promise to wait for) on every call but the first.
  const on = <T>(work: (connection: SqlDriverAdapter) => Promise<T>): Promise<T> => {
    const connection = connectionOf(client);
    return connection instanceof Promise ? connection.then(work) : work(connection);
  };
  return {
    rows: (text, args) => on((connection) => queryable(connection, connection.provider).rows(text, args)),
    run: (text, args) => on((connection) => queryable(connection, connection.provider).run(text, args)),
    transaction: (work) => on((connection) => (connection.provider === "sqlite" ? groupCommitOf(connection).run(work) : inTransaction(connection, work))),
  };
}

/**
 * One transaction on the connection. The adapter opens it (SQLite: under the lock Prisma's
 * transactions take; BEGIN is sent by it); the statements that end it are ours, as Prisma's own
 * engine sends them.
 */
async function inTransaction<T>(connection: SqlDriverAdapter, work: (tx: Sql) => Promise<T>): Promise<T> {
  const tx = await connection.startTransaction();
  const end = (sql: string) => tx.executeRaw({ sql, args: [], argTypes: [] });
  let result: T;
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
}

interface PendingWork {
  work: (tx: Sql) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * SQLite's group commit: transactions asked for while one is being gathered (requests that reached
 * their write in the same turn of the event loop) run one after another in one BEGIN…COMMIT, so a
 * burst of reviews writes the WAL once instead of once each — the commit was the biggest part of a
 * review. Each keeps its own outcome: beside another, a work runs in a savepoint that rolls back
 * only its own statements if it throws; every caller is answered after the one COMMIT, never
 * before its work is durable, and all of them fail if that COMMIT fails.
 */
class GroupCommit {
  #pending: PendingWork[] = [];
  #scheduled = false;

  constructor(private readonly connection: SqlDriverAdapter) {}

  run<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (this.#scheduled) return;
      this.#scheduled = true;
      setImmediate(() => {
        const batch = this.#pending.splice(0);
        this.#scheduled = false;
        // Answering twice is harmless: a settled promise ignores the second answer.
        this.#flush(batch).catch((error: unknown) => batch.forEach((p) => p.reject(error)));
      });
    });
  }

  async #flush(batch: PendingWork[]): Promise<void> {
    if (batch.length === 1) {
      const [only] = batch;
      return inTransaction(this.connection, only!.work).then(only!.resolve, only!.reject);
    }
    const tx = await this.connection.startTransaction();
    const exec = (sql: string) => tx.executeRaw({ sql, args: [], argTypes: [] });
    const sql = queryable(tx, "sqlite");
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      for (const p of batch) {
        await exec("SAVEPOINT muster_work");
        let value: unknown;
        try {
          value = await p.work(sql);
        } catch (error) {
          await exec("ROLLBACK TO muster_work");
          await exec("RELEASE muster_work");
          outcomes.push({ ok: false, error });
          continue;
        }
        await exec("RELEASE muster_work");
        outcomes.push({ ok: true, value });
      }
      await exec("COMMIT");
    } catch (error) {
      await exec("ROLLBACK").catch(() => undefined);
      await tx.rollback();
      throw error;
    }
    await tx.commit();
    batch.forEach((p, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) p.resolve(outcome.value);
      else p.reject(outcome.error);
    });
  }
}

const groupCommits = new WeakMap<SqlDriverAdapter, GroupCommit>();

function groupCommitOf(connection: SqlDriverAdapter): GroupCommit {
  let group = groupCommits.get(connection);
  if (!group) groupCommits.set(connection, (group = new GroupCommit(connection)));
  return group;
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

/** The same as sqlDate(value).toISOString(), without a Date for SQLite's own "…+00:00" text. */
export function sqlIsoDate(value: unknown): string {
  if (typeof value === "string" && value.length === 29 && value.endsWith("+00:00") && value[10] === "T") return `${value.slice(0, 23)}Z`;
  return sqlDate(value).toISOString();
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
