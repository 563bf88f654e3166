import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, sqliteFileFromUrl } from "../../../lib/env";

describe("loadConfig", () => {
  it("defaults to the embedded SQLite file under data/ and port 3000", () => {
    const cfg = loadConfig({}, "/srv/muster");
    expect(cfg.databaseFile).toBe("/srv/muster/data/muster.db");
    expect(cfg.port).toBe(3000);
    expect(cfg.contentDir).toBe("/srv/muster/content");
  });

  it("resolves relative and absolute file URLs", () => {
    expect(sqliteFileFromUrl("file:./x/y.db", "/r")).toBe("/r/x/y.db");
    expect(sqliteFileFromUrl("file:/var/lib/muster.db", "/r")).toBe("/var/lib/muster.db");
    expect(sqliteFileFromUrl("file:///var/lib/muster.db", "/r")).toBe("/var/lib/muster.db");
    expect(sqliteFileFromUrl("file:data/m.db?connection_limit=1", "/r")).toBe(path.join("/r", "data/m.db"));
  });

  it.each([
    ["mysql://root@localhost/muster", /uses "mysql:"/],
    ["file:", /does not name a database file/],
    ["file:./data/", /does not name a database file/],
    ["file::memory:", /in-memory/],
    ["muster.db", /is not a URL/],
  ])("rejects DATABASE_URL %s with one sentence", (url, message) => {
    expect(() => loadConfig({ DATABASE_URL: url }, "/r")).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: url }, "/r")).toThrow(message);
  });

  it.each(["0", "65536", "-1", "80a", ""])("rejects PORT %j", (port) => {
    expect(() => loadConfig({ PORT: port }, "/r")).toThrow(/PORT/);
  });
});
