/**
 * Review throughput: review submissions per second through the real route handler
 * (POST /api/study/reviews: session, zod, one transaction) on a production server (npm start on a
 * temporary SQLite database), beside a bare route handler on the same server (POST
 * /api/bench/bare: reads the body, no session, no database), with autocannon. Requests go round
 * --students signed-in students (80: room for 25,000 first reviews), each grading its next new card, so every request is a real,
 * accepted review (non-2xx counts any that were not). One JSON line. Never fails on timing.
 * Beside them, the floor: the same requests to a handler that does everything but the database
 * (POST /api/bench/session: session, zod, an answer of the same size).
 * Each run follows a warm-up of --warmup seconds of the same requests.
 *   tsx scripts/bench/reviews.ts [--connections N] [--seconds S] [--students N] [--warmup S]
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { databaseFromUrl, loadAuthConfig } from "../../lib/env";
import { createAuth } from "../../lib/server/auth/instance";
import { createDb } from "../../lib/server/db/client";
import { cardCatalogue } from "../../lib/server/study/cards";
import { freePort, waitForServer } from "./server";

const root = path.resolve(import.meta.dirname, "../..");

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const value = (flag: string) => (argv.indexOf(flag) >= 0 ? argv[argv.indexOf(flag) + 1] : undefined);
  const connections = Math.max(1, Number(value("--connections") ?? 8) || 8);
  const seconds = Math.max(1, Number(value("--seconds") ?? 10) || 10);
  const studentCount = Math.max(connections, Number(value("--students") ?? 80) || 80);
  const warmup = Math.max(1, Number(value("--warmup") ?? 3) || 3);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "muster-bench-reviews-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const secret = randomBytes(32).toString("base64url");
  const databaseUrl = `file:${path.join(dir, "bench.db")}`;
  const logFile = path.join(dir, "server.log");
  const log = fs.openSync(logFile, "w");
  const env = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOSTNAME: "127.0.0.1", AUTH_SECRET: secret, MUSTER_BENCH: "1", MUSTER_DEMO: "0", NEXT_TELEMETRY_DISABLED: "1" };
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], { cwd: root, env, stdio: ["ignore", log, log], detached: true });
  let client: ReturnType<typeof createDb> | undefined;
  try {
    await waitForServer(base, child, logFile);
    client = createDb(databaseFromUrl({ DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: "5", DATABASE_CONNECT_TIMEOUT_MS: "10000" }, root));
    const auth = createAuth(client, loadAuthConfig({ ...env, NODE_ENV: "production" }));
    const cards = (await cardCatalogue(client)).cards;
    const students: { cookie: string }[] = [];
    for (let i = 0; i < studentCount; i++) {
      const { headers } = await auth.api.signUpEmail({ body: { name: `Bench ${i}`, email: `bench${i}@example.org`, password: "bench password 123" }, returnHeaders: true });
      const cookie = headers.getSetCookie().map((line) => line.split(";")[0]!).join("; ");
      students.push({ cookie });
    }
    let next = 0;
    // Reviews through the real route, then the bare handler; each after a warm-up of the same
    // requests (the server builds its card catalogue on the first review, and JIT-compiles both
    // paths), so the figures are of a server that has been serving for a while.
    const reviewRun = (duration: number, path = "/api/study/reviews") =>
      autocannon({
        url: base,
        connections,
        duration,
        requests: [
          {
            method: "POST",
            path,
            setupRequest(request) {
              // autocannon resets a connection's context for every request, so requests carry no state:
              // the n-th goes to student n mod S, on that student's next new card (no row yet: revision 0).
              const n = next++;
              const student = students[n % students.length]!;
              const cardKey = cards[Math.floor(n / students.length) % cards.length]!.cardKey;
              return {
                ...request,
                headers: { "content-type": "application/json", cookie: student.cookie },
                body: JSON.stringify({ cardKey, rating: "good", clientId: randomBytes(12).toString("hex"), shownRevision: 0, durationMs: 3000 }),
              };
            },
          },
        ],
      });
    const bareRun = (duration: number) =>
      autocannon({
        url: base,
        connections,
        duration,
        requests: [{ method: "POST", path: "/api/bench/bare", headers: { "content-type": "application/json" }, body: JSON.stringify({ cardKey: cards[0]!.cardKey, rating: "good", clientId: "x".repeat(24), shownRevision: 0, durationMs: 3000 }) }],
      });
    await reviewRun(warmup);
    const warmupStored = await client.reviewLog.count();
    const review = await reviewRun(seconds);
    // The floor: the same requests to a handler that checks the session and the body and answers
    // as the route does, without the database (app/api/bench/session).
    await reviewRun(warmup, "/api/bench/session");
    const floor = await reviewRun(seconds, "/api/bench/session");
    await bareRun(warmup);
    const bare = await bareRun(seconds);
    // Every request is a new card of a student: each 2xx is one review row, none lost or doubled.
    const stored = (await client.reviewLog.count()) - warmupStored;
    const result = {
      bench: "study-reviews",
      provider: "sqlite",
      connections,
      seconds,
      reviewsPerSecond: Math.round(review.requests.average),
      reviewsStored: stored,
      reviewNon2xx: review.non2xx,
      reviewP50Ms: review.latency.p50,
      bareRequestsPerSecond: Math.round(bare.requests.average),
      ratio: Math.round((review.requests.average / bare.requests.average) * 100) / 100,
      aimRatio: 0.7,
      // Session + validation + answer, no database: the most the route could reach.
      floorRequestsPerSecond: Math.round(floor.requests.average),
      floorNon2xx: floor.non2xx,
      floorRatio: Math.round((floor.requests.average / bare.requests.average) * 100) / 100,
      reviewVsFloor: Math.round((review.requests.average / floor.requests.average) * 100) / 100,
    };
    process.stdout.write(JSON.stringify(result) + "\n");
    process.stderr.write(`study reviews (sqlite): ${result.reviewsPerSecond}/s through the route (${stored} stored, ${review.non2xx} non-2xx) vs ${result.bareRequestsPerSecond}/s bare: ratio ${result.ratio} (aim ≥ 0.7); session + validation without the database ${result.floorRequestsPerSecond}/s (ratio ${result.floorRatio} to bare; the route reaches ${result.reviewVsFloor} of it)\n`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stdout.write(JSON.stringify({ bench: "study-reviews", provider: "sqlite", error: message }) + "\n");
    process.stderr.write(`study reviews: not measured: ${message}\n`);
  } finally {
    await client?.$disconnect();
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    fs.closeSync(log);
    setTimeout(() => fs.rmSync(dir, { recursive: true, force: true }), 1000).unref();
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
