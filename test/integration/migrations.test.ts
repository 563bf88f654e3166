/**
 * The migration history in prisma/migrations, applied with Prisma's WASM
 * schema engine to real temporary SQLite files.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { applyMigrations, diffMigrationsToSchema, migrationChecksum } from "../../lib/server/db/schema-engine";

const root = path.resolve(import.meta.dirname, "../..");
const migrationsDir = path.join(root, "prisma/migrations");
const schemaFile = path.join(root, "prisma/schema.prisma");

const migrationNames = fs
  .readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const modelNames = [...fs.readFileSync(schemaFile, "utf8").matchAll(/^model (\w+)/gm)].map((m) => m[1]);

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: string | null;
  logs: string | null;
}

/** Reads a SQLite file with a short-lived connection (also proves the engine released its exclusive lock). */
function query<T>(file: string, sql: string): T[] {
  const db = new Database(file, { readonly: true, timeout: 1_000 });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "muster-migrations-"));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("prisma/migrations", () => {
  let databaseFile: string;
  beforeAll(() => {
    databaseFile = path.join(tmp, "main", "muster.db");
  });

  it("has at least one migration and a lockfile", () => {
    expect(migrationNames.length).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toContain('provider = "sqlite"');
  });

  it("applies every migration to an empty database, recording Prisma's checksums", async () => {
    const { applied } = await applyMigrations({ databaseFile, migrationsDir, schemaFile });
    expect(applied).toEqual(migrationNames);

    const rows = query<MigrationRow>(databaseFile, "SELECT * FROM _prisma_migrations ORDER BY migration_name");
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      const sql = fs.readFileSync(path.join(migrationsDir, row.migration_name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(migrationChecksum(sql));
      expect(row.finished_at).not.toBeNull();
    }

    const tables = query<{ name: string }>(databaseFile, "SELECT name FROM sqlite_master WHERE type = 'table'").map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(modelNames));
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations({ databaseFile, migrationsDir, schemaFile })).toEqual({ applied: [] });
    expect(query(databaseFile, "SELECT * FROM _prisma_migrations")).toHaveLength(migrationNames.length);
  });

  it("matches prisma/schema.prisma (no drift: run `npm run db:migration -- <name>` if this fails)", async () => {
    expect(await diffMigrationsToSchema({ migrationsDir, schemaFile })).toBe("");
  });

  it("serves the Prisma client through the better-sqlite3 adapter", async () => {
    const prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: databaseFile }) });
    try {
      const created = await prisma.sourceArticle.create({
        data: { file: "battles/tsushima.md", title: "Battle of Tsushima", shape: "infobox", sha256: "a".repeat(64), bytes: 1234 },
      });
      const found = await prisma.sourceArticle.findUnique({ where: { file: "battles/tsushima.md" } });
      expect(found).toMatchObject({ id: created.id, title: "Battle of Tsushima", bytes: 1234 });
      expect(found?.importedAt).toBeInstanceOf(Date);
    } finally {
      await prisma.$disconnect();
    }
  });
});

describe("a broken migration", () => {
  it("fails with the migration's name and the SQL error, and is not recorded as finished", async () => {
    const dir = path.join(tmp, "broken-migrations");
    fs.cpSync(migrationsDir, dir, { recursive: true });
    const broken = "99990101000000_broken";
    fs.mkdirSync(path.join(dir, broken));
    fs.writeFileSync(path.join(dir, broken, "migration.sql"), 'CREATE TABLE "Fine" ("id" INTEGER);\nCREATE TABLEX "Oops";\n');
    const databaseFile = path.join(tmp, "broken.db");

    await expect(applyMigrations({ databaseFile, migrationsDir: dir, schemaFile })).rejects.toThrow(
      `Migration ${broken} failed: near "TABLEX": syntax error.`,
    );
    const rows = query<MigrationRow>(databaseFile, "SELECT * FROM _prisma_migrations");
    expect(rows.filter((r) => r.finished_at !== null).map((r) => r.migration_name)).toEqual(migrationNames);
    expect(rows.find((r) => r.migration_name === broken)?.finished_at ?? null).toBeNull();

    // Like `prisma migrate deploy`, later runs refuse to continue past a failed migration.
    await expect(applyMigrations({ databaseFile, migrationsDir: dir, schemaFile })).rejects.toThrow(/failed migrations/);
  });
});
