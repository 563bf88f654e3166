/**
 * Results benchmark: a class of 300 students, an assignment of 30 questions (snapshots of
 * content/'s real questions) with 300 submitted attempts and 9,000 stored answers, plus further
 * assignments with one attempt per student for the gradebook. Times, through the real data layer
 * (lib/server/assignments/results.ts: the database read and lib/assignments' pure code):
 *   - the item analysis (loadItemAnalysis: questions, attempts and answers, then analyseItems);
 *   - the gradebook (loadGradebook: members, assignments, attempts, then buildGradebook).
 * Median of --runs after one warm-up, on each provider. One JSON line per figure and provider.
 * Aim: under 100 ms each (Moodle's statistics report is known to take minutes on large sites).
 * Never fails on timing.
 *   tsx scripts/bench/results.ts [--runs N] [--students N] [--questions N] [--assignments N]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { databaseFromUrl, type DatabaseConfig, type Provider } from "../../lib/env";
import type { Question } from "../../lib/questions";
import { loadGradebook, loadItemAnalysis } from "../../lib/server/assignments/results";
import { createDb, type Db } from "../../lib/server/db/client";
import { migrateDatabase, providers } from "../../lib/server/db/migrate";
import { createDatabase, dropDatabases, ensurePostgresReachable, postgresServerUrl } from "../../lib/server/db/postgres";
import { importContentFromDisk } from "../../lib/server/import/run";
import { questionPool } from "../../lib/server/practice";

const root = path.resolve(import.meta.dirname, "../..");
const AIM_MS = 100;

/** The machine's 1-minute load average beside each figure: on a shared machine it explains slow runs. */
const load = () => Math.round(os.loadavg()[0]! * 10) / 10;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function freshDatabase(provider: Provider, serverUrl: string): Promise<{ database: DatabaseConfig; drop: () => Promise<void> }> {
  const settings = { DATABASE_POOL_SIZE: "5", DATABASE_CONNECT_TIMEOUT_MS: "10000" };
  if (provider === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "muster-bench-results-"));
    const database = databaseFromUrl({ DATABASE_URL: `file:${path.join(dir, "bench.db")}`, ...settings }, root);
    return { database, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const { name, url } = await createDatabase(serverUrl, "muster_bench_results");
  return { database: databaseFromUrl({ DATABASE_URL: url, ...settings }, root), drop: () => dropDatabases(serverUrl, [name]) };
}

/** Deterministic 0..1 from integers (no Math.random: the same data every run). */
const noise = (a: number, b: number) => {
  const x = Math.sin(a * 12.9898 + b * 78.233) * 43758.5453;
  return x - Math.floor(x);
};

function answersFor(question: Question, right: boolean, s: number): { answer: unknown; verdict: string; reason: string } {
  const key = question.answer;
  if (key.kind === "choice") {
    const wrong = (question.options ?? []).filter((o) => o.id !== key.optionId);
    return right ? { answer: key.optionId, verdict: "correct", reason: "accepted" } : { answer: wrong[s % Math.max(1, wrong.length)]?.id ?? "x", verdict: "incorrect", reason: "not accepted" };
  }
  if (key.kind === "text") return right ? { answer: key.display, verdict: "correct", reason: "accepted" } : { answer: ["Someone Else", "Nobody", "A. N. Other"][s % 3], verdict: "incorrect", reason: "not accepted" };
  throw new Error(`unexpected ${key.kind}`);
}

export async function seed(client: Db, opts: { students: number; questions: number; assignments: number }) {
  const pool = (await questionPool(client)).questions.filter((q) => q.answer.kind === "choice" || q.answer.kind === "text");
  if (pool.length < opts.questions) throw new Error(`only ${pool.length} choice/typed questions in content/`);
  const picked = Array.from({ length: opts.questions }, (_, i) => pool[Math.floor((i * pool.length) / opts.questions)]!);
  const teacherId = "bench-teacher";
  await client.user.create({ data: { id: teacherId, name: "Bench Teacher", email: "bench-teacher@example.org", role: "teacher" } });
  const classroom = await client.classroom.create({ data: { teacherId, name: "Bench class", joinCode: "BENCH1" } });
  const students = Array.from({ length: opts.students }, (_, i) => ({ id: `bench-s${i}`, name: `Student ${String(i).padStart(3, "0")}`, email: `bench-s${i}@example.org` }));
  await client.user.createMany({ data: students });
  await client.classMember.createMany({ data: students.map((s) => ({ classroomId: classroom.id, userId: s.id, joinedAt: new Date("2026-01-01T00:00:00Z") })) });

  const assignmentIds: string[] = [];
  for (let a = 0; a < opts.assignments; a++) {
    const assignment = await client.assignment.create({
      data: { classroomId: classroom.id, createdById: teacherId, title: `Quiz ${a + 1}`, blueprint: {}, mode: "fixed", status: "published", publishedAt: new Date("2026-01-02T00:00:00Z"), dueAt: new Date(Date.UTC(2026, 0, 10 + a)) },
    });
    assignmentIds.push(assignment.id);
  }
  const main = assignmentIds[0]!;
  await client.assignmentQuestion.createMany({ data: picked.map((q, position) => ({ id: `bench-q${position}`, assignmentId: main, position, questionId: q.id, snapshot: q as object, factIds: q.factIds })) });
  const order = picked.map((_, position) => `bench-q${position}`);

  // The main assignment: every student submitted once; ability and difficulty decide the answers.
  const attempts: object[] = [];
  const answers: object[] = [];
  students.forEach((student, s) => {
    const ability = noise(s, 1);
    let score = 0;
    picked.forEach((q, i) => {
      const right = noise(s, i + 2) < 0.25 + 0.6 * ability - 0.3 * (noise(i, 99) - 0.5);
      if (right) score++;
      if (noise(s, i + 500) < 0.03) return; // a few left blank
      const { answer, verdict, reason } = answersFor(q, right, s + i);
      answers.push({ attemptId: `bench-a${s}`, userId: student.id, assignmentQuestionId: order[i]!, answer, verdict, correct: right, reason, timeTakenMs: 5000, clientId: `bench-${s}-${i}`, answeredAt: new Date("2026-01-05T10:00:00Z") });
    });
    attempts.push({ id: `bench-a${s}`, assignmentId: main, userId: student.id, number: 1, questionOrder: order, optionOrder: {}, startedAt: new Date("2026-01-05T09:50:00Z"), submittedAt: new Date("2026-01-05T10:20:00Z"), submittedBy: "student", late: s % 17 === 0, score, maxScore: picked.length });
    // The other assignments: most students submitted, some missing, a few in progress.
    for (let a = 1; a < assignmentIds.length; a++) {
      const r = noise(s, 1000 + a);
      if (r < 0.1) continue;
      attempts.push({ id: `bench-a${s}-${a}`, assignmentId: assignmentIds[a]!, userId: student.id, number: 1, questionOrder: [], optionOrder: {}, startedAt: new Date("2026-01-06T09:00:00Z"), submittedAt: r < 0.15 ? null : new Date("2026-01-06T09:30:00Z"), late: r > 0.95, score: r < 0.15 ? null : Math.round(r * 10), maxScore: r < 0.15 ? null : 10 });
    }
  });
  for (let i = 0; i < attempts.length; i += 500) await client.attempt.createMany({ data: attempts.slice(i, i + 500) as never });
  for (let i = 0; i < answers.length; i += 1000) await client.attemptAnswer.createMany({ data: answers.slice(i, i + 1000) as never });
  return { teacherId, classId: classroom.id, assignmentId: main, answers: answers.length, attempts: attempts.length };
}

async function time(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = -1; run < runs; run++) {
    const started = performance.now();
    await work();
    if (run >= 0) times.push(performance.now() - started);
  }
  return Math.round(median(times) * 10) / 10;
}

async function benchProvider(provider: Provider, opts: { runs: number; students: number; questions: number; assignments: number; serverUrl: string }) {
  if (provider === "postgresql") await ensurePostgresReachable(opts.serverUrl, 3_000, "TEST_POSTGRES_URL");
  const { database, drop } = await freshDatabase(provider, opts.serverUrl);
  const client = createDb(database);
  try {
    await migrateDatabase(database);
    await importContentFromDisk({ contentDir: path.join(root, "content"), database });
    const seeded = await seed(client, opts);
    const now = new Date("2026-03-01T00:00:00Z");
    let flagged = 0;
    const itemMs = await time(opts.runs, async () => {
      const { analysis } = await loadItemAnalysis(client, seeded.teacherId, seeded.classId, seeded.assignmentId);
      flagged = analysis.items.filter((i) => i.suspect).length;
    });
    let cells = 0;
    const gradebookMs = await time(opts.runs, async () => {
      const { gradebook } = await loadGradebook(client, seeded.teacherId, seeded.classId, now);
      cells = gradebook.rows.length * gradebook.columns.length;
    });
    return { seeded, itemMs, flagged, gradebookMs, cells };
  } finally {
    await client.$disconnect();
    await drop();
  }
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const value = (flag: string) => (argv.indexOf(flag) >= 0 ? argv[argv.indexOf(flag) + 1] : undefined);
  const runs = Math.max(1, Number(value("--runs") ?? 15) || 15);
  const students = Math.max(2, Number(value("--students") ?? 300) || 300);
  const questions = Math.max(2, Number(value("--questions") ?? 30) || 30);
  const assignments = Math.max(1, Number(value("--assignments") ?? 10) || 10);
  const serverUrl = postgresServerUrl(process.env);
  for (const provider of providers) {
    try {
      const r = await benchProvider(provider, { runs, students, questions, assignments, serverUrl });
      process.stdout.write(JSON.stringify({ bench: "results-item-analysis", provider, students, questions, answers: r.seeded.answers, flagged: r.flagged, runs, ms: r.itemMs, aimMs: AIM_MS, loadAverage: load() }) + "\n");
      process.stdout.write(JSON.stringify({ bench: "results-gradebook", provider, students, assignments, attempts: r.seeded.attempts, cells: r.cells, runs, ms: r.gradebookMs, aimMs: AIM_MS, loadAverage: load() }) + "\n");
      process.stderr.write(`results (${provider}): item analysis of ${students} students × ${questions} questions (${r.seeded.answers} answers): ${r.itemMs} ms; gradebook ${students} × ${assignments}: ${r.gradebookMs} ms (median of ${runs}; aim < ${AIM_MS} ms)\n`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      for (const bench of ["results-item-analysis", "results-gradebook"]) process.stdout.write(JSON.stringify({ bench, provider, error: message }) + "\n");
      process.stderr.write(`results (${provider}): not measured: ${message}\n`);
    }
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
