/**
 * npm run db:migrate — applies pending migrations to the database in DATABASE_URL
 * (default file:./data/muster.db, relative to the repository root): from
 * prisma/sqlite/migrations for a file: URL, from prisma/postgres/migrations for a
 * postgresql:// URL. Uses Prisma's WASM schema engine: see lib/server/db/schema-engine.ts.
 */
import path from "node:path";
import { loadConfig, redactUrl } from "../lib/env";
import { migrateDatabase } from "../lib/server/db/migrate";

const root = path.resolve(import.meta.dirname, "..");

try {
  const { database } = loadConfig(process.env, root); // throws one clear sentence on bad settings
  const started = performance.now();
  const applied = await migrateDatabase(database);
  let shown = redactUrl(database.url);
  if (database.provider === "sqlite") {
    const relative = path.relative(process.cwd(), database.file);
    shown = relative.startsWith("..") ? database.file : relative;
  }
  if (applied.length === 0) {
    console.log("Database up to date.");
  } else {
    const ms = Math.round(performance.now() - started);
    console.log(`Applied ${applied.length} migration${applied.length === 1 ? "" : "s"} to ${shown} in ${ms} ms:`);
    for (const name of applied) console.log(`  ${name}`);
  }
} catch (error) {
  // Expected failures (bad URL, unwritable folder, unreachable server, failing SQL) are one sentence: no stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
