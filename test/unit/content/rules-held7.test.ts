/**
 * Rules added after the held7 batch of real-shape fixtures, each pinned on invented cells.
 */
import { describe, expect, it } from "vitest";
import { parseCasualties } from "../../../lib/content/casualties";
import { stripFlagImages } from "../../../lib/content/flags";
import { findMentions, mergePerson, splitPeople } from "../../../lib/content/people";
import { splitBelligerents } from "../../../lib/content/sides";

const cas = (text: string) => parseCasualties([{ text, ref: 1 }])!.casualties;
const people = (cell: string) => splitPeople(cell).people.map((p) => [p.person.name, p.person.rank, p.person.status]);

describe("flag images (held7 rules)", () => {
  it("drops flag file names and reads the white flag as a surrender", () => {
    expect(stripFlagImages("Flag of the Dutch East India Company (1700).svg Jan Pieter Coen")).toBe("Jan Pieter Coen");
    expect(stripFlagImages("Maratha Empire flag.jpg Baji Raoji White flag icon.svg")).toBe("Baji Raoji (surrendered)");
    expect(stripFlagImages("Amos Lark 321px-Us army shield.svg")).toBe("Amos Lark 321px-Us army");
    expect(stripFlagImages("No images here")).toBe("No images here");
  });

  it("reads commanders behind flag file names", () => {
    expect(people("Flag of the Dutch East India Company (1700).svg Pieter Coen Maratha Empire flag.jpg Baji Raoji White flag icon.svg")).toEqual([
      ["Pieter Coen", null, null],
      ["Baji Raoji", null, "POW"],
    ]);
  });
});

describe("belligerent cells (held7 rules)", () => {
  const none = () => false;
  it("reads names repeated by flag alt text once, without 'and others'", () => {
    expect(splitBelligerents("Greece Greece Serbia Serbia and others", none)).toEqual(["Greece", "Serbia"]);
    expect(splitBelligerents("Argentina Argentina", none)).toEqual(["Argentina"]);
  });

  it("separates at a 'Supported by:' label that lost its line break", () => {
    expect(splitBelligerents("Maratha Empire Supported by: Kingdom of Mysore")).toEqual(["Maratha Empire", "Kingdom of Mysore"]);
  });
});

describe("commander cells (held7 rules)", () => {
  it("reads statuses written out in brackets", () => {
    expect(people("Paul Renard (captured), Luc Ferrat (died of wounds), Marc Olier (killed in action), Noel Brun (acting)")).toEqual([
      ["Paul Renard", null, "POW"],
      ["Luc Ferrat", null, "DOW"],
      ["Marc Olier", null, "KIA"],
      ["Noel Brun", null, null],
    ]);
  });

  it("keeps the more final of two statuses", () => {
    expect(people("Ismail Rauf Pasha (WIA) (POW)")).toEqual([["Ismail Rauf Pasha", null, "POW"]]);
    expect(people("Ismail Rauf Pasha (POW) (WIA)")).toEqual([["Ismail Rauf Pasha", null, "POW"]]);
  });

  it("reads Indian and Islamic titles", () => {
    expect(people("Maharaja Kishan Dev Raja Hari Chand Nawab Ali Khanzada")).toEqual([
      ["Kishan Dev", "Maharaja", null],
      ["Hari Chand", "Raja", null],
      ["Ali Khanzada", "Nawab", null],
    ]);
  });

  it("reads 'v.' as von and a double surname joined by 'und'", () => {
    expect(people("K. v. Brandt und Lessing H. von Aue")).toEqual([
      ["K. v. Brandt und Lessing", null, null],
      ["H. von Aue", null, null],
    ]);
  });

  it("prefers a rank to an honorific", () => {
    expect(findMentions("General Sir Hugh Garland attacked at dusk.")).toContainEqual({ name: "Hugh Garland", rank: "General" });
    const p = mergePerson({ name: "Hugh Garland", rank: "Sir", status: null, aliases: [] }, { name: "Hugh Garland", rank: "General", status: null, aliases: [] });
    expect(p.rank).toBe("General");
    const q = mergePerson({ name: "Hugh Garland", rank: "Colonel", status: null, aliases: [] }, { name: "Hugh Garland", rank: "General", status: null, aliases: [] });
    expect(q.rank).toBe("Colonel");
  });
});

describe("casualty cells (held7 rules)", () => {
  it("does not count non-combat casualties as the battle's", () => {
    expect(cas("2,100 KIA 3,400 WIA 900 MIA 5,000 non-combat casualties")).toMatchObject({ killed: { min: 2100 }, wounded: { min: 3400 }, total: null });
  });

  it("reads a lone figure with a bracketed remark as the total", () => {
    expect(cas("61,000 (est.)").total?.min).toBe(61000);
    expect(cas("300 (estimated) killed").killed?.min).toBe(300);
  });
});
