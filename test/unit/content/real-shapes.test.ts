/**
 * Real page shapes (invented names and figures in the layouts of real battle pages): every
 * expected field of test/fixtures/articles/real-shapes/expected.json is read right, and every
 * fact points at its source line.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Expected, type Score, scoreArticle } from "../../../scripts/parser-check";
import { parseArticle } from "../../../lib/content";
import { expectSourcesMatch, FIXTURES_DIR } from "./helpers";

const DIR = FIXTURES_DIR + "real-shapes/";
const EXPECTED = JSON.parse(readFileSync(DIR + "expected.json", "utf8")) as Record<string, Expected>;

describe("real page shapes", () => {
  for (const [file, exp] of Object.entries(EXPECTED)) {
    it(`reads ${file}`, () => {
      const parsed = parseArticle(file, readFileSync(DIR + file));
      const score: Score = { fields: {}, commanders: { right: 0, found: 0, expected: 0 }, misses: [] };
      scoreArticle(file, parsed, exp, score);
      expect(score.misses).toEqual([]);
      if (!exp.error) {
        expect(parsed.issues.filter((i) => i.severity === "error")).toEqual([]);
        expect(expectSourcesMatch(parsed.facts, (f) => readFileSync(DIR + f))).toEqual([]);
      }
    });
  }

  it("stops on a flattened page with an error naming the file and line, inventing nothing", () => {
    const parsed = parseArticle("flattened-lines.txt", readFileSync(DIR + "flattened-lines.txt"));
    const err = parsed.issues.find((i) => i.severity === "error")!;
    expect(err.file).toBe("flattened-lines.txt");
    expect(err.line).toBeGreaterThan(0);
    expect(err.message).toMatch(/expected/);
    expect(parsed.facts).toEqual([]);
  });

  it("keeps competing casualty claims apart: the first account's figures, never a sum", () => {
    const parsed = parseArticle("k.txt", readFileSync(DIR + "kurils-markdown-nodate.txt"));
    const cas = parsed.event.sides[0]!.casualties!;
    expect(cas.killed).toMatchObject({ min: 516, max: 516 });
    expect(cas.notes.map((n) => n.group)).toEqual(["Soviet claim", "Japanese claim"]);
    expect(cas.notes[1]!.total).toMatchObject({ min: 1567 });
    expect(cas.total).toBeNull();
  });

  it("reads the date from the lead prose with its precision and line when the table has none", () => {
    const parsed = parseArticle("c.txt", readFileSync(DIR + "colonial-year-only.txt"));
    const date = parsed.facts.find((f) => f.kind === "date")!;
    expect(date.value).toMatchObject({ start: "1898", end: "1898", precision: "year" });
    expect(date.source.text).toContain("took place in 1898");
  });
});
