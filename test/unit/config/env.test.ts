import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, redactUrl, sqliteFileFromUrl } from "../../../lib/env";

describe("loadConfig", () => {
  it("defaults to the embedded SQLite file under data/ and port 3000", () => {
    const cfg = loadConfig({}, "/srv/muster");
    expect(cfg.database).toEqual({ provider: "sqlite", url: "file:./data/muster.db", file: "/srv/muster/data/muster.db" });
    expect(cfg.port).toBe(3000);
    expect(cfg.contentDir).toBe("/srv/muster/content");
  });

  it("resolves relative and absolute file URLs", () => {
    expect(sqliteFileFromUrl("file:./x/y.db", "/r")).toBe("/r/x/y.db");
    expect(sqliteFileFromUrl("file:/var/lib/muster.db", "/r")).toBe("/var/lib/muster.db");
    expect(sqliteFileFromUrl("file:///var/lib/muster.db", "/r")).toBe("/var/lib/muster.db");
    expect(sqliteFileFromUrl("file:data/m.db?connection_limit=1", "/r")).toBe(path.join("/r", "data/m.db"));
  });

  it.each(["postgresql://muster:secret@db.example.org:5433/muster", "postgres://db.example.org/muster?sslmode=require", "POSTGRESQL://localhost/m"])(
    "selects PostgreSQL for %s, with the default pool settings",
    (url) => {
      const { database } = loadConfig({ DATABASE_URL: url }, "/r");
      expect(database).toEqual({ provider: "postgresql", url, poolSize: 10, connectTimeoutMs: 5000 });
    },
  );

  it("takes the pool size and connection timeout from the environment", () => {
    const { database } = loadConfig({ DATABASE_URL: "postgresql://localhost/muster", DATABASE_POOL_SIZE: "3", DATABASE_CONNECT_TIMEOUT_MS: "250" }, "/r");
    expect(database).toMatchObject({ poolSize: 3, connectTimeoutMs: 250 });
  });

  it.each([
    ["DATABASE_POOL_SIZE", "0"],
    ["DATABASE_POOL_SIZE", "ten"],
    ["DATABASE_POOL_SIZE", "1001"],
    ["DATABASE_CONNECT_TIMEOUT_MS", "0"],
    ["DATABASE_CONNECT_TIMEOUT_MS", "5s"],
    ["DATABASE_CONNECT_TIMEOUT_MS", "-1"],
  ])("rejects %s=%j for PostgreSQL with one sentence naming it", (name, value) => {
    const load = () => loadConfig({ DATABASE_URL: "postgresql://localhost/muster", [name]: value }, "/r");
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(new RegExp(`^${name} "${value}" is not a whole number between`));
  });

  it.each([
    ["mysql://root@localhost/muster", /^DATABASE_URL uses "mysql:", but Muster supports SQLite file: URLs and PostgreSQL postgresql:\/\/ URLs/],
    ["file:", /does not name a database file/],
    ["file:./data/", /does not name a database file/],
    ["file::memory:", /in-memory/],
    ["muster.db", /is not a URL/],
    ["postgresql://localhost", /names no database/],
    ["postgresql:///muster", /names no server/],
    ["postgresql://localhost/muster?schema=tenant1", /schema "tenant1"/],
  ])("rejects DATABASE_URL %s with one sentence", (url, message) => {
    expect(() => loadConfig({ DATABASE_URL: url }, "/r")).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: url }, "/r")).toThrow(message);
  });

  it("never repeats a password in its messages", () => {
    expect(() => loadConfig({ DATABASE_URL: "postgresql://muster:hunter2@localhost" }, "/r")).toThrow(/postgresql:\/\/muster:\*\*\*@localhost/);
    expect(redactUrl("postgresql://muster:hunter2@db/muster")).toBe("postgresql://muster:***@db/muster");
  });

  it.each(["0", "65536", "-1", "80a", ""])("rejects PORT %j", (port) => {
    expect(() => loadConfig({ PORT: port }, "/r")).toThrow(/PORT/);
  });
});
