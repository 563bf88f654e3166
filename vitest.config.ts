import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * The integration and end-to-end suites run once per database: on temporary
 * SQLite files, and on fresh PostgreSQL databases created on the server of
 * TEST_POSTGRES_URL for the run and dropped afterwards (test/integration/support/database-setup.ts).
 * scripts/test.sh decides which runs happen (PostgreSQL only when reachable,
 * always under CI=true).
 */
const databases = ["sqlite", "postgres"] as const;

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
        },
      },
      ...databases.map((database) => ({
        extends: true as const,
        test: {
          name: `integration-${database}`,
          include: ["test/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/integration/support/database-setup.ts"],
          // Dates must not depend on the machine's zone: run away from UTC.
          env: { TZ: "Asia/Tokyo" },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      })),
      ...databases.map((database) => ({
        extends: true as const,
        test: {
          name: `e2e-${database}`,
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/integration/support/database-setup.ts", "test/e2e/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      })),
    ],
  },
});
