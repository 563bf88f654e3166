/**
 * The data layer behaves the same on SQLite and PostgreSQL: the same
 * assertions run on each provider's real database. On PostgreSQL the database
 * gets an en-US ICU collation, as production servers often have, so that
 * ordering by the database's collation would show.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listArticles } from "../../lib/server/articles";
import { createDb, sqliteBusyTimeoutMs, type Db } from "../../lib/server/db/client";
import { uniqueViolation } from "../../lib/server/db/errors";
import { migrateDatabase } from "../../lib/server/db/migrate";
import { freshDatabase, testProvider, type TestDatabase } from "./support/databases";

const tsx = path.resolve(import.meta.dirname, "../../node_modules/tsx/dist/cli.mjs");

let target: TestDatabase;
let client: Db;

const article = (file: string) => ({ file, title: `Title of ${file}`, shape: "infobox", sha256: "0".repeat(64), bytes: 1 });
const event = (id: string) => ({ id, name: id, aliases: [], snapshot: {}, snapshotHash: "h", updatedAt: new Date() });

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the query to fail");
}

beforeAll(async () => {
  target = await freshDatabase("portable", { icuLocale: "en-US" });
  await migrateDatabase(target.database);
  client = createDb(target.database);
  // The data functions use the process-wide client of DATABASE_URL, created on first use.
  process.env.DATABASE_URL = target.database.url;
});
afterAll(async () => {
  await client?.$disconnect();
  await target?.drop();
});

describe(`on ${testProvider}`, () => {
  it("reports unique violations with the same model and fields", async () => {
    await client.sourceArticle.create({ data: article("dup.txt") });
    const single = await caught(client.sourceArticle.create({ data: article("dup.txt") }));
    expect(uniqueViolation(single)).toEqual({ model: "SourceArticle", fields: ["file"] });

    await client.event.create({ data: event("unique-event") });
    const side = { eventId: "unique-event", index: 1, belligerents: [], units: [] };
    await client.side.create({ data: { id: "s1", ...side } });
    const compound = await caught(client.side.create({ data: { id: "s2", ...side } }));
    expect(uniqueViolation(compound)).toEqual({ model: "Side", fields: ["eventId", "index"] });

    const primary = await caught(client.side.create({ data: { id: "s1", ...side, index: 2 } }));
    expect(uniqueViolation(primary)).toEqual({ model: "Side", fields: ["id"] });

    // Other errors are not unique violations.
    const foreign = await caught(client.side.create({ data: { id: "s3", ...side, eventId: "no-such-event" } }));
    expect(uniqueViolation(foreign)).toBeNull();
    expect(uniqueViolation(new Error("boom"))).toBeNull();
  });

  it("enforces foreign keys and runs cascades", async () => {
    await client.event.create({ data: event("cascade-event") });
    await client.side.create({ data: { id: "c1", eventId: "cascade-event", index: 1, belligerents: [], units: [] } });
    await client.person.create({ data: { id: "someone", name: "Someone", aliases: [] } });
    await client.command.create({ data: { id: "c1:someone", personId: "someone", sideId: "c1", eventId: "cascade-event" } });

    const orphan = await caught(client.side.create({ data: { id: "c2", eventId: "missing", index: 1, belligerents: [], units: [] } }));
    expect((orphan as { code?: string }).code).toBe("P2003");

    await client.side.delete({ where: { id: "c1" } });
    expect(await client.command.count({ where: { sideId: "c1" } })).toBe(0);
  });

  it("keeps the instant and the milliseconds of dates, whatever the process's time zone", async () => {
    expect(process.env.TZ).toBe("Asia/Tokyo"); // set by vitest.config.ts, so local time is not UTC
    const startedAt = new Date("2026-03-04T23:06:07.089Z"); // already 5 March in Tokyo
    const run = await client.importRun.create({
      data: { startedAt, finishedAt: new Date(startedAt.getTime() + 1), contentHash: "x", articles: 0, events: 0, factsAdded: 0, factsChanged: 0, factsRetired: 0 },
    });
    const back = await client.importRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(back.startedAt.toISOString()).toBe("2026-03-04T23:06:07.089Z");
    expect(await client.importRun.count({ where: { startedAt: { gt: new Date("2026-03-04T23:06:07.088Z") } } })).toBe(1);
    expect(await client.importRun.count({ where: { startedAt: { gt: startedAt } } })).toBe(0);
    expect(await client.importRun.count({ where: { startedAt: { gte: new Date("2026-03-05T00:00:00Z") } } })).toBe(0);
  });

  it("returns JSON exactly as written (types, nesting, Unicode, escapes)", async () => {
    const snapshot = {
      name: "Battle of Mukden",
      aliases: ["奉天会戦", "Bataille de Moukden", "Мукденское сражение"],
      sides: [{ strength: 276_000, ratio: 0.75, losses: -1, big: Number.MAX_SAFE_INTEGER, known: true, note: null }],
      quote: 'He said "hold" \\ then\nleft\ttabbed',
      empty: { list: [], object: {} },
    };
    await client.event.create({ data: { ...event("json-event"), aliases: snapshot.aliases, snapshot } });
    const back = await client.event.findUniqueOrThrow({ where: { id: "json-event" } });
    expect(back.snapshot).toEqual(snapshot);
    expect(back.aliases).toEqual(snapshot.aliases);
  });

  it("lists articles in the same order whatever the database's collation", async () => {
    const files = ["b.txt", "B.txt", "a-b.txt", "a_b.txt", "ä.txt", "a.txt", "A2.txt", "a10.txt"];
    for (const file of files) await client.sourceArticle.create({ data: article(file) });
    const listed = (await listArticles()).map((row) => row.file).filter((file) => files.includes(file));
    expect(listed).toEqual([...files].sort());
  });

  it("makes a writer wait for another process's write transaction instead of failing", async () => {
    // Another process, as when `npm run import` runs beside the server: on
    // SQLite its transaction holds the file's write lock, and our write must
    // wait for it (busy timeout) rather than fail with SQLITE_BUSY.
    const holder = spawn(process.execPath, [tsx, path.join(import.meta.dirname, "support/hold-write-lock.ts")], {
      env: { ...process.env, DATABASE_URL: target.database.url, HOLD_MS: "1500" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exited = new Promise<number | null>((resolve) => holder.on("exit", resolve));
    const output: string[] = [];
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on("data", (chunk: Buffer) => {
        output.push(chunk.toString());
        if (output.join("").includes("locked")) resolve();
      });
      holder.on("exit", (code) => reject(new Error(`the lock holder exited (${code}) before locking: ${output.join("")}`)));
    });
    await client.sourceArticle.create({ data: article("waiting-writer.txt") });
    expect(await exited).toBe(0);
    expect(output.join("")).toContain("committed");
    expect(await client.sourceArticle.count({ where: { file: { in: ["held-writer.txt", "waiting-writer.txt"] } } })).toBe(2);
  });
});

describe("text matching", () => {
  it("differs by provider in Prisma's contains/startsWith/endsWith, so the data layer does not use them", async () => {
    await client.sourceArticle.create({ data: { ...article("tsushima.txt"), title: "Battle of Tsushima" } });
    // SQLite's LIKE ignores ASCII case, PostgreSQL's does not (and `mode: "insensitive"` exists only there).
    const found = await client.sourceArticle.count({ where: { title: { contains: "TSUSHIMA" } } });
    expect(found).toBe(testProvider === "sqlite" ? 1 : 0);

    // Text search belongs in code (fold both sides) or in a stored, folded column matched with equals.
    const serverDir = path.resolve(import.meta.dirname, "../../lib/server");
    const sources = fs.readdirSync(serverDir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
    expect(sources.length).toBeGreaterThan(0);
    const code = (file: string) =>
      fs
        .readFileSync(path.join(serverDir, file), "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "");
    // `mode: "insensitive"` is the filter's case switch; other `mode` keys (an assignment's mode) are columns.
    const offenders = sources.filter((file) => /\b(?:contains|startsWith|endsWith)\s*:|\bmode\s*:\s*["'`]insensitive/.test(code(file)));
    expect(offenders).toEqual([]);
  });
});

if (testProvider === "sqlite") {
  describe("SQLite connection settings", () => {
    it("uses WAL, enforces foreign keys and waits for locks on every connection", async () => {
      const fresh = createDb(target.database);
      try {
        expect(await fresh.$queryRawUnsafe("PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
        // Raw integers come back as bigint from the SQLite adapter.
        expect(await fresh.$queryRawUnsafe("PRAGMA foreign_keys")).toEqual([{ foreign_keys: 1n }]);
        expect(await fresh.$queryRawUnsafe("PRAGMA busy_timeout")).toEqual([{ timeout: BigInt(sqliteBusyTimeoutMs) }]);
      } finally {
        await fresh.$disconnect();
      }
    });
  });
}
