/** Bad configuration stops `npm start` with one clear sentence, before anything is touched. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { testProvider } from "./support/databases";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [tsx, "scripts/start.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  const lines = result.stderr.split("\n").filter((line) => line.trim() !== "");
  return { status: result.status, lines, stdout: result.stdout };
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe("npm start with bad configuration", () => {
  let tmp: string;
  let busy: net.Server;
  let busyPort: number;
  let freePort: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "muster-config-"));
    busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, "0.0.0.0", resolve));
    busyPort = (busy.address() as net.AddressInfo).port;
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "0.0.0.0", resolve));
    freePort = String((probe.address() as net.AddressInfo).port);
    await new Promise((resolve) => probe.close(resolve));
  });
  afterAll(() => {
    busy.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("rejects a DATABASE_URL of a database Muster does not support, naming both it does", () => {
    const { status, lines } = start({ DATABASE_URL: "mysql://localhost/muster", PORT: freePort });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^muster: DATABASE_URL uses "mysql:", but Muster supports SQLite file: URLs and PostgreSQL postgresql:\/\/ URLs/);
  });

  it("rejects a PostgreSQL pool size that is not a number", () => {
    const { status, lines } = start({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/muster", DATABASE_POOL_SIZE: "lots", PORT: freePort });
    expect(status).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^muster: DATABASE_POOL_SIZE "lots" is not a whole number between 1 and 1000\.$/)]);
  });

  it("stops when no PostgreSQL server answers at the URL", async () => {
    const closed = await closedPort();
    const { status, lines } = start({ DATABASE_URL: `postgresql://muster:secret@127.0.0.1:${closed}/muster`, PORT: freePort });
    expect(status).toBe(1);
    expect(lines).toEqual([`muster: Cannot connect to PostgreSQL at 127.0.0.1:${closed}/muster (connection refused); start the server or fix DATABASE_URL.`]);
  });

  if (testProvider === "postgresql") {
    it("stops when the PostgreSQL server has no such database", () => {
      const url = new URL(inject("postgresServerUrl"));
      url.pathname = `/${inject("postgresPrefix")}_missing`;
      const { status, lines } = start({ DATABASE_URL: url.toString(), PORT: freePort });
      expect(status).toBe(1);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^muster: PostgreSQL at .* has no such database \(database ".*_missing" does not exist\); create it \(createdb\) or fix DATABASE_URL\.$/);
    });
  }

  it("rejects a DATABASE_URL that is not a URL at all", () => {
    const { status, lines } = start({ DATABASE_URL: "data/muster.db" });
    expect(status).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^muster: DATABASE_URL "data\/muster.db" is not a URL/)]);
  });

  it("rejects a PORT that is not a number", () => {
    const { status, lines } = start({ PORT: "eighty" });
    expect(status).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^muster: PORT "eighty" is not a port number/)]);
  });

  it("stops when the port is already in use", () => {
    const { status, lines } = start({ PORT: String(busyPort), DATABASE_URL: `file:${path.join(tmp, "a.db")}` });
    expect(status).toBe(1);
    expect(lines).toEqual([`muster: port ${busyPort} is already in use; stop the other program or set PORT to a free port.`]);
    expect(fs.existsSync(path.join(tmp, "a.db"))).toBe(false);
  });

  it("stops when the database path cannot be written", () => {
    const blocker = path.join(tmp, "not-a-folder");
    fs.writeFileSync(blocker, "a file where a folder should be");
    const { status, lines } = start({ DATABASE_URL: `file:${blocker}/muster.db`, PORT: freePort });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^muster: Cannot write the database file .*not-a-folder\/muster\.db \(a part of the path is a file, not a folder\); set DATABASE_URL/);
  });

  it.each([
    ["/proc/muster/muster.db", /cannot create files in \/proc/],
    ["/sys/muster.db", /permission denied/],
  ])("stops when the file system refuses the database file %s", (file, reason) => {
    const { status, lines } = start({ DATABASE_URL: `file:${file}`, PORT: freePort });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`muster: Cannot write the database file ${file} (`);
    expect(lines[0]).toMatch(reason);
  });
});
