/**
 * npm run db:migration -- <name> — writes prisma/<provider>/migrations/<timestamp>_<name>/migration.sql
 * for SQLite and PostgreSQL, each with the SQL that takes that provider's committed
 * migrations to the shared models in prisma/models (what `prisma migrate dev
 * --create-only` does, without the native engine). SQLite replays its history in
 * memory; PostgreSQL on a scratch database created and dropped on the server of
 * TEST_POSTGRES_URL (or DATABASE_URL when that is PostgreSQL).
 */
import path from "node:path";
import { schemaLayout, providers } from "../lib/server/db/migrate";
import { postgresServerUrl } from "../lib/server/db/postgres";
import { diffMigrationsToSchema, writeMigration } from "../lib/server/db/schema-engine";

const args = process.argv.slice(2);
const name = args[0];

if (args.length !== 1 || name === undefined || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (name: lowercase letters, digits and _, e.g. add_quiz_attempts)");
  process.exit(2);
}

try {
  const scratchServerUrl = postgresServerUrl(process.env);
  // Compute both before writing either, so a failure leaves no half-made pair.
  const changes = [];
  for (const provider of providers) {
    const layout = schemaLayout(provider);
    changes.push({ ...layout, sql: await diffMigrationsToSchema({ ...layout, scratchServerUrl }) });
  }
  const now = new Date();
  for (const change of changes) {
    if (change.sql === "") {
      console.log(`${change.provider}: no schema changes.`);
      continue;
    }
    const dir = writeMigration({ ...change, name, now });
    console.log(`${change.provider}: created ${path.relative(process.cwd(), path.join(dir, "migration.sql"))}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
