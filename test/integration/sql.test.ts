/**
 * Plain SQL on the Prisma client's connection (lib/server/db/sql.ts), on a real database of the
 * project's provider: values go in and come back as Prisma reads them, a transaction that throws
 * leaves nothing, and transactions asked for together (SQLite's group commit) each keep their own
 * outcome — one that throws takes back only its own rows.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/server/db/client";
import { migrateDatabase } from "../../lib/server/db/migrate";
import { sqlBoolean, sqlDate, sqlOf } from "../../lib/server/db/sql";
import { freshDatabase, testProvider, type TestDatabase } from "./support/databases";

describe(`plain SQL on the client's connection (${testProvider})`, () => {
  let target: TestDatabase;
  let client: Db;

  beforeAll(async () => {
    target = await freshDatabase("sql");
    await migrateDatabase(target.database);
    client = createDb(target.database);
  });
  afterAll(async () => {
    await client?.$disconnect();
    await target?.drop();
  });

  const insertUser = `INSERT INTO "User" (id, name, email, "emailVerified", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)`;

  it("writes values Prisma reads back alike, and reads them back itself", async () => {
    const at = new Date("2026-03-02T10:00:00.123Z");
    await sqlOf(client).run(insertUser, ["u-values", "Ada", "ada@example.org", true, at, at]);
    const row = await client.user.findUniqueOrThrow({ where: { id: "u-values" } });
    expect(row).toMatchObject({ name: "Ada", email: "ada@example.org", emailVerified: true });
    expect(row.createdAt.toISOString()).toBe(at.toISOString());
    const [read] = await sqlOf(client).rows(`SELECT "emailVerified", "createdAt" FROM "User" WHERE id = ?`, ["u-values"]);
    expect(sqlBoolean(read!.emailVerified)).toBe(true);
    expect(sqlDate(read!.createdAt).toISOString()).toBe(at.toISOString());
  });

  it("rolls a failing transaction back whole", async () => {
    const now = new Date();
    await expect(
      sqlOf(client).transaction(async (tx) => {
        await tx.run(insertUser, ["u-rolled", "Rolled", "rolled@example.org", false, now, now]);
        throw new Error("injected failure");
      }),
    ).rejects.toThrow("injected failure");
    expect(await client.user.count({ where: { id: "u-rolled" } })).toBe(0);
  });

  it("gives transactions asked for together their own outcomes", async () => {
    const now = new Date();
    const results = await Promise.allSettled(
      [1, 2, 3, 4, 5].map((n) =>
        sqlOf(client).transaction(async (tx) => {
          await tx.run(insertUser, [`u-batch-${n}`, `Batch ${n}`, `batch${n}@example.org`, false, now, now]);
          if (n === 3) throw new Error("third fails");
          return n;
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled", "fulfilled"]);
    expect(results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []))).toEqual([1, 2, 4, 5]);
    const ids = (await client.user.findMany({ where: { id: { startsWith: "u-batch-" } }, select: { id: true } })).map((u) => u.id).sort();
    expect(ids).toEqual(["u-batch-1", "u-batch-2", "u-batch-4", "u-batch-5"]);
  });
});
