/**
 * npm run db:migrate — applies pending migrations from prisma/migrations to
 * the database in DATABASE_URL (default file:./data/muster.db, relative to the
 * repository root). Uses Prisma's WASM schema engine: see lib/server/db/schema-engine.ts.
 */
import path from "node:path";
import { loadConfig } from "../lib/env";
import { applyMigrations } from "../lib/server/db/schema-engine";

const root = path.resolve(import.meta.dirname, "..");

try {
  const { databaseFile } = loadConfig(process.env, root); // throws one clear sentence on bad settings
  const started = performance.now();
  const { applied } = await applyMigrations({
    databaseFile,
    migrationsDir: path.join(root, "prisma/migrations"),
    schemaFile: path.join(root, "prisma/schema.prisma"),
  });
  const relative = path.relative(process.cwd(), databaseFile);
  const shown = relative.startsWith("..") ? databaseFile : relative;
  if (applied.length === 0) {
    console.log("Database up to date.");
  } else {
    const ms = Math.round(performance.now() - started);
    console.log(`Applied ${applied.length} migration${applied.length === 1 ? "" : "s"} to ${shown} in ${ms} ms:`);
    for (const name of applied) console.log(`  ${name}`);
  }
} catch (error) {
  // Expected failures (bad URL, unwritable folder, failing SQL) are one sentence: no stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
