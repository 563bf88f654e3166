/**
 * Commander rules added after the held18c and held19c batches of real-shape fixtures, each pinned on invented cells.
 */
import { describe, expect, it } from "vitest";
import { splitPeople } from "../../../lib/content/people";

const people = (cell: string) => splitPeople(cell).people.map((p) => [p.person.name, p.person.rank, p.person.status]);

describe("held18c rules", () => {
  it("reads Ethiopian titles as ranks", () => {
    expect(people("Ras Belay Worku Dejazmach Haile Tesfa Fitawrari Alemayehu†")).toEqual([
      ["Belay Worku", "Ras", null],
      ["Haile Tesfa", "Dejazmach", null],
      ["Alemayehu", "Fitawrari", "KIA"],
    ]);
  });
});
