/**
 * Rules added after the held4 batch of real-shape fixtures, each pinned on invented cells.
 */
import { describe, expect, it } from "vitest";
import { parseCasualties } from "../../../lib/content/casualties";
import { KnownNames, splitPeople } from "../../../lib/content/people";
import { splitBelligerents } from "../../../lib/content/sides";

const cas = (text: string) => parseCasualties([{ text, ref: 1 }])!.casualties;
const people = (cell: string, known?: KnownNames) => splitPeople(cell, known).people.map((p) => [p.person.name, p.person.rank, p.person.status]);

describe("casualty cells (held4 rules)", () => {
  it("reads a figure followed by its breakdown in brackets as the total", () => {
    expect(cas("14,210 (1,302 killed 8,455 wounded 4,453 captured/missing)")).toMatchObject({
      total: { min: 14210 },
      killed: { min: 1302 },
      wounded: { min: 8455 },
      captured: { min: 4453 }, // "captured/missing": the infobox's name for the captured
    });
    expect(cas("Total: 8,806 (1,120 killed 4,002 wounded 3,684 missing)")).toMatchObject({ total: { min: 8806 }, killed: { min: 1120 } });
    expect(cas("391,000 (including 207,000 captured)")).toMatchObject({ total: { min: 391000 }, captured: { min: 207000 } });
  });

  it("does not take a bracketed remark after a lone figure as a breakdown", () => {
    expect(cas("2,400 killed (est.)")).toMatchObject({ killed: { min: 2400 }, total: null });
    expect(cas("300 (mostly captured) 40 killed")).toMatchObject({ total: null, killed: { min: 40 } });
  });

  it("keeps every figure of a labelled account with that account", () => {
    const c = cas("Greek estimate: 3,000 killed Western estimate: 9,000 killed 7,000 wounded");
    expect([c.killed?.min, c.killed?.claimant, c.wounded]).toEqual([3000, "Greek estimate", null]);
    expect(c.notes[1]).toMatchObject({ group: "Western estimate", killed: { min: 9000 }, wounded: { min: 7000 } });
  });

  it("reads single-surname labels as competing authors, not parts to sum", () => {
    const c = cas("Halloran: 21,000 dead Ferriby: 9,000–12,000 dead");
    expect([c.killed?.min, c.killed?.max, c.killed?.claimant]).toEqual([21000, 21000, "Halloran"]);
  });

  it("still sums demonym, state and service labels as parts of the side", () => {
    expect(cas("Germans: 500 killed Italians: 300 killed").killed?.min).toBe(800);
    expect(cas("Greece: 500 killed Serbia: 300 killed").killed?.min).toBe(800);
    expect(cas("German: 500 killed Italian: 300 killed").killed?.min).toBe(800);
    expect(cas("Army: 500 killed Navy: 120 killed").killed?.min).toBe(620);
    // One surname-shaped label alone is not a contest of accounts.
    expect(cas("Halloran: 21,000 dead").killed?.claimant).toBeUndefined();
  });
});

describe("belligerent cells (held4 rules)", () => {
  const none = () => false;
  it("drops a bracketed qualifier after a belligerent", () => {
    expect(splitBelligerents("United States (Union)")).toEqual(["United States"]);
    expect(splitBelligerents("Republic of China (1912–1949), Japan")).toEqual(["Republic of China", "Japan"]);
  });

  it("keeps an adjective before a state with it, even when the prose uses the adjective alone", () => {
    const known = (s: string) => ["nationalist", "republican"].includes(s.toLowerCase());
    expect(splitBelligerents("Nationalist Spain", known)).toEqual(["Nationalist Spain"]);
    expect(splitBelligerents("Republican China", known)).toEqual(["Republican China"]);
    expect(splitBelligerents("Japan Manchukuo", none)).toEqual(["Japan", "Manchukuo"]);
  });

  it("knows more historical states when cutting a run-together cell", () => {
    expect(splitBelligerents("United Kingdom British India", none)).toEqual(["United Kingdom", "British India"]);
    expect(splitBelligerents("South African Republic Orange Free State", none)).toEqual(["South African Republic", "Orange Free State"]);
    expect(splitBelligerents("Empire of Japan Azad Hind", none)).toEqual(["Empire of Japan", "Azad Hind"]);
  });
});

describe("commander cells (held4 rules)", () => {
  it("reads air-force and abbreviated naval ranks", () => {
    expect(people("Wg. Cdr. Julio Ferraz Sqn. Ldr. Tom Abney Lt. Cdr. Ian Rolfe")).toEqual([
      ["Julio Ferraz", "Wing Commander", null],
      ["Tom Abney", "Squadron Leader", null],
      ["Ian Rolfe", "Lieutenant Commander", null],
    ]);
    expect(people("Generaloberst Kurt Amsel Oberst Paul Brenner")).toEqual([
      ["Kurt Amsel", "Colonel General", null],
      ["Paul Brenner", "Colonel", null],
    ]);
  });

  it("keeps a quoted nickname inside the name", () => {
    expect(people('Lt. Gen. Richard S. "Old Baldy" Ewington (DOW) Gen. Amos Pratt')).toEqual([
      ['Richard S. "Old Baldy" Ewington', "Lieutenant General", "DOW"],
      ["Amos Pratt", "General", null],
    ]);
  });

  it("reads Arabic surnames behind a lowercase article", () => {
    expect(people("Maj. Gen. Nabil Abd al-Qadiri, Tariq Yusuf el-Hassani")).toEqual([
      ["Nabil Abd al-Qadiri", "Major General", null],
      ["Tariq Yusuf el-Hassani", null, null],
    ]);
  });
});
