/**
 * Import benchmark: times `npm run import` of content/ (parse + one transaction)
 * into a fresh database of each provider — a temporary SQLite file and a new
 * database on the PostgreSQL server of TEST_POSTGRES_URL (default
 * postgresql://postgres@127.0.0.1:5432/test, or DATABASE_URL when that is
 * PostgreSQL) — then the second, unchanged import. Median of --runs runs, each on
 * a fresh database (migrations untimed). One JSON line per provider on stdout,
 * one readable line each on stderr. An unreachable server gives a JSON line
 * with `error` instead of times. Benchmarks never fail on timing.
 *   tsx scripts/bench/import.ts [--runs N] [--content DIR]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { databaseFromUrl, type DatabaseConfig, type Provider } from "../../lib/env";
import { migrateDatabase, providers } from "../../lib/server/db/migrate";
import { createDatabase, dropDatabases, ensurePostgresReachable, postgresServerUrl } from "../../lib/server/db/postgres";
import { importContentFromDisk } from "../../lib/server/import/run";

const root = path.resolve(import.meta.dirname, "../..");

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

async function freshDatabase(provider: Provider, serverUrl: string): Promise<{ database: DatabaseConfig; drop: () => Promise<void> }> {
  const settings = { DATABASE_POOL_SIZE: "5", DATABASE_CONNECT_TIMEOUT_MS: "10000" };
  if (provider === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "muster-bench-"));
    const database = databaseFromUrl({ DATABASE_URL: `file:${path.join(dir, "bench.db")}`, ...settings }, root);
    return { database, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const { name, url } = await createDatabase(serverUrl, "muster_bench");
  return { database: databaseFromUrl({ DATABASE_URL: url, ...settings }, root), drop: () => dropDatabases(serverUrl, [name]) };
}

async function benchProvider(provider: Provider, contentDir: string, runs: number, serverUrl: string) {
  if (provider === "postgresql") await ensurePostgresReachable(serverUrl, 3_000, "TEST_POSTGRES_URL");
  const first: number[] = [];
  const unchanged: number[] = [];
  let counts = { articles: 0, events: 0, facts: 0 };
  for (let run = 0; run < runs; run++) {
    const { database, drop } = await freshDatabase(provider, serverUrl);
    try {
      await migrateDatabase(database);
      let started = performance.now();
      const report = await importContentFromDisk({ contentDir, database });
      first.push(performance.now() - started);
      counts = { articles: report.articles, events: report.events, facts: report.factsAdded };
      started = performance.now();
      const again = await importContentFromDisk({ contentDir, database });
      unchanged.push(performance.now() - started);
      if (!again.unchanged) throw new Error(`the second ${provider} import changed something: ${again.summary}`);
    } finally {
      await drop();
    }
  }
  return { ...counts, runs, firstImportMs: Math.round(median(first)), unchangedImportMs: Math.round(median(unchanged)) };
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const value = (flag: string) => (argv.indexOf(flag) >= 0 ? argv[argv.indexOf(flag) + 1] : undefined);
  const runs = Math.max(1, Number(value("--runs") ?? 3) || 3);
  const contentDir = path.resolve(value("--content") ?? path.join(root, "content"));
  const serverUrl = postgresServerUrl(process.env);
  for (const provider of providers) {
    try {
      const r = await benchProvider(provider, contentDir, runs, serverUrl);
      process.stdout.write(JSON.stringify({ bench: "import", provider, ...r }) + "\n");
      process.stderr.write(`import (${provider}): ${r.articles} articles, ${r.facts} facts in ${r.firstImportMs} ms; unchanged re-import ${r.unchangedImportMs} ms (median of ${runs})\n`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      process.stdout.write(JSON.stringify({ bench: "import", provider, error: message }) + "\n");
      process.stderr.write(`import (${provider}): not measured: ${message}\n`);
    }
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
