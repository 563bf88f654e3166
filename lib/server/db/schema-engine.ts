/**
 * Prisma's schema engine, compiled to WASM, driven through a driver adapter.
 *
 * Why: `prisma migrate deploy/dev` need the native schema-engine binary, which
 * cannot be downloaded on our machines. The WASM build is the same Rust code,
 * so it writes `_prisma_migrations` exactly as Prisma does (checksum = sha-256
 * of migration.sql) and a machine with the native engine sees the same history.
 * Provider is SQLite only for now; `adapterFactory` is where PostgreSQL goes.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaContainer, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";
import { ensureDatabaseWritable } from "./file";

export type Provider = "sqlite";

export interface MigrationsOptions {
  /** Folder holding `<timestamp>_<name>/migration.sql` and migration_lock.toml. */
  migrationsDir: string;
  schemaFile: string;
  provider?: Provider;
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

function adapterFactory(provider: Provider, url: string) {
  switch (provider) {
    case "sqlite":
      return new PrismaBetterSqlite3({ url });
  }
}

/**
 * Runs `fn` with an engine bound to the database at `url` (a path or ":memory:"),
 * then frees it. `engine.free()` does not close the connections it opened, and
 * the engine puts SQLite in exclusive locking mode, so we dispose them ourselves
 * or every other connection gets SQLITE_BUSY.
 */
async function withEngine<T>(provider: Provider, url: string, schema: SchemaContainer, fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  if (crashed) throw new Error(`The schema engine crashed earlier in this process (${crashed}); restart the process.`);
  await loadEngine();
  const inner = adapterFactory(provider, url);
  const connections: SqlDriverAdapter[] = [];
  const track = async (connect: () => Promise<SqlDriverAdapter>) => {
    const connection = await connect();
    connections.push(connection);
    return connection;
  };
  // A bare PrismaBetterSqlite3 fails inside the engine ("reading '#config'"): it needs the error-capturing wrapper.
  const factory = bindMigrationAwareSqlAdapterFactory({
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => track(() => inner.connect()),
    connectToShadowDb: () => track(() => inner.connectToShadowDb()),
  });
  let engine: SchemaEngine | undefined;
  try {
    engine = await bg.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, () => {}, factory);
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
  return (text.split(/\n\s+0: /)[0] ?? text).trim().replace(/\.$/, "");
}

// ---- files -----------------------------------------------------------------------

function readSchema(schemaFile: string): SchemaContainer {
  try {
    return { path: schemaFile, content: fs.readFileSync(schemaFile, "utf8") };
  } catch (error) {
    throw new Error(`Cannot read the Prisma schema at ${schemaFile}: ${(error as Error).message}.`, { cause: error });
  }
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

/** Applies the pending migrations to a SQLite file (created if missing). Idempotent. */
export async function applyMigrations(options: MigrationsOptions & { databaseFile: string }): Promise<{ applied: string[] }> {
  const { databaseFile, migrationsDir, schemaFile, provider = "sqlite" } = options;
  // A mistyped folder would otherwise "apply" an empty history without a word.
  if (!fs.existsSync(migrationsDir)) throw new Error(`There is no migrations folder at ${migrationsDir}.`);
  ensureDatabaseWritable(databaseFile);
  const schema = readSchema(schemaFile);
  const migrationsList = readMigrations(migrationsDir);
  return withEngine(provider, databaseFile, schema, async (engine) => {
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
      return { applied: appliedMigrationNames };
    } catch (error) {
      // A failing script's error carries `migration_name="…"` in its span trace.
      const name = /migration_name="([^"]+)"/.exec(error instanceof Error ? error.message : "")?.[1];
      const message = engineMessage(error);
      throw new Error(name ? `Migration ${name} failed: ${message}.` : `Applying migrations failed: ${message}.`, { cause: error });
    }
  });
}

/**
 * The SQL that takes a database built from the migrations to the schema's
 * datamodel; "" when they are in sync. Replays the history on an in-memory
 * database (one engine, one connection, so ":memory:" stays the same database).
 */
export async function diffMigrationsToSchema(options: MigrationsOptions): Promise<string> {
  const { migrationsDir, schemaFile, provider = "sqlite" } = options;
  const schema = readSchema(schemaFile);
  const migrationsList = readMigrations(migrationsDir);
  return withEngine(provider, ":memory:", schema, async (engine) => {
    try {
      await engine.applyMigrations({ migrationsList, filters: noFilters });
    } catch (error) {
      const name = /migration_name="([^"]+)"/.exec(error instanceof Error ? error.message : "")?.[1];
      throw new Error(`Replaying migration ${name ?? "history"} failed: ${engineMessage(error)}.`, { cause: error });
    }
    // `diff` from {tag: "migrations"} fails (P3006) on multi-statement migrations, hence the replay.
    try {
      const files = [schema];
      const { exitCode, stdout } = await engine.diff({
        from: { tag: "schemaDatasource", files, configDir: path.dirname(schemaFile) },
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: true, // 0 = no difference (stdout is then "-- This is an empty migration.")
        filters: noFilters,
      });
      return exitCode === 0 ? "" : (stdout ?? "");
    } catch (error) {
      throw new Error(`Comparing the migrations with ${path.basename(schemaFile)} failed: ${engineMessage(error)}.`, { cause: error });
    }
  });
}

/** Prisma's folder-name timestamp: UTC, YYYYMMDDHHMMSS. */
function migrationTimestamp(now: Date): string {
  return now.toISOString().replace(/\D/g, "").slice(0, 14);
}

/**
 * Writes `<migrationsDir>/<timestamp>_<name>/migration.sql` with the SQL from
 * `diffMigrationsToSchema`, plus migration_lock.toml when missing. Writes
 * nothing and returns `dir: null` when the schema has no changes.
 */
export async function createMigration(options: MigrationsOptions & { name: string; now?: Date }): Promise<{ dir: string | null; sql: string }> {
  const { name, migrationsDir, provider = "sqlite", now = new Date() } = options;
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Migration name "${name}" must use only a-z, 0-9 and _.`);
  const sql = await diffMigrationsToSchema(options);
  if (sql === "") return { dir: null, sql };
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
  return { dir, sql };
}
