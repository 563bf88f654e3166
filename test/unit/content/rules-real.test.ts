/**
 * Rules found by running the parser on real public battle pages (their text stays out of the
 * repository), each pinned on invented cells of the same shape.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../lib/content/article";
import { parseCasualties } from "../../../lib/content/casualties";
import { parseDateRange } from "../../../lib/content/dates";
import { stripFlagImages } from "../../../lib/content/flags";
import { splitPeople } from "../../../lib/content/people";
import { expectSourcesMatch } from "./helpers";
import { parseStrength } from "../../../lib/content/sides";

const casualties = (cell: string) => parseCasualties([{ text: cell, ref: 1 }])!.casualties;

describe("rules from real pages", () => {
  it("reads a bare first figure as the total when the figures after it add up to it", () => {
    const c = casualties("128,000 8,000 dead, 20,000 wounded, 100,000 captured 1,200 guns");
    expect(c.total).toMatchObject({ min: 128_000, max: 128_000 });
    expect(c.killed).toMatchObject({ min: 8_000 });
    expect(c.captured).toMatchObject({ min: 100_000 });
  });

  it("leaves a bare first figure alone when its parts do not add up to it", () => {
    const c = casualties("130,000 8,000 dead, 20,000 wounded, 100,000 captured");
    expect(c.total).toBeNull();
    expect(c.killed).toMatchObject({ min: 8_000 });
  });
});

/** A scraped table with no Date row, then the lead `lead` (its own lines). */
const leadDate = (lead: string[]) => {
  const p = parseArticle(
    "x.txt",
    ["Battle of Varrow Ford | |||||||", "---|---|---|---|", "Part of the Example War | |||||||", "Belligerents | |||||||", "Alpha Republic | Beta Kingdom | ||||||", ...lead, ""].join("\n"),
  );
  const d = p.facts.find((f) => f.kind === "date");
  return d ? { ...(d.value as object), line: d.source.line } : null;
};

describe("lead dates from real pages", () => {
  it("takes the finer date when the lead also gives its bare year, and none when two finer dates differ", () => {
    expect(leadDate(["The Battle of Varrow Ford in 1871 (also called the Battle of the Ford), took place from 4 May to 9 June 1871, near the river."])).toMatchObject({ start: "1871-05-04", end: "1871-06-09", precision: "day" });
    expect(leadDate(["The Battle of Varrow Ford was fought in 1871. It was fought on the river banks from 4 to 9 June 1871."])).toMatchObject({ start: "1871-06-04", end: "1871-06-09" });
    expect(leadDate(["The Battle of Varrow Ford was fought from 4 to 9 June 1871. It took place on 5 June 1871 according to others."])).toBeNull();
  });

  it("reads a lead that writes the title in lower case, a weekday before the day, and an Old Style bracket inside the date", () => {
    expect(leadDate(["The battle of Varrow Ford on Sunday, 7 May 1871, also known as the Ford Fight, opened the Example War."])).toMatchObject({ start: "1871-05-07", end: "1871-05-07" });
    expect(leadDate(["The battle of Varrow Ford of 1871 was the second attempt of the Alpha Republic to cross."])).toMatchObject({ start: "1871", precision: "year" });
    expect(leadDate(["The Battle of Varrow Ford was a battle which took place near Varrow on July 28\u2013July 30 [O.S. July 18\u201320] 1656, between the armies."])).toMatchObject({ start: "1656-07-28", end: "1656-07-30" });
  });

  it("reads a date set off by commas after the title, a rendered dual date, a calendar remark inside a date, and a year after a bracket", () => {
    expect(leadDate(["The Battle of Varrow Ford, 24 June 1821, was fought between the two armies."])).toMatchObject({ start: "1821-06-24", end: "1821-06-24" });
    expect(leadDate(["The Battle of Varrow Ford (Alphan: x) took place on 27 JulyJul./ 7 August 1714Greg. during the Example War."])).toMatchObject({ start: "1714-08-07", end: "1714-08-07" });
    expect(leadDate(["The Battle of Varrow Ford was fought between two fleets. It took place in the early morning of 16 December (19 November in the Lunar calendar) 1598 and ended past dawn."])).toMatchObject({ start: "1598-12-16" });
    expect(leadDate(["During the battle of Varrów Ford (Alphan: Varrowa, lit. 'The Ford') in 1601, a small force held the ford."])).toMatchObject({ start: "1601", precision: "year" });
  });

  it("takes no date from an earlier victory, a later clause's year, a war's years or another sentence's start and end", () => {
    expect(leadDate(["The Battle of Varrow Ford was a battle of the Example War. Earlier, Otto had defeated the Betans at Esk on 4 June 1745."])).toBeNull();
    expect(leadDate(["The Battle of Varrow Ford was fought on 30 September 1745 near Soor. Otto had defeated the Betans at Esk on 4 June 1745."])).toMatchObject({ start: "1745-09-30" });
    expect(leadDate(["The Battle of Varrow Ford was fought on 5 May, and in 1807 the treaty was signed."])).toBeNull();
    expect(leadDate(["The Battle of Varrow Ford was a battle of the Bar War, which raged from 1912 to 1914."])).toBeNull();
    expect(leadDate(["The Battle of Varrow Ford opened the campaign. The guns opened fire on 8 March 1853 and the war ended on 1 May 1856."])).toBeNull();
  });

  it("reads a victory's day only from the second sentence of a lead that dates nothing else, told of no other time", () => {
    expect(leadDate(["The Battle of Varrow Ford was a battle of the Example War. After the battle, Alpha defeated Beta at Kell on 12 June 1801."])).toBeNull();
    expect(leadDate(["The Battle of Varrow Ford was fought in 1801. The Alpha army, defeated at Kell on 2 May 1801, fell back."])).toMatchObject({ start: "1801", precision: "year" });
    expect(leadDate(["The Battle of Varrow Ford was fought on 4 May 1801. Alpha then defeated Beta at Cold Harbor on 12 June 1801."])).toMatchObject({ start: "1801-05-04" });
    expect(leadDate(["The Battle of Varrow Ford (4 May 1801) was a battle in which Alpha defeated Beta. Beta was destroyed on 9 May 1801 at Kell."])).toMatchObject({ start: "1801-05-04" });
    // A campaign's beginning and end are not the battle's.
    expect(leadDate(["The Battle of Varrow Ford was part of the campaign that began on 3 May 1801 and ended on 5 June 1801."])).toBeNull();
  });

  it("keeps a short lead sentence above the table that ends in a footnote", () => {
    const p = parseArticle("x.txt", ["The Battle of Varrow Ford was fought on 5 May 1801.[1]", "Battle of Varrow Ford | |||||||", "---|---|---|---|", "Belligerents | |||||||", "Alpha Republic | Beta Kingdom | ||||||", ""].join("\n"));
    expect(p.event.date).toMatchObject({ start: "1801-05-05" });
  });

  it("reads a title bracket that is a date with its comma ('(November 5, 1757)')", () => {
    expect(leadDate(["The Battle of Varrow Ford (November 5, 1871) took place during the Example War (1870\u20131872) near the ford."])).toMatchObject({ start: "1871-11-05", end: "1871-11-05" });
  });

  it("reads the day of a victory told after the first sentence, and a span told as the days it began and ended", () => {
    expect(leadDate(["The Battle of Varrow Ford was one of the Alpha Republic's finest victories. Its army defeated a Beta army under Prince Karl of Esk on 4 June 1871 during the Example War."])).toMatchObject({ start: "1871-06-04", end: "1871-06-04" });
    expect(leadDate(["The Battle of Varrow Ford (Alphan: x) began after the fall of Esk on March 8, 1871, and ended with the fall of the town of Varrow on March 19, 1871, to Alphan troops."])).toMatchObject({ start: "1871-03-08", end: "1871-03-19", precision: "day" });
  });

  it("reads 'from January 20 to 26 in 1933' and 'from the 4 to 9 July 1933'", () => {
    expect(leadDate(["The Battle of Varrow Ford was a battle fought from March 20 to 26 in 1871 between the two armies."])).toMatchObject({ start: "1871-03-20", end: "1871-03-26" });
    expect(leadDate(["The Battle of Varrow Ford was fought from the 4 to 9 July 1871, between the two armies."])).toMatchObject({ start: "1871-07-04", end: "1871-07-09" });
  });

  it("reads a date far after its verb: 'was fought in and around … from 17 to 26 September', 'was conducted in … between …'", () => {
    expect(leadDate(["The Battle of Varrow Ford was a battle of the Example War. It was fought in and around the town of Varrow, the villages of Esk, Loam and Tirr and the vicinity from 17 to 26 September 1871."])).toMatchObject({ start: "1871-09-17", end: "1871-09-26" });
    expect(leadDate(["The Battle of Varrow Ford was conducted in northern Varrow Province, Beta Kingdom (the south), between 21 January and 8 April 1871 during the Example War."])).toMatchObject({ start: "1871-01-21", end: "1871-04-08" });
  });

  it("reads past a hatnote written as a list item ('- For the first battle, see …')", () => {
    const p = parseArticle("x.txt", ["Battle of Varrow Ford | |||||||", "---|---|---|---|", "Belligerents | |||||||", "Alpha Republic | Beta Kingdom | ||||||", "- For the first Battle of Varrow Ford, see Battle of Varrow Ford (1848).", "The Battle of Varrow Ford took place on 24 June 1866 during the Example War.", ""].join("\n"));
    expect(p.event.date).toMatchObject({ start: "1866-06-24", end: "1866-06-24" });
  });

  it("reads past the page's title line above the table and a maintenance banner as the table's first row", () => {
    const p = parseArticle(
      "x.txt",
      ["Battle of Varrow Ford", "This article includes a list of general references, but it lacks sufficient corresponding inline citations. (May 2010) |", "Battle of Varrow Ford | |||||||", "---|---|---|---|", "Belligerents | |||||||", "Alpha Republic | Beta Kingdom | ||||||", "The Battle of Varrow Ford was fought on 7 May 1871 near the river.", ""].join("\n"),
    );
    expect(p.title).toBe("Battle of Varrow Ford");
    expect(p.event.date).toMatchObject({ start: "1871-05-07", end: "1871-05-07" });
    expect(p.facts.find((f) => f.kind === "date")?.source.line).toBe(7);
  });

  it("reads a date in the bracket right after the title, alone or among other parts", () => {
    expect(leadDate(["The Battle of Varrow Ford (12 March 1871) was the first clash of the Example War."])).toMatchObject({ start: "1871-03-12", end: "1871-03-12", line: 6 });
    expect(leadDate(["The Battle of Varrow Ford (Varrower Schlacht, 2 May \u2013 9 June 1871) was a long battle."])).toMatchObject({ start: "1871-05-02", end: "1871-06-09" });
    // A bracket of figures or of another language's name is no date.
    expect(leadDate(["The Battle of Varrow Ford (2,000 men on each side) was fought near a river in the Example War."])).toBeNull();
  });

  it("reads the date of a title bracket that gives other calendars after a slash", () => {
    expect(leadDate(["The Battle of Varrow Ford (2 December 1805/11 Frimaire An XIV) was a battle of the Example War."])).toMatchObject({ start: "1805-12-02" });
  });

  it("reads 'was fought 23–24 January 1900' without a preposition", () => {
    expect(leadDate(["The Battle of Varrow Ford was fought 3\u20134 April 1871 near the river crossing."])).toMatchObject({ start: "1871-04-03", end: "1871-04-04" });
  });

  it("reads the first sentence's 'on <day month year>' when it is about the battle", () => {
    expect(leadDate(["The Battle of Varrow Ford was an engagement between two armies of the Example War on 7 May 1871, at the ford."])).toMatchObject({ start: "1871-05-07", end: "1871-05-07" });
    // A sentence about something else dates that, not the battle.
    expect(leadDate(["The Example War began when a treaty was broken on 7 May 1870 by the Beta Kingdom."])).toBeNull();
  });

  it("reads a lead sentence that opens with its date and a comma", () => {
    expect(leadDate(["The Battle of Varrow Ford was a river battle of the Example War. Between 4 and 7 June 1871, the army of the Alpha Republic crossed the ford."])).toMatchObject({
      start: "1871-06-04",
      end: "1871-06-07",
      line: 6,
    });
    expect(leadDate(["The Battle of Varrow Ford was a river battle of the Example War. On 26 May 1871 it was thought lost."])).toBeNull();
    // Only the lead paragraph dates the battle.
    expect(leadDate(["The Battle of Varrow Ford was a river battle of the Example War.", "Between 4 and 7 June 1871, the army of the Alpha Republic crossed the ford."])).toBeNull();
  });

  it("reads 'was a 1621 campaign' as a year", () => {
    expect(leadDate(["The Battle of Varrow Ford was a 1621 campaign of the Alpha Republic against the Beta Kingdom."])).toMatchObject({ start: "1621", end: "1621", precision: "year" });
  });

  it("reads the bracket after a title that opens the sentence a few words in", () => {
    expect(leadDate(["At the Battle of Varrow Ford (2 September 1871), an army of the Alpha Republic defeated the Beta Kingdom."])).toMatchObject({ start: "1871-09-02" });
  });

  it("does not take a count of people after 'between' for a year", () => {
    expect(leadDate(["The Battle of Varrow Ford was the battle fought between 470 riflemen of the Alpha Republic and the Beta Kingdom on 16 December 1838."])).toMatchObject({
      start: "1838-12-16",
      end: "1838-12-16",
    });
  });

  it("reads a year with its era right after the title", () => {
    expect(leadDate(["The Battle of Varrow Ford in CE 751 was a conflict between the Alpha Republic and the Beta Kingdom."])).toMatchObject({ start: "0751", precision: "year" });
    expect(leadDate(["The Battle of Varrow Ford in 216 BC was a conflict between the Alpha Republic and the Beta Kingdom."])).toBeNull();
  });

  it("never picks one of two different dates", () => {
    expect(leadDate(["The Battle of Varrow Ford (12 March 1871) was fought on 14 March 1871."])).toBeNull();
  });
});

describe("date cells from real pages", () => {
  it("reads the New Style line of a cell that gives the date in several calendars", () => {
    expect(parseDateRange("March 3, 1711 (O.S.)\nMarch 4, 1711 (Swedish calendar)\nMarch 14, 1711 (N.S.)")).toMatchObject({ start: "1711-03-14", end: "1711-03-14" });
    expect(parseDateRange("3 March 1711\n(a second line)")).toMatchObject({ start: "1711-03-03" });
  });
});

const strength = (cell: string) => {
  const r = parseStrength([cell]);
  return r && [r.min, r.max];
};

describe("strength cells from real pages", () => {
  it("adds the officers counted apart from their men ('120,000 soldiers, 3,780 officers')", () => {
    expect(strength("110,000 soldiers, 2,780 officers, 51,000 rifles, 700 machine guns")).toEqual([112_780, 112_780]);
    expect(strength("2,100 officers and 31,000 men")).toEqual([33_100, 33_100]);
    // Two figures of men are no officers and men.
    expect(strength("31,000 men, 2,000 men")).toEqual([31_000, 31_000]);
  });

  it("adds one officer to his men", () => {
    expect(strength("1 officer and 20 men")).toEqual([21, 21]);
  });

  it("reads no strength from a count of guns after its label ('Total guns: 44')", () => {
    expect(strength("2 corvettes, 6 steamboats, 7 barges, Total guns: 44, 22 cannons")).toBeNull();
    expect(strength("Total troops: 5,000, Guns: 12")).toEqual([5_000, 5_000]);
  });

  it("reads people with a word before them ('tribal militiamen'), and no strength from a battlegroup's number", () => {
    expect(strength("18,000 tribal militiamen")).toEqual([18_000, 18_000]);
    expect(strength("1 Kampfgruppe, 1 panzer division")).toBeNull();
    expect(strength("2 Battlegroups 4,100 men")).toEqual([4_100, 4_100]);
  });


  it("does not take a formation's number for its strength", () => {
    expect(strength("B Company, 4 RAR: 112 men; artillery support")).toEqual([112, 112]);
    expect(strength("1 Infantry Division 9,000\u201311,000")).toEqual([9_000, 11_000]);
    expect(strength("approx. 1 Infantry Brigade 1,300 men fit for duty")).toEqual([1_300, 1_300]);
    // A formation that names whose people they are is no formation number.
    expect(strength("151 British Army regulars 9 colonial troops")).toEqual([151, 151]);
    expect(strength("60 NNH cavalry")).toEqual([60, 60]);
  });

  it("reads no strength from cells of formations and ships alone, capitalised or joined by 'and'", () => {
    expect(strength("3 Infantry Divisions 1 Armoured Brigade 1 Parachute Brigade")).toBeNull();
    expect(strength("1 Monitor 2 Gunboats")).toBeNull();
    expect(strength("7 French and British divisions (initial) 15 divisions (final)")).toBeNull();
    expect(strength("2 Frigates 1,800 sailors")).toEqual([1_800, 1_800]);
  });

  it("counts rifles, sabres and crewmen as people", () => {
    expect(strength("3,800 rifles, 40 machine guns, 20 field guns")).toEqual([3_800, 3_800]);
    expect(strength("6 ships of the line 9 frigates 1,100 guns 7,000 crewmen")).toEqual([7_000, 7_000]);
  });
});

/** A scraped table whose Belligerents row is given as `belligerentRows`. */
const scrapedSides = (belligerentRows: string[]) =>
  parseArticle(
    "x.txt",
    [
      "Battle of Varrow Ford | |||||||",
      "---|---|---|---|",
      "Belligerents | |||||||",
      ...belligerentRows,
      "Commanders and leaders | |||||||",
      "Anton Kessler |",
      "Jan Morvan | ||||||",
      "Strength | |||||||",
      "1,000 |",
      "9,000 | ||||||",
      "The Battle of Varrow Ford was fought on 3 May 1871.",
      "",
    ].join("\n"),
  ).event.sides.map((s) => [s.commanders.map((c) => c.name), s.strength?.min ?? null]);

describe("tables from real pages", () => {
  it("counts the sides from the next section when the Belligerents row shows flags alone", () => {
    const want = [
      [["Anton Kessler"], 1_000],
      [["Jan Morvan"], 9_000],
    ];
    expect(scrapedSides([])).toEqual(want);
    expect(scrapedSides(["![]() ![]() ![]() |", "|||||||"])).toEqual(want);
    expect(scrapedSides(["![]() |", "![]() ![]() | ||||||"])).toEqual(want);
  });

  it("lets the first section after the belligerents count the sides when it has more cells (a flag cell was lost)", () => {
    const p = parseArticle(
      "x.txt",
      ["Battle of Varrow Ford | |||||||", "---|---|---|---|", "Belligerents | |||||||", "Beta Kingdom | |||||||", "Commanders and leaders | |||||||", "Anton Kessler, Jan Morvan |", "Piet Oster, several chiefs |", "||||||", "Strength | |||||||", "13,000 | 15,000 | ||||||", "The Battle of Varrow Ford was fought on 3 May 1871.", ""].join("\n"),
    );
    expect(p.event.sides.map((s) => [s.commanders.map((c) => c.name)[0], s.strength?.min ?? null])).toEqual([
      ["Anton Kessler", 13_000],
      ["Piet Oster", 15_000],
    ]);
  });

  it("keeps a side whose belligerent cell shows its flag alone", () => {
    const p = parseArticle(
      "x.txt",
      ["Battle of Varrow Ford | |||||||", "---|---|---|---|", "Belligerents | |||||||", "Alpha Republic |", "![]() | ||||||", "Strength | |||||||", "1,000 |", "Unknown | ||||||", "Casualties and losses | |||||||", "Light |", "300 killed | ||||||", "Map of the ford |", "The Battle of Varrow Ford was fought on 3 May 1871.", ""].join("\n"),
    );
    expect(p.event.sides.map((s) => [s.belligerents, s.casualties?.killed?.min ?? null])).toEqual([
      [["Alpha Republic"], null],
      [[], 300],
    ]);
  });
});

describe("casualty cells from real pages", () => {
  it("reads 'Killed: 2,000 to 8,000' as killed, not as a group named Killed", () => {
    const c = casualties("Killed: 1,500 to 6,000\nCaptured: 3,000Deserted: 10,000 to 15,000");
    expect(c.killed).toMatchObject({ min: 1_500, max: 6_000 });
    expect(c.captured).toMatchObject({ min: 3_000 });
    expect(c.total).toBeNull();
    expect(c.notes).toEqual([]);
    expect(casualties("Total: 9,100 1,400 killed").total).toMatchObject({ min: 9_100 });
  });

  it("reads figures given as alternatives as the range they span", () => {
    expect(casualties("11,000, 15,000 or 19,000 killed").killed).toMatchObject({ min: 11_000, max: 19_000 });
    expect(casualties("620, or, 1,040 killed").killed).toMatchObject({ min: 620, max: 1_040 });
    expect(casualties("4 or 5 killed").killed).toMatchObject({ min: 4, max: 5 });
    // Figures of different categories are no alternatives.
    expect(casualties("500 killed, 300 wounded or missing").killed).toMatchObject({ min: 500, max: 500 });
  });

  it("quotes the cell's own line for a figure read from reworded text", () => {
    const text = ["= Battle of Varrow Ford =", "", "Infobox", "- Conflict: Battle of Varrow Ford", "- Date: 3 May 1871", "- Combatant1: Alpha Republic", "- Combatant2: Beta Kingdom", "- Casualties1: Killed: 1,500 to 6,000<br>3,000 or 4,000 wounded", "- Casualties2: 200 killed", "", "The Battle of Varrow Ford was fought on 3 May 1871.", ""].join("\n");
    const p = parseArticle("x.txt", text);
    expect(p.event.sides[0]!.casualties).toMatchObject({ killed: { min: 1_500, max: 6_000 }, wounded: { min: 3_000, max: 4_000 } });
    expect(expectSourcesMatch(p.facts, () => Buffer.from(text))).toEqual([]);
  });

  it("reads a bare figure as the total when the rest of the cell counts trophies and guns, or it ends in '~'", () => {
    expect(casualties("12,400 19 banners 3 standards 120 guns").total).toMatchObject({ min: 12_400 });
    expect(casualties("15,000~ [1][2]").total).toMatchObject({ min: 15_000 });
  });

  it("reads dots that group thousands ('11.000', '20.000-25.000')", () => {
    expect(casualties("9.000 killed").killed).toMatchObject({ min: 9_000 });
    expect(strength("20.000-25.000 cavalry")).toEqual([20_000, 25_000]);
    expect(strength("2.5 million men")).toEqual([2_500_000, 2_500_000]);
  });

  it("reads 'killed or fatally wounded' as killed", () => {
    const c = casualties("14 killed or mortally wounded\n25 wounded");
    expect(c.killed).toMatchObject({ min: 14 });
    expect(c.total).toBeNull();
  });

  it("keeps ships captured apart from people captured", () => {
    const c = casualties("15,000 killed\n90 galleys captured\n12 galliots captured");
    expect(c.captured).toBeNull();
  });

  it("drops the page a footnote cites ('[13]: 315'), never a labelled figure", () => {
    const c = casualties("No ships lost [3][13]: 288 [4]\nAt least 2 killed and 3 wounded aboard the flagship (the admiral's diary)[13]: 288");
    expect(c.total).toBeNull();
    expect(c.killed).toMatchObject({ min: 2 });
    expect(casualties("Killed[3]: 500\nWounded[4]: 700").killed).toMatchObject({ min: 500 });
  });
});

describe("commander cells from real pages", () => {
  it("drops a flag's label in front of each commander: a state of the article is no person", () => {
    const p = parseArticle(
      "x.txt",
      [
        "= Battle of Varrow Ford =",
        "",
        "Infobox",
        "- Conflict: Battle of Varrow Ford",
        "- Date: 3 May 1871",
        "- Combatant1: Alpha Republic<br>Duchy of Marren",
        "- Combatant2: Beta Kingdom",
        "- Commander1: Alpha Republic Anton Kessler<br>Duchy of Marren Jan Morvan",
        "- Commander2: Beta Kingdom Piet Oster",
        "",
        "The Battle of Varrow Ford was fought on 3 May 1871.",
        "",
      ].join("\n"),
    );
    expect(p.event.sides.map((s) => s.commanders.map((c) => c.name))).toEqual([["Anton Kessler", "Jan Morvan"], ["Piet Oster"]]);
  });
});

describe("flag file names from real pages", () => {
  it("drops a flag file name with a word before 'Ensign of' or 'Standard of'", () => {
    expect(stripFlagImages("Naval Ensign of Velor.svg Velorian Empire")).toBe("Velorian Empire");
    expect(stripFlagImages("Royal Standard of Ostmur.svg Kingdom of Ostmur")).toBe("Kingdom of Ostmur");
  });

  it("drops an image size left where the flag's file name was lost", () => {
    expect(stripFlagImages("25px Velorian Empire")).toBe("Velorian Empire");
    expect(stripFlagImages("23px|border|link Kingdom of Ostmur")).toBe("Kingdom of Ostmur");
    expect(splitPeople("15px King Edmund IIPOW, 15px Hugh Brand").people.map((p) => p.person.name)).toEqual(["Edmund II", "Hugh Brand"]);
    // A figure in pixels inside a name or a sentence is not an image size.
    expect(stripFlagImages("Regiment 25pxA")).toBe("Regiment 25pxA");
  });
});

const people = (cell: string) => splitPeople(cell).people.map((p) => [p.person.name, p.person.rank, p.person.status]);

describe("names from real pages", () => {
  it("keeps a peer known by his title: 'Duke of X' is a name, not the rank of the next person", () => {
    expect(people("Duke of Marrenford")).toEqual([["Duke of Marrenford", null, null]]);
    expect(people("Prince of Ostvalle")).toEqual([["Prince of Ostvalle", null, null]]);
    expect(people("Duke of Marrenford, Walter Hesketh")).toEqual([
      ["Duke of Marrenford", null, null],
      ["Walter Hesketh", null, null],
    ]);
    // A title before a given name is still a rank.
    expect(people("Prince Albrecht of Ostvalle")).toEqual([["Albrecht of Ostvalle", "Prince", null]]);
  });

  it("reads a word after a particle as a surname even when it is a rank word", () => {
    expect(people("Karl von Lettwitz Tom von Prince \u2020")).toEqual([
      ["Karl von Lettwitz", null, null],
      ["Tom von Prince", null, "KIA"],
    ]);
  });

  it("keeps a regnal number in brackets with its name", () => {
    expect(people("Abd al-Malik (IV)")).toEqual([["Abd al-Malik IV", null, null]]);
  });

  it("drops list bullets and items that name a role and nobody; Grand Master is a rank", () => {
    expect(people("Gaius Varro, *Lucius Panno, *Quintus MerulaKIA")).toEqual([
      ["Gaius Varro", null, null],
      ["Lucius Panno", null, null],
      ["Quintus Merula", null, "KIA"],
    ]);
    expect(people("King Boleslaw IV, supreme commander, Duke Jurgis, Samogitian commander")).toEqual([
      ["Boleslaw IV", "King", null],
      ["Jurgis", "Duke", null],
    ]);
    expect(people("Grand Master Konrad von Altburg")).toEqual([["Konrad von Altburg", "Grand Master", null]]);
  });

  it("splits a status glued to a regnal number", () => {
    expect(people("King Otto VIWIA, Magnus XIIPOW")).toEqual([
      ["Otto VI", "King", "WIA"],
      ["Magnus XII", null, "POW"],
    ]);
  });

  it("drops labels and roles between a cell's items, never the people they label", () => {
    expect(people("Overall commander:, Maj. Gen. Lord Harwick, Subordinate commanders:, Bvt. Lt. Col. Henry PellowKIA,")).toEqual([
      ["Harwick", "Major General", null],
      ["Henry Pellow", "Lieutenant Colonel", "KIA"],
    ]);
    expect(people("Oda Hidenori: Overall commander, Mori Takeshi: Supreme field commander, Ito Masaru, Defected:,")).toEqual([
      ["Oda Hidenori", null, null],
      ["Mori Takeshi", null, null],
      ["Ito Masaru", null, null],
    ]);
    expect(people("Chief of staff: Pavel Orlov")).toEqual([["Pavel Orlov", null, null]]);
    expect(people("Army Group North: Karl von Renningen")).toEqual([["Karl von Renningen", null, null]]);
    expect(people("Ivan Sorokin, Pavel Zhdanov Not actually involved in the battle.")).toEqual([
      ["Ivan Sorokin", null, null],
      ["Pavel Zhdanov", null, null],
    ]);
  });

  it("keeps each peer of a run of titles: 'Earl of A, Earl of B' are two people", () => {
    expect(people("King Edmund III, Earl of Harrowby, Earl of Wexmoor, Lord of Dunlaw")).toEqual([
      ["Edmund III", "King", null],
      ["Earl of Harrowby", null, null],
      ["Earl of Wexmoor", null, null],
      ["Lord of Dunlaw", null, null],
    ]);
    // A title after a name is still that person's.
    expect(people("Johann Tessler, Count of Varnow, Gottfried zu Ambach")).toEqual([
      ["Johann Tessler, Count of Varnow", null, null],
      ["Gottfried zu Ambach", null, null],
    ]);
  });

  it("keeps Freiherr, Graf and Ritter inside the name they belong to", () => {
    expect(people("Otto Freiherr Kessel von Kesselstein Emin Pasha")).toEqual([
      ["Otto Freiherr Kessel von Kesselstein", null, null],
      ["Emin Pasha", null, null],
    ]);
    expect(people("Hans Graf von Arnsberg")).toEqual([["Hans Graf von Arnsberg", null, null]]);
  });
});
