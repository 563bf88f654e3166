/**
 * Which date dates the main clause, and whose figure a number is. Sentences are invented (not the
 * content/ articles), so the rules are tested as rules.
 */
import { describe, expect, it } from "vitest";
import { datesMainClause } from "../../../lib/content/clauses";
import { annotateFigure, figureBelligerent, figureClaimant, figureQualifier, hasCompetingFigure } from "../../../lib/content/figures";
import { analyseProse } from "../../../lib/content/prose";
import { timelineItem } from "../../../lib/questions/text/items";

/** Does the date phrase `date` (first occurrence) date the main clause of `s`? */
function main(s: string, date: string): boolean {
  const at = s.indexOf(date);
  if (at < 0) throw new Error(`${date} not in ${s}`);
  return datesMainClause(s, at);
}

describe("a date belongs to the main clause", () => {
  const yes: [string, string][] = [
    ["On 3 March 1812 the garrison of Fort Alder surrendered to the besiegers.", "On 3 March 1812"],
    ["At dawn on 14 June the cavalry crossed the ford at Wellmere.", "on 14 June"],
    ["The relief column reached the city on 9 May, and the siege was lifted.", "on 9 May"],
    ["Surrounded and short of water, Hartmann capitulated on 21 October 1793.", "on 21 October 1793"],
    ["At the Congress of Lund in April 1720 the envoys agreed to a truce.", "in April 1720"],
    ["The fleet weighed anchor, and on 2 August 1798 it engaged the enemy line.", "on 2 August 1798"],
    ["The rebels marched east, capturing the bridge at Osk on 12 July.", "on 12 July"],
    ["In a night attack on 5 November the grenadiers stormed the redoubt.", "on 5 November"],
  ];
  const no: [string, string][] = [
    // The shape: a date inside a fronted "after" clause.
    ["After the fall of Calder on 2 January, Marsh planned a spring offensive.", "on 2 January"],
    ["When the armistice began on 9 August, the northern army planned to withdraw.", "on 9 August"],
    // Inside the subject noun phrase.
    ["The fall of Calder on 2 January freed the besieging army for the field.", "on 2 January"],
    // A participial phrase and a relative clause.
    ["Marsh wanted to strike before the Third Corps, freed by the fall of Calder on 2 January, could arrive.", "on 2 January"],
    ["Dragoons then stormed the town, which was in royal hands on 16 June.", "on 16 June"],
    ["The duke planned to attack the ridge on 10 October.", "on 10 October"],
    ["Peace followed, leading to the Treaty of Brill on 5 September.", "on 5 September"],
    ["The garrison held out (it was relieved on 4 May) until the winter.", "on 4 May"],
    ["Marsh ordered the evacuation of Calder on 9 March.", "on 9 March"],
  ];
  for (const [s, d] of yes) it(`dates the main clause: ${s}`, () => expect(main(s, d)).toBe(true));
  for (const [s, d] of no) it(`does not date the main clause: ${s}`, () => expect(main(s, d)).toBe(false));
});

describe("timeline entries from prose", () => {
  const read = (text: string) => analyseProse(["Lead sentence of the article.", text], [0, 1], "Battle of Nowhere", { start: "1812", end: "1812", precision: "year", text: "1812" }).timeline;

  it("takes only the main clause's date", () => {
    const t = read("After the fall of Calder on 2 January 1812, Marsh planned a spring offensive. On 3 March 1812 the garrison of Fort Alder surrendered.");
    expect(t.map((x) => x.date)).toEqual(["1812-03-03"]);
  });

  it("reads 'on the morning of' as a day", () => {
    expect(read("On the morning of 9 February 1812 the envoy delivered an ultimatum to the fort.").map((x) => x.date)).toEqual(["1812-02-09"]);
  });
});

describe("timeline items", () => {
  it("a date that is not fronted dates its own clause only", () => {
    expect(timelineItem("A truce took effect on 11 August 1812, and the northern army withdrew from the valley.", "1812-08-11")).toBe("A truce took effect.");
  });
  it("a fronted date covers the sentence", () => {
    expect(timelineItem("On 10 March 1812 the dragoons entered Osk, and the rebels fell back to the hills.", "1812-03-10")).toBe("The dragoons entered Osk, and the rebels fell back to the hills.");
  });
  it("cuts a subordinate clause about something the entry does not name", () => {
    expect(timelineItem("The fortress of Calder fell on 2 January 1812 while it was still at sea, so its goal became Osk.", "1812-01-02")).toBe("The fortress of Calder fell.");
  });
  it("drops entries that lean on a pronoun or talk about sources", () => {
    expect(timelineItem("He surrendered with his remaining men on 16 July 1812.", "1812-07-16")).toBeNull();
    expect(timelineItem("At Lund in April 1812 the duchy was promised its return.", "1812-04")).toBeNull();
    expect(timelineItem("Northern sources count 77 killed on 20 August 1812 alone.", "1812-08-20")).toBeNull();
  });
});

describe("whose figure", () => {
  const r = (text: string, min: number, max = min) => ({ min, max, approx: false, text });

  it("gives a coalition side's figure to the member the article names after it", () => {
    const prose = ["The duchy's archive gives 26,211–28,169 Northern and 556–990 Eastern casualties for the war."];
    expect(figureBelligerent(r("26,211–28,169 casualties", 26211, 28169), ["Northern Kingdom", "Eastern Republic"], prose)).toBe("Northern Kingdom");
    // The whole side named: not one member.
    expect(figureBelligerent(r("900 killed", 900), ["Northern Kingdom", "Eastern Republic"], ["900 Northern and Eastern dead were counted."])).toBeNull();
    // One belligerent: nothing to attribute.
    expect(figureBelligerent(r("900 killed", 900), ["Northern Kingdom"], ["900 Northern dead"])).toBeNull();
    // Named before the figure: "Northern losses of 9,780".
    expect(figureBelligerent(r("9,780 killed", 9780), ["Northern Kingdom", "Eastern Republic"], ["It gives Northern losses of 9,780 killed."])).toBe("Northern Kingdom");
  });

  it("keeps whose count a figure is", () => {
    const cell = "21,389 killed (Southern medical records); Northern claim 83,737 killed, 594,000 captured";
    expect(figureClaimant(r("21,389 killed", 21389), cell)).toBe("Southern medical records");
    expect(figureClaimant(r("594,000 captured", 594000), cell)).toBe("Northern claim");
    expect(figureClaimant(r("400 killed", 400), "400 killed, 900 wounded")).toBeNull();
  });

  it("keeps when a figure holds, and never a source or a breakdown as that", () => {
    expect(figureQualifier(r("57,000", 57000), "57,000 (late August)")).toBe("late August");
    expect(figureQualifier(r("57,000", 57000), "57,000 (Northern estimate)")).toBeNull();
    expect(figureQualifier(r("57,000", 57000), "57,000 (including 4,000 reservists)")).toBeNull();
  });

  it("sees a rival count of the same belligerent, not another member's part or the same figure", () => {
    const p = (text: string, min: number, subject: string, measure: "killed" | "other" = "killed") => ({ measure, quantity: { min, max: min, approx: false, text }, subject, sentence: text });
    const killed = r("593 killed", 593);
    expect(hasCompetingFigure(killed, "killed", ["Northern Kingdom"], [p("1,363 Northern killed", 1363, "Northern")])).toBe(true);
    expect(hasCompetingFigure(killed, "killed", ["Northern Kingdom"], [p("593 Northerners killed", 593, "Northerners")])).toBe(false);
    expect(hasCompetingFigure(killed, "killed", ["Northern Kingdom"], [p("1,363 Southern killed", 1363, "Southern")])).toBe(false);
    const coalition = { ...r("26,211 casualties", 26211), belligerent: "Northern Kingdom" };
    expect(hasCompetingFigure(coalition, "total", ["Northern Kingdom", "Eastern Republic"], [p("556 Eastern casualties", 556, "Eastern", "other")])).toBe(false);
    expect(hasCompetingFigure(coalition, "total", ["Northern Kingdom", "Eastern Republic"], [p("about 40,000 Northern casualties", 40000, "Northern", "other")])).toBe(true);
  });

  it("annotates only what it finds", () => {
    expect(annotateFigure(r("400 killed", 400), "400 killed", ["Northern Kingdom"], [])).toEqual(r("400 killed", 400));
  });
});

describe("entries that point back", () => {
  it("a subject that refers to the previous sentence is not used alone", () => {
    expect(timelineItem("The two countries signed a truce in April 1813.", "1813-04")).toBeNull();
    expect(timelineItem("Both sides withdrew on 4 May 1813.", "1813-05-04")).toBeNull();
    expect(timelineItem("The duchy signed a truce in April 1813.", "1813-04")).toBe("The duchy signed a truce.");
  });
});
