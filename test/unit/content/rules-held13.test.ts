/**
 * Rules added after the held13 batch of real-shape fixtures, each pinned on invented cells.
 */
import { describe, expect, it } from "vitest";
import { splitPeople } from "../../../lib/content/people";
import { splitBelligerents } from "../../../lib/content/sides";

const people = (cell: string) => splitPeople(cell).people.map((p) => [p.person.name, p.person.rank, p.person.status]);
const names = (cell: string) => splitPeople(cell).people.map((p) => p.person.name);

describe("held13 rules", () => {
  it("keeps an epithet with the name", () => {
    expect(people("Casimir the Restorer, Boleslaw the Brave†")).toEqual([
      ["Casimir the Restorer", null, null],
      ["Boleslaw the Brave", null, "KIA"],
    ]);
  });

  it("reads ibn and bin before an al- surname", () => {
    expect(names("Tariq ibn al-Hakim Musa bin al-Numan")).toEqual(["Tariq ibn al-Hakim", "Musa bin al-Numan"]);
  });

  it("reads what a person later became as no one else", () => {
    expect(people("Henry Marlow, later Earl of Dunmere, Jorge de Silva")).toEqual([
      ["Henry Marlow", null, null],
      ["Jorge de Silva", null, null],
    ]);
  });

  it("reads placeholders as nobody", () => {
    expect(people("None")).toEqual([]);
    expect(people("Unknown")).toEqual([]);
    expect(names("Piotr Zawada various")).toEqual(["Piotr Zawada"]);
  });

  it("reads regnal numbers as name words, never as initials", () => {
    expect(names("Magnus III Olafsson")).toEqual(["Magnus III Olafsson"]);
    expect(names("Albert VII Ambrogio Spinara")).toEqual(["Albert VII", "Ambrogio Spinara"]);
  });

  it("knows the Philippine Commonwealth in a run-together cell", () => {
    expect(splitBelligerents("United States Philippine Commonwealth", () => false)).toEqual(["United States", "Philippine Commonwealth"]);
  });
});
