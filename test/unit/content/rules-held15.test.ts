/**
 * Rules added after the held15, held16 and held17 batches of real-shape fixtures, each pinned on invented cells.
 */
import { describe, expect, it } from "vitest";
import { parseCasualties } from "../../../lib/content/casualties";
import { splitPeople } from "../../../lib/content/people";
import { splitBelligerents } from "../../../lib/content/sides";

const people = (cell: string) => splitPeople(cell).people.map((p) => [p.person.name, p.person.rank, p.person.status]);

describe("held15 rules", () => {
  it("reads US Marine Corps and Army rank abbreviations written without dots", () => {
    expect(people("MajGen Amos T. Ridley LtCol Ben Ostrow Col Carl Haynes")).toEqual([
      ["Amos T. Ridley", "Major General", null],
      ["Ben Ostrow", "Lieutenant Colonel", null],
      ["Carl Haynes", "Colonel", null],
    ]);
    expect(people("LTG Dale Morrow COL Evan Pike")).toEqual([
      ["Dale Morrow", "Lieutenant General", null],
      ["Evan Pike", "Colonel", null],
    ]);
  });

  it("reads MG and BG as ranks only before a full name, else as initials", () => {
    expect(people("MG Frank Dunmore")).toEqual([["Frank Dunmore", "Major General", null]]);
    expect(people("MG Purkin")).toEqual([["MG Purkin", null, null]]);
  });
});

describe("held16 rules", () => {
  it("reads 'killed, wounded or dead of disease' as killed and wounded together", () => {
    const c = parseCasualties([{ text: "9,400 killed, wounded or dead of disease", ref: 1 }])!.casualties;
    expect(c).toMatchObject({ total: { min: 9400 }, killed: null });
  });
});

describe("held17 rules", () => {
  it("knows more forms of state names when cutting a run-together cell", () => {
    expect(splitBelligerents("United Kingdom Khedivate of Egypt", () => false)).toEqual(["United Kingdom", "Khedivate of Egypt"]);
    expect(splitBelligerents("Spain Viceroyalty of Peru", () => false)).toEqual(["Spain", "Viceroyalty of Peru"]);
  });
});
