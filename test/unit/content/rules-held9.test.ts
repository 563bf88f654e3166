/**
 * Rules added after the held9 batch of real-shape fixtures, each pinned on invented cells.
 */
import { describe, expect, it } from "vitest";
import { splitPeople } from "../../../lib/content/people";

const people = (cell: string) => splitPeople(cell).people.map((p) => [p.person.name, p.person.rank, p.person.status]);

describe("held9 rules", () => {
  it("reads one person listed twice, with and without the particle surname, once", () => {
    expect(people("Enzo Marchetti di Sora, Enzo Marchetti, Karl Brandauer")).toEqual([
      ["Enzo Marchetti di Sora", null, null],
      ["Karl Brandauer", null, null],
    ]);
    // Two people sharing a given name and surname start are not merged without a particle.
    expect(people("Enzo Marchetti, Enzo Marchetti Rossi")).toHaveLength(2);
  });

  it("reads a status glued to a unit code", () => {
    expect(people("Phan Văn Đức 7/21KIA, Lý Minh Quân")).toEqual([
      ["Phan Văn Đức", null, "KIA"],
      ["Lý Minh Quân", null, null],
    ]);
  });

  it("drops posts written after a unit code", () => {
    expect(people("Đặng Hữu Lâm 21st Deputy CO, B4 Front Fwd CP commissar , Hồ Văn Tâm")).toEqual([
      ["Đặng Hữu Lâm", null, null],
      ["Hồ Văn Tâm", null, null],
    ]);
  });
});
