/** Applies the committed migrations in prisma/migrations to a SQLite file. */
import path from "node:path";
import { applyMigrations } from "./schema-engine";

const root = path.resolve(import.meta.dirname, "../../..");
export const migrationsDir = path.join(root, "prisma/migrations");
export const schemaFile = path.join(root, "prisma/schema.prisma");

/** Returns the names of the migrations it applied (empty when up to date). */
export async function migrateDatabase(databaseFile: string): Promise<string[]> {
  const { applied } = await applyMigrations({ databaseFile, migrationsDir, schemaFile });
  return applied;
}
