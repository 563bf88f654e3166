/**
 * Commander rules added after the held26c batch of real-shape fixtures, each pinned on invented cells.
 */
import { describe, expect, it } from "vitest";
import { splitPeople } from "../../../lib/content/people";

const people = (cell: string) => splitPeople(cell).people.map((p) => [p.person.name, p.person.rank, p.person.status]);

describe("held26c rules", () => {
  it("reads Viceroy as a title", () => {
    expect(people("Viceroy Tomás de la Barca (WIA) (POW), Julián Ortega")).toEqual([
      ["Tomás de la Barca", "Viceroy", "POW"],
      ["Julián Ortega", null, null],
    ]);
  });

  it("reads the white-flag icon's alt text 'Surrendered' after a name as captured", () => {
    expect(people("Lt. Col. Mateo Ferrandi Surrendered Wg. Cdr. Luis Ocampo")).toEqual([
      ["Mateo Ferrandi", "Lieutenant Colonel", "POW"],
      ["Luis Ocampo", "Wing Commander", null],
    ]);
  });

  it("reads Maulana and Maulvi as titles that start a person", () => {
    expect(people("Hasan Khan Maulana Liaqat Alim Maulvi Ahmad Shahi")).toEqual([
      ["Hasan Khan", null, null],
      ["Liaqat Alim", "Maulana", null],
      ["Ahmad Shahi", "Maulvi", null],
    ]);
  });
});
