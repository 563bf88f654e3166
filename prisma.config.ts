import { defineConfig } from "prisma/config";

// The native schema engine cannot be downloaded on our machines; `generate`
// only checks that the binary exists and never runs it. A real engine wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/muster.db" },
});
