/**
 * Queue benchmark: builds one student's flashcard queue through the real data layer
 * (lib/server/study/cards.ts loadQueue: settings, the rows due by today's end, the studied keys,
 * the count of today's new cards, lib/study's queue and the full rows and grade intervals of the
 * first 20; the sync against the current cards runs once, in the warm-up) on a
 * database holding 5,000 card states and 50,000 review-log rows, on each provider. The 5,000 cards
 * are content/'s cards repeated under distinct keys. Median of --runs after one warm-up.
 * One JSON line per provider. Never fails on timing.
 *   tsx scripts/bench/queue.ts [--runs N] [--cards N] [--logs-per-card N]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { databaseFromUrl, type DatabaseConfig, type Provider } from "../../lib/env";
import { createDb } from "../../lib/server/db/client";
import { migrateDatabase, providers } from "../../lib/server/db/migrate";
import { createDatabase, dropDatabases, ensurePostgresReachable, postgresServerUrl } from "../../lib/server/db/postgres";
import { importContentFromDisk } from "../../lib/server/import/run";
import { cardCatalogue, columnsOf, loadQueue, primeCatalogue } from "../../lib/server/study/cards";
import { review, RATINGS, type CardState, type StudyCard } from "../../lib/study";

const root = path.resolve(import.meta.dirname, "../..");
const DAY = 86_400_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

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

async function benchProvider(provider: Provider, opts: { runs: number; cards: number; logsPerCard: number; serverUrl: string }) {
  if (provider === "postgresql") await ensurePostgresReachable(opts.serverUrl, 3_000, "TEST_POSTGRES_URL");
  const { database, drop } = await freshDatabase(provider, opts.serverUrl);
  const client = createDb(database);
  try {
    await migrateDatabase(database);
    await importContentFromDisk({ contentDir: path.join(root, "content"), database });
    const real = (await cardCatalogue(client)).cards;
    const cards: StudyCard[] = Array.from({ length: opts.cards }, (_, i) => ({ ...real[i % real.length]!, cardKey: `${real[i % real.length]!.cardKey}-${Math.floor(i / real.length)}` }));
    await primeCatalogue(client, cards);
    const versionsOf = new Map(cards.map((c) => [c.cardKey, c.factVersions]));
    const userId = "bench-student";
    await client.user.create({ data: { id: userId, name: "Bench", email: "bench@example.org" } });

    // Each card reviewed logsPerCard times over the past months (deterministic ratings), ending now.
    const now = new Date();
    const states: { cardKey: string; state: CardState }[] = [];
    const logs: object[] = [];
    cards.forEach((card, i) => {
      let state: CardState | null = null;
      let t = now.getTime() - 120 * DAY + (i % 97) * 60_000;
      for (let r = 0; r < opts.logsPerCard; r++) {
        const rating = RATINGS[(i * 31 + r * 7) % 10 === 0 ? 0 : (i + r) % 5 === 0 ? 1 : 2]!;
        const result = review(state, rating, new Date(t), { desiredRetention: 0.9 });
        logs.push({ userId, cardKey: card.cardKey, clientId: `b-${i}-${r}`, source: "flashcards", rating, before: result.log.before ?? undefined, firstReview: !result.log.before, after: result.log.after, elapsedDays: result.log.elapsedDays, scheduledDays: result.log.scheduledDays, reviewedAt: new Date(t) });
        state = result.state;
        t = Math.min(now.getTime() - 1000, Math.max(t + 60_000, Date.parse(state.due)));
      }
      states.push({ cardKey: card.cardKey, state: state! });
    });
    for (let i = 0; i < states.length; i += 500) {
      await client.cardState.createMany({ data: states.slice(i, i + 500).map(({ cardKey, state }) => ({ userId, cardKey, ...columnsOf(state), factVersions: versionsOf.get(cardKey)! })) });
    }
    for (let i = 0; i < logs.length; i += 500) await client.reviewLog.createMany({ data: logs.slice(i, i + 500) as never });

    const times: number[] = [];
    let dueCount = 0;
    for (let run = -1; run < opts.runs; run++) {
      const started = performance.now();
      const queue = await loadQueue(client, userId, { now });
      if (run >= 0) times.push(performance.now() - started);
      dueCount = queue.dueCount;
    }
    return { cards: await client.cardState.count(), reviewLogs: await client.reviewLog.count(), due: dueCount, runs: opts.runs, queueMs: Math.round(median(times) * 10) / 10, aimMs: 20 };
  } finally {
    await client.$disconnect();
    await drop();
  }
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const value = (flag: string) => (argv.indexOf(flag) >= 0 ? argv[argv.indexOf(flag) + 1] : undefined);
  const runs = Math.max(1, Number(value("--runs") ?? 15) || 15);
  const cards = Math.max(1, Number(value("--cards") ?? 5000) || 5000);
  const logsPerCard = Math.max(1, Number(value("--logs-per-card") ?? 10) || 10);
  const serverUrl = postgresServerUrl(process.env);
  for (const provider of providers) {
    try {
      const r = await benchProvider(provider, { runs, cards, logsPerCard, serverUrl });
      process.stdout.write(JSON.stringify({ bench: "study-queue", provider, ...r }) + "\n");
      process.stderr.write(`study queue (${provider}): ${r.cards} cards, ${r.reviewLogs} review logs, ${r.due} due: ${r.queueMs} ms (median of ${runs}; aim < 20 ms)\n`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      process.stdout.write(JSON.stringify({ bench: "study-queue", provider, error: message }) + "\n");
      process.stderr.write(`study queue (${provider}): not measured: ${message}\n`);
    }
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
