/**
 * npm run db:migration -- <name> — writes prisma/migrations/<timestamp>_<name>/migration.sql
 * with the SQL that takes the committed migrations to prisma/schema.prisma
 * (what `prisma migrate dev --create-only` does, without the native engine).
 */
import path from "node:path";
import { createMigration } from "../lib/server/db/schema-engine";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const name = args[0];

if (args.length !== 1 || name === undefined || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (name: lowercase letters, digits and _, e.g. add_quiz_attempts)");
  process.exit(2);
}

try {
  const { dir } = await createMigration({
    name,
    migrationsDir: path.join(root, "prisma/migrations"),
    schemaFile: path.join(root, "prisma/schema.prisma"),
  });
  console.log(dir === null ? "No schema changes." : `Created ${path.relative(process.cwd(), path.join(dir, "migration.sql"))}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
