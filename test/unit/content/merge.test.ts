import { describe, expect, it } from "vitest";
import type { BattleEvent, Person } from "../../../lib/facts/types";
import { parseArticle, parseCorpus, reconcile, samePerson } from "../../../lib/content";
import { expectSourcesMatch, factsOf, FIXTURES_DIR, readContent, readFixture, SEEDS } from "./helpers";
import { loadCorpus } from "../../../lib/content/load";

const [S000, S001, S002] = SEEDS;
const seeds = () => SEEDS.map((file) => ({ file, bytes: readContent(file) }));

function commander(ev: BattleEvent, side: number, name: string): Person | undefined {
  return ev.sides[side - 1]!.commanders.find((p) => p.name === name);
}

describe("reconciling the seeds", () => {
  const corpus = parseCorpus(seeds());
  const [sakhalin1905, sakhalin1945] = corpus.events;

  it("merges 000 and 001 into one event and keeps 002 apart", () => {
    expect(corpus.events.map((e) => e.id)).toEqual(["japanese-invasion-of-sakhalin-1905", "invasion-of-south-sakhalin-1945"]);
    expect(sakhalin1905!.sources).toEqual([
      { file: S000, title: "Japanese invasion of Sakhalin" },
      { file: S001, title: "Invasion of Sakhalin" },
    ]);
    expect(sakhalin1945!.sources).toEqual([{ file: S002, title: "Invasion of South Sakhalin" }]);
    expect(corpus.articles.map((a) => [a.file, a.eventId])).toEqual([
      [S000, "japanese-invasion-of-sakhalin-1905"],
      [S001, "japanese-invasion-of-sakhalin-1905"],
      [S002, "invasion-of-south-sakhalin-1945"],
    ]);
    // Both 1905 and 1945 events carry the Japanese name 樺太の戦い; they stay separate.
    expect(sakhalin1905!.aliases).toContain("樺太の戦い");
    expect(sakhalin1945!.aliases).toContain("樺太の戦い");
  });

  it("uses the infobox title as the name and the other title as an alias", () => {
    expect(sakhalin1905!.name).toBe("Japanese invasion of Sakhalin");
    expect(sakhalin1905!.aliases).toEqual(["Invasion of Sakhalin", "樺太の戦い", "Karafuto no tatakai", "Японское вторжение на Сахалин"]);
    expect(sakhalin1905!.date?.start).toBe("1905-07-07");
    expect(sakhalin1905!.sides.map((s) => s.belligerents)).toEqual([["Empire of Japan"], ["Russian Empire"]]);
  });

  it("merges the spellings of Lyapunov into one commander", () => {
    expect(sakhalin1905!.sides[1]!.commanders).toEqual([
      { name: "Mikhail Nikolaevich Lyapunov", rank: "General", status: null, aliases: ["General Lyapunov", "MN Lyapunov"] },
    ]);
    expect(sakhalin1905!.sides[0]!.commanders.map((p) => p.name)).toEqual(["Haraguchi Kensai", "Kataoka Shichirō"]);
    const lyapunov = factsOf(sakhalin1905!.facts, "commander", 2);
    expect(lyapunov).toHaveLength(1);
    expect(lyapunov[0]!.source).toMatchObject({ file: S000, line: 11 });
    expect(lyapunov[0]!.alsoIn).toEqual([expect.objectContaining({ file: S001, line: 12 })]);
  });

  it("records agreements after normalisation and no conflicts", () => {
    const ag = Object.fromEntries(sakhalin1905!.agreements.map((a) => [a.field, a]));
    expect(ag["side1.casualties"]!.sources.map((s) => s.text)).toEqual(["- Casualties1: Minimal", "minimal | 181 dead and 3,270 prisoners |"]);
    expect(ag["side2.strength"]!.sources.map((s) => [s.file, s.line])).toEqual([
      [S000, 13],
      [S001, 14],
    ]);
    expect(ag["partOf"]!.value).toBe("Russo-Japanese War");
    expect(ag["side2.casualties.killed"]).toBeDefined();
    expect(sakhalin1905!.conflicts).toEqual([]);
    expect(sakhalin1905!.facts.every((f) => !f.disputed)).toBe(true);
  });

  it("merges the same prose sentence told by both articles", () => {
    const june7 = sakhalin1905!.timeline.filter((t) => t.date === "1905-06-07");
    expect(june7).toHaveLength(1);
    const fact = factsOf(sakhalin1905!.facts, "timeline").find((f) => f.value.date === "1905-06-07")!;
    expect(fact.source.file).toBe(S000);
    expect(fact.alsoIn.map((r) => r.file)).toEqual([S001]);
    const strength = factsOf(sakhalin1905!.facts, "proseNumber").filter((f) => f.value.measure === "strength" && f.value.quantity.min === 7280);
    expect(strength).toHaveLength(1);
    expect(strength[0]!.alsoIn.map((r) => r.file)).toEqual([S001]);
  });

  it("gives every fact a unique, stable id and its event id", () => {
    for (const ev of corpus.events) {
      const ids = ev.facts.map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ev.facts.every((f) => f.eventId === ev.id && /^[0-9a-f]{16}$/.test(f.id) && /^[0-9a-f]{16}$/.test(f.versionHash))).toBe(true);
      expect(expectSourcesMatch(ev.facts, readContent)).toEqual([]);
    }
    const again = parseCorpus(seeds());
    expect(again.events.map((e) => e.facts.map((f) => [f.id, f.versionHash]))).toEqual(corpus.events.map((e) => e.facts.map((f) => [f.id, f.versionHash])));
  });

  it("keeps a fact's id when its value changes, and changes its version hash", () => {
    const edited = readContent(S000).toString("utf8").replace("- Strength1: 14,000", "- Strength1: 15,000");
    const other = parseCorpus([{ file: S000, bytes: Buffer.from(edited) }, ...seeds().slice(1)]);
    const slot = (evs: BattleEvent[]) => factsOf(evs[0]!.facts, "strength", 1)[0]!;
    expect(slot(other.events).id).toBe(slot(corpus.events).id);
    expect(slot(other.events).versionHash).not.toBe(slot(corpus.events).versionHash);
    expect(slot(other.events).disputed).toBe(true);
    expect(other.events[0]!.conflicts.map((c) => [c.field, c.values.map((v) => v.sources[0]!.file)])).toEqual([["side1.strength", [S000, S001]]]);
  });

  it("does not depend on input order", () => {
    const rev = parseCorpus(seeds().reverse());
    const ids = rev.events.map((e) => e.id).sort();
    expect(ids).toEqual(["invasion-of-south-sakhalin-1945", "japanese-invasion-of-sakhalin-1905"]);
    const ev = rev.events.find((e) => e.id === "japanese-invasion-of-sakhalin-1905")!;
    expect(ev.name).toBe("Japanese invasion of Sakhalin");
    expect(ev.sources.map((s) => s.file)).toEqual([S000, S001]);
  });

  it("articles with an error yield no event", () => {
    const c = reconcile([parseArticle("empty.txt", Buffer.alloc(0)), parseArticle(S002, readContent(S002))]);
    expect(c.events.map((e) => e.id)).toEqual(["invasion-of-south-sakhalin-1945"]);
    expect(c.articles[0]).toMatchObject({ file: "empty.txt", eventId: "" });
    expect(c.issues).toEqual([{ severity: "error", file: "empty.txt", line: 1, message: "empty file" }]);
  });
});

describe("person identity", () => {
  it("ignores word order, diacritics and rank-only forms", () => {
    expect(samePerson("Nagaoka Gaishi", "Gaishi Nagaoka")).toBe(true);
    expect(samePerson("Tōgō Heihachirō", "Togo Heihachiro")).toBe(true);
    expect(samePerson("Tōgō", "Togo Heihachiro")).toBe(true);
    expect(samePerson("MN Lyapunov", "Mikhail Nikolaevich Lyapunov")).toBe(true);
    expect(samePerson("M.N. Lyapunov", "Mikhail Nikolaevich Lyapunov")).toBe(true);
    expect(samePerson("Lyapunov", "Mikhail Nikolaevich Lyapunov")).toBe(true);
  });

  it("tells different people apart", () => {
    expect(samePerson("Ivan Baturov", "Ivan Yumashev")).toBe(false);
    expect(samePerson("AN Lyapunov", "Mikhail Nikolaevich Lyapunov")).toBe(false);
    expect(samePerson("Kataoka Shichirō", "Haraguchi Kensai")).toBe(false);
  });
});

describe("reconciling fixtures", () => {
  const corpus = loadCorpus([FIXTURES_DIR + "merge"]);
  const cape1904 = corpus.events.find((e) => e.id === "battle-of-yellow-cape-1904")!;
  const cape1951 = corpus.events.find((e) => e.id === "battle-of-yellow-cape-1951")!;

  it("merges an infobox and a scraped article that list the sides in opposite order", () => {
    expect(corpus.events).toHaveLength(2);
    expect(cape1904.sources.map((s) => s.file)).toEqual(["yellow-cape-infobox.txt", "yellow-cape-scraped.txt"]);
    expect(cape1904.aliases).toEqual(["Battle off Yellow Cape", "黄岬沖海戦"]);
    expect(cape1904.sides.map((s) => s.belligerents)).toEqual([["Empire of Japan"], ["Russian Empire"]]);
    expect(cape1951.sources.map((s) => s.file)).toEqual(["yellow-cape-1950.txt"]);
  });

  it("recognises Tōgō/Togo, Nagaoka Gaishi/Gaishi Nagaoka and K. Jessen/Karl Jessen", () => {
    expect(cape1904.sides[0]!.commanders).toEqual([
      { name: "Tōgō Heihachirō", rank: "Admiral", status: null, aliases: [] },
      { name: "Nagaoka Gaishi", rank: null, status: null, aliases: ["Gaishi Nagaoka"] },
    ]);
    expect(commander(cape1904, 2, "Karl Jessen")).toEqual({ name: "Karl Jessen", rank: "Rear Admiral", status: null, aliases: ["K. Jessen"] });
    const togo = factsOf(cape1904.facts, "commander", 1).find((f) => f.value.name === "Tōgō Heihachirō")!;
    expect(togo.alsoIn.map((r) => [r.file, r.line])).toEqual([["yellow-cape-scraped.txt", 7]]);
  });

  it("records the strength disagreement and marks the fact disputed", () => {
    expect(cape1904.conflicts).toEqual([
      {
        field: "side2.strength",
        values: [
          { value: "9,000 (9000)", sources: [expect.objectContaining({ file: "yellow-cape-infobox.txt", line: 14 })] },
          { value: "9,500 (9500)", sources: [expect.objectContaining({ file: "yellow-cape-scraped.txt", line: 9 })] },
        ],
      },
    ]);
    const strength = factsOf(cape1904.facts, "strength", 2)[0]!;
    expect(strength.disputed).toBe(true);
    expect(strength.value.min).toBe(9000);
    expect(factsOf(cape1904.facts, "strength", 1)[0]!.disputed).toBe(false);
    const fields = cape1904.agreements.map((a) => a.field);
    expect(fields).toContain("side1.strength"); // "12,000 men" = "12000 men"
    expect(fields).toContain("side1.casualties"); // "Minimal" = "minimal"
    expect(fields).toContain("side2.casualties.killed");
    expect(expectSourcesMatch(cape1904.facts, (f) => readFixture("merge/" + f))).toEqual([]);
  });
});
