/**
 * Rules added after the held5 batch of real-shape fixtures, each pinned on invented cells.
 */
import { describe, expect, it } from "vitest";
import { parseCasualties } from "../../../lib/content/casualties";
import { parseDateRange } from "../../../lib/content/dates";
import { splitPeople } from "../../../lib/content/people";
import { splitBelligerents } from "../../../lib/content/sides";

const cas = (text: string) => parseCasualties([{ text, ref: 1 }])!.casualties;
const people = (cell: string) => splitPeople(cell).people.map((p) => [p.person.name, p.person.rank, p.person.status]);
const date = (s: string) => {
  const d = parseDateRange(s);
  return d && [d.start, d.end, d.precision];
};

describe("dual-calendar dates (held5 rules)", () => {
  it("reads the New Style date of a dual date", () => {
    expect(date("N.S.: 14 June 1807 O.S.: 2 June 1807")).toEqual(["1807-06-14", "1807-06-14", "day"]);
    expect(date("• N.S.: 14 June 1807 • O.S.: 2 June 1807")).toEqual(["1807-06-14", "1807-06-14", "day"]);
    expect(date("3 March [O.S. 20 February] 1711")).toEqual(["1711-03-03", "1711-03-03", "day"]);
    expect(date("3–5 March [O.S. 20–22 February] 1711")).toEqual(["1711-03-03", "1711-03-05", "day"]);
    expect(date("14 June 1807 (O.S. 2 June)")).toEqual(["1807-06-14", "1807-06-14", "day"]);
  });

  it("quotes text that is on the line", () => {
    expect(parseDateRange("N.S.: 14 June 1807 O.S.: 2 June 1807")?.text).toBe("14 June 1807");
    expect(parseDateRange("3 March [O.S. 20 February] 1711")?.text).toBe("3 March [O.S. 20 February] 1711");
  });
});

describe("belligerent cells (held5 rules)", () => {
  it("skips a support label between items and starred sub-items", () => {
    expect(splitBelligerents("Kingdom of Italy, Supported by:, Germany")).toEqual(["Kingdom of Italy", "Germany"]);
    expect(splitBelligerents("Royal Thai Army, *Northern Command Headquarters")).toEqual(["Royal Thai Army"]);
    // A star on the first item is a bullet, not a sub-item.
    expect(splitBelligerents("*Mexico")).toEqual(["Mexico"]);
  });
});

describe("casualty cells (held5 rules)", () => {
  it("reads 'claimed' and 'reported' labels as competing accounts", () => {
    const c = cas("Allied claimed: 700–900 killed, Axis reported: 310 killed and 440 wounded");
    expect([c.killed?.min, c.killed?.max, c.killed?.claimant, c.wounded]).toEqual([700, 900, "Allied claimed", null]);
  });

  it("reads 'Total: N of which …' as the total", () => {
    expect(cas("Total: 84,000 of which 31,000 were killed")).toMatchObject({ total: { min: 84000 }, killed: { min: 31000 } });
  });

  it("leaves 'captured or went over' in no category", () => {
    expect(cas("12,000 were either captured or went over to the enemy")).toMatchObject({ captured: null, total: null });
    expect(cas("3,279 wounded or sick").wounded?.min).toBe(3279);
  });

  it("does not read a figure with an unknown second item as killed and wounded together", () => {
    expect(cas("~700 killed unknown wounded 90 tanks destroyed")).toMatchObject({ killed: { min: 700 }, total: null, wounded: null });
    expect(cas("1,036 killed and wounded").total?.min).toBe(1036);
  });
});

describe("commander cells (held5 rules)", () => {
  it("drops formations written after a commander", () => {
    expect(people("Louis K. Barrow 3rd Armored Cavalry Brigade, Emil Sato, 2nd Battalion, 9th Infantry")).toEqual([
      ["Louis K. Barrow", null, null],
      ["Emil Sato", null, null],
    ]);
    expect(people("Phạm Văn Kiên B7 Front commander, Lưu Đức Hải 33rd Regiment CO")).toEqual([
      ["Phạm Văn Kiên", null, null],
      ["Lưu Đức Hải", null, null],
    ]);
  });

  it("drops the country names rendered flags leave before commanders", () => {
    expect(people("United States Ray C. Dorsey New Zealand Ian M. Hollis")).toEqual([
      ["Ray C. Dorsey", null, null],
      ["Ian M. Hollis", null, null],
    ]);
    expect(people("Kingdom of Italy Ugo Benedetti Kingdom of Italy Carlo Maresca†")).toEqual([
      ["Ugo Benedetti", null, null],
      ["Carlo Maresca", null, "KIA"],
    ]);
    expect(people("France Maj. Jean Roussel")).toEqual([["Jean Roussel", "Major", null]]);
    // Without a flag first, a surname that is also a state stays a surname.
    expect(people("Thomas Jordan Braxton Bragwell")).toEqual([
      ["Thomas Jordan", null, null],
      ["Braxton Bragwell", null, null],
    ]);
  });

  it("reads a pointer to another section as nobody", () => {
    expect(people("…see § Order of battle")).toEqual([]);
    expect(people("See Opposing forces")).toEqual([]);
  });

  it("keeps a capitalised particle inside a name", () => {
    expect(people("Lt. Gen. Henry B. Van Dorning Kim Jae-won")).toEqual([
      ["Henry B. Van Dorning", "Lieutenant General", null],
      ["Kim Jae-won", null, null],
    ]);
  });
});
