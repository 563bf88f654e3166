import { afterEach, describe, expect, it, vi } from "vitest";
import type { BattleEvent, Fact, ParseIssue } from "../../../lib/facts/types";
import { main } from "../../../scripts/facts";
import { bench, generateCorpus } from "../../../scripts/bench/parse";
import { parseCorpus } from "../../../lib/content";
import { loadCorpus } from "../../../lib/content/load";
import { CONTENT_DIR, FIXTURES_DIR, SEEDS, expectSourcesMatch, readContent } from "./helpers";

function run(argv: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  const code = main(argv);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

afterEach(() => vi.restoreAllMocks());

describe("scripts/facts.ts", () => {
  it("prints events, flattened facts and issues as JSON and exits 0 on clean input", () => {
    const r = run(SEEDS.map((f) => CONTENT_DIR + f));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { events: BattleEvent[]; facts: Fact[]; issues: ParseIssue[] };
    expect(Object.keys(out)).toEqual(["events", "facts", "issues"]);
    expect(out.events.map((e) => e.id)).toEqual(["japanese-invasion-of-sakhalin-1905", "invasion-of-south-sakhalin-1945"]);
    expect(out.facts).toHaveLength(out.events.reduce((n, e) => n + e.facts.length, 0));
    expect(out.issues).toEqual([]);
  });

  it("exits 1 on errors and prints issues as file:line: severity: message", () => {
    const r = run([FIXTURES_DIR]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toContain("empty.txt:1: error: empty file");
    expect(lines).toContain("battlebox-statuses.txt:19: warning: unknown infobox key 'Flagbearer'; ignored");
    expect(lines.some((l) => l.startsWith("merge/"))).toBe(false);
    const out = JSON.parse(r.stdout) as { issues: ParseIssue[] };
    expect(out.issues.filter((i) => i.severity === "error").map((i) => i.file)).toEqual(["binary.txt", "empty.txt", "latin1.txt", "no-infobox.txt", "real-shapes/flattened-lines.txt", "real-shapes/held27f-f-scraped.txt"]);
  });

  it("fails warnings only with --strict", () => {
    expect(run([FIXTURES_DIR + "battlebox-statuses.txt"]).code).toBe(0);
    expect(run([FIXTURES_DIR + "battlebox-statuses.txt", "--strict"]).code).toBe(1);
  });

  it("exits 2 on usage errors", () => {
    expect(run([]).code).toBe(2);
    expect(run(["--frobnicate", CONTENT_DIR]).code).toBe(2);
    const missing = run([CONTENT_DIR + "no-such-file.txt"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file or directory");
  });
});

describe("loading", () => {
  it("names files relative to the directory given, or by basename", () => {
    const byDir = loadCorpus([FIXTURES_DIR]);
    expect(byDir.articles.map((a) => a.file)).toContain("merge/yellow-cape-scraped.txt");
    const byFile = loadCorpus([FIXTURES_DIR + "merge/yellow-cape-scraped.txt"]);
    expect(byFile.articles.map((a) => a.file)).toEqual(["yellow-cape-scraped.txt"]);
    const files = byDir.articles.map((a) => a.file);
    expect(files).toEqual([...files].sort());
  });

  it("parses every article in content/ without errors and with valid sources", () => {
    const corpus = loadCorpus([CONTENT_DIR]);
    expect(corpus.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(corpus.articles.every((a) => a.eventId !== "")).toBe(true);
    const ids = corpus.events.flatMap((e) => e.facts.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(corpus.events.map((e) => e.id)).size).toBe(corpus.events.length);
    for (const e of corpus.events) expect(expectSourcesMatch(e.facts, readContent)).toEqual([]);
    // Pure data: survives a JSON round trip unchanged.
    expect(JSON.parse(JSON.stringify(corpus))).toEqual(corpus);
  });
});

describe("bench", () => {
  it("generates a varied corpus the parser reads without errors, with merges", () => {
    const corpus = generateCorpus(300, 7);
    expect(corpus).toHaveLength(300);
    expect(corpus.some((a) => a.bytes.toString().startsWith("= "))).toBe(true);
    expect(corpus.some((a) => a.bytes.toString().includes("|||"))).toBe(true);
    const parsed = parseCorpus(corpus);
    expect(parsed.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(parsed.events.length).toBeLessThan(300);
    expect(parsed.events.some((e) => e.sources.length === 2)).toBe(true);
    const r = bench(200, 3, 50);
    expect(r.articles).toBe(200);
    expect(r.articlesPerSec).toBeGreaterThan(0);
  });
});
