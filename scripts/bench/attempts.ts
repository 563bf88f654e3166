/**
 * Attempt answers: answers saved per second through the real route handler (POST
 * /api/attempts/[id]/answers: session, zod, marking, one insert) on a production server (npm start
 * on a temporary SQLite database), with --students signed-in students (300) answering at once: each
 * has started an attempt at an eight-question assignment and sends its answers one after another,
 * all students in parallel, with plain fetch. Every student also re-sends one answer with the same
 * client id (a retry), which must find the stored answer. Prints p50/p95/p99 latency and a count
 * proving every answer was stored exactly once (sent, stored, duplicates). One JSON line. Never
 * fails on timing.
 *   tsx scripts/bench/attempts.ts [--students N]
 */
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { databaseFromUrl, loadAuthConfig } from "../../lib/env";
import type { Question } from "../../lib/questions";
import type { AttemptState } from "../../lib/server/assignments/attempts";
import { createAuth } from "../../lib/server/auth/instance";
import { createDb } from "../../lib/server/db/client";
import { assemblePractice } from "../../lib/server/practice";
import { freePort, waitForServer } from "./server";

const root = path.resolve(import.meta.dirname, "../..");

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!);
const round = (n: number) => Math.round(n * 10) / 10;

function answerFor(question: Question): unknown {
  const key = question.answer;
  if (key.kind === "choice") return key.optionId;
  if (key.kind === "text") return key.accepted[0]?.variants[0] ?? key.display;
  return "1";
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const value = (flag: string) => (argv.indexOf(flag) >= 0 ? argv[argv.indexOf(flag) + 1] : undefined);
  const studentCount = Math.max(1, Number(value("--students") ?? 300) || 300);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "muster-bench-attempts-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const secret = randomBytes(32).toString("base64url");
  const databaseUrl = `file:${path.join(dir, "bench.db")}`;
  const logFile = path.join(dir, "server.log");
  const log = fs.openSync(logFile, "w");
  const env = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOSTNAME: "127.0.0.1", AUTH_SECRET: secret, MUSTER_DEMO: "0", NEXT_TELEMETRY_DISABLED: "1" };
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], { cwd: root, env, stdio: ["ignore", log, log], detached: true });
  let client: ReturnType<typeof createDb> | undefined;
  try {
    await waitForServer(base, child, logFile);
    client = createDb(databaseFromUrl({ DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: "5", DATABASE_CONNECT_TIMEOUT_MS: "10000" }, root));
    const auth = createAuth(client, loadAuthConfig({ ...env, NODE_ENV: "production" }));
    const teacher = await client.user.create({ data: { id: "bench-teacher", name: "Bench Teacher", email: "bench-teacher@example.org", role: "teacher" }, select: { id: true } });
    const classroom = await client.classroom.create({ data: { teacherId: teacher.id, name: "Bench class", joinCode: "BENCH1" }, select: { id: true } });
    const questions = [...(await assemblePractice({ count: 4, seed: "bench-choice", formats: ["choice"] }, client)), ...(await assemblePractice({ count: 4, seed: "bench-typed", formats: ["shortAnswer"] }, client))];
    const assignment = await client.assignment.create({
      data: {
        classroomId: classroom.id,
        createdById: teacher.id,
        title: "Bench quiz",
        blueprint: { eventIds: [], families: [], formats: [], count: questions.length, seed: "bench" },
        mode: "fixed",
        status: "published",
        publishedAt: new Date(),
        questions: { create: questions.map((q, position) => ({ position, questionId: q.id, snapshot: q as object, factIds: q.factIds })) },
      },
      select: { id: true, questions: { select: { id: true, snapshot: true } } },
    });
    const snapshots = new Map(assignment.questions.map((row) => [row.id, row.snapshot as unknown as Question]));
    const students: { cookie: string; state: AttemptState }[] = [];
    for (let i = 0; i < studentCount; i++) {
      const { headers, response } = await auth.api.signUpEmail({ body: { name: `Bench ${i}`, email: `bench${i}@example.org`, password: "bench password 123" }, returnHeaders: true });
      await client.classMember.create({ data: { classroomId: classroom.id, userId: response.user.id, joinedAt: new Date() } });
      const cookie = headers.getSetCookie().map((line) => line.split(";")[0]!).join("; ");
      const started = await fetch(`${base}/api/assignments/${assignment.id}/attempts`, { method: "POST", headers: { cookie } });
      if (!started.ok) throw new Error(`start failed: ${started.status} ${await started.text()}`);
      students.push({ cookie, state: (await started.json()) as AttemptState });
    }

    const latencies: number[] = [];
    let failures = 0;
    let retriesFound = 0;
    const clientIds = new Set<string>();
    const send = async (cookie: string, attemptId: string, body: object) => {
      const t0 = performance.now();
      const response = await fetch(`${base}/api/attempts/${attemptId}/answers`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify(body) });
      const outcome = (await response.json()) as { duplicate?: boolean };
      latencies.push(performance.now() - t0);
      if (!response.ok) failures++;
      return outcome;
    };
    const t0 = performance.now();
    await Promise.all(
      students.map(async ({ cookie, state }, n) => {
        let retry: object | null = null;
        for (const [index, question] of state.questions.entries()) {
          const body = { questionId: question.id, answer: answerFor(snapshots.get(question.id)!), clientId: randomUUID(), timeTakenMs: 5000 };
          clientIds.add(body.clientId);
          await send(cookie, state.attemptId, body);
          if (index === n % state.questions.length) retry = body;
        }
        // A retry of an answer already stored (the response was "lost"): must not store it again.
        if (retry && (await send(cookie, state.attemptId, retry)).duplicate) retriesFound++;
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const stored = await client.attemptAnswer.count({ where: { attempt: { assignmentId: assignment.id } } });
    const storedIds = new Set((await client.attemptAnswer.findMany({ where: { attempt: { assignmentId: assignment.id } }, select: { clientId: true } })).map((row) => row.clientId));
    const sorted = [...latencies].sort((a, b) => a - b);
    const result = {
      bench: "attempt-answers",
      provider: "sqlite",
      students: studentCount,
      requests: latencies.length,
      answersPerSecond: Math.round(latencies.length / seconds),
      p50Ms: round(percentile(sorted, 50)),
      p95Ms: round(percentile(sorted, 95)),
      p99Ms: round(percentile(sorted, 99)),
      sent: clientIds.size,
      stored,
      missing: [...clientIds].filter((id) => !storedIds.has(id)).length,
      // Rows beyond one per answer sent (the unique client id makes this 0 unless something is wrong).
      duplicates: Math.max(0, stored - clientIds.size),
      retriesSent: studentCount,
      retriesFoundStored: retriesFound,
      failures,
    };
    process.stdout.write(JSON.stringify(result) + "\n");
    process.stderr.write(`attempt answers (sqlite): ${result.answersPerSecond}/s from ${studentCount} students at once, p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, p99 ${result.p99Ms} ms; sent ${result.sent}, stored ${stored}, duplicates ${result.duplicates}, failures ${failures}\n`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stdout.write(JSON.stringify({ bench: "attempt-answers", provider: "sqlite", error: message }) + "\n");
    process.stderr.write(`attempt answers: not measured: ${message}\n`);
  } finally {
    await client?.$disconnect();
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    fs.closeSync(log);
    setTimeout(() => fs.rmSync(dir, { recursive: true, force: true }), 1000).unref();
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
