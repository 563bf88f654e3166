/**
 * `npm start`: everything a fresh clone needs to serve Muster, each step
 * skipped when already done, so a second start takes seconds:
 * validate config → free port → database reachable → Prisma clients → migrations → import content →
 * sign-in secret → demo accounts (new database) → build (only when sources changed) → `next start`.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { ConfigError, loadAuthConfig, loadConfig, type Config } from "../lib/env";
import { authSecretFileFor, ensureAuthSecretFile } from "../lib/server/auth/secret";
import { ensureDatabaseWritable } from "../lib/server/db/file";
import { ensurePostgresReachable } from "../lib/server/db/postgres";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");

function fail(message: string): never {
  console.error(`muster: ${message}`);
  process.exit(1);
}

function step(message: string) {
  console.log(`muster: ${message}`);
}

function run(command: string, args: string[], what: string) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) fail(`${what} failed (exit ${result.status ?? result.signal}); see the output above.`);
}

async function ensurePortFree(cfg: Config) {
  await new Promise<void>((resolve) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") fail(`port ${cfg.port} is already in use; stop the other program or set PORT to a free port.`);
      if (error.code === "EACCES") fail(`port ${cfg.port} needs privileges this user lacks; set PORT to a number above 1024.`);
      fail(`cannot listen on ${cfg.hostname}:${cfg.port} (${error.code ?? error.message}).`);
    });
    probe.listen(cfg.port, cfg.hostname, () => probe.close(() => resolve()));
  });
}

/** Hash of everything that changes the production build. */
function buildFingerprint(): string {
  const hash = createHash("sha256");
  const inputs = ["app", "lib", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/models", "prisma/sqlite/schema.prisma", "prisma/postgres/schema.prisma"];
  const visit = (rel: string) => {
    const abs = path.join(root, rel);
    if (!fs.existsSync(abs)) return;
    const stat = fs.statSync(abs);
    if (stat.isDirectory()) {
      if (rel === path.join("lib", "generated")) return;
      for (const entry of fs.readdirSync(abs).sort()) visit(path.join(rel, entry));
    } else {
      hash.update(rel).update("\0").update(fs.readFileSync(abs)).update("\0");
    }
  };
  inputs.forEach(visit);
  return hash.digest("hex");
}

async function main() {
  let cfg: Config;
  try {
    cfg = loadConfig(process.env, root);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  await ensurePortFree(cfg);
  try {
    if (cfg.database.provider === "sqlite") ensureDatabaseWritable(cfg.database.file, root);
    else await ensurePostgresReachable(cfg.database.url, cfg.database.connectTimeoutMs);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  if (!["sqlite", "postgres"].every((client) => fs.existsSync(path.join(root, `lib/generated/${client}/client.ts`)))) {
    step("generating the Prisma clients…");
    run("npm", ["run", "-s", "db:generate"], "prisma generate");
  }

  // Imported lazily: these load the generated client, which may only now exist.
  const { migrateDatabase } = await import("../lib/server/db/migrate");
  const { importContentFromDisk } = await import("../lib/server/import/run");
  try {
    const applied = await migrateDatabase(cfg.database);
    step(applied.length ? `applied migrations: ${applied.join(", ")}` : "database up to date");
    const report = await importContentFromDisk(cfg);
    step(report.summary);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: cfg.databaseUrl, PORT: String(cfg.port) };
  try {
    await prepareAccounts(cfg, env);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const nextBin = path.join(root, "node_modules/next/dist/bin/next");
  if (dev) {
    step(`starting the dev server on http://localhost:${cfg.port}`);
    const child = spawn(process.execPath, [nextBin, "dev", "-p", String(cfg.port), "-H", cfg.hostname], { cwd: root, stdio: "inherit", env });
    forwardSignals(child);
    return;
  }

  const fingerprintFile = path.join(root, ".next/muster-build.sha256");
  const fingerprint = buildFingerprint();
  const built = fs.existsSync(path.join(root, ".next/BUILD_ID")) && fs.existsSync(fingerprintFile) && fs.readFileSync(fingerprintFile, "utf8") === fingerprint;
  if (built) {
    step("reusing the production build");
  } else {
    step("building (sources changed since the last build)…");
    run(process.execPath, [nextBin, "build"], "next build");
    fs.writeFileSync(fingerprintFile, fingerprint);
  }

  step(`serving on http://localhost:${cfg.port}`);
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(cfg.port), "-H", cfg.hostname], { cwd: root, stdio: "inherit", env });
  forwardSignals(child);
}

/** Sign-in secret (kept beside a SQLite database; PostgreSQL needs AUTH_SECRET) and, on a new database, the demo accounts. */
async function prepareAccounts(cfg: Config, env: NodeJS.ProcessEnv) {
  if (!env.AUTH_SECRET) {
    if (cfg.database.provider === "sqlite") {
      const file = authSecretFileFor(cfg.database.file);
      const { secret, created } = ensureAuthSecretFile(file);
      env.AUTH_SECRET = secret;
      const shown = path.relative(root, file);
      if (created) step(`created the sign-in secret in ${shown.startsWith("..") ? file : shown} (keep it private; deleting it signs everyone out)`);
    } else if (!dev) {
      fail("AUTH_SECRET is not set: on PostgreSQL every instance needs the same one. Give each instance AUTH_SECRET with 32 or more random characters (for example: openssl rand -base64 32).");
    }
  }
  const settings = loadAuthConfig({ ...env, NODE_ENV: dev ? "development" : "production" });
  const { demoWanted, describeDemoAccounts, seedDemoAccounts } = await import("../lib/server/auth/demo");
  if (!demoWanted(settings.demo, cfg.database.provider)) return;
  const { createDb } = await import("../lib/server/db/client");
  const database = createDb(cfg.database);
  try {
    const accounts = await seedDemoAccounts(database, settings);
    if (accounts) describeDemoAccounts(accounts).forEach((line) => step(line));
    if (accounts) {
      // The demo student gets a month of flashcard history, so the dashboard has something to show.
      const { seedDemoStudy } = await import("../lib/server/study/demo");
      const student = await database.user.findUnique({ where: { username: "demo-student" }, select: { id: true } });
      if (student) {
        const seeded = await seedDemoStudy(database, student.id, { now: new Date() });
        step(`demo student: ${seeded.reviews} flashcard reviews of ${seeded.cards} cards over the last 30 days`);
      }
      // A class of the demo teacher's with both demo students in it.
      const { seedDemoClass } = await import("../lib/server/classes/demo");
      const { formatJoinCode } = await import("../lib/classes/join-code");
      const demoClass = await seedDemoClass(database, { now: new Date() });
      if (demoClass) step(`demo class "${demoClass.name}" (the demo teacher's, with both demo students): join code ${formatJoinCode(demoClass.joinCode)}, link /join/${demoClass.joinCode}`);
      // One past assignment in it with both students' submitted attempts, so results have something to show.
      if (demoClass) {
        const { seedDemoAssignment } = await import("../lib/server/assignments/demo");
        const seededAssignment = await seedDemoAssignment(database, { classroomId: demoClass.id, now: new Date() });
        if (seededAssignment) step(`demo assignment in "${demoClass.name}" with ${seededAssignment.attempts} submitted attempts`);
      }
    }
  } finally {
    await database.$disconnect();
  }
}

function forwardSignals(child: ReturnType<typeof spawn>) {
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
