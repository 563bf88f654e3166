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
    expect(err.line).toBe(11); // "Commanders and leaders" on a line of its own
    expect(err.message).toMatch(/flattened.*expected/);
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

describe("real-page rules", () => {
  const scraped = (rows: string[], lead: string) =>
    parseArticle("x.txt", ["Battle of Example Ridge | |||||||", "---|---|---|---|", "Part of the Example War | |||||||", ...rows, lead, ""].join("\n"));

  it("never invents a date: no Date row and a lead without one leave the event undated", () => {
    const p = scraped(["Belligerents | |||||||", "Alpha Republic | Beta Kingdom | ||||||"], "The Battle of Example Ridge was fought on a ridge between two armies of the Example War.");
    expect(p.event.date).toBeNull();
    expect(p.facts.some((f) => f.kind === "date")).toBe(false);
  });

  it("reads a grouped figure with a footnote digit glued to it as the figure, not its first digits", () => {
    const p = scraped(["Belligerents | |||||||", "Alpha Republic | Beta Kingdom | ||||||", "Casualties and losses | |||||||", "34,0009 killed | 1,2003 killed 5,000 wounded |"], "The Battle of Example Ridge was fought on 3 May 1901 on a ridge between two armies.");
    expect(p.event.sides[0]!.casualties!.killed).toMatchObject({ min: 34000, max: 34000 });
    expect(p.event.sides[1]!.casualties!.killed).toMatchObject({ min: 1200 });
    expect(p.event.sides[1]!.casualties!.wounded).toMatchObject({ min: 5000 });
  });

  it("splits status markers glued to names and keeps particles, titles and initials whole", () => {
    const p = scraped(
      ["Belligerents | |||||||", "Alpha Republic | Beta Kingdom | ||||||", "Commanders and leaders | |||||||", "Ivan PetrovKIA Hans MeierWIA Kenji SatōPOW Pavel OrlovDOW | Mikhail Barclay de Tolly Jan van der Berg L.-N. Davout Prince Albert of Saxony |"],
      "The Battle of Example Ridge was fought on 3 May 1901 on a ridge between two armies.",
    );
    const people = p.event.sides.map((s) => s.commanders.map((c) => [c.name, c.rank, c.status]));
    expect(people[0]).toEqual([["Ivan Petrov", null, "KIA"], ["Hans Meier", null, "WIA"], ["Kenji Satō", null, "POW"], ["Pavel Orlov", null, "DOW"]]);
    expect(people[1]).toEqual([["Mikhail Barclay de Tolly", null, null], ["Jan van der Berg", null, null], ["L.-N. Davout", null, null], ["Albert of Saxony", "Prince", null]]);
  });

  it("cuts a run of three-syllable Vietnamese names into whole names", () => {
    const p = scraped(
      ["Belligerents | |||||||", "Alpha Republic | Beta Kingdom | ||||||", "Commanders and leaders | |||||||", "Christian de Castries Pierre Langlais | Võ Nguyên Giáp Hoàng Văn Thái Lê Trọng Tấn |"],
      "The Battle of Example Ridge was fought on 3 May 1901 on a ridge between two armies.",
    );
    expect(p.event.sides[1]!.commanders.map((c) => c.name)).toEqual(["Võ Nguyên Giáp", "Hoàng Văn Thái", "Lê Trọng Tấn"]);
    expect(p.event.sides[0]!.commanders.map((c) => c.name)).toEqual(["Christian de Castries", "Pierre Langlais"]);
  });

  it("reads a strength cell that starts with a date without taking the day for the strength", () => {
    const p = scraped(["Belligerents | |||||||", "Alpha Republic | Beta Kingdom | ||||||", "Strength | |||||||", "As of 13 March: 14,000 | 1 May 1943: 41,000 men |"], "The Battle of Example Ridge was fought on 3 May 1901 on a ridge between two armies.");
    expect(p.event.sides.map((s) => s.strength?.min)).toEqual([14000, 41000]);
  });

  it("does not take page chrome before the table for its title", () => {
    const p = parseArticle("x.txt", ["Jump to content", "Main menu | Search", "From Wikipedia, the free encyclopedia", "Battle of Example Ridge | ||||", "---|---|", "Belligerents | ||||", "Alpha Republic | Beta Kingdom | |||", "The Battle of Example Ridge was fought on 3 May 1901 on a ridge between two armies.", ""].join("\n"));
    expect(p.title).toBe("Battle of Example Ridge");
  });
});

describe("the parser check's commander modes", () => {
  const text = ["= Battle of Varrow Ford =", "", "Infobox", "- Conflict: Battle of Varrow Ford", "- Date: 3 May 1871", "- Combatant1: Alpha Republic", "- Combatant2: Beta Kingdom", "- Commander1: Lord Chelmsby, Colonel Hugh Brand", "- Commander2: Piers Gaunt", "", "The Battle of Varrow Ford was fought on 3 May 1871.", ""].join("\n");
  const parsed = parseArticle("x.txt", text);
  const exp: Expected = {
    sides: [
      { belligerents: ["Alpha Republic"], commanders: [["Lord Chelmsby", null, null], ["Hugh Brand", null, null]], strength: null, killed: null, wounded: null, captured: null, total: null },
      { belligerents: ["Beta Kingdom"], commanders: [["Piers Gaunt", "General", null]], strength: null, killed: null, wounded: null, captured: null, total: null },
    ],
  };
  const commanders = (mode: Parameters<typeof scoreArticle>[4]) => {
    const score: Score = { fields: {}, commanders: { right: 0, found: 0, expected: 0 }, misses: [] };
    scoreArticle("x.txt", parsed, exp, score, mode);
    return score.commanders.right;
  };
  it("counts rank and name strictly, names only, or a title written in the name as the rank", () => {
    // Read: rank Lord + "Chelmsby", Colonel "Hugh Brand", "Piers Gaunt" without a rank.
    expect(commanders(false)).toBe(0);
    expect(commanders(true)).toBe(2);
    expect(commanders("title-in-name")).toBe(3);
  });
});
