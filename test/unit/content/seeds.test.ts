import { describe, expect, it } from "vitest";
import { expectSourcesMatch, factsOf, parseSeed, readContent, SEEDS } from "./helpers";

const [S000, S001, S002] = SEEDS;

describe("seed 000 (infobox shape)", () => {
  const a = parseSeed(S000);
  const ev = a.event;

  it("reads every infobox field", () => {
    expect(a.issues).toEqual([]);
    expect(a.shape).toBe("infobox");
    expect(a.title).toBe("Japanese invasion of Sakhalin");
    expect(a.bytes).toBe(readContent(S000).length);
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(ev.name).toBe("Japanese invasion of Sakhalin");
    expect(ev.aliases).toEqual([]);
    expect(ev.partOf).toBe("Russo-Japanese War");
    expect(ev.date).toEqual({ start: "1905-07-07", end: "1905-07-31", precision: "day", text: "7–31 July 1905" });
    expect(ev.place).toBe("Sakhalin");
    expect(ev.result).toBe("Japanese victory");
    expect(ev.territory).toBe("Japanese occupation of Sakhalin");
    expect(ev.sides).toHaveLength(2);
  });

  it("reads side 1: two commanders from a comma list, ranks from the prose", () => {
    const s = ev.sides[0]!;
    expect(s.belligerents).toEqual([]);
    expect(s.commanders.map((p) => [p.name, p.rank, p.status])).toEqual([
      ["Haraguchi Kensai", "General", null],
      ["Kataoka Shichirō", "Admiral", null],
    ]);
    expect(s.strength).toEqual({ min: 14000, max: 14000, approx: false, text: "14,000", note: null });
    expect(s.casualties?.qualitative).toBe("Minimal");
    expect(s.casualties?.killed).toBeNull();
    expect(s.casualties?.captured).toBeNull();
  });

  it("reads side 2: Lyapunov, 7,280 men, 181 dead and 3,270 prisoners", () => {
    const s = ev.sides[1]!;
    expect(s.commanders).toEqual([{ name: "Mikhail Nikolaevich Lyapunov", rank: "General", status: null, aliases: ["General Lyapunov"] }]);
    expect(s.strength).toMatchObject({ min: 7280, max: 7280, approx: false, text: "7,280 men", note: null });
    expect(s.casualties).toMatchObject({
      text: "181 dead and 3,270 prisoners",
      killed: { min: 181, max: 181, approx: false, text: "181 dead" },
      captured: { min: 3270, max: 3270, approx: false, text: "3,270 prisoners" },
      wounded: null,
      qualitative: null,
      notes: [],
    });
  });

  it("builds the timeline with years inferred from context", () => {
    expect(ev.timeline.map((t) => t.date)).toEqual(["1905-06-07", "1905-07-07", "1905-07-08", "1905-07-10", "1905-07-16", "1905-07-24", "1905-07-31"]);
    const byDate = Object.fromEntries(ev.timeline.map((t) => [t.date, t]));
    expect(byDate["1905-07-16"]!.text).toBe("He surrendered with his remaining men on 16 July.");
    expect(byDate["1905-07-10"]!.text).toContain("taking the village of Vladimirovka");
    expect(byDate["1905-07-08"]!.text).toMatch(/^The Japanese moved on to occupy Korsakov on 8 July/);
    expect(byDate["1905-07-24"]!.text).toBe("On 24 July, the Japanese landed in northern Sakhalin near Alexandrovsk-Sakhalinski.");
    expect(byDate["1905-07-31"]!.text).toContain("a few days later on 31 July 1905");
    expect(byDate["1905-07-24"]!.source).toMatchObject({ file: S000, line: 33 });
    expect(byDate["1905-07-16"]!.source.line).toBe(31);
  });

  it("reads prose figures with what they count and about whom", () => {
    const nums = factsOf(a.facts, "proseNumber").map((f) => f.value);
    const find = (measure: string, n: number) => nums.find((v) => v.measure === measure && v.quantity.min === n);
    expect(find("killed", 18)).toMatchObject({ subject: "the Japanese", quantity: { max: 18, approx: false, text: "18 dead" } });
    expect(find("wounded", 58)).toMatchObject({ subject: "the Japanese", quantity: { text: "58 wounded" } });
    expect(find("captured", 200)).toMatchObject({ subject: "Russians", quantity: { approx: true } });
    expect(find("killed", 181)).toMatchObject({ subject: "The Russians" });
    expect(find("captured", 3270)).toMatchObject({ subject: "The Russians", quantity: { text: "3,270 taken prisoner" } });
    expect(find("strength", 7280)).toMatchObject({ subject: "The Imperial Russian Army", quantity: { text: "7,280 men" } });
    expect(find("strength", 14000)).toBeDefined();
    expect(find("population", 30000)).toMatchObject({ subject: "Sakhalin", quantity: { approx: true } });
    // Years and day numbers are never figures.
    expect(nums.some((v) => [1875, 1904, 1905, 7, 8, 10, 16, 24, 31].includes(v.quantity.min))).toBe(false);
  });

  it("records provenance for every fact", () => {
    expect(expectSourcesMatch(a.facts, readContent)).toEqual([]);
    const cmd = factsOf(a.facts, "commander", 1);
    expect(cmd.map((f) => [f.key, f.text, f.source.line])).toEqual([
      ["haraguchi kensai", "Haraguchi Kensai", 10],
      ["kataoka shichiro", "Kataoka Shichirō", 10],
    ]);
    for (const f of a.facts) {
      expect(f.eventId).toBe("");
      expect(f.source.text).toContain(f.text);
    }
  });
});

describe("seed 001 (scraped table)", () => {
  const a = parseSeed(S001);
  const ev = a.event;

  it("reads the table", () => {
    expect(a.issues).toEqual([]);
    expect(a.shape).toBe("scraped");
    expect(a.title).toBe("Invasion of Sakhalin");
    expect(ev.partOf).toBe("Russo-Japanese War");
    // No date row, and the lead's "of 1904–1905" dates the war, not the battle.
    expect(ev.date).toBeNull();
    expect(ev.sides.map((s) => s.belligerents)).toEqual([["Empire of Japan"], ["Russian Empire"]]);
    expect(ev.sides[0]!.commanders.map((p) => p.name)).toEqual(["Haraguchi Kensai", "Kataoka Shichirō"]);
    expect(ev.sides[1]!.commanders).toEqual([{ name: "MN Lyapunov", rank: "General", status: null, aliases: ["General Lyapunov"] }]);
    expect(ev.sides[0]!.strength?.min).toBe(14000);
    expect(ev.sides[1]!.strength).toMatchObject({ min: 7280, text: "7280 men" });
    expect(ev.sides[0]!.casualties?.qualitative).toBe("minimal");
    expect(ev.sides[1]!.casualties).toMatchObject({ killed: { min: 181 }, captured: { min: 3270 } });
  });

  it("ignores the image caption", () => {
    expect(a.facts.some((f) => f.text.includes("Japanese forces landing"))).toBe(false);
  });

  it("takes native-script names from the lead as aliases", () => {
    expect(ev.aliases).toEqual(["樺太の戦い", "Karafuto no tatakai", "Японское вторжение на Сахалин"]);
    expect(factsOf(a.facts, "alias").every((f) => f.source.line === 17)).toBe(true);
  });

  it("dates 'On 7 June 1905' in the prose", () => {
    expect(ev.timeline.map((t) => t.date)).toEqual(["1905-06-07"]);
    expect(expectSourcesMatch(a.facts, readContent)).toEqual([]);
  });
});

describe("seed 002 (scraped, run-together cells, casualty notes)", () => {
  const a = parseSeed(S002);
  const ev = a.event;

  it("reads the event fields", () => {
    expect(a.issues).toEqual([]);
    expect(a.title).toBe("Invasion of South Sakhalin");
    expect(ev.partOf).toBe("Soviet-Japanese War"); // the bracketed year is era evidence, not part of the war
    expect(ev.campaign).toBeNull();
    expect(ev.date).toBeNull();
    expect(ev.aliases).toEqual(["Южно-Сахалинская операция", "樺太の戦い", "Battle of Sakhalin"]);
    expect(ev.sides.map((s) => s.belligerents)).toEqual([["Soviet Union"], ["Japan"]]);
  });

  it("splits the run-together commander cells into people", () => {
    expect(ev.sides[0]!.commanders.map((p) => p.name)).toEqual([
      "M.A. Purkayev",
      "L.G. Cheremisov",
      "Anatoly Petrakovsky",
      "Ivan Baturov",
      "Ivan Yumashev",
      "V.A. Andreev",
    ]);
    expect(ev.sides[1]!.commanders.map((p) => p.name)).toEqual(["Kiichiro Higuchi", "Saburo Hagi", "Junichiro Mineki"]);
  });

  it("splits units and reads strength notes", () => {
    expect(ev.sides[0]!.units).toEqual(["16th Army", "Pacific Fleet"]);
    expect(ev.sides[1]!.units).toEqual(["Fifth Area Army"]);
    expect(ev.sides[0]!.strength).toMatchObject({ min: 100000, max: 100000, note: null });
    expect(ev.sides[1]!.strength).toMatchObject({ min: 29000, max: 29000, note: "including 10,000 reservists" });
  });

  it("side 1: 'Unknown' overall, the Pacific Fleet figure stays a note", () => {
    const c = ev.sides[0]!.casualties!;
    expect(c.text).toBe("Unknown Red Army casualties Pacific Fleet: 89 killed");
    expect(c.qualitative).toBe("Unknown");
    expect(c.killed).toBeNull();
    expect(c.notes).toEqual([
      {
        group: "Pacific Fleet",
        text: "Pacific Fleet: 89 killed",
        killed: { min: 89, max: 89, approx: false, text: "89 killed" },
        wounded: null,
        captured: null,
        missing: null,
        civilian: null,
        total: null,
      },
    ]);
    expect(factsOf(a.facts, "killed", 1)).toEqual([]);
  });

  it("side 2: the Northern Army figures are the side's, civilians counted once", () => {
    const c = ev.sides[1]!.casualties!;
    expect(c.killed).toMatchObject({ min: 700, max: 2000, approx: false, text: "700-2,000 killed" });
    expect(c.captured).toMatchObject({ min: 18302, max: 18302, text: "18,302 PoW" });
    expect(c.civilian).toMatchObject({ min: 3500, max: 3700, text: "3,500-3,700 Japanese civilian casualties" });
    expect(c.total).toBeNull();
    expect(c.notes.map((n) => [n.group, n.killed?.max, n.captured?.max])).toEqual([["Northern Army", 2000, 18302]]);
    const killed = factsOf(a.facts, "killed", 2);
    expect(killed).toHaveLength(1);
    expect(killed[0]!.source).toMatchObject({ line: 19 });
    expect(killed[0]!.source.text).toContain("700-2,000 killed");
  });

  it("does not read the repeated footnote lines as prose", () => {
    expect(factsOf(a.facts, "proseNumber")).toEqual([]);
    expect(a.facts.some((f) => f.source.line === 20 || f.source.line === 21)).toBe(false);
    expect(ev.timeline).toEqual([
      {
        date: "1945-08-09",
        text: "On 9 August, the Soviet Union repudiated the Soviet–Japanese Neutrality Pact and launched a full-scale invasion of Manchuria in the Soviet-Japanese War of 1945.",
        source: expect.objectContaining({ file: S002, line: 25 }),
      },
    ]);
    expect(expectSourcesMatch(a.facts, readContent)).toEqual([]);
  });
});
