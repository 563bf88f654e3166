import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCorpus } from "../../../lib/content";
import { generateQuestions } from "../../../lib/questions";
import { buildCards } from "../../../lib/study/cards";
import { practiceRatings } from "../../../lib/study/practice";

describe("practice answers to card ratings", () => {
  const cards = [
    { cardKey: "a", asks: ["e1:commander:1"] },
    { cardKey: "b", asks: ["e1:killed:2:killed"] },
    { cardKey: "c", asks: ["e2:commander:1"] },
  ];

  it("rates the cards on the asked slots Good when correct and Again when not", () => {
    expect(practiceRatings({ asks: ["e1:commander:1"], correct: true }, cards)).toEqual([{ cardKey: "a", rating: "good" }]);
    expect(practiceRatings({ asks: ["e1:commander:1", "e1:killed:2:killed"], correct: false }, cards)).toEqual([
      { cardKey: "a", rating: "again" },
      { cardKey: "b", rating: "again" },
    ]);
    expect(practiceRatings({ asks: ["e9:date"], correct: true }, cards)).toEqual([]);
  });

  it("links real practice questions (any format) to the flashcards on the same facts", () => {
    const dir = join(import.meta.dirname, "../../../content");
    const files = readdirSync(dir).filter((f) => f.startsWith("01") && f.endsWith(".txt"));
    const events = parseCorpus(files.map((file) => ({ file, bytes: readFileSync(join(dir, file)) }))).events;
    const built = buildCards(events);
    const choice = generateQuestions(events, { formats: ["choice"] }).find((q) => q.templateId === "commanders.who.choice")!;
    const rated = practiceRatings({ asks: choice.asks, correct: true }, built);
    expect(rated.length).toBeGreaterThan(0);
    for (const r of rated) {
      const c = built.find((x) => x.cardKey === r.cardKey)!;
      expect(c.asks.some((s) => choice.asks.includes(s))).toBe(true);
      expect(c.family).toBe("commanders");
    }
    // The side's casualty card mentions the same belligerent fact but is not about commanders.
    const sameSide = built.filter((c) => c.family === "casualties" && c.factIds.some((f) => choice.factIds.includes(f)));
    for (const c of sameSide) expect(rated.map((r) => r.cardKey)).not.toContain(c.cardKey);
  });
});
