/**
 * Rules added after the held11 batch of real-shape fixtures, each pinned on invented cells.
 */
import { describe, expect, it } from "vitest";
import { splitPeople } from "../../../lib/content/people";

const people = (cell: string) => splitPeople(cell).people.map((p) => [p.person.name, p.person.rank, p.person.status]);
const names = (cell: string) => splitPeople(cell).people.map((p) => p.person.name);

describe("held11 rules", () => {
  it("reads rank abbreviations written without a space", () => {
    expect(people("Maj.Gen. Stavros Kalogeris Brig.Gen. Nikos Varvas Lt.Col. Petros Aris")).toEqual([
      ["Stavros Kalogeris", "Major General", null],
      ["Nikos Varvas", "Brigadier General", null],
      ["Petros Aris", "Lieutenant Colonel", null],
    ]);
  });

  it("does not take the Chinese surname Du for a particle", () => {
    expect(names("Zhang Wenbo Du Haiping Sun Qiming")).toEqual(["Zhang Wenbo", "Du Haiping", "Sun Qiming"]);
  });

  it("reads Le and La as French particles only outside Vietnamese runs", () => {
    expect(names("Henri Le Brisson Paul Armel")).toEqual(["Henri Le Brisson", "Paul Armel"]);
    expect(names("Vo Van Kiet Le Kha Phieu")).toEqual(["Vo Van Kiet", "Le Kha Phieu"]);
  });
});
