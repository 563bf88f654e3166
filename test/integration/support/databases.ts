/**
 * A fresh, empty database for a test file, on the provider of the project
 * it runs in: a temporary SQLite file, or a new database on the PostgreSQL
 * test server (dropped by `drop()`, and in any case at the end of the run).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { inject } from "vitest";
import { databaseFromUrl, type DatabaseConfig } from "../../../lib/env";
import { engineUrl } from "../../../lib/server/db/migrate";
import { createDatabase, dropDatabases, withPostgres } from "../../../lib/server/db/postgres";

export const testProvider = inject("testProvider");

const root = path.resolve(import.meta.dirname, "../../..");

export interface TestDatabase {
  database: DatabaseConfig;
  /** What the schema engine takes: the file path for SQLite, the URL for PostgreSQL. */
  engineUrl: string;
  drop(): Promise<void>;
}

export function databaseConfig(url: string): DatabaseConfig {
  return databaseFromUrl({ DATABASE_URL: url, DATABASE_POOL_SIZE: "5", DATABASE_CONNECT_TIMEOUT_MS: "10000" }, root);
}

/**
 * `label` only names the SQLite folder or the PostgreSQL database, to find it
 * when debugging. `icuLocale` (PostgreSQL only) gives the database a language's
 * collation instead of the server's default.
 */
export async function freshDatabase(label: string, options: { icuLocale?: string } = {}): Promise<TestDatabase> {
  if (testProvider === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `muster-${label}-`));
    const database = databaseConfig(`file:${path.join(dir, "muster.db")}`);
    return { database, engineUrl: engineUrl(database), drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const server = inject("postgresServerUrl");
  const { name, url } = await createDatabase(server, `${inject("postgresPrefix")}_${label.replace(/\W/g, "").toLowerCase().slice(0, 8)}`, options);
  const database = databaseConfig(url);
  return { database, engineUrl: url, drop: () => dropDatabases(server, [name]) };
}

/**
 * Rows from plain SQL on a short-lived connection outside Prisma (for SQLite a
 * read-only one, which also proves that nobody holds an exclusive lock).
 */
export async function queryRows<T>(database: DatabaseConfig, sql: string): Promise<T[]> {
  if (database.provider === "sqlite") {
    const db = new Database(database.file, { readonly: true, timeout: 1_000 });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  }
  return withPostgres(database.url, async (client) => (await client.query(sql)).rows as T[]);
}

/** Names of the tables in the database (the catalogue differs per provider). */
export async function tableNames(database: DatabaseConfig): Promise<string[]> {
  const sql =
    database.provider === "sqlite"
      ? "SELECT name FROM sqlite_master WHERE type = 'table'"
      : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'";
  return (await queryRows<{ name: string }>(database, sql)).map((row) => row.name);
}
