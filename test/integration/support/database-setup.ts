/**
 * Global setup of the integration-* and e2e-* projects: tells the tests which
 * database they run on and, for PostgreSQL, reserves a name prefix for the
 * databases this run creates on the server of TEST_POSTGRES_URL
 * (default postgresql://postgres@127.0.0.1:5432/test). Every database with
 * that prefix is dropped at teardown, which vitest runs even when tests fail.
 */
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import type { Provider } from "../../../lib/env";
import { databasesWithPrefix, defaultTestPostgresUrl, describeServer, dropDatabases, ensurePostgresReachable } from "../../../lib/server/db/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    testProvider: Provider;
    /** PostgreSQL runs only: the server on which tests create their databases. */
    postgresServerUrl: string;
    /** PostgreSQL runs only: every database of this run starts with it. */
    postgresPrefix: string;
  }
}

export const testDatabasePrefix = "muster_test_";
/** A run killed before its teardown leaves databases behind; later runs drop those older than this. */
const staleAfterMs = 24 * 60 * 60 * 1000;

function stampOf(name: string): number | null {
  const match = /^muster_test_(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})_/.exec(name);
  return match ? Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!, +match[4]!, +match[5]!, +match[6]!) : null;
}

export default async function setup(project: TestProject) {
  const provider: Provider = project.name.endsWith("-postgres") ? "postgresql" : "sqlite";
  project.provide("testProvider", provider);
  if (provider === "sqlite") return;

  const serverUrl = process.env.TEST_POSTGRES_URL || defaultTestPostgresUrl;
  try {
    await ensurePostgresReachable(serverUrl, 5_000, "TEST_POSTGRES_URL");
  } catch (error) {
    throw new Error(`The ${project.name} tests need PostgreSQL: ${(error as Error).message}`, { cause: error });
  }
  const now = Date.now();
  const stale = (await databasesWithPrefix(serverUrl, testDatabasePrefix)).filter((name) => (stampOf(name) ?? now) < now - staleAfterMs);
  await dropDatabases(serverUrl, stale);

  const stamp = new Date(now).toISOString().replace(/\D/g, "").slice(0, 14);
  const prefix = `${testDatabasePrefix}${stamp}_${randomBytes(3).toString("hex")}`;
  project.provide("postgresServerUrl", serverUrl);
  project.provide("postgresPrefix", prefix);

  return async () => {
    const created = await databasesWithPrefix(serverUrl, prefix);
    await dropDatabases(serverUrl, created);
    const left = await databasesWithPrefix(serverUrl, prefix);
    if (left.length) throw new Error(`Could not drop ${left.join(", ")} on ${describeServer(serverUrl)}.`);
  };
}
