/**
 * Prisma's schema engine, compiled to WASM, driven through a driver adapter.
 *
 * Why: `prisma migrate deploy/dev` need the native schema-engine binary, which
 * cannot be downloaded on our machines. The WASM build is the same Rust code,
 * so it writes `_prisma_migrations` exactly as Prisma does (checksum = sha-256
 * of migration.sql) and a machine with the native engine sees the same history.
 * SQLite goes through better-sqlite3, PostgreSQL through pg (`adapterFactory`).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import Database from "better-sqlite3";
import pg from "pg";
import type { MigrationList, SchemaContainer, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";
import type { Provider } from "../../env";
import { ensureDatabaseWritable } from "./file";
import { createDatabase, dropDatabases, ensurePostgresReachable } from "./postgres";

export type { Provider };

export interface MigrationsOptions {
  provider: Provider;
  /** Folder holding `<timestamp>_<name>/migration.sql` and migration_lock.toml. */
  migrationsDir: string;
  /** Folder of the provider's schema.prisma; every .prisma file below it (symlinks followed) is part of the schema. */
  schemaDir: string;
}

/** The database the engine works on: a SQLite file path (or ":memory:") or a PostgreSQL URL. */
export interface EngineTarget {
  provider: Provider;
  url: string;
}

const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] };
const lockfileName = "migration_lock.toml";

// ---- loading -------------------------------------------------------------

// A Rust panic calls PRISMA_WASM_PANIC_REGISTRY.set_message before trapping;
// without the registry the panic surfaces as "reading 'set_message'".
const panics = ((globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { message?: string; set_message(m: string): void } })
  .PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message(m: string) {
    this.message = m;
  },
});

let loaded: Promise<void> | undefined;
/** Set after a panic: the WASM instance's state is undefined from then on, and the glue module cannot be re-bound. */
let crashed: string | undefined;

/** Instantiates the WASM module once per process (~30 ms). */
function loadEngine(): Promise<void> {
  loaded ??= (async () => {
    // The package's exports hide the .wasm; find it next to the main entry.
    const dir = path.dirname(createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm"));
    const bytes = await fs.promises.readFile(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  })();
  return loaded;
}

// ---- one engine per operation ------------------------------------------------

/** pg's type ids: the single-byte internal type "char" and text. */
const pgCharOid = 18;
const pgTextOid = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };
const reportCharAsText = <T>(result: T): T => {
  for (const field of (result as QueryResultLike | undefined)?.fields ?? []) if (field.dataTypeID === pgCharOid) field.dataTypeID = pgTextOid;
  return result;
};

/**
 * A pg client for the schema engine's introspection. Its catalog queries read
 * "char" columns (pg_class.relkind, pg_constraint.contype…), which
 * @prisma/adapter-pg 7.10 rejects as an unsupported column type; pg already
 * returns them as one-letter strings, so they are reported as text.
 */
class IntrospectionClient extends pg.Client {}
const clientQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
IntrospectionClient.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const callback = args.at(-1);
  if (typeof callback === "function") {
    // pg.Pool#query passes a callback.
    args[args.length - 1] = (error: unknown, result: unknown) => callback(error, result === undefined ? result : reportCharAsText(result));
    return clientQuery.apply(this, args);
  }
  const result = clientQuery.apply(this, args);
  return result instanceof Promise ? result.then(reportCharAsText) : result;
} as typeof pg.Client.prototype.query;

function adapterFactory({ provider, url }: EngineTarget) {
  switch (provider) {
    case "sqlite":
      // Another instance may be migrating the same file (it holds an exclusive lock meanwhile): wait for it
      // rather than fail after better-sqlite3's default 5 s (SQLITE_BUSY reaches the engine as an unknown
      // error). On a loaded machine that instance's migration took over a minute once: allow five.
      return new PrismaBetterSqlite3({ url, timeout: 300_000 });
    case "postgresql":
      // Two connections are all the engine needs; never wait forever for one.
      return new PrismaPg({ connectionString: url, max: 2, connectionTimeoutMillis: 10_000, Client: IntrospectionClient });
  }
}

/**
 * Runs `fn` with an engine bound to the target database, then frees it.
 * `engine.free()` does not close the connections it opened (and the engine
 * puts SQLite in exclusive locking mode), so we dispose them ourselves or every
 * other SQLite connection gets SQLITE_BUSY and PostgreSQL pools stay open.
 */
async function withEngine<T>(target: EngineTarget, schema: SchemaContainer[], fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  if (crashed) throw new Error(`The schema engine crashed earlier in this process (${crashed}); restart the process.`);
  await loadEngine();
  const inner = adapterFactory(target);
  const connections: SqlDriverAdapter[] = [];
  const track = async (connect: () => Promise<SqlDriverAdapter>) => {
    const connection = await connect();
    connections.push(connection);
    return connection;
  };
  // A bare adapter factory fails inside the engine ("reading '#config'"): it needs the error-capturing wrapper.
  const factory = bindMigrationAwareSqlAdapterFactory({
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => track(() => inner.connect()),
    connectToShadowDb: () => track(() => inner.connectToShadowDb()),
  });
  let engine: SchemaEngine | undefined;
  try {
    engine = await bg.SchemaEngine.new({ datamodels: schema.map((file) => [file.path, file.content]) }, () => {}, factory);
    return await fn(engine);
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) {
      crashed = panics.message ?? error.message;
      engine = undefined; // freeing a trapped instance can trap again
      throw new Error(`The schema engine crashed: ${crashed}`, { cause: error });
    }
    throw error;
  } finally {
    engine?.free();
    await Promise.allSettled(connections.map((c) => c.dispose()));
  }
}

/** The engine's message without its Rust span trace ("\n   0: sql_schema_connector::…"). */
function engineMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split(/\n\s+0: /)[0] ?? text)
    .replace(/^external connector error\s*/, "") // PostgreSQL errors come wrapped: "…\nError querying the database: ERROR: …"
    .replace(/^Error querying the database:\s*/, "")
    .replace(/^ERROR:\s*/, "")
    .replace(/\s*\n\s*/g, " ")
    .trim()
    .replace(/\.$/, "");
}

// ---- files -----------------------------------------------------------------------

/** Every .prisma file under the schema folder, as the Prisma CLI loads a multi-file schema (symlinked folders included). */
export function readSchema(schemaDir: string): SchemaContainer[] {
  const files: SchemaContainer[] = [];
  const visit = (dir: string, depth: number) => {
    if (depth > 4) return; // a symlink loop would otherwise never end
    for (const entry of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, entry);
      const stat = fs.statSync(file);
      if (stat.isDirectory()) {
        if (entry !== "migrations") visit(file, depth + 1);
      } else if (entry.endsWith(".prisma")) {
        files.push({ path: file, content: fs.readFileSync(file, "utf8") });
      }
    }
  };
  try {
    visit(path.resolve(schemaDir), 0);
  } catch (error) {
    throw new Error(`Cannot read the Prisma schema in ${schemaDir}: ${(error as Error).message}.`, { cause: error });
  }
  if (!files.some((file) => path.basename(file.path) === "schema.prisma")) throw new Error(`There is no schema.prisma in ${schemaDir}.`);
  return files;
}

/** Loads the migrations folder the way the Prisma CLI does (sorted folders, unreadable files passed as errors). */
function readMigrations(migrationsDir: string): MigrationList {
  const baseDir = path.resolve(migrationsDir);
  const read = (file: string) => {
    try {
      return fs.readFileSync(file, "utf8");
    } catch {
      return null;
    }
  };
  const entries = fs.existsSync(baseDir) ? fs.readdirSync(baseDir, { withFileTypes: true }) : [];
  const migrationDirectories = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => {
      const sql = read(path.join(baseDir, name, "migration.sql"));
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: sql === null ? { tag: "error" as const, value: `${name}/migration.sql is missing or unreadable` } : { tag: "ok" as const, value: sql },
        },
      };
    });
  return { baseDir, shadowDbInitScript: "", lockfile: { path: lockfileName, content: read(path.join(baseDir, lockfileName)) }, migrationDirectories };
}

/** The checksum Prisma stores in `_prisma_migrations.checksum`. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

// ---- operations --------------------------------------------------------------

function failedMigration(error: unknown, what: string): Error {
  // A failing script's error carries `migration_name="…"` in its span trace.
  const name = /migration_name="([^"]+)"/.exec(error instanceof Error ? error.message : "")?.[1];
  const message = engineMessage(error);
  return new Error(name ? `Migration ${name} failed: ${message}.` : `${what} failed: ${message}.`, { cause: error });
}

/**
 * Applies the pending migrations to a database (a SQLite file is created if
 * missing; a PostgreSQL database must exist). Idempotent.
 */
export async function applyMigrations(options: MigrationsOptions & { url: string }): Promise<{ applied: string[] }> {
  const { provider, url, migrationsDir, schemaDir } = options;
  // A mistyped folder would otherwise "apply" an empty history without a word.
  if (!fs.existsSync(migrationsDir)) throw new Error(`There is no migrations folder at ${migrationsDir}.`);
  if (provider === "sqlite") ensureDatabaseWritable(url);
  else await ensurePostgresReachable(url);
  const schema = readSchema(schemaDir);
  const migrationsList = readMigrations(migrationsDir);
  const apply = () =>
    withEngine({ provider, url }, schema, async (engine) => {
      try {
        const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
        return { applied: appliedMigrationNames };
      } catch (error) {
        throw failedMigration(error, "Applying migrations");
      }
    });
  return provider === "sqlite" ? withSqliteMigrationLock(url, apply) : apply();
}

/**
 * One SQLite migration at a time across processes (app instances starting together). Two engines
 * on one file could each hold the shared lock the other's write waits for, until a busy timeout
 * failed one of them; instead each first takes an exclusive lock on a small file beside the
 * database, which the system frees if the process dies. (PostgreSQL: the engine locks itself.)
 */
async function withSqliteMigrationLock<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const lock = new Database(`${file}-migrate.lock`, { timeout: 600_000 });
  try {
    lock.exec("BEGIN EXCLUSIVE"); // waits (up to ten minutes) while another process migrates
    return await fn();
  } finally {
    if (lock.inTransaction) lock.exec("ROLLBACK");
    lock.close();
  }
}

/** The SQL that takes the engine's database to the schema's datamodel; "" when they are in sync. */
async function diffDatabaseToSchema(engine: SchemaEngine, schema: SchemaContainer[], schemaDir: string): Promise<string> {
  // `diff` from {tag: "migrations"} fails (P3006) on multi-statement migrations, hence replaying them on a real database.
  try {
    const { exitCode, stdout } = await engine.diff({
      from: { tag: "schemaDatasource", files: schema, configDir: path.resolve(schemaDir) },
      to: { tag: "schemaDatamodel", files: schema },
      script: true,
      exitCode: true, // 0 = no difference (stdout is then "-- This is an empty migration.")
      filters: noFilters,
    });
    return exitCode === 0 ? "" : (stdout ?? "");
  } catch (error) {
    throw new Error(`Comparing the migrations with the schema in ${schemaDir} failed: ${engineMessage(error)}.`, { cause: error });
  }
}

export interface DiffOptions extends MigrationsOptions {
  /**
   * PostgreSQL only: a server on which a scratch database may be created (and
   * dropped) to replay the history; SQLite replays in memory.
   */
  scratchServerUrl?: string;
}

/**
 * The SQL that takes a database built from the migrations to the schema's
 * datamodel; "" when they are in sync. Replays the history on an in-memory
 * SQLite database (one engine, one connection, so ":memory:" stays the same
 * database) or on a scratch PostgreSQL database that is dropped afterwards.
 */
export async function diffMigrationsToSchema(options: DiffOptions): Promise<string> {
  const { provider, migrationsDir, schemaDir } = options;
  const schema = readSchema(schemaDir);
  const migrationsList = readMigrations(migrationsDir);
  const replayAndDiff = (url: string) =>
    withEngine({ provider, url }, schema, async (engine) => {
      try {
        await engine.applyMigrations({ migrationsList, filters: noFilters });
      } catch (error) {
        const name = /migration_name="([^"]+)"/.exec(error instanceof Error ? error.message : "")?.[1];
        throw new Error(`Replaying migration ${name ?? "history"} failed: ${engineMessage(error)}.`, { cause: error });
      }
      return diffDatabaseToSchema(engine, schema, schemaDir);
    });
  if (provider === "sqlite") return replayAndDiff(":memory:");

  const server = options.scratchServerUrl;
  if (!server) throw new Error("Comparing PostgreSQL migrations needs a PostgreSQL server for a scratch database (scratchServerUrl).");
  await ensurePostgresReachable(server, 5_000, "TEST_POSTGRES_URL");
  const scratch = await createDatabase(server, "muster_scratch");
  try {
    return await replayAndDiff(scratch.url);
  } finally {
    await dropDatabases(server, [scratch.name]);
  }
}

/** Prisma's folder-name timestamp: UTC, YYYYMMDDHHMMSS. */
function migrationTimestamp(now: Date): string {
  return now.toISOString().replace(/\D/g, "").slice(0, 14);
}

function checkMigrationName(name: string) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Migration name "${name}" must use only a-z, 0-9 and _.`);
}

/**
 * Writes `<migrationsDir>/<timestamp>_<name>/migration.sql`, plus
 * migration_lock.toml when missing. Returns the folder.
 */
export function writeMigration(options: { provider: Provider; migrationsDir: string; name: string; sql: string; now?: Date }): string {
  const { name, migrationsDir, provider, sql, now = new Date() } = options;
  checkMigrationName(name);
  const dir = path.join(path.resolve(migrationsDir), `${migrationTimestamp(now)}_${name}`);
  if (fs.existsSync(dir)) throw new Error(`The migration folder ${dir} already exists; wait a second and retry.`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  const lockfile = path.join(path.resolve(migrationsDir), lockfileName);
  if (!fs.existsSync(lockfile)) {
    // Byte for byte what `prisma migrate dev` writes.
    fs.writeFileSync(
      lockfile,
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`,
    );
  }
  return dir;
}

/**
 * Writes the migration that takes the committed history to the schema (see
 * `diffMigrationsToSchema`). Writes nothing and returns `dir: null` when the
 * schema has no changes.
 */
export async function createMigration(options: DiffOptions & { name: string; now?: Date }): Promise<{ dir: string | null; sql: string }> {
  checkMigrationName(options.name);
  const sql = await diffMigrationsToSchema(options);
  if (sql === "") return { dir: null, sql };
  return { dir: writeMigration({ ...options, sql }), sql };
}
