/** Bad configuration stops `npm start` with one clear sentence, before anything is touched. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

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

  it("rejects a DATABASE_URL that is not a SQLite file URL", () => {
    const { status, lines } = start({ DATABASE_URL: "postgres://localhost/muster", PORT: freePort });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^muster: DATABASE_URL uses "postgres:".*file:/);
  });

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
