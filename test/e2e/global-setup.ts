/**
 * Starts Muster the way a user does (`npm start`: migrate, import, build if
 * needed, serve) on a free port with a throwaway database of the project's
 * provider (a temporary SQLite file, or a fresh PostgreSQL database on the
 * test server, dropped at teardown), and hands the URLs to the browser tests.
 * Runs after test/integration/support/database-setup.ts, which says which provider.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDatabase, dropDatabases } from "../../lib/server/db/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    /** The DATABASE_URL the server runs on. */
    databaseUrl: string;
    /** The server's output (npm start prints the demo accounts there). */
    serverLog: string;
  }
}

const root = path.resolve(import.meta.dirname, "../..");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, logFile: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`npm start exited with ${child.exitCode} before serving; log:\n${fs.readFileSync(logFile, "utf8").slice(-4000)}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Muster did not answer at ${url} within ${timeoutMs / 1000}s; log in ${logFile}`);
}

export default async function setup(project: TestProject) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "muster-e2e-"));
  const provided = project.getProvidedContext();
  let databaseUrl = `file:${path.join(tmp, "e2e.db")}`;
  let dropDatabase = async () => {};
  if (provided.testProvider === "postgresql") {
    const created = await createDatabase(provided.postgresServerUrl, `${provided.postgresPrefix}_e2e`);
    databaseUrl = created.url;
    dropDatabase = () => dropDatabases(provided.postgresServerUrl, [created.name]);
  }
  const port = await freePort();
  const resultsDir = path.join(root, "test-results");
  fs.mkdirSync(resultsDir, { recursive: true });
  const logFile = path.join(resultsDir, `${project.name}-server.log`);
  const log = fs.openSync(logFile, "w");

  // SQLite: npm start keeps its own sign-in secret beside the database; PostgreSQL needs one given, as in production.
  // Demo accounts on both, so the demo sign-in is tested on both.
  const accounts = provided.testProvider === "postgresql" ? { AUTH_SECRET: randomBytes(32).toString("base64url") } : {};
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
    cwd: root,
    // Every browser of every test file signs up from 127.0.0.1: the address limit (tested in
    // test/integration/accounts.test.ts) would otherwise refuse the files that come later.
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOSTNAME: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1", MUSTER_DEMO: "1", AUTH_RATE_LIMIT_MAX: "1000", ...accounts },
    stdio: ["ignore", log, log],
    detached: true,
  });
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(baseURL, child, logFile, 280_000);
  } catch (error) {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
    await dropDatabase();
    throw error;
  }
  project.provide("baseURL", baseURL);
  project.provide("databaseUrl", databaseUrl);
  project.provide("serverLog", logFile);

  return async () => {
    if (child.pid && child.exitCode === null) {
      process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    fs.closeSync(log);
    fs.rmSync(tmp, { recursive: true, force: true });
    await dropDatabase();
  };
}
