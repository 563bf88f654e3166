/**
 * Rules added after the held27f batch of real-shape fixtures (labelled fields), each pinned on
 * invented inputs.
 */
import { describe, expect, it } from "vitest";
import { parseCasualties } from "../../../lib/content/casualties";
import { parseDateRange } from "../../../lib/content/dates";
import { parseStrength, splitBelligerents } from "../../../lib/content/sides";

const cas = (...cells: string[]) => parseCasualties(cells.map((text, i) => ({ text, ref: i })))!.casualties;

describe("held27f casualty rules", () => {
  it("quotes a sum over comma-flattened sub-groups by the cell's own text ('Jordan: … PLO:, …')", () => {
    const line = "Arland: 40–84 dead, 108– 250 wounded, Vessen Guard:, 156 dead, ~100 wounded";
    const c = cas(line);
    expect(c.killed).toMatchObject({ min: 196, max: 240 });
    expect(c.wounded).toMatchObject({ min: 208, max: 350 });
    expect(line).toContain(c.killed!.text);
    expect(line).toContain(c.wounded!.text);
  });
});

describe("held27f account rules", () => {
  it("reads 'According to X:' labels as competing accounts, never summed", () => {
    const c = cas("According to Arland: 3,000 killed", "According to Vessen: 10,000 killed");
    expect(c.killed).toMatchObject({ min: 3000, max: 3000, claimant: "According to Arland" });
    expect(cas("Per Vessenian sources: 300 dead, 900 wounded").wounded).toMatchObject({ min: 900 });
    // "(Vessenian claim)" after each figure names the account, as "(Polybius)" does.
    expect(cas("300 killed (Vessenian claim) 1,000 killed (Arlandian claim)").killed).toMatchObject({ min: 300, max: 300, claimant: "Vessenian claim" });
  });
});

describe("held27f footnote rules", () => {
  it("parts a word and the next figure that only a footnote kept apart ('dead[10]69[9]–161 wounded')", () => {
    const c = cas("Arland: 12[3]–15 dead[4]40[3]–52 wounded[4] 3 guns lost[4]");
    expect(c.killed).toMatchObject({ min: 12, max: 15 });
    expect(c.wounded).toMatchObject({ min: 40, max: 52 });
  });
});

describe("held27f glued figure rules", () => {
  it("parts two grouped figures glued when their dash was lost ('130,833133,000') instead of reading nonsense: a range", () => {
    expect(parseStrength(["41,200 infantry, 3,100 cavalry, 96 guns, Total:, 44,30046,000, 96 guns"])).toMatchObject({ min: 44300, max: 46000 });
    expect(cas("1,204 killed, 5,310 wounded, Total:, 6,5147,000").total).toMatchObject({ min: 6514, max: 7000 });
    expect(parseStrength(["12,345,678 men"])).toMatchObject({ min: 12345678 });
  });
});

describe("held27f strength rules", () => {
  it("takes 'n men total' as the side's total over the column parts before it", () => {
    expect(parseStrength(["East Column: Regulars: 40 Levies: c. 300 West Column: Regulars: 510 Levies: c. 420 1,270 men total."])).toMatchObject({ min: 1270, max: 1270 });
  });

  it("reads a figure followed by another approximate one as standing alone, and a reserve as no part to add", () => {
    expect(parseStrength(["about 9,000 c. 6,000 to 7,000 engaged"])).toMatchObject({ min: 9000, max: 9000 });
    expect(parseStrength(["Main host: about 9,000 c. 6,000 engaged Reserve: 2,000 to 3,000 at the ford"])).toMatchObject({ min: 9000, max: 9000 });
  });

  it("sums a coalition side given as the figures of its peoples, but not when a figure in men says the sum", () => {
    expect(parseStrength(["7,000 Arlandians, 4,500 Vessenese, 6 gunboats"])).toMatchObject({ min: 11500, max: 11500 });
    expect(parseStrength(["12,000 men: 7,000 Arlandians, 4,500 Vessenese"])).toMatchObject({ min: 12000, max: 12000 });
    expect(parseStrength(["5,000 Romans"])).toMatchObject({ min: 5000, max: 5000 });
    // More people of unknown kind beside the peoples, or aircraft models in the plural: no sum of peoples.
    expect(parseStrength(["7,000 Arlandians, 4,500 Vessenese, 2,000 allies"])).toMatchObject({ min: 7000, max: 7000 });
    expect(parseStrength(["12 Spitfires, 8 Hurricanes"])?.min).not.toBe(20);
    expect(parseStrength(["3,000 Turks 2,000 Greeks"])).toMatchObject({ min: 5000 });
  });
});

describe("held27f belligerent rules", () => {
  const none = () => false;
  it("drops a flag's short name after its long form ('Kingdom of Sardinia Sardinia', 'Austrian Empire Austria')", () => {
    expect(splitBelligerents("France France, Kingdom of Sardinia Sardinia", none)).toEqual(["France", "Kingdom of Sardinia"]);
    expect(splitBelligerents("Austrian Empire Austria", none)).toEqual(["Austrian Empire"]);
    expect(splitBelligerents("Ottoman Empire Egypt", none)).toEqual(["Ottoman Empire", "Egypt"]);
  });
});

describe("held27f date rules", () => {
  it("reads the Western date after an Islamic one ('12 Safar 1102 AH / 16 November 1690')", () => {
    expect(parseDateRange("12 Safar 1102 AH / 16 November 1690")).toMatchObject({ start: "1690-11-16", end: "1690-11-16", precision: "day" });
    expect(parseDateRange("3–5 Shawwal 1066 AH / 25–27 July 1656")).toMatchObject({ start: "1656-07-25", end: "1656-07-27" });
  });
});
