import { defineConfig } from "prisma/config";

// The native schema engine cannot be downloaded on our machines; `generate`
// only checks that the binary exists and never runs it. A real engine wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

// One schema folder per provider (Prisma allows one provider per schema), both
// built from the shared prisma/models. The Prisma CLI gets the one that matches
// DATABASE_URL, so `prisma migrate deploy` with a native engine finds the right
// migrations; `npm install` generates both clients with --schema.
const url = process.env.DATABASE_URL ?? "file:./data/muster.db";
const provider = /^postgres(ql)?:\/\//i.test(url) ? "postgres" : "sqlite";

export default defineConfig({
  schema: `prisma/${provider}`,
  migrations: { path: `prisma/${provider}/migrations` },
  datasource: { url },
});
