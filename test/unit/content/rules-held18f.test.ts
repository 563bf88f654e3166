/**
 * Rules added after the held18f batch of real-shape fixtures, each pinned on invented inputs.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../lib/content/article";
import { parseCasualties } from "../../../lib/content/casualties";
import { parseDateRange } from "../../../lib/content/dates";
import { parseStrength, splitBelligerents } from "../../../lib/content/sides";

const article = (text: string) => parseArticle("t.txt", Buffer.from(text, "utf8"));

const infoboxWithoutDate = (lead: string) =>
  [
    "= Battle of Tollmere =",
    "",
    "Infobox",
    "- Conflict: Battle of Tollmere",
    "- Place: Tollmere",
    "- Combatant1: Kingdom of Arland",
    "- Combatant2: Duchy of Vessen",
    "",
    lead,
  ].join("\n");

describe("held18f rules", () => {
  it("reads a lead date after 'the night of' or 'early'", () => {
    expect(article(infoboxWithoutDate("The Battle of Tollmere was fought on the night of 11–12 May 1702 by the ford.")).event.date).toMatchObject({
      start: "1702-05-11",
      end: "1702-05-12",
      precision: "day",
    });
    expect(article(infoboxWithoutDate("The Battle of Tollmere was fought in early March 1655 near the ford.")).event.date).toMatchObject({
      start: "1655-03",
      precision: "month",
    });
    expect(article(infoboxWithoutDate("The Battle of Tollmere took place in late autumn 1488 near the ford.")).event.date).toMatchObject({ start: "1488", precision: "year" });
    expect(article(infoboxWithoutDate("The Battle of Tollmere was fought in the winter of 1502 on the ice.")).event.date).toMatchObject({ start: "1502", precision: "year" });
  });
});

describe("held18f strength rules", () => {
  it("counts hoplites, archers, a garrison and like nouns as people", () => {
    expect(parseStrength(["c. 6,500 hoplites"])).toMatchObject({ min: 6500 });
    expect(parseStrength(["2,000–4,000 garrison"])).toMatchObject({ min: 2000, max: 4000 });
  });

  it("does not read '1 infantry division' as one man", () => {
    expect(parseStrength(["2 armoured divisions 1 infantry division"])).toBeNull();
    expect(parseStrength(["3 cavalry brigades, 12,000 men"])).toMatchObject({ min: 12000 });
    expect(parseStrength(["2 legions 4 auxiliary cohorts 2 cavalry alae (c. 9,000–11,000)"])).toMatchObject({ min: 9000, max: 11000 });
  });
});

describe("held18f belligerent rules", () => {
  const none = () => false;
  it("drops a camp label before the belligerents ('Loyalists: …')", () => {
    expect(splitBelligerents("Loyalists: Kingdom of Arland", none)).toEqual(["Kingdom of Arland"]);
    expect(splitBelligerents("Rebels:, Duchy of Vessen, Brazil", none)).toEqual(["Duchy of Vessen", "Brazil"]);
  });

  it("does not let a state form swallow the next listed state", () => {
    expect(splitBelligerents("Kingdom of Arland Chile Peru", none)).toEqual(["Kingdom of Arland", "Chile", "Peru"]);
    expect(splitBelligerents("Kingdom of Great Britain", none)).toEqual(["Kingdom of Great Britain"]);
  });

  it("cuts unknown run-together names where a word repeats ('… Front Front of …')", () => {
    expect(splitBelligerents("Tarnish Liberation Front Front of the Red Hills", none)).toEqual(["Tarnish Liberation Front", "Front of the Red Hills"]);
  });
});

describe("held18f known belligerents", () => {
  it("knows armed organisations that stand as belligerents when cutting a run-together cell", () => {
    expect(splitBelligerents("Irgun Lehi", () => false)).toEqual(["Irgun", "Lehi"]);
    expect(splitBelligerents("Taliban Al-Qaeda", () => false)).toEqual(["Taliban", "Al-Qaeda"]);
  });
});

describe("held19f rules", () => {
  it("knows state forms with a qualifying word ('Democratic Republic of …', 'People's Republic of …')", () => {
    expect(splitBelligerents("Soviet Union Democratic Republic of Tarvia", () => false)).toEqual(["Soviet Union", "Democratic Republic of Tarvia"]);
    expect(splitBelligerents("Chile People's Republic of Vessen", () => false)).toEqual(["Chile", "People's Republic of Vessen"]);
  });
});

describe("held20f date rules", () => {
  it("takes the New Style one of calendar-tagged alternatives", () => {
    expect(parseDateRange("3 May 1706 (O.S.), 4 May 1706 (Swedish calendar), 14 May 1706 (N.S.)")).toMatchObject({
      start: "1706-05-14",
      end: "1706-05-14",
      precision: "day",
    });
    expect(parseDateRange("2 June 1721 (Julian), 13 June 1721 (Gregorian)")).toMatchObject({ start: "1721-06-13" });
  });

  it("reads a short figure beside AD or CE as a year", () => {
    expect(parseDateRange("October AD 43")).toMatchObject({ start: "0043-10", precision: "month" });
    expect(parseDateRange("9 AD")).toMatchObject({ start: "0009", precision: "year" });
    expect(parseDateRange("14 March AD 61")).toMatchObject({ start: "0061-03-14", precision: "day" });
    expect(parseDateRange("AD 43 or 44")).toMatchObject({ start: "0043", end: "0044", precision: "year" });
    expect(parseDateRange("AD 9–10")).toMatchObject({ start: "0009", end: "0010" });
  });
});

describe("held20f casualty rules", () => {
  it("counts the drowned among the dead: 'killed, wounded or drowned' is killed and wounded together", () => {
    const c = parseCasualties([{ text: "3,000–3,500 killed, wounded or drowned, 9,000 surrendered", ref: 1 }])!.casualties;
    expect(c).toMatchObject({ total: { min: 3000, max: 3500 }, captured: { min: 9000 }, killed: null });
  });

  it("takes the figure labelled 'Total:' as the total over a killed-and-wounded figure", () => {
    const c = parseCasualties([{ text: "3,000 killed or wounded, 9,000 surrendered, Total: >12,500", ref: 1 }])!.casualties;
    expect(c.total).toMatchObject({ min: 12500 });
  });
});

describe("held20f strength groups", () => {
  it("sums labelled groups of one side ('Garrison: …, Relief force: …')", () => {
    expect(parseStrength(["Town garrison:, 1,200 men,, 90 guns, Field army:, 8,300 men,, 20 cannons"])).toMatchObject({ min: 9500, max: 9500 });
    expect(parseStrength(["Arlanders: 6,000", "Vessenese: 2,500–3,000"])).toMatchObject({ min: 8500, max: 9000 });
  });

  it("does not sum accounts, phases or a breakdown in brackets", () => {
    expect(parseStrength(["Arland claim: 40,000 Vessen estimate: 25,000"])).toMatchObject({ min: 40000 });
    expect(parseStrength(["Initial: 12,000 Final: 30,000"])).toMatchObject({ min: 12000 });
    expect(parseStrength(["Northern League: 90,000 (Arlanders: 50,000, Vessenese: 40,000)"])).toMatchObject({ min: 90000 });
  });
});

describe("held21f casualty rules", () => {
  it("does not sum a category over sub-groups when one gives only a total or words (its share is unknown)", () => {
    const parsed = parseCasualties([{ text: "Arlanders: 300 killed 900 wounded Vessenese: c. 450", ref: 1 }])!;
    expect(parsed.partial).toEqual(expect.arrayContaining(["killed", "wounded", "total"]));
    const c = parsed.casualties;
    expect(c).toMatchObject({ killed: null, wounded: null, total: null });
    expect(c.notes.map((n) => n.group)).toEqual(["Arlanders", "Vessenese"]);
    const all = parseCasualties([{ text: "Arlanders: 300 killed 900 wounded Vessenese: 50 killed 120 wounded", ref: 1 }])!.casualties;
    expect(all).toMatchObject({ killed: { min: 350 }, wounded: { min: 1020 } });
    const unknown = parseCasualties([{ text: "Arlanders: 300 killed Vessenese: unknown", ref: 1 }])!.casualties;
    expect(unknown.killed).toBeNull();
  });
});

describe("held20f scraped rules", () => {
  const scraped = (strengthRows: string[]) =>
    article(
      [
        "Battle of Tollmere | |||||||",
        "---|---|---|---|---|---|---|---|",
        "Date | 3 May 1460 | ||||||",
        "Belligerents | |||||||",
        "Kingdom of Arland | Duchy of Vessen | ||||||",
        "Strength | |||||||",
        ...strengthRows,
        "Casualties and losses | |||||||",
        "300 killed | 900 killed | ||||||",
        "The Battle of Tollmere was fought on 3 May 1460 by the ford.",
      ].join("\n"),
    );

  it("gives a strength cell spanning the table (laid out like its label row) to no side, with a warning", () => {
    const p = scraped(["Modern estimate: 9,000 men | |||||||"]);
    expect(p.event.sides.map((s) => s.strength)).toEqual([null, null]);
    expect(p.issues.some((i) => i.severity === "warning" && /spans all sides/.test(i.message) && i.line === 7)).toBe(true);
    expect(p.event.sides[1]!.casualties?.killed?.min).toBe(900);
  });

  it("still reads one cell per side", () => {
    const p = scraped(["4,000 | 6,000 | ||||||"]);
    expect(p.event.sides.map((s) => s.strength?.min)).toEqual([4000, 6000]);
  });

  it("reads one cell per side when the row ends in the same run of pipes as its label row", () => {
    const p = scraped(["4,000 | 6,000 men | |||||||"]);
    expect(p.event.sides.map((s) => s.strength?.min)).toEqual([4000, 6000]);
    expect(p.issues.filter((i) => /spans all sides/.test(i.message))).toEqual([]);
  });
});

describe("held22f rules", () => {
  it("knows one adjective and a kind of state as a state name ('Swedish Empire', 'Ayyubid Sultanate')", () => {
    expect(splitBelligerents("Tsardom of Arland Vessenish Empire", () => false)).toEqual(["Tsardom of Arland", "Vessenish Empire"]);
    expect(splitBelligerents("Chile Tarvid Sultanate", () => false)).toEqual(["Chile", "Tarvid Sultanate"]);
    expect(splitBelligerents("Arlandic First Republic", () => false)).toEqual(["Arlandic First Republic"]);
  });

  it("does not read '51 British divisions' as men", () => {
    expect(parseStrength(["40 Arlandic divisions 12 Vessenish divisions"])).toBeNull();
    expect(parseStrength(["2 Arlandic armies, 90,000 men"])).toMatchObject({ min: 90000 });
  });
});

describe("held24f casualty rules", () => {
  it("adds officers counted apart to the men they go with ('n officers and m men captured')", () => {
    const c = parseCasualties([{ text: "12,000 killed, wounded, or missing 410 officers and 9,590 men captured", ref: 1 }])!.casualties;
    expect(c.captured).toMatchObject({ min: 10000, max: 10000, text: "410 officers and 9,590 men captured" });
    expect(c.total).toMatchObject({ min: 12000 });
  });
});
