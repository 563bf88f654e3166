/**
 * The one Prisma client of this process. Only lib/server/** imports it:
 * pages and route handlers call data functions, never Prisma directly.
 *
 * Two clients are generated from the same models (prisma/models): one per
 * provider, because Prisma fixes the provider at generate time. The provider
 * is picked from DATABASE_URL at start-up; the rest of the code sees one type,
 * `Db`, which is the SQLite client's. That type is the portable subset: the
 * PostgreSQL-only query options (`mode: "insensitive"`, `skipDuplicates`…) do
 * not type-check, so nothing provider-specific slips into the data layer.
 * Text matching with `contains`/`startsWith`/`endsWith` type-checks but
 * differs (SQLite ignores ASCII case, PostgreSQL does not): match text in
 * code instead (test/integration/portable.test.ts keeps lib/server free of it).
 * Text ORDER BY follows the database's collation: sort in code (./order.ts).
 */
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { config, type DatabaseConfig, type Provider } from "../../env";
import { PrismaClient as PostgresClient } from "../../generated/postgres/client";
import { PrismaClient as SqliteClient } from "../../generated/sqlite/client";

export type Db = SqliteClient;
export type { Prisma } from "../../generated/sqlite/client";

/** How long a SQLite connection waits for another writer before giving up (ms). */
export const sqliteBusyTimeoutMs = 10_000;

/**
 * Run on every SQLite connection:
 * - journal_mode = WAL: readers never wait for the writer, so pages keep
 *   serving while `npm run import` holds its long write transaction (the
 *   setting is stored in the file; repeating it is a no-op).
 * - foreign_keys = ON: SQLite ignores foreign keys unless each connection asks
 *   for them; the import relies on ON DELETE CASCADE (sides → commands) and
 *   PostgreSQL always enforces them, so both behave the same.
 * - synchronous = NORMAL: the recommended level with WAL; a power cut can lose
 *   the last commits but never corrupts the file.
 * The busy timeout (`timeout` below) makes a second writer (an import while
 * the server writes) wait up to 10 s for the lock instead of failing at once
 * with SQLITE_BUSY.
 */
const sqlitePragmas = "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";

/** PrismaBetterSqlite3 with our pragmas applied to each connection it opens. */
class SqliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #inner: PrismaBetterSqlite3;

  constructor(file: string) {
    this.#inner = new PrismaBetterSqlite3({ url: file, timeout: sqliteBusyTimeoutMs });
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return withPragmas(withStatementCache(await this.#inner.connect()));
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return withPragmas(await this.#inner.connectToShadowDb());
  }
}

/** What the adapter uses of a better-sqlite3 statement (adapter-better-sqlite3 performIO/executeIO). */
interface Statement {
  reader: boolean;
  columns(): unknown[];
  raw(on?: boolean): Statement;
  all(...args: unknown[]): unknown[];
  run(...args: unknown[]): unknown;
}

/**
 * The adapter prepares every statement anew, which is a good part of a short query's cost: keep
 * the last 500 prepared (Prisma's SQL has its values as parameters, so few texts repeat a lot) and
 * hand the adapter a fresh binding of the cached one each time. Statements run to completion
 * synchronously, so one is never in use twice at once; SQLite re-prepares one after a schema change.
 */
function withStatementCache(connection: SqlDriverAdapter): SqlDriverAdapter {
  const database = (connection as unknown as { client?: { prepare(sql: string): Statement } }).client;
  if (!database || typeof database.prepare !== "function") return connection; // another adapter version: leave it as it is
  const prepare = database.prepare.bind(database);
  const cache = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql); // most recently used last
    } else {
      statement = prepare(sql);
      if (cache.size >= 500) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    return statement;
  };
  database.prepare = (sql: string) => {
    const statement = prepared(sql);
    const bound = (args: unknown[]) => ({
      reader: statement.reader,
      columns: () => statement.columns(),
      raw: () => ({ all: () => statement.raw(true).all(...args) }),
      run: () => statement.run(...args),
    });
    return { ...bound([]), bind: (args: unknown[]) => bound(args) } as unknown as Statement;
  };
  return connection;
}

async function withPragmas(connection: SqlDriverAdapter): Promise<SqlDriverAdapter> {
  await connection.executeScript(sqlitePragmas);
  return connection;
}

// Kept on the client under a registered symbol, not in a module-level map: the Next.js build can
// load this module more than once (one copy per server chunk), and every copy must find it.
const providerKey = Symbol.for("muster.db.provider");

/** Which database a client talks to: for the few statements that must be written per provider (./lock.ts). */
export function providerOf(client: Db): Provider {
  const provider = (client as unknown as Record<symbol, Provider | undefined>)[providerKey];
  if (!provider) throw new Error("This Prisma client was not made by createDb.");
  return provider;
}

/**
 * The factory the client connects through, remembering the connection it made: ./sql.ts runs its
 * plain SQL on that same connection (SQLite: one handle and one transaction lock; PostgreSQL: one pool).
 */
class RememberingFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider: "sqlite" | "postgres";
  readonly adapterName: string;
  connection: Promise<SqlDriverAdapter> | null = null;
  /** The connection once made: ./sql.ts uses it without waiting for a promise. */
  ready: SqlDriverAdapter | null = null;

  constructor(readonly inner: SqlMigrationAwareDriverAdapterFactory) {
    this.provider = inner.provider as "sqlite" | "postgres";
    this.adapterName = inner.adapterName;
  }

  connect(): Promise<SqlDriverAdapter> {
    const connection = this.inner.connect();
    this.connection = connection;
    this.ready = null;
    connection.then(
      (made) => {
        if (this.connection === connection) this.ready = made;
      },
      () => {
        if (this.connection === connection) this.connection = null;
      },
    );
    return connection;
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.inner.connectToShadowDb();
  }
}

const factoryKey = Symbol.for("muster.db.factory");

/**
 * The driver adapter connection this client queries through (connecting the client first if it has
 * not yet): for ./sql.ts only.
 */
export function connectionOf(client: Db): SqlDriverAdapter | Promise<SqlDriverAdapter> {
  const factory = (client as unknown as Record<symbol, RememberingFactory | undefined>)[factoryKey];
  if (!factory) throw new Error("This Prisma client was not made by createDb.");
  return factory.ready ?? connecting(client, factory);
}

async function connecting(client: Db, factory: RememberingFactory): Promise<SqlDriverAdapter> {
  if (!factory.connection) await client.$connect();
  if (!factory.connection) throw new Error("The database client did not connect.");
  return factory.connection;
}

function makeFactory(database: DatabaseConfig): RememberingFactory {
  switch (database.provider) {
    case "sqlite":
      return new RememberingFactory(new SqliteAdapterFactory(database.file));
    case "postgresql":
      // pg's pool defaults to waiting forever for a connection (connectionTimeoutMillis 0):
      // set both limits so an unreachable or saturated server fails a request instead of hanging it.
      return new RememberingFactory(new PrismaPg({ connectionString: database.url, max: database.poolSize, connectionTimeoutMillis: database.connectTimeoutMs }));
  }
}

/** A client for an explicit database: used by scripts and tests that own their database. */
export function createDb(database: DatabaseConfig): Db {
  const adapter = makeFactory(database);
  // Same models, same query API: only the PostgreSQL-only extras differ, and `Db` hides them.
  const client = database.provider === "sqlite" ? new SqliteClient({ adapter }) : (new PostgresClient({ adapter }) as unknown as Db);
  Object.defineProperty(client, providerKey, { value: database.provider, enumerable: false });
  Object.defineProperty(client, factoryKey, { value: adapter, enumerable: false });
  return client;
}

// Next.js dev reloads modules; keep the client on globalThis so reloads reuse it.
const globalForDb = globalThis as unknown as { musterDb?: Db };

/** The process-wide client for the configured database. */
export function db(): Db {
  globalForDb.musterDb ??= createDb(config().database);
  return globalForDb.musterDb;
}
