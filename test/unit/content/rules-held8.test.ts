/**
 * Rules added after the held8 batch of real-shape fixtures, each pinned on invented cells.
 */
import { describe, expect, it } from "vitest";
import { stripFlagImages } from "../../../lib/content/flags";
import { splitPeople } from "../../../lib/content/people";
import { splitBelligerents } from "../../../lib/content/sides";

const people = (cell: string) => splitPeople(cell).people.map((p) => [p.person.name, p.person.rank, p.person.status]);

describe("held8 rules", () => {
  it("drops banner and flag file names of any form", () => {
    expect(stripFlagImages("Banner of the Holy Roman Emperor (after 1400).svg Habsburg Austria")).toBe("Habsburg Austria");
    expect(stripFlagImages("Union flag 1606 (Kings Colors).svg Great Britain")).toBe("Great Britain");
    expect(splitBelligerents("Banner of the Holy Roman Emperor (after 1400).svg Habsburg Austria Union flag 1606 (Kings Colors).svg Great Britain", () => false)).toEqual([
      "Habsburg Austria",
      "Great Britain",
    ]);
  });

  it("keeps a generational suffix with the name", () => {
    expect(people("Lt. Gen. Amos R. Pell Jr.† Carl Weems Sr., Dana Holt")).toEqual([
      ["Amos R. Pell Jr.", "Lieutenant General", "KIA"],
      ["Carl Weems Sr.", null, null],
      ["Dana Holt", null, null],
    ]);
  });

  it("does not read Shah or Amir as a title: they begin names", () => {
    expect(people("Shah Jahangir, Amir Taleb")).toEqual([
      ["Shah Jahangir", null, null],
      ["Amir Taleb", null, null],
    ]);
  });
});
