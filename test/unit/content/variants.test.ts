import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../lib/content";
import { expectSourcesMatch, factsOf, parseFixture, readFixture } from "./helpers";

describe("infobox variants", () => {
  it("'Battlebox' block title, ranks, status markers, number forms, footnotes, US dates, unknown key", () => {
    const a = parseFixture("battlebox-statuses.txt");
    expect(a.issues).toEqual([{ severity: "warning", file: "battlebox-statuses.txt", line: 19, message: "unknown infobox key 'Flagbearer'; ignored" }]);
    const ev = a.event;
    expect(ev.name).toBe("Battle of Kessel Ford");
    expect(ev.partOf).toBe("Velor–Ostmur War");
    expect(ev.date).toEqual({ start: "1939-07-11", end: "1939-09-16", precision: "day", text: "July 11 – September 16, 1939" }); // footnote marker removed
    expect(ev.result).toBe("Ostmurian victory");
    expect(ev.sides[1]!.belligerents).toEqual(["Grand Duchy of Ostmur", "Free City of Tarn"]);
    expect(ev.sides[0]!.commanders.map((p) => [p.name, p.rank, p.status])).toEqual([
      ["Ivan Petrov", "Lieutenant General", "KIA"],
      ["Kenji Tanaka", "Vice Admiral", "POW"],
      ["Pavel Orlov", "Colonel", "KIA"],
    ]);
    expect(ev.sides[1]!.commanders.map((p) => [p.name, p.rank, p.status])).toEqual([
      ["Oskar Lindqvist", "Marshal", null],
      ["Fyodor Zaitsev", "Major General", "DOW"],
      ["Alexei Morozov", null, "WIA"],
    ]);
    expect(ev.sides[0]!.units).toEqual(["3rd Cavalry Brigade", "5th Rifle Division"]);
    expect(ev.sides[0]!.strength).toEqual({ min: 10800, max: 10800, approx: true, text: "c. 10,800", note: null });
    expect(ev.sides[1]!.strength).toEqual({ min: 3000, max: 4500, approx: false, text: "3,000 to 4,500 men (including 800 militia)", note: "including 800 militia" });
    expect(ev.sides[0]!.casualties).toMatchObject({
      text: "at least 962 killed, c. 511 wounded, over 1,000 captured",
      killed: { min: 962, max: 962, approx: true, text: "at least 962 killed" },
      wounded: { min: 511, approx: true, text: "c. 511 wounded" },
      captured: { min: 1000, approx: true, text: "over 1,000 captured" },
    });
    expect(ev.sides[1]!.casualties).toMatchObject({ killed: { min: 700, max: 2000, approx: false }, missing: { min: 150, approx: true } });
    expect(ev.aliases).toEqual(["Kesselfurt", "Кессельский брод"]);
    expect(ev.timeline.map((t) => t.date)).toEqual(["1939-07-11", "1939-08-02", "1939-08-04", "1939-09-16"]);
    const prose = factsOf(a.facts, "proseNumber").map((f) => [f.value.measure, f.value.quantity.min, f.value.quantity.approx, f.value.subject]);
    expect(prose).toContainEqual(["killed", 962, true, "The Velorians"]);
    expect(prose).toContainEqual(["captured", 1000, true, "Velorians"]);
    expect(expectSourcesMatch(a.facts, readFixture)).toEqual([]);
  });

  it("'Military conflict' block title, multi-line values, duplicate key, qualitative casualties", () => {
    const a = parseFixture("military-conflict-multiline.txt");
    expect(a.issues).toEqual([
      { severity: "warning", file: "military-conflict-multiline.txt", line: 20, message: "duplicate key 'Date' (first at line 6); the first value is kept" },
    ]);
    const ev = a.event;
    expect(ev.date).toEqual({ start: "1938-07-29", end: "1938-08-11", precision: "day", text: "29 July – 11 August 1938" });
    const cmd = factsOf(a.facts, "commander", 1);
    expect(cmd.map((f) => [f.value.name, f.source.line])).toEqual([
      ["Anatoly Sokolov", 12],
      ["Nikolai Lebedev", 13],
    ]);
    expect(ev.sides[0]!.strength).toMatchObject({ min: 7280, text: "7280" });
    expect(ev.sides[1]!.strength).toMatchObject({ min: 14000, note: "200 guns" });
    expect(ev.sides.map((s) => s.casualties?.qualitative)).toEqual(["Unknown", "Heavy"]);
    expect(ev.timeline).toEqual([{ date: "1938-07-30", text: "On 30 July the besiegers opened fire.", source: expect.objectContaining({ line: 24 }) }]);
  });
});

describe("scraped variants", () => {
  it("banner and lead before the table, 'Commanders' row, multi-line cell, footnote lines, key rows", () => {
    const a = parseFixture("scraped-banner-lead.txt");
    expect(a.issues).toEqual([]);
    const ev = a.event;
    expect(a.shape).toBe("scraped");
    expect(ev.name).toBe("Orvel Landing");
    expect(ev.partOf).toBe("Soviet–Japanese War");
    expect(ev.date).toMatchObject({ start: "1945-08-09", end: "1945-09-02", precision: "day" });
    expect(ev.place).toBe("Orvel Island");
    expect(ev.result).toBe("Soviet victory");
    expect(ev.aliases).toEqual(["大場上陸", "Oba jōriku", "Battle of Orvel Bay"]);
    // The multi-line cell keeps a line per commander.
    expect(factsOf(a.facts, "commander", 1).map((f) => [f.value.name, f.source.line])).toEqual([
      ["Ivan Volkov", 14],
      ["M.A. Novikov", 15],
    ]);
    expect(ev.sides[1]!.commanders.map((p) => p.name)).toEqual(["Saburo Hagi", "Jiro Suzuki"]);
    expect(ev.sides[0]!.casualties).toMatchObject({ qualitative: "Unknown", killed: null, notes: [{ group: "Amur Flotilla", killed: { min: 40 } }] });
    expect(ev.sides[1]!.casualties).toMatchObject({ killed: { min: 900 }, captured: { min: 2100 }, civilian: { min: 300, max: 400 } });
    // The banner is not prose; the footnote lines repeating cells are not prose either.
    expect(a.facts.some((f) => f.source.line === 1 || f.source.line === 23 || f.source.line === 24)).toBe(false);
    expect(ev.timeline.map((t) => t.date)).toEqual(["1945-08-09", "1945-08-12", "1945-09-02"]);
    expect(expectSourcesMatch(a.facts, readFixture)).toEqual([]);
  });

  it("leading-pipe markdown table", () => {
    const a = parseFixture("scraped-markdown.txt");
    expect(a.issues).toEqual([]);
    const ev = a.event;
    expect(a.title).toBe("Battle of Marrow Pass");
    expect(ev.date).toEqual({ start: "1905-05-27", end: "1905-05-28", precision: "day", text: "27–28 May 1905" });
    expect(ev.sides.map((s) => s.belligerents)).toEqual([["Kingdom of Velor"], ["Grand Duchy of Ostmur"]]);
    expect(ev.sides[0]!.commanders).toEqual([{ name: "Ivan Petrov", rank: "General", status: null, aliases: [] }]);
    expect(ev.sides.map((s) => s.strength?.min)).toEqual([5000, 6500]);
    expect(ev.sides[1]!.casualties).toMatchObject({ killed: { min: 350 }, captured: { min: 90 } });
  });
});

describe("bad input", () => {
  it("empty file: an error, no event", () => {
    const a = parseFixture("empty.txt");
    expect(a.issues).toEqual([{ severity: "error", file: "empty.txt", line: 1, message: "empty file" }]);
    expect(a.facts).toEqual([]);
  });

  it("binary file: an error naming the line", () => {
    const a = parseFixture("binary.txt");
    expect(a.issues).toHaveLength(1);
    expect(a.issues[0]).toMatchObject({ severity: "error", line: 2 });
    expect(a.issues[0]!.message).toMatch(/^binary file: NUL byte/);
  });

  it("invalid UTF-8: an error", () => {
    const a = parseFixture("latin1.txt");
    expect(a.issues).toEqual([{ severity: "error", file: "latin1.txt", line: 1, message: "binary or non-UTF-8 file: invalid UTF-8 byte sequence at offset 15" }]);
  });

  it("no infobox: an error", () => {
    const a = parseFixture("no-infobox.txt");
    expect(a.title).toBe("Battle of Nowhere");
    expect(a.issues.map((i) => [i.severity, i.line])).toEqual([["error", 1]]);
    expect(a.issues[0]!.message).toContain("no infobox");
  });

  it("cut-off infobox: a warning, the fields read so far are kept", () => {
    const a = parseFixture("cut-off-infobox.txt");
    expect(a.issues).toEqual([
      { severity: "warning", file: "cut-off-infobox.txt", line: 8, message: "infobox cut off: file ends inside the infobox and key 'Casualties2' has no value" },
    ]);
    expect(a.event.date?.start).toBe("1905-03-10");
    expect(a.event.sides[0]!.strength?.min).toBe(1000);
    expect(a.event.sides[1]?.casualties ?? null).toBeNull();
  });

  it("table cut off mid-cell: a warning, the incomplete cell is dropped", () => {
    const a = parseFixture("cut-off-table.txt");
    expect(a.issues).toEqual([
      { severity: "warning", file: "cut-off-table.txt", line: 9, message: "table cut off: file ends inside the table; incomplete cell '300 kil' dropped" },
    ]);
    expect(a.event.sides[0]!.casualties?.killed?.min).toBe(120);
    expect(a.event.sides[1]!.casualties).toBeNull();
  });

  it("table cut off after a section row: a warning", () => {
    const text = "Battle of Short Table | |||||||\n---|---|---|\nBelligerents | |||||||\nKingdom of Velor | Republic of Kessia | ||||||\nStrength | |||||||\n";
    const a = parseArticle("short.txt", text);
    expect(a.issues).toEqual([{ severity: "warning", file: "short.txt", line: 5, message: "table cut off: file ends inside the table; section 'strength' has 0 of 2 cells" }]);
  });

  it("empty values and keys without a side number are warnings", () => {
    const text = "= Battle of Gaps =\n\nInfobox\n- Conflict: Battle of Gaps\n- Place:\n- Commander: Ivan Petrov\n- Strength1: 1,000\n\nProse follows.\n";
    const a = parseArticle("gaps.txt", text);
    expect(a.issues.map((i) => [i.line, i.message])).toEqual([
      [6, "key 'Commander' has no side number (expected e.g. 'Commander1'); ignored"],
      [5, "key 'Place' has no value"],
    ]);
    expect(a.event.place).toBeNull();
  });

  it("a string input is parsed like its UTF-8 bytes", () => {
    const bytes = readFixture("scraped-markdown.txt");
    const fromString = parseArticle("x.txt", bytes.toString("utf8"));
    const fromBytes = parseArticle("x.txt", bytes);
    expect(fromString).toEqual(fromBytes);
  });
});
