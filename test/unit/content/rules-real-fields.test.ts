/**
 * Rules for cell fields (totals, figures, groups, belligerents) found by running the parser on
 * real public battle pages (their text stays out of the repository), each pinned on invented
 * cells of the same shape.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../lib/content/article";
import { parseCasualties } from "../../../lib/content/casualties";
import { matchNumbers } from "../../../lib/content/numbers";
import { parseStrength, splitBelligerents } from "../../../lib/content/sides";
import { clean } from "../../../lib/content/text";
import { expectSourcesMatch } from "./helpers";

const casualties = (...lines: string[]) => parseCasualties(lines.map((text, i) => ({ text, ref: i + 1 })))!.casualties;

describe("figures", () => {
  it("reads two comma-grouped figures glued together as the range that lost its dash", () => {
    expect(matchNumbers("4,1254,390 killed")).toMatchObject([{ min: 4_125, max: 4_390 }]);
    expect(casualties("3,0613,377 killed, wounded or captured 9 guns lost").total).toMatchObject({ min: 3_061, max: 3_377 });
  });

  it("leaves a glued tail below the first figure unread as a range", () => {
    expect(matchNumbers("4,3904,125 killed")[0]).toMatchObject({ min: 4_390, max: 4_390 });
  });
});

describe("casualty figures of several categories, people and alternatives", () => {
  it("reads one figure of several categories counted together as the total, only when the cell counts nothing else", () => {
    expect(casualties("4,500 killed or captured").total).toMatchObject({ min: 4_500, max: 4_500 });
    expect(casualties("2,100 dead or missing, 61 tanks destroyed").total).toMatchObject({ min: 2_100 });
    // Beside other figures it is a part of the losses, in a group's account as well.
    const c = casualties("2,011 killed 12,214 wounded 4,102 captured or missing");
    expect(c.total).toBeNull();
    expect(c.killed).toMatchObject({ min: 2_011 });
    expect(casualties("Per Alpha records: 13,964 killed or missing, 78,657 wounded").total).toBeNull();
  });

  it("reads categories joined by a slash in a list of them ('dead, wounded or missing/prisoners') as the total", () => {
    expect(casualties("3,850 dead, wounded or missing/prisoners").total).toMatchObject({ min: 3_850, max: 3_850 });
  });

  it("reads 'between 600 and 1,200 men' and bare alternatives '200 or 700' as the total", () => {
    expect(casualties("between 600 and 1,200 men").total).toMatchObject({ min: 600, max: 1_200 });
    expect(casualties("200 or 700").total).toMatchObject({ min: 200, max: 700 });
  });

  it("never reads a source's year in brackets as a figure", () => {
    expect(casualties("21,000, The study by A. B. Orlan (1911) lists 12 generals, Jon Hale (2016) generalizes casualties").total).toMatchObject({ min: 21_000, max: 21_000 });
    expect(casualties("Varro (1908) gives 24,000 casualties").total).toMatchObject({ min: 24_000, max: 24_000 });
  });

  it("reads no bare years as alternatives, and no link target in a name with a number sign", () => {
    expect(casualties("1914 or 1915").total).toBeNull();
    expect(clean("Convoy PQ#17, 35 ships")).toBe("Convoy PQ#17, 35 ships");
    expect(clean("12 Skerry fleet#Vessels, skerry frigates")).toBe("12 skerry frigates");
  });

  it("reads '400 killed plus others captured' as the killed", () => {
    const c = casualties("400 killed plus others captured");
    expect(c.killed).toMatchObject({ min: 400, max: 400 });
    expect(c.total).toBeNull();
  });

  it("reads '25–30,000' as 25,000 to 30,000, and '300–1,000' as written", () => {
    expect(matchNumbers("25-30,000 men")).toMatchObject([{ min: 25_000, max: 30_000 }]);
    expect(matchNumbers("300\u20131,000 killed")).toMatchObject([{ min: 300, max: 1_000 }]);
    expect(matchNumbers("2\u20133,000")).toMatchObject([{ min: 2_000, max: 3_000 }]);
  });
});

describe("naval cells and flattened markup", () => {
  it("drops a citation template flattened into the text ('20,000 mensfn, Blok, 1928, p=345'), so its year is no figure", () => {
    expect(parseStrength(["60 ships of the line, 15 frigates 4,245 guns , 18,000 mensfn, Varne, 1928, p=345"])).toMatchObject({ min: 18_000, max: 18_000 });
    expect(casualties("about 20,000 dead and woundedefn, or more").total).toMatchObject({ min: 20_000 });
  });

  it("drops a glued citation template's author only when its year follows", () => {
    expect(clean("4,000 killedefn, Varnish 3,000 wounded")).toBe("4,000 killed, Varnish 3,000 wounded");
  });

  it("drops a link's target left before its text ('12 Archipelago fleet#Vessels, archipelago frigates')", () => {
    expect(parseStrength(["12 Skerry fleet#Vessels, skerry frigates, 5 galleys, auxiliaries 4,000 men"])).toMatchObject({ min: 4_000, max: 4_000 });
  });

  it("reads 'men of war', cutters and xebecs as ships, not people", () => {
    expect(parseStrength(["3 men of war 5 armed merchants 4 minor vessels 394 guns"])).toBeNull();
    expect(parseStrength(["3 Cutter (boat), cutters, auxiliaries 9,000 men"])).toMatchObject({ min: 9_000, max: 9_000 });
  });

  it("reads the markers written with dots: '103 K.I.A. 407 P.O.W.'", () => {
    const c = casualties("93 K.I.A. 307 P.O.W. 12 W.I.A.");
    expect(c).toMatchObject({ killed: { min: 93 }, captured: { min: 307 }, wounded: { min: 12 } });
  });
});

describe("list items kept apart by pipes in '- Key: Value' lines", () => {
  const infobox = (casualties1: string, commander1: string, combatant1: string) => {
    const text = ["= Battle of Varrow Ford =", "", "Infobox", "- Conflict: Battle of Varrow Ford", "- Date: 3 May 1871", `- Combatant1: ${combatant1}`, "- Combatant2: Beta Kingdom", `- Commander1: ${commander1}`, "- Commander2: Hugh Brand", `- Casualties1: ${casualties1}`, "- Casualties2: 200 killed", "", "The Battle of Varrow Ford was fought on 3 May 1871.", ""].join("\n");
    return { p: parseArticle("x.txt", text), text };
  };
  it("reads each item between pipes as a line of the cell, an image's size and options dropped", () => {
    const { p, text } = infobox("Total: 4,000\u20136,000|1,500 wounded", "Archduke Karl| Otto von Brenn| Piers Gaunt", "23px|border|link Alpha Republic");
    const side = p.event.sides[0]!;
    expect(side.casualties).toMatchObject({ total: { min: 4_000, max: 6_000 }, wounded: { min: 1_500 } });
    expect(side.commanders.map((c) => c.name)).toEqual(["Karl", "Otto von Brenn", "Piers Gaunt"]);
    expect(side.belligerents).toEqual(["Alpha Republic"]);
    expect(expectSourcesMatch(p.facts, () => Buffer.from(text))).toEqual([]);
  });

  it("keeps the categories of the lines below 'Total: N casualties:'", () => {
    const c = casualties("Total: 1,300+ casualties:", "500 killed", "800 wounded");
    expect(c).toMatchObject({ total: { min: 1_300 }, killed: { min: 500 }, wounded: { min: 800 } });
  });

  it("reads the lines below 'Total: 1,300+ killed:' as its parts, not as another total", () => {
    const c = casualties("Total: 1,300+ killed:", "133 colonial troops Material losses:, 2 guns captured");
    expect(c.killed).toMatchObject({ min: 1_300 });
    expect(c.total).toBeNull();
  });
});

describe("casualty totals", () => {
  it("reads the side's 'Total …:' line, its figure on the line below, over the sub-groups", () => {
    const c = casualties("Canada:", "301 killed", "912 wounded", "Norway:", "44 killed", "Total allied casualties:", "6,000+", "Austrian estimation:", "14,000");
    expect(c.total).toMatchObject({ min: 6_000, approx: true });
    expect(c.killed).toMatchObject({ min: 345, max: 345 });
    expect(c.notes.map((n) => n.group)).toEqual(["Canada", "Norway", "Austrian estimation"]);
  });

  it("reads 'Total casualties:, …' after a rule (<hr>) and groups listed with a comma after their colon", () => {
    const c = casualties("Portugal:, 2,1002,400 killed, wounded or captured, Naples:, 800 killed, captured or wounded<hr/>Total casualties:, 2,9003,200 killed, wounded or captured");
    expect(c.total).toMatchObject({ min: 2_900, max: 3_200 });
    expect(c.notes.map((n) => [n.group, n.total?.min])).toEqual([
      ["Portugal", 2_100],
      ["Naples", 800],
    ]);
  });

  it("reads 'Total – …' over the first lines of groups named with a dash", () => {
    const c = casualties(
      "Lydia – 4,000–6,000 killed, wounded & missing. 900 captured",
      "Caria – 300 killed, 120 captured.",
      "Total – between 4,300 and 6,300 killed 1,020+ captured, many wagons destroyed.",
    );
    expect(c.killed).toMatchObject({ min: 4_300, max: 6_300 });
    expect(c.captured).toMatchObject({ min: 1_020 });
    expect(c.notes.map((n) => n.group)).toEqual(["Lydia", "Caria"]);
    expect(c.notes[0]!.total).toMatchObject({ min: 4_000, max: 6_000 });
  });
});

describe("casualty figures", () => {
  it("reads 'A and B claim:' as one account, so the side takes the first account that gives figures", () => {
    const c = casualties("Greek and Persian claim :Heavy", "(4,000 at the ford [3] )", "Persian claim : 18,500 killed, wounded, or missing [4]");
    expect(c.notes.map((n) => n.group)).toEqual(["Greek and Persian claim", "Persian claim"]);
    expect(c.total).toMatchObject({ min: 18_500, claimant: "Persian claim" });
  });

  it("reads killed, captured or wounded in any order as the total", () => {
    expect(casualties("Naples:, 800 killed, captured or wounded<hr/>Sicily:, 300 wounded").notes[0]!.total).toMatchObject({ min: 800 });
  });

  it("keeps a bare figure the total when the other figures count guns", () => {
    expect(casualties("2,300 11 guns").total).toMatchObject({ min: 2_300, max: 2_300 });
  });

  it("keeps the category of a figure with a bracketed remark on what it includes", () => {
    const c = casualties("700 dead 1,900 wounded (Including porters and civilians)");
    expect(c.wounded).toMatchObject({ min: 1_900 });
    expect(c.civilian).toBeNull();
  });

  it("reads a date before a colon as when the figure was counted, not a group with a figure", () => {
    expect(casualties("14 April: 6,220").total).toMatchObject({ min: 6_220, max: 6_220 });
    const c = casualties("14 April: 388 (partial)");
    expect(c.total).toMatchObject({ min: 388 });
    expect(c.notes).toEqual([]);
  });

  it("keeps a bare first figure with its own footnote as the total before the figures of another source", () => {
    const c = casualties("300–350[4] 120 killed, 46 wounded[5]");
    expect(c.total).toMatchObject({ min: 300, max: 350 });
    expect(c.killed).toMatchObject({ min: 120 });
  });

  it("reads no year of a dated account before a colon as a total", () => {
    const c = casualties("Prussian claim:", "According to the returns of the 4th Corps drawn up in early June", "1866 : 1,410 killed, 3,920 wounded");
    expect(c.notes[0]!.total).toBeNull();
    expect(c.notes[0]!.killed).toMatchObject({ min: 1_410 });
  });
});

describe("figures of a side's groups", () => {
  it("sums one category's figures when each line names another group of the side", () => {
    expect(casualties("2,410 regulars killed<br>377 militiamen killed").killed).toMatchObject({ min: 2_787, max: 2_787 });
    expect(casualties("22 sailors KIA; 4 officers KIA").killed).toMatchObject({ min: 26 });
    expect(casualties("140 Hessians captured, 95 Bavarians captured").captured).toMatchObject({ min: 235 });
  });

  it("quotes a sum over the <br> lines of one source line as the stretch of that line, so the quote stays on it", () => {
    expect(casualties("2,410 regulars killed<br>377 militiamen killed").killed!.text).toBe("2,410 regulars killed 377 militiamen killed");
    expect(casualties("Army:<br>500 killed<br>Navy:<br>120 killed").killed).toMatchObject({ min: 620, text: "500 killed Navy: 120 killed" });
  });

  it("reads a figure right after the words of the one before as on a line of its own (a lost line break)", () => {
    expect(casualties("22 sailors KIA 4 officers KIA").killed).toMatchObject({ min: 26 });
    expect(parseStrength(["14,000 infantry 2,500 cavalry 40 guns"])).toMatchObject({ min: 16_500 });
  });

  it("never sums figures without a group, of the same group, or of competing accounts", () => {
    expect(casualties("2,410 killed<br>2,900 killed").killed).toMatchObject({ min: 2_410, max: 2_410 });
    expect(casualties("2,410 regulars killed<br>2,900 regulars killed").killed).toMatchObject({ min: 2_410 });
    expect(casualties("2,410 regulars killed (Austrian estimate)<br>377 militiamen killed").killed).toMatchObject({ min: 2_410 });
    expect(casualties("22 sailors KIA, 4 officers KIA").killed).toMatchObject({ min: 22 });
  });

  it("sums a strength of people whose lines name different groups", () => {
    expect(parseStrength(["412 Welshmen", "96 Frisians", "7 Danes"])).toMatchObject({ min: 515, max: 515 });
    expect(parseStrength(["900 Portuguese soldiers 1,300 Kongolese"])).toMatchObject({ min: 2_200 });
    expect(parseStrength(["31,000 infantry, 4,100 cavalry, 80 guns"])).toMatchObject({ min: 31_000 });
    expect(parseStrength(["9,000 men", "12,000 men (French sources)"])).toMatchObject({ min: 9_000 });
  });

  it("keeps the first strength over a total that one account gives", () => {
    expect(parseStrength(["30,000 to 36,000 Thracian horsemen with 90 chariots.[2]<br>75,000 combined Thracian Getic cavalry (according to Strabo)[3]"])).toMatchObject({ min: 30_000, max: 36_000 });
  });

  it("reads a strength line 'Total troops: …' over the first line", () => {
    expect(parseStrength(["31,000 troops", "120,000 reserves", "140 tanks", "Total troops: 151,000", "60,000 deployed"])).toMatchObject({ min: 151_000 });
    expect(parseStrength(["Naples:, 8,200, 12 guns, Sicily:, 5,100, 9 guns<hr/>Total:, 13,300, 21 guns"])).toMatchObject({ min: 13_300 });
  });
});

describe("belligerents", () => {
  const none = () => false;

  it("cuts a run-together cell into the names known at its start and one more name after them", () => {
    expect(splitBelligerents("Portugal Kingdom of Kongo Ndongo Kingdom exiles", none)).toEqual(["Portugal", "Kingdom of Kongo", "Ndongo Kingdom exiles"]);
    expect(splitBelligerents("Canada Norway Netherlands Danish West Indies", none)).toEqual(["Canada", "Norway", "Netherlands", "Danish West Indies"]);
  });

  it("keeps one known name with a name after it whole", () => {
    expect(splitBelligerents("United States Coast Guard", none)).toEqual(["United States Coast Guard"]);
    expect(splitBelligerents("Takeda loyalists", none)).toEqual(["Takeda loyalists"]);
  });

  it("keeps a word the prose uses alone with the state it qualifies ('Bourbon Spain', 'Taiping Heavenly Kingdom')", () => {
    const known = (n: string) => ["Bourbon", "Taiping", "Heavenly Kingdom"].includes(n);
    expect(splitBelligerents("Bourbon Spain Kingdom of France", known)).toEqual(["Bourbon Spain", "Kingdom of France"]);
    expect(splitBelligerents("Taiping Heavenly Kingdom", known)).toEqual(["Taiping Heavenly Kingdom"]);
    expect(splitBelligerents("France Spain", known)).toEqual(["France", "Spain"]);
  });

  it("keeps two states run together apart when the first is no dynasty or adjective ('Wallachia Ottoman Empire')", () => {
    const known = (n: string) => ["Wallachia", "Venice"].includes(n);
    expect(splitBelligerents("Wallachia Ottoman Empire", known)).toEqual(["Wallachia", "Ottoman Empire"]);
    expect(splitBelligerents("Venice Spain", known)).toEqual(["Venice", "Spain"]);
  });

  it("keeps a pipe inside brackets or a link, and a link's text", () => {
    expect(splitBelligerents("[[Alpha Republic|Alphans]] army", () => false)).toEqual(["Alphans army"]);
    expect(casualties("5,000 (1,200|2,300 according to Varne)").total).toMatchObject({ min: 5_000 });
  });

  it("cuts a listed state from an armed group named after it ('China Black Flag Army'), not from its own army", () => {
    const known = () => false;
    expect(splitBelligerents("China Black Banner Army", known)).toEqual(["China", "Black Banner Army"]);
    expect(splitBelligerents("Qing dynasty Green Standard Army", known)).toEqual(["Qing dynasty", "Green Standard Army"]);
    expect(splitBelligerents("United States Army", known)).toEqual(["United States Army"]);
  });

  it("cuts a listed state from a company named for itself, and reads a rule (<hr>) between names as a line break", () => {
    expect(splitBelligerents("United Kingdom East Varrow Company", () => false)).toEqual(["United Kingdom", "East Varrow Company"]);
    expect(splitBelligerents("Don Cossacks<hr> Zaporozhian Sich", () => false)).toEqual(["Don Cossacks", "Zaporozhian Sich"]);
  });

  it("drops a 'Minor belligerent:' label, also when it lost its line break", () => {
    expect(splitBelligerents("Kingdom of Alba Minor belligerent: Duchy of Esk", () => false)).toEqual(["Kingdom of Alba", "Duchy of Esk"]);
  });

  it("drops a heading line that ends in a colon", () => {
    expect(splitBelligerents("Lydia\nCaria\nIonian Allied Contingents:[2]\nSamos", none)).toEqual(["Lydia", "Caria", "Samos"]);
  });
});
