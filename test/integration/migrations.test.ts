/**
 * Each provider's committed migrations (prisma/sqlite/migrations,
 * prisma/postgres/migrations), applied with Prisma's WASM schema engine to a
 * real fresh database of the provider this project runs on.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../lib/server/db/client";
import { modelsDir, schemaLayout } from "../../lib/server/db/migrate";
import { applyMigrations, createMigration, diffMigrationsToSchema, migrationChecksum } from "../../lib/server/db/schema-engine";
import { freshDatabase, queryRows, tableNames, testProvider, type TestDatabase } from "./support/databases";

const layout = schemaLayout(testProvider);
const { migrationsDir } = layout;
const scratchServerUrl = testProvider === "postgresql" ? inject("postgresServerUrl") : undefined;

const migrationNames = fs
  .readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const modelNames = fs
  .readdirSync(modelsDir)
  .flatMap((file) => [...fs.readFileSync(path.join(modelsDir, file), "utf8").matchAll(/^model (\w+)/gm)].map((m) => m[1]));

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: string | Date | null;
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "muster-migrations-"));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe(`${testProvider} migrations`, () => {
  let target: TestDatabase;
  beforeAll(async () => {
    target = await freshDatabase("migrate");
  });
  afterAll(async () => target?.drop());

  it("has at least one migration and a lockfile naming the provider", () => {
    expect(migrationNames.length).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toContain(`provider = "${testProvider}"`);
  });

  it("applies every migration to an empty database, recording Prisma's checksums", async () => {
    const { applied } = await applyMigrations({ ...layout, url: target.engineUrl });
    expect(applied).toEqual(migrationNames);

    const rows = await queryRows<MigrationRow>(target.database, "SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name");
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      const sql = fs.readFileSync(path.join(migrationsDir, row.migration_name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(migrationChecksum(sql));
      expect(row.finished_at).not.toBeNull();
    }
    expect(await tableNames(target.database)).toEqual(expect.arrayContaining(modelNames));
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations({ ...layout, url: target.engineUrl })).toEqual({ applied: [] });
    expect(await queryRows(target.database, "SELECT * FROM _prisma_migrations")).toHaveLength(migrationNames.length);
  });

  it("matches the shared models (no drift: run `npm run db:migration -- <name>` if this fails)", async () => {
    expect(await diffMigrationsToSchema({ ...layout, scratchServerUrl })).toBe("");
  });

  it("serves the Prisma client through the provider's driver adapter", async () => {
    const prisma = createDb(target.database);
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

describe("a database made by an older history", () => {
  it("migrates forward, applying only the newer migrations", async () => {
    const older = path.join(tmp, "older-migrations");
    fs.mkdirSync(older);
    fs.copyFileSync(path.join(migrationsDir, "migration_lock.toml"), path.join(older, "migration_lock.toml"));
    fs.cpSync(path.join(migrationsDir, migrationNames[0]!), path.join(older, migrationNames[0]!), { recursive: true });
    const target = await freshDatabase("older");
    try {
      expect(await applyMigrations({ ...layout, migrationsDir: older, url: target.engineUrl })).toEqual({ applied: migrationNames.slice(0, 1) });
      expect(await applyMigrations({ ...layout, url: target.engineUrl })).toEqual({ applied: migrationNames.slice(1) });
    } finally {
      await target.drop();
    }
  });
});

describe("a change to the shared models", () => {
  it("becomes a new migration for this provider that applies cleanly and leaves no drift", async () => {
    // A copy of prisma/: the models links are relative, so they point at the copy's models.
    const copy = path.join(tmp, "prisma-copy");
    fs.cpSync(path.join(migrationsDir, "../.."), copy, { recursive: true, verbatimSymlinks: true });
    const models = path.join(copy, "models", "content.prisma");
    fs.writeFileSync(models, fs.readFileSync(models, "utf8").replace(/^model ImportRun \{\n/m, "model ImportRun {\n  note String?\n"));
    const copied = { provider: testProvider, schemaDir: path.join(copy, path.basename(layout.schemaDir)), migrationsDir: path.join(copy, path.basename(layout.schemaDir), "migrations") };

    const { dir, sql } = await createMigration({ ...copied, name: "import_note", scratchServerUrl, now: new Date("2099-01-02T03:04:05Z") });
    expect(dir).toBe(path.join(copied.migrationsDir, "20990102030405_import_note"));
    expect(sql).toMatch(/ALTER TABLE "ImportRun" ADD COLUMN\s+"note" TEXT/);
    expect(await diffMigrationsToSchema({ ...copied, scratchServerUrl })).toBe("");

    const target = await freshDatabase("change");
    try {
      expect((await applyMigrations({ ...copied, url: target.engineUrl })).applied.at(-1)).toBe("20990102030405_import_note");
    } finally {
      await target.drop();
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
    const target = await freshDatabase("broken");
    try {
      // SQLite says `near "TABLEX": syntax error`, PostgreSQL `syntax error at or near "TABLEX"`.
      await expect(applyMigrations({ ...layout, migrationsDir: dir, url: target.engineUrl })).rejects.toThrow(
        new RegExp(`^Migration ${broken} failed: .*syntax error.*TABLEX|^Migration ${broken} failed: .*TABLEX.*syntax error`),
      );
      const rows = await queryRows<MigrationRow>(target.database, "SELECT migration_name, checksum, finished_at FROM _prisma_migrations");
      expect(rows.filter((r) => r.finished_at !== null).map((r) => r.migration_name).sort()).toEqual(migrationNames);
      expect(rows.find((r) => r.migration_name === broken)?.finished_at ?? null).toBeNull();

      // Like `prisma migrate deploy`, later runs refuse to continue past a failed migration.
      await expect(applyMigrations({ ...layout, migrationsDir: dir, url: target.engineUrl })).rejects.toThrow(/failed migrations/);
    } finally {
      await target.drop();
    }
  });
});
