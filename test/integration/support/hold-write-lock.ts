/**
 * Child process for the concurrent-writer test: opens a write transaction on
 * DATABASE_URL, inserts one article, prints "locked", keeps the transaction
 * (and on SQLite the database's write lock) open for HOLD_MS, then commits.
 */
import { loadConfig } from "../../../lib/env";
import { createDb } from "../../../lib/server/db/client";

const holdMs = Number(process.env.HOLD_MS ?? "500");
const client = createDb(loadConfig().database);
await client.$transaction(
  async (tx) => {
    await tx.sourceArticle.create({ data: { file: "held-writer.txt", title: "Held", shape: "infobox", sha256: "0".repeat(64), bytes: 1 } });
    process.stdout.write("locked\n");
    await new Promise((resolve) => setTimeout(resolve, holdMs));
  },
  { timeout: holdMs + 10_000 },
);
await client.$disconnect();
process.stdout.write("committed\n");
