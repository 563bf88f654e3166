import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCorpus } from "../../../lib/content";
import type { BattleEvent } from "../../../lib/facts/types";
import { generateQuestions } from "../../../lib/questions";
import { buildCards, changedFacts, FLASHCARD_FORMATS, isUpdated, type StudyCard } from "../../../lib/study/cards";

const CONTENT = join(import.meta.dirname, "../../../content");
const FILES = readdirSync(CONTENT).filter((f) => f.endsWith(".txt")).sort();
const read = (file: string): Buffer => readFileSync(join(CONTENT, file));

function corpus(edit?: { file: string; line: number; from: string; to: string }): BattleEvent[] {
  return parseCorpus(
    FILES.map((file) => {
      if (!edit || edit.file !== file) return { file, bytes: read(file) };
      const lines = read(file).toString("utf8").split("\n");
      const line = lines[edit.line - 1]!;
      if (!line.includes(edit.from)) throw new Error(`edit: "${edit.from}" not on ${file}:${edit.line}`);
      lines[edit.line - 1] = line.replace(edit.from, edit.to);
      return { file, bytes: Buffer.from(lines.join("\n"), "utf8") };
    }),
  ).events;
}

let events: BattleEvent[];
let cards: StudyCard[];
beforeAll(() => {
  events = corpus();
  cards = buildCards(events);
});

describe("cards from facts", () => {
  it("builds cards only from typed-answer questions, with unique keys", () => {
    expect(cards.length).toBeGreaterThan(100);
    const questions = new Map(generateQuestions(events).map((q) => [q.id, q]));
    for (const c of cards) {
      const q = questions.get(c.questionId)!;
      expect(FLASHCARD_FORMATS).toContain(q.format);
      expect(c.templateId).toBe(q.templateId);
      expect(c.front.prompt).toBe(q.prompt);
    }
    expect(new Set(cards.map((c) => c.cardKey)).size).toBe(cards.length);
    // Recognition formats never make cards.
    const tf = generateQuestions(events, { formats: ["trueFalse", "choice"] });
    const fromCards = new Set(cards.map((c) => c.questionId));
    expect(tf.some((q) => fromCards.has(q.id))).toBe(false);
  });

  it("covers every event and several families", () => {
    const covered = new Set(cards.flatMap((c) => c.eventIds));
    for (const e of events) if (e.facts.length > 5) expect(covered, e.id).toContain(e.id);
    expect(new Set(cards.map((c) => c.family)).size).toBeGreaterThanOrEqual(6);
  });

  it("gives every back an answer and quoted sources that are really on the cited line", () => {
    for (const c of cards) {
      expect(c.back.answer.trim().length, c.cardKey).toBeGreaterThan(0);
      expect(c.back.sources.length, c.cardKey).toBeGreaterThan(0);
      for (const s of c.back.sources) {
        const line = read(s.file).toString("utf8").split("\n")[s.line - 1];
        expect(line, `${s.file}:${s.line}`).toContain(s.quote);
      }
    }
  });

  it("does not give away the answer on the front", () => {
    const words = (t: string) => t.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const contains = (hay: string[], needle: string[]) => hay.some((_, i) => needle.every((w, j) => hay[i + j] === w));
    for (const c of cards) expect(contains(words(c.front.prompt), words(c.back.answer)), c.cardKey).toBe(false);
    // Such questions exist in the engine (an event named after its winner); they just make no card.
    const giveaways = generateQuestions(events, { formats: [...FLASHCARD_FORMATS] }).filter((q) => q.answer.kind !== "choice" && "display" in q.answer && contains(words(q.prompt), words(q.answer.display)));
    const built = new Set(cards.map((c) => c.questionId));
    for (const q of giveaways) expect(built.has(q.id), q.prompt).toBe(false);
  });

  it("keeps no redundant date cards: no two cards on the same slots with the same answer", () => {
    const seen = new Set<string>();
    for (const c of cards) {
      const k = `${c.asks.join(",")}|${c.back.answer}`;
      expect(seen.has(k), k).toBe(false);
      seen.add(k);
    }
    // A year-only card beside a full-date card on the same slot is implied by it.
    for (const c of cards.filter((x) => x.templateId.startsWith("dates.year"))) {
      expect(cards.some((o) => o !== c && o.family === "dates" && o.asks.join() === c.asks.join() && o.back.answer.includes(c.back.answer))).toBe(false);
    }
  });

  it("lists the fact versions each card was built from", () => {
    const facts = new Map(events.flatMap((e) => e.facts).map((f) => [f.id, f]));
    for (const c of cards) {
      expect(Object.keys(c.factVersions).sort()).toEqual([...c.factIds].sort());
      for (const [id, v] of Object.entries(c.factVersions)) expect(facts.get(id)?.versionHash).toBe(v);
    }
  });
});

describe("card identity across content versions", () => {
  it("keeps every key when a figure changes; the card shows the new value and reports the changed fact", () => {
    // Pick a number card from the real corpus and change its figure in the article.
    const target = cards.find((c) => c.templateId.endsWith(".number") && /\d/.test(c.back.sources[0]!.quote))!;
    const src = target.back.sources[0]!;
    const figure = /\d[\d,]*/.exec(src.quote)![0];
    const bumped = String(Number(figure.replace(/,/g, "")) + 7);
    const edited = buildCards(corpus({ file: src.file, line: src.line, from: figure, to: bumped }));

    expect(edited.map((c) => c.cardKey).sort()).toEqual(cards.map((c) => c.cardKey).sort());
    const after = edited.find((c) => c.cardKey === target.cardKey)!;
    expect(after.back.answer.replace(/,/g, "")).toContain(bumped);
    expect(after.factIds).toEqual(target.factIds);
    const changed = changedFacts(target.factVersions, after);
    expect(changed.length).toBeGreaterThan(0);
    expect(isUpdated(target.factVersions, after)).toBe(true);

    // Cards on untouched facts are not "updated".
    const byKey = new Map(edited.map((c) => [c.cardKey, c]));
    const untouched = cards.filter((c) => !c.factIds.some((f) => changed.includes(f)));
    expect(untouched.length).toBeGreaterThan(cards.length / 2);
    for (const c of untouched) expect(isUpdated(c.factVersions, byKey.get(c.cardKey)!), c.cardKey).toBe(false);
  });

  it("keeps keys when a side's name, a context fact of its cards, is spelled differently", () => {
    // Find a battle whose belligerents line names the side of a casualty card, and rename that side.
    const card = cards.find((c) => c.templateId === "casualties.count.number" && c.back.sources.length > 1)!;
    const sideLine = card.back.sources[1]!;
    const renamed = buildCards(corpus({ file: sideLine.file, line: sideLine.line, from: sideLine.quote, to: `${sideLine.quote} Forces` }));
    const after = renamed.find((c) => c.cardKey === card.cardKey);
    expect(after, "card survives the rename").toBeDefined();
    expect(after!.factIds).not.toEqual(card.factIds);
    // Its fact set changed (the belligerent's slot is named by its name) and so it reports an update.
    expect(isUpdated(card.factVersions, after!)).toBe(true);
  });

  it("builds the same cards from the same content", () => {
    expect(buildCards(corpus())).toEqual(cards);
  });

  it("reports added and removed facts as changes", () => {
    expect(changedFacts({ a: "1", b: "2" }, { factVersions: { a: "1", c: "3" } })).toEqual(["b", "c"]);
    expect(changedFacts({ a: "1" }, { factVersions: { a: "1" } })).toEqual([]);
  });
});
