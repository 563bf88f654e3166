/** Where each provider's schema and migrations live, and applying them to the configured database. */
import path from "node:path";
import type { DatabaseConfig, Provider } from "../../env";
import { applyMigrations } from "./schema-engine";

const root = path.resolve(import.meta.dirname, "../../..");

/** The folder that holds every provider's models (shared) and schema folders. */
export const prismaDir = path.join(root, "prisma");
export const modelsDir = path.join(prismaDir, "models");

/** prisma/sqlite and prisma/postgres: schema.prisma (datasource + client output), models → ../models, migrations/. */
export function schemaLayout(provider: Provider): { provider: Provider; schemaDir: string; migrationsDir: string } {
  const schemaDir = path.join(prismaDir, provider === "sqlite" ? "sqlite" : "postgres");
  return { provider, schemaDir, migrationsDir: path.join(schemaDir, "migrations") };
}

export const providers: readonly Provider[] = ["sqlite", "postgresql"];

/** The URL the schema engine takes: the file path for SQLite, the URL itself for PostgreSQL. */
export function engineUrl(database: DatabaseConfig): string {
  return database.provider === "sqlite" ? database.file : database.url;
}

/** Returns the names of the migrations it applied (empty when up to date). */
export async function migrateDatabase(database: DatabaseConfig): Promise<string[]> {
  const { applied } = await applyMigrations({ ...schemaLayout(database.provider), url: engineUrl(database) });
  return applied;
}
