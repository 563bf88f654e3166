/** `npm run import` against a real fresh database of the project's provider (SQLite file or PostgreSQL). */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConfig } from "../../lib/env";
import { createDb, type Db } from "../../lib/server/db/client";
import { migrateDatabase } from "../../lib/server/db/migrate";
import { ContentError, importContentFromDisk } from "../../lib/server/import/run";
import { freshDatabase, testProvider, type TestDatabase } from "./support/databases";

const contentDir = path.resolve(import.meta.dirname, "../../content");

describe(`content import (${testProvider})`, () => {
  let tmp: string;
  let target: TestDatabase;
  let cfg: { contentDir: string; database: DatabaseConfig };
  let client: Db;

  const counts = async () => ({
    articles: await client.sourceArticle.count(),
    events: await client.event.count(),
    facts: await client.fact.count(),
    versions: await client.factVersion.count(),
    runs: await client.importRun.count(),
    people: await client.person.count(),
  });

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "muster-import-"));
    const dir = path.join(tmp, "content");
    fs.mkdirSync(dir);
    for (const file of fs.readdirSync(contentDir).filter((name) => name.endsWith(".txt"))) {
      fs.copyFileSync(path.join(contentDir, file), path.join(dir, file));
    }
    target = await freshDatabase("import");
    cfg = { contentDir: dir, database: target.database };
    await migrateDatabase(cfg.database);
    client = createDb(cfg.database);
  });
  afterAll(async () => {
    await client?.$disconnect();
    await target?.drop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("stores articles, events, sides, people and versioned facts", async () => {
    const report = await importContentFromDisk(cfg, { now: new Date("2026-01-01T00:00:00Z") });
    expect(report.unchanged).toBe(false);
    const files = fs.readdirSync(cfg.contentDir).length;
    expect(report.articles).toBe(files);
    // 000 and 001 describe one event; every other article its own.
    expect(report.events).toBe(files - 1);

    const sakhalin = await client.sourceArticle.findUniqueOrThrow({ where: { file: "000_0cdfd5aa0431fa71.txt" } });
    const scraped = await client.sourceArticle.findUniqueOrThrow({ where: { file: "001_fc88645e8bd454a4.txt" } });
    const soviet = await client.sourceArticle.findUniqueOrThrow({ where: { file: "002_2fb1f27a83095e86.txt" } });
    expect(sakhalin.title).toBe("Japanese invasion of Sakhalin");
    expect(scraped.eventId).toBe(sakhalin.eventId);
    expect(soviet.eventId).not.toBe(sakhalin.eventId);

    const event = await client.event.findUniqueOrThrow({ where: { id: sakhalin.eventId! }, include: { sides: { orderBy: { index: "asc" } } } });
    expect(event.partOf).toBe("Russo-Japanese War");
    expect([event.dateStart, event.dateEnd, event.datePrecision]).toEqual(["1905-07-07", "1905-07-31", "day"]);
    expect(event.sides).toHaveLength(2);
    expect(event.sides[1]?.strengthText).toMatch(/7,?280/);

    const maoka = await client.sourceArticle.findUniqueOrThrow({ where: { file: "025_maoka-landing.txt" }, include: { event: true } });
    expect([maoka.event?.partOf, maoka.event?.campaign]).toEqual(["Soviet–Japanese War", "Invasion of South Sakhalin"]);

    const lyapunov = await client.command.findMany({ where: { eventId: event.id }, include: { person: true } });
    const russian = lyapunov.filter((command) => command.person.name.includes("Lyapunov"));
    expect(russian).toHaveLength(1);

    const killed = await client.fact.findFirstOrThrow({ where: { eventId: event.id, kind: "killed", side: 2 }, include: { currentVersion: true } });
    expect(killed.currentVersion?.value).toMatchObject({ min: 181, max: 181 });
    expect(killed.currentVersion?.version).toBe(1);
    const line = fs.readFileSync(path.join(cfg.contentDir, killed.currentVersion!.sourceFile), "utf8").split("\n")[killed.currentVersion!.sourceLine - 1];
    expect(line).toContain("181");
  });

  it("changes nothing on a second run", async () => {
    const before = await counts();
    const eventStamps = await client.event.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } });
    const report = await importContentFromDisk(cfg, { now: new Date("2026-01-02T00:00:00Z") });
    expect(report.unchanged).toBe(true);
    expect(report.factsAdded + report.factsChanged + report.factsRetired).toBe(0);
    expect(await counts()).toEqual(before);
    expect(await client.event.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } })).toEqual(eventStamps);
  });

  it("rejects a bad file with its name and line and leaves the database unchanged", async () => {
    const before = await counts();
    const bad = path.join(cfg.contentDir, "900_empty.txt");
    fs.writeFileSync(bad, "");
    try {
      const error = await importContentFromDisk(cfg).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).message).toMatch(/900_empty\.txt:1: error:/);
      expect(await counts()).toEqual(before);
    } finally {
      fs.rmSync(bad);
    }
  });

  it("versions a changed fact instead of rewriting it, and retires facts no article states", async () => {
    const file = path.join(cfg.contentDir, "000_0cdfd5aa0431fa71.txt");
    const original = fs.readFileSync(file, "utf8");
    const place = await client.fact.findFirstOrThrow({ where: { kind: "place", event: { articles: { some: { file: "000_0cdfd5aa0431fa71.txt" } } } }, include: { currentVersion: true } });
    expect(place.currentVersion?.value).toBe("Sakhalin");
    try {
      fs.writeFileSync(file, original.replace("- Place: Sakhalin", "- Place: Sakhalin Island").replace(/^- Territory: .*\n/m, ""));
      const report = await importContentFromDisk(cfg, { now: new Date("2026-01-03T00:00:00Z") });
      expect(report.factsChanged).toBeGreaterThanOrEqual(1);
      expect(report.factsRetired).toBeGreaterThanOrEqual(1);

      const versions = await client.factVersion.findMany({ where: { factId: place.id }, orderBy: { version: "asc" } });
      expect(versions.map((version) => [version.version, version.value])).toEqual([
        [1, "Sakhalin"],
        [2, "Sakhalin Island"],
      ]);
      expect(versions[0]?.supersededAt?.toISOString()).toBe("2026-01-03T00:00:00.000Z");
      const after = await client.fact.findUniqueOrThrow({ where: { id: place.id } });
      expect(after.currentVersionId).toBe(versions[1]?.id);

      const territory = await client.fact.findFirstOrThrow({ where: { eventId: place.eventId, kind: "territory" } });
      expect(territory.retiredAt?.toISOString()).toBe("2026-01-03T00:00:00.000Z");
    } finally {
      fs.writeFileSync(file, original);
    }
    // Restoring the article brings the old value back as a new version; history only grows.
    await importContentFromDisk(cfg, { now: new Date("2026-01-04T00:00:00Z") });
    const versions = await client.factVersion.findMany({ where: { factId: place.id }, orderBy: { version: "asc" } });
    expect(versions.map((version) => version.value)).toEqual(["Sakhalin", "Sakhalin Island", "Sakhalin"]);
    const territory = await client.fact.findFirstOrThrow({ where: { eventId: place.eventId, kind: "territory" } });
    expect(territory.retiredAt).toBeNull();
  });
});

describe(`two imports at once (${testProvider})`, () => {
  it("run one after the other: both succeed, the second finds nothing to change", async () => {
    // As when several app instances start together against one database: each migrates and imports.
    const target = await freshDatabase("twoimports");
    const root = path.resolve(import.meta.dirname, "../..");
    const runImport = () =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/import.ts"], {
          cwd: root,
          env: { ...process.env, DATABASE_URL: target.database.url, CONTENT_DIR: contentDir },
          stdio: ["ignore", "pipe", "pipe"],
        });
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.on("exit", (code) => resolve({ code, output }));
      });
    try {
      const results = await Promise.all([runImport(), runImport()]);
      for (const result of results) expect(result.code, result.output).toBe(0);
      const summaries = results.map((result) => result.output.trim().split("\n").at(-1) ?? "").sort();
      expect(summaries[0]).toMatch(/^content unchanged: \d+ articles/);
      expect(summaries[1]).toMatch(/^imported \d+ articles into \d+ events: \d+ facts added, 0 changed, 0 retired$/);
      const client = createDb(target.database);
      try {
        expect(await client.importRun.count()).toBe(1);
        expect(await client.sourceArticle.count()).toBe(fs.readdirSync(contentDir).filter((file) => file.endsWith(".txt")).length);
      } finally {
        await client.$disconnect();
      }
    } finally {
      await target.drop();
    }
    // Two cold tsx starts and two migrations share 2 cores with the rest of the suite: seconds alone,
    // over a minute seen in a full run (the second waits for the first's migration).
    // The assertions, not the clock, decide this test.
  }, 400_000);

  // SQLite only (PostgreSQL's engine takes an advisory lock of its own); defined only there, never skipped.
  if (testProvider === "sqlite") it("waits for another process's migration of the same file, then migrates", async () => {
    // Before the lock beside the file, two engines on one file could each hold what the other's
    // write waited for, until a busy timeout failed one ("SocketTimeout").
    const target = await freshDatabase("migratelock");
    const file = target.engineUrl;
    const holder = spawn(
      process.execPath,
      ["-e", `const D=require("better-sqlite3");const d=new D(${JSON.stringify(`${file}-migrate.lock`)});d.exec("BEGIN EXCLUSIVE");console.log("locked");setTimeout(()=>{console.log("released "+Date.now());d.exec("ROLLBACK");d.close();},1500)`],
      { cwd: path.resolve(import.meta.dirname, "../.."), stdio: ["ignore", "pipe", "inherit"] },
    );
    let said = "";
    await new Promise<void>((resolve) => holder.stdout.on("data", (chunk: Buffer) => ((said += chunk.toString()), said.includes("locked") && resolve())));
    const exited = new Promise<void>((resolve) => holder.on("exit", () => resolve()));
    try {
      const applied = await migrateDatabase(target.database);
      const done = Date.now();
      await exited;
      // The migration ended only after the other process let go of the lock.
      const released = Number(/released (\d+)/.exec(said)?.[1]);
      expect(released).toBeGreaterThan(0);
      expect(done).toBeGreaterThanOrEqual(released);
      expect(applied.length).toBeGreaterThan(0);
    } finally {
      await exited;
      await target.drop();
    }
  }, 60_000);
});
