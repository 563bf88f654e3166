/**
 * Rules found on three more blind sets of real public battle pages (their text stays out of the
 * repository), each pinned on invented text of the same shape and failing without its rule.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../lib/content/article";
import { parseCasualties } from "../../../lib/content/casualties";
import { parseDateRange } from "../../../lib/content/dates";
import { splitSentences } from "../../../lib/content/sentences";
import { splitPeople } from "../../../lib/content/people";
import { parseStrength, splitBelligerents, splitRunTogether } from "../../../lib/content/sides";
import { splitLineBreaks } from "../../../lib/content/text";
import { stripFlagImages } from "../../../lib/content/flags";

/** A scraped table with no Date row, `before` above it, then the lead `lead` (its own lines). */
const scraped = (lead: string[], before: string[] = []) =>
  parseArticle(
    "x.txt",
    [...before, "Battle of Varrow Ford | |||||||", "---|---|---|---|", "Part of the Example War | |||||||", "Belligerents | |||||||", "Alpha Republic | Beta Kingdom | ||||||", ...lead, ""].join("\n"),
  );
const leadDate = (lead: string[], before: string[] = []) => {
  const p = scraped(lead, before);
  const d = p.facts.find((f) => f.kind === "date");
  return d ? { ...(d.value as object), line: d.source.line } : null;
};

describe("lead dates in the subject of the first sentence", () => {
  it("reads a date bracket after the title's other names or its place", () => {
    expect(leadDate(["The Battle of Varrow Ford or Varrowmere (20 December 1712) was the last victory of the Alpha Republic in the war."])).toMatchObject({ start: "1712-12-20", end: "1712-12-20" });
    expect(leadDate(["The Battle of Varrow Ford (today Varrowa), also known as Battle of the Varrow River (11 April 1241), was the main battle of the invasion."])).toMatchObject({ start: "1241-04-11" });
    expect(leadDate(["The Battle of Varrow Ford, Eastshire, (8 April 1864) formed part of the Red Campaign, when the army marched."])).toMatchObject({ start: "1864-04-08" });
  });

  it("reads no bracket after words that go on with the clause", () => {
    expect(leadDate(["The Battle of Varrow Ford was part of the Example War (4 May 1871) and decided nothing at all for either side."])).toBeNull();
  });

  it("reads 'of 29 March 1644' right after the title", () => {
    expect(leadDate(["The Battle of Varrow Ford of 29 March 1644 was an important victory of the Alpha Republic during the war."])).toMatchObject({ start: "1644-03-29", end: "1644-03-29", precision: "day" });
  });

  it("reads 'Fought on …' opening a later lead sentence and ', fought May 28, 1918,' after the title", () => {
    expect(leadDate(["The Battle of Varrow Ford, also known as the Ford Fight, took place near Varrow, in the modern state of Eastshire. Fought on 5 May 1645, during the war, it featured an army led by Orlan."])).toMatchObject({ start: "1645-05-05" });
    expect(leadDate(["The Battle of Varrow Ford, fought May 28, 1918,[4] was the first major battle of the Alpha Republic in the war."])).toMatchObject({ start: "1918-05-28" });
  });

  it("reads 'a series of battles in 1584' as the year, also after a help link's '?' in a bracket", () => {
    expect(leadDate(["The Battle of Varrow Ford (ヴァロー Varrow no Tatakai?) was a series of battles in 1584 between the forces of Orlan and Berin."])).toMatchObject({ start: "1584", precision: "year" });
  });

  it("reads the Gregorian day offered beside its Julian one, and another calendar's date given in ours", () => {
    expect(leadDate(["The Battle of Varrow Ford was fought on 27 August (Julian calendar) or 6 September (Gregorian calendar), 1634 during the war."])).toMatchObject({ start: "1634-09-06", end: "1634-09-06" });
    expect(leadDate(["The Battle of Varrow Ford took place between Orlan and Berin over two days beginning on the 20th day of the fourth month of Era 11 (equivalent to 10-11 June 1583 on the Gregorian calendar)."])).toMatchObject({ start: "1583-06-10", end: "1583-06-11" });
  });

  it("reads 'September 6 through 8, 1793' as a span", () => {
    expect(leadDate(["The Battle of Varrow Ford was fought on September 6 through 8, 1793 at Varrow, and ended in a victory."])).toMatchObject({ start: "1793-09-06", end: "1793-09-08" });
  });
});

describe("page chrome above a scraped table", () => {
  it("skips maintenance notices, also written as table cells, and 'From Wikipedia' inside a line", () => {
    const before = [
      "Battle of the Example War From Wikipedia, the free encyclopedia",
      "You can help expand this article with text translated from the corresponding article in Alphan. (December 2021) Click [show] for important translation instructions.",
      "| This article does not cite any references or sources. (May 2007) Please help improve this article by adding citations to reliable sources. |",
      "| The introduction to this article provides insufficient context for those unfamiliar with the subject. Please help improve the article with a good introductory style. |",
    ];
    const p = scraped(["The Battle of Varrow Ford was fought on 2 April 1879 between the two armies near the river."], before);
    expect(p.title).toBe("Battle of Varrow Ford");
    expect(p.event.date).toMatchObject({ start: "1879-04-02" });
    expect(p.facts.find((f) => f.kind === "date")!.source.line).toBe(10);
  });
});

describe("sentences and date cells", () => {
  it("does not end a sentence at a '?' followed by a lower-case word", () => {
    const t = "The Battle of X (Y no Tatakai?) was a battle. It ended.";
    expect(splitSentences(t).map((s) => t.slice(s.start, s.end))).toEqual(["The Battle of X (Y no Tatakai?) was a battle.", "It ended."]);
  });

  it("reads the first range of a date cell whose remark has an 'until' of its own, and no first day alone from an unreadable end", () => {
    expect(parseDateRange("24 August 1937 – 7 September 1937 (taking of the town), () The offensive continued until the beginning of November 1937")).toMatchObject({ start: "1937-08-24", end: "1937-09-07" });
    expect(parseDateRange("3 May 1805 – 4 June 1806 July")).toBeNull();
  });
});

describe("run-together commanders beside the prose", () => {
  it("ends each person at the word the prose names him by", () => {
    const p = parseArticle(
      "x.txt",
      [
        "Battle of Varrow Ford | |||||||",
        "---|---|---|---|",
        "Belligerents | |||||||",
        "Alpha Republic | Beta Kingdom | ||||||",
        "Commanders and leaders | |||||||",
        "Jean Marcel Orlanne Jean-Luc Berenger | Karl Voss | ||||||",
        "The Battle of Varrow Ford was fought on 6 May 1793 at Varrow, and ended in a victory under General Orlanne and General Berenger against Karl Voss.",
        "",
      ].join("\n"),
    );
    expect(p.event.sides[0]!.commanders.map((c) => c.name)).toEqual(["Jean Marcel Orlanne", "Jean-Luc Berenger"]);
  });
});

describe("casualty and strength cells", () => {
  const casualties = (...lines: string[]) => parseCasualties(lines.map((text, i) => ({ text, ref: i + 1 })))!.casualties;

  it("reads 'captured or missing' and 'captured/missing' as the captured, alone or beside other figures", () => {
    expect(casualties("220 captured or missing").captured).toMatchObject({ min: 220, max: 220 });
    expect(casualties("100 missing or captured").total).toBeNull();
    const c = casualties("1,861 (203 killed 1,152 wounded 506 captured/missing)");
    expect(c).toMatchObject({ total: { min: 1_861 }, killed: { min: 203 }, wounded: { min: 1_152 }, captured: { min: 506, text: "506 captured/missing" } });
  });

  it("reads a list of bare figures as the sources' estimates: the first is the total", () => {
    expect(casualties("4,700, 4,804, 5,000").total).toMatchObject({ min: 4_700, max: 4_700 });
    expect(casualties("7,000+ , 7,669, 8,000, up to 8,300").total).toMatchObject({ min: 7_000 });
    expect(casualties("1914, 1915").total).toBeNull();
  });

  it("reads a figure in quotes", () => {
    expect(casualties('"slightly over 800"[1]').total).toMatchObject({ min: 800, max: 800, text: "over 800" });
  });

  it("splits no figure at a footnote line that is part of it", () => {
    const p = parseArticle(
      "x.txt",
      [
        "Battle of Varrow Ford | |||||||",
        "---|---|---|---|",
        "Belligerents | |||||||",
        "Alpha Republic | Beta Kingdom | ||||||",
        "Casualties and losses | |||||||",
        "| 1,200–1,500 killed, wounded, captured or missing |",
        "2,000–4,500 killed, wounded or captured | ||||||",
        "2",
        "Varrow",
        "1",
        "The Battle of Varrow Ford was fought on 6 May 1793 at Varrow, and ended in a victory of the Alpha Republic.",
        "",
      ].join("\n"),
    );
    expect(p.event.sides.map((s) => s.casualties?.total)).toMatchObject([{ min: 1_200, max: 1_500 }, { min: 2_000, max: 4_500 }]);
  });

  it("counts no capitalised materiel ('34 Cannons', '4 Alphan steamers') among a strength's named groups", () => {
    expect(parseStrength(["31,600 Alphan infantry, cavalry, and artillery, 1,000 Tatars, 276 Betan Sailors, 34 Cannons, 4 Alphan steamers, 1 Betan frigate"])).toMatchObject({ min: 32_876, max: 32_876 });
  });

  it("reads people after any adjective ('1,400 provincial troops'), but no armoured cavalry troops", () => {
    expect(parseStrength(["1,400 provincial troops and militia"])).toMatchObject({ min: 1_400 });
    expect(parseStrength(["3 armored cavalry troops 12 M1A1 tanks"])).toBeNull();
  });
});

describe("belligerents and commanders of real cells", () => {
  const people = (cell: string) => splitPeople(cell).people.map((p) => [p.person.rank, p.person.name, p.person.status]);

  it("splits a listed state from the league or federated states run into it", () => {
    expect(splitRunTogether("United Kingdom Federated Malay States", () => false)).toEqual(["United Kingdom", "Federated Malay States"]);
    expect(splitRunTogether("Sweden Heilbronn League", () => false)).toEqual(["Sweden", "Heilbronn League"]);
    // An adjective the prose uses alone qualifies the name after it.
    expect(splitRunTogether("French Directory", (n) => n === "French")).toEqual(["French Directory"]);
    expect(splitRunTogether("Bosnia Eyalet", (n) => n === "Bosnia")).toEqual(["Bosnia Eyalet"]);
  });

  it("drops an image's options before its size, a size glued to the name, and a flag's short link label", () => {
    expect(splitLineBreaks("22px|PLA Chinese Red Army").map(stripFlagImages)).toEqual(["Chinese Red Army"]);
    expect(splitLineBreaks("border|22px Ahom Kingdom").map(stripFlagImages)).toEqual(["Ahom Kingdom"]);
    expect(stripFlagImages("22pxMughal Empire")).toBe("Mughal Empire");
    expect(people("22px|PLA Tan Xilin")).toEqual([[null, "Tan Xilin", null]]);
  });

  it("breaks lines at '<br / >' and splits a rank glued to its name", () => {
    expect(people("Brigadier Vithusha<br / >ColonelSoosai, Colonel Theepan<br / > Colonel Bhanu")).toEqual([
      ["Brigadier", "Vithusha", null],
      ["Colonel", "Soosai", null],
      ["Colonel", "Theepan", null],
      ["Colonel", "Bhanu", null],
    ]);
  });

  it("reads compound ranks with or without their dots, and with the last word in full", () => {
    expect(people("Lt. Gen Srilal Weera, Maj. Gen Egodara, Lt. Colonel Lakshan, Maj Gen. George Colwin")).toEqual([
      ["Lieutenant General", "Srilal Weera", null],
      ["Major General", "Egodara", null],
      ["Lieutenant Colonel", "Lakshan", null],
      ["Major General", "George Colwin", null],
    ]);
  });
});

describe("more lead dates (sets 14 and 15)", () => {
  it("reads 'on 23–24 October 1912' in the subject, and 'between the 15th and 19th of July 1913'", () => {
    expect(leadDate(["The Battle of Varrow Ford or Battle of Varrowa (Alphan: Varrowska) on 23–24 October 1912 was a major battle of the war."])).toMatchObject({ start: "1912-10-23", end: "1912-10-24" });
    expect(leadDate(["The Battle of Varrow Ford was fought between the two armies. The battle took place between the 15th and 19th of July 1913."])).toMatchObject({ start: "1913-07-15", end: "1913-07-19" });
  });

  it("reads 'fought in the year 1563' and 'from 1587 to 1588' after the title", () => {
    expect(leadDate(["The Battle of Varrow Ford was fought in the year 1563 between the forces of Orlan and the rebels."])).toMatchObject({ start: "1563", precision: "year" });
    expect(leadDate(["The Battle of Varrow Ford from 1587 to 1588 was a military conflict between Alpha and Beta."])).toMatchObject({ start: "1587", end: "1588", precision: "year" });
  });

  it("reads the month of what the battle was, never of another clause", () => {
    expect(leadDate(["The Battle of Varrow Ford was a naval battle between a merchant fleet; and a flotilla of warships in August 1665 as part of the war."])).toMatchObject({ start: "1665-08", precision: "month" });
    expect(leadDate(["The Battle of Varrow Ford was a naval battle fought after the fall of Varrow in May 1665 by a flotilla."])).toBeNull();
  });

  it("finds the lead's title when the page's title adds a bracket or a second name", () => {
    const p = parseArticle(
      "x.txt",
      ["Siege of Varrow (1587-1588) | |||||||", "---|---|---|---|", "Belligerents | |||||||", "Alpha Republic | Beta Kingdom | ||||||", "The Siege of Varrow (December 4–16, 1587), was one of the sieges of the war between Alpha and Beta.", ""].join("\n"),
    );
    expect(p.event.date).toMatchObject({ start: "1587-12-04", end: "1587-12-16" });
    const q = parseArticle(
      "x.txt",
      ["Battle of Varrow/Essen | |||||||", "---|---|---|---|", "Belligerents | |||||||", "Alpha Republic | Beta Kingdom | ||||||", "The Battle of Varrow, also known as the Battle of Essen (December 4–16, 1971), was a battle of the war.", ""].join("\n"),
    );
    expect(q.event.date).toMatchObject({ start: "1971-12-04", end: "1971-12-16" });
  });
});

describe("more cells (sets 14 and 15)", () => {
  const casualties = (...lines: string[]) => parseCasualties(lines.map((text, i) => ({ text, ref: i + 1 })))!.casualties;
  const names = (cell: string) => splitPeople(cell).people.map((p) => p.person.name);

  it("keeps 'de los' and 'de las' inside a name", () => {
    expect(names("Ramón Blanco, Diego de los Ríos, Fermín Díaz Matoni")).toEqual(["Ramón Blanco", "Diego de los Ríos", "Fermín Díaz Matoni"]);
    expect(names("Diego de las Casas")).toEqual(["Diego de las Casas"]);
  });

  it("counts no warship as captured and no field pieces as the strength", () => {
    expect(casualties("500 killed and wounded 1 warship captured")).toMatchObject({ total: { min: 500 }, captured: null });
    expect(parseStrength(["Unknown number of musketeers,, heavy infantry and bowmen, 4 Alphan light field pieces"])).toBeNull();
  });

  it("keeps a one-item commander whole when the prose names him by his surname alone", () => {
    const article = (cell: string, prose: string) =>
      parseArticle("x.txt", ["= Battle of Varrow =", "", "Infobox", "- Date: 3 May 1808", "- Commander1: Orlan Vess", `- Commander2: ${cell}`, "", prose, ""].join("\n")).event.sides[1]!.commanders.map((c) => c.name);
    expect(article("Ulrik Kristen KrusaPOW", "After arriving at Varrow, Krusa launched an attack that surprised the enemy.")).toEqual(["Ulrik Kristen Krusa"]);
  });
});

describe("leads, belligerents and commanders (sets 14 and 15, second pass)", () => {
  const names = (cell: string) => splitPeople(cell).people.map((p) => p.person.name);

  it("reads a lead whose page coordinates ran into it", () => {
    expect(leadDate(["18°48′46″N 97°10′40″W / 18.812845°N 97.17765°W The Battle of Varrow Ford (18 May 1862) was a battle of the war between the two armies."])).toMatchObject({ start: "1862-05-18" });
  });

  it("splits run-together belligerents at a people's plural, after a company, and before an adjective state", () => {
    expect(splitRunTogether("Alphan reactionists Second Betan Empire", () => false)).toEqual(["Alphan reactionists", "Second Betan Empire"]);
    expect(splitRunTogether("East India Company Chinese pirates", () => false)).toEqual(["East India Company", "Chinese pirates"]);
    expect(splitRunTogether("Kingdom of Hungary Kingdom of Poland Serbian Despotate Papal States", () => false)).toEqual(["Kingdom of Hungary", "Kingdom of Poland", "Serbian Despotate", "Papal States"]);
    expect(splitRunTogether("Kingdom of Great Britain", () => false)).toEqual(["Kingdom of Great Britain"]);
  });

  it("reads initials without dots, drops decorations after a surname, and lets a common given name open a person", () => {
    expect(names("K K Sinha A S Vaidra MVC")).toEqual(["K K Sinha", "A S Vaidra"]);
    expect(names("Garnet Wolsey VC CB Evelyn Woodley")).toEqual(["Garnet Wolsey", "Evelyn Woodley"]);
    expect(names("José Domingo Herrara Juan Vicaro José G. Campas")).toEqual(["José Domingo Herrara", "Juan Vicaro", "José G. Campas"]);
  });

  it("parts run-together names at the labels of formations", () => {
    expect(names("Jean-Baptiste Jourdain Advance Guard: François Joseph Lefèvre First Division: Pierre Marie Ferrino")).toEqual(["Jean-Baptiste Jourdain", "François Joseph Lefèvre", "Pierre Marie Ferrino"]);
  });
});

describe("surnames with particles in a run", () => {
  it("reads 'von Hatzfeldt von Werth von Götzen †' as three people named by their surnames, and one name with 'von der' or 'y' as one", () => {
    const names = (cell: string) => splitPeople(cell).people.map((p) => [p.person.name, p.person.status]);
    expect(names("von Hatzfelt von Wertheim von Gotzinger †")).toEqual([["von Hatzfelt", null], ["von Wertheim", null], ["von Gotzinger", "KIA"]]);
    expect(names("Johann Matthias von der Schulenberg")).toEqual([["Johann Matthias von der Schulenberg", null]]);
    expect(names("Pedro de Alvarez y Contreras")).toEqual([["Pedro de Alvarez y Contreras", null]]);
  });
});

describe("old words for troops", () => {
  it("reads '1,800 horse' and '2,000 foot' as people, and no horses", () => {
    expect(parseStrength(["1,800 horse [2]"])).toMatchObject({ min: 1_800, max: 1_800 });
    expect(parseStrength(["2,000 foot"])).toMatchObject({ min: 2_000 });
    expect(parseStrength(["300 horses"])).toBeNull();
  });
});

describe("what the new rules must not read (review of this stop)", () => {
  const names = (cell: string) => splitPeople(cell).people.map((p) => p.person.name);

  it("reads a long run of capitals in the subject quickly and dates nothing from it", () => {
    const t0 = performance.now();
    expect(leadDate(["The Battle of Varrow Ford, NORTHWEST FRONTIER PROVINCE OPERATIONS GROUP ALPHA BETA GAMMA DELTA EPSILON was fought near the river (see map) by the army."])).toBeNull();
    // Not a timing test of the parser: a backtracking pattern took tens of seconds here.
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it("keeps initials that look like decorations when a name follows, and drops no label's first word", () => {
    expect(names("Rajan Mehta, KB Singh")).toEqual(["Rajan Mehta", "KB Singh"]);
    expect(names("Royal Navy: Horatio Nelson")).toEqual(["Horatio Nelson"]);
  });

  it("dates no battle from another phrase's month, a count after its day, or another subject's 'fought'", () => {
    expect(leadDate(["The Battle of Varrow Ford was a minor engagement of the Example War between Alpha and Beta, ending the campaign begun in March 1805."])).toBeNull();
    expect(leadDate(["The Battle of Varrow Ford was fought on 5 May 1805 and the 12 regiments of the army retreated."])).toMatchObject({ start: "1805-05-05", end: "1805-05-05" });
    expect(leadDate(["The Battle of Varrow Ford was fought on 14 May 1805 through 22 villages of the plain."])).toMatchObject({ start: "1805-05-14", end: "1805-05-14" });
    expect(leadDate(["The Battle of Varrow Ford was fought during the Example War. The survivors of the battle fought 2 June 1806 at Essen."])).toBeNull();
  });

  it("takes no lead mentioning 'the section' with a dated bracket for a notice", () => {
    expect(leadDate(["The Battle of Varrow Ford (May 1805) was fought along the section of the river held by the Alpha Republic."])).toMatchObject({ start: "1805-05", precision: "month" });
  });

  it("splits no party of a state's own, no army from its state, and counts no mechanised formations", () => {
    expect(splitRunTogether("Kenya African National Union", () => false)).toEqual(["Kenya African National Union"]);
    expect(splitRunTogether("Pakistan Muslim League", () => false)).toEqual(["Pakistan Muslim League"]);
    expect(splitRunTogether("Union Army deserters", () => false)).toEqual(["Union Army deserters"]);
    expect(parseStrength(["2 mechanized infantry and 1 armoured brigade"])).toBeNull();
  });
});

describe("set 16", () => {
  it("takes the New Style date among the calendars the lead offers", () => {
    expect(leadDate(["The battle of Varrow Ford (also Battle of Varrowa) took place on 29 December 1701 (O.S.) / 30 December 1701 (Swedish calendar) / 9 January / 1702 (N.S.) near Varrow in the east."])).toMatchObject({ start: "1702-01-09", end: "1702-01-09" });
  });

  it("ends a belligerent at its bracket where another name runs on, and splits a band's plural after a state", () => {
    expect(splitBelligerents("Alpha Grande Entre Varrow Province (Alpha) Essen Province (Alpha) Unitarian Party (Alpha) Empire of Brazil", () => false)).toEqual(["Alpha Grande Entre Varrow Province", "Essen Province", "Unitarian Party", "Empire of Brazil"]);
    expect(splitRunTogether("United Provinces of South America Republiquetas", () => false)).toEqual(["United Provinces of South America", "Republiquetas"]);
    expect(splitRunTogether("Kingdom of the Two Sicilies", () => false)).toEqual(["Kingdom of the Two Sicilies"]);
  });

  it("keeps a grand duchy after a regnal name with its holder, and reads a plural rank", () => {
    const people = (cell: string) => splitPeople(cell).people.map((p) => [p.person.rank, p.person.name]);
    expect(people("Friedrich Franz II, Grand Duke of Mecklenburg-Schwerin")).toEqual([[null, "Friedrich Franz II, Grand Duke of Mecklenburg-Schwerin"]]);
    expect(people("Generals Francisco de Paula Santander")).toEqual([["General", "Francisco de Paula Santander"]]);
  });
});

describe("casualty cells (second pass)", () => {
  const casualties = (...lines: string[]) => parseCasualties(lines.map((text, i) => ({ text, ref: i + 1 })))!.casualties;

  it("reads what a figure counts before the materiel its remark names", () => {
    expect(casualties("28 killed 95 wounded Multiple warships damaged, forcing repairs.").wounded).toMatchObject({ min: 95, max: 95 });
    expect(casualties("4,000 killed or wounded 4,573 captured & all artillery pieces captured[1]").captured).toMatchObject({ min: 4_573 });
    expect(casualties("12 guns captured").captured).toBeNull();
  });

  it("reads a figure of a people named by its plural, or of soldiers before a stray slash, as the total", () => {
    expect(casualties("around 500 Varrowans").total).toMatchObject({ min: 500, max: 500 });
    expect(casualties("1,600 Portuguese and Lascarins, several of the officers").total).toMatchObject({ min: 1_600 });
    expect(casualties("2,000 soldiers /").total).toMatchObject({ min: 2_000 });
  });

  it("reads captives as the captured, and a page cited after a figure's word as no label", () => {
    expect(casualties("3,700 dead, 18,480 wounded, 108 captives, Total: 38,029").captured).toMatchObject({ min: 108 });
    expect(casualties("100 Republicans dead 200 wounded 1,200 POWs[3]: 554")).toMatchObject({ captured: { min: 1_200 }, total: null });
  });
});

describe("titles of command", () => {
  it("reads Ottoman, Indian and Moro titles as ranks, and a rank abbreviation glued to its name", () => {
    const people = (cell: string) => splitPeople(cell).people.map((p) => [p.person.rank, p.person.name]);
    expect(people("Ferik Kerim Pasha, Mirliva Hasan Pasha")).toEqual([["Ferik", "Kerim Pasha"], ["Mirliva", "Hasan Pasha"]]);
    expect(people("25px Sardar Ranjodh Singh Majara")).toEqual([["Sardar", "Ranjodh Singh Majara"]]);
    expect(people("Datu Uti")).toEqual([["Datu", "Uti"]]);
    expect(people("Gen.Vicho Dikova")).toEqual([["General", "Vicho Dikova"]]);
    // "Maj.Gen." stays one abbreviated rank.
    expect(splitPeople("Maj.Gen. Charalambos Katsimas").people.map((p) => [p.person.rank, p.text])).toEqual([["Major General", "Maj.Gen. Charalambos Katsimas"]]);
  });
});

describe("leads of sets 17 and 18", () => {
  it("reads the year written before the title, and 'a battle during 1593'", () => {
    expect(leadDate(["The 1555 Battle of Varrow Ford (ヴァロー) was the only battle fought on the island."])).toMatchObject({ start: "1555", precision: "year" });
    expect(leadDate(["The Battle of Varrow Ford was a battle during 1593 in the invasion of Alpha, between Beta and Alpha."])).toMatchObject({ start: "1593", precision: "year" });
  });

  it("drops a mirror's 'Quick facts for kids' from the title", () => {
    const p = parseArticle("x.txt", ["Quick facts for kids Battle of Varrow Ford |", "---|---|---|---|", "Belligerents | |||||||", "Alpha Republic | Beta Kingdom | ||||||", "The Battle of Varrow Ford (27 November – 8 December 1943) was fought by the two armies.", ""].join("\n"));
    expect(p.title).toBe("Battle of Varrow Ford");
    expect(p.event.date).toMatchObject({ start: "1943-11-27", end: "1943-12-08" });
  });

  it("takes for the lead the paragraph that opens with the title, not filler above the table", () => {
    const p = parseArticle(
      "x.txt",
      [
        "In today's world, Battle of Varrow Ford is a topic that has gained great relevance in different areas of society, and it has been studied by many.",
        "Battle of Varrow Ford | |||||||",
        "---|---|---|---|",
        "Belligerents | |||||||",
        "Alpha Republic | Beta Kingdom | ||||||",
        "The Battle of Varrow Ford (also known as Varrow Mill), fought on October 27–28, 1864, followed the battle of Essen.",
        "",
      ].join("\n"),
    );
    expect(p.event.date).toMatchObject({ start: "1864-10-27", end: "1864-10-28" });
  });
});

describe("belligerents of sets 17 and 18", () => {
  const split = (s: string) => splitBelligerents(s, () => false);
  it("ends a name at its clan or dynasty, reads a dynasty's state as one, and an elector's palatinate apart", () => {
    expect(split("Ōuchi clan Ōtomo clan")).toEqual(["Ōuchi clan", "Ōtomo clan"]);
    expect(split("Qing dynasty Ming defenders of Shanhai Pass")).toEqual(["Qing dynasty", "Ming defenders of Shanhai Pass"]);
    expect(split("Kingdom of France Bourbon Spain Duchy of Savoy")).toEqual(["Kingdom of France", "Bourbon Spain", "Duchy of Savoy"]);
    expect(split("Margraviate of Baden Electoral Palatinate")).toEqual(["Margraviate of Baden", "Electoral Palatinate"]);
    expect(split("Qing China Boxer movement")).toEqual(["Qing China", "Boxer movement"]);
    expect(split("House of Habsburg")).toEqual(["House of Habsburg"]);
  });
});

describe("labels before figures", () => {
  const casualties = (...lines: string[]) => parseCasualties(lines.map((text, i) => ({ text, ref: i + 1 })))!.casualties;
  it("reads a list of labels each before its figure, and leaves a label over a breakdown of officers and men alone", () => {
    expect(casualties("Total: 20,853, Killed: 4,610 , Wounded: 15,458 , Captured or missing: 785")).toMatchObject({ total: { min: 20_853 }, killed: { min: 4_610 }, wounded: { min: 15_458 }, captured: { min: 785 } });
    expect(casualties("2,747 (Killed 140 Wounded 529 Captured 2073)")).toMatchObject({ total: { min: 2_747 }, killed: { min: 140 }, wounded: { min: 529 }, captured: { min: 2_073 } });
    expect(casualties("Killed: 4 officers, 66 men; Wounded 8 officers,128 men.").killed).toBeNull();
  });

  it("drops 'VC' after a surname before the next name", () => {
    expect(splitPeople("John Carstairs McNeal VC Evelyn Woodley").people.map((p) => p.person.name)).toEqual(["John Carstairs McNeal", "Evelyn Woodley"]);
  });
});

describe("names completed from the prose", () => {
  it("takes no decorations into a name the prose completes", () => {
    const p = parseArticle(
      "x.txt",
      ["Battle of Varrow Ford | |||||||", "---|---|---|---|", "Belligerents | |||||||", "Alpha Republic | Beta Kingdom | ||||||", "Commanders and leaders | |||||||", "John Carstairs McNeal | Osman Dagna | ||||||", "The Battle of Varrow Ford was fought on 22 March 1885 by troops led by Major General Sir John Carstairs McNeal VC, GCVO, KCB against Osman Dagna.", ""].join("\n"),
    );
    expect(p.event.sides[0]!.commanders.map((c) => c.name)).toEqual(["John Carstairs McNeal"]);
  });
});

describe("German and French styles after a name, and nicknames in single quotes", () => {
  const names = (cell: string) => splitPeople(cell).people.map((p) => [p.person.name, p.person.status]);
  it("keeps 'Franz, Freiherr von Mercy' whole after a given name, and 'Henry 'Hotspur' Percy' one person", () => {
    expect(names("Franz, Freiherr von Merck † Johann von Wertz")).toEqual([["Franz, Freiherr von Merck", "KIA"], ["Johann von Wertz", null]]);
    // After a full name the style is as often another person's.
    expect(names("George Washingham, Baron von Steubing, Nathan Greene").map((n) => n[0])).toEqual(["George Washingham", "von Steubing", "Nathan Greene"]);
    expect(names("Earl of Northumbria Henry 'Hotspur' Percival Earl of Dunbarton").map((n) => n[0])).toEqual(["Earl of Northumbria", 'Henry "Hotspur" Percival', "Earl of Dunbarton"]);
    expect(names("Patrick O'Brien")).toEqual([["Patrick O'Brien", null]]);
  });
});

describe("set 19", () => {
  it("reads 'At the Battle of X River in 938', and a span from 'late December 1845 to mid-January 1846'", () => {
    expect(leadDate(["At the Battle of Varrow Ford River in 938 the Alphan forces, led by Orlan, defeated the invading army."])).toMatchObject({ start: "0938", precision: "year" });
    expect(leadDate(["The Battle of Varrow Ford took place from late December 1845 to mid-January 1846 between the two armies."])).toMatchObject({ start: "1845-12", end: "1846-01", precision: "month" });
  });

  it("splits no belligerent at a bracket inside its name", () => {
    expect(splitBelligerents("Duchy of (Upper) Bavaria", () => false)).toEqual(["Duchy of (Upper) Bavaria"]);
  });
});

describe("a lord's style and church titles", () => {
  const people = (cell: string) => splitPeople(cell).people.map((p) => [p.person.rank, p.person.name, p.person.status]);
  it("keeps 'James, Lord Drummond' one person, 'George Washington, Lord Stirling' two, and reads Abuna and Friar as titles", () => {
    expect(people("Sir James Scott of Rossie, James, Lord Drummonde, Captain David Grantly")).toEqual([["Sir", "James Scott of Rossie", null], [null, "James, Lord Drummonde", null], ["Captain", "David Grantly", null]]);
    expect(people("George Washingham, Lord Stirlingham")).toEqual([[null, "George Washingham", null], ["Lord", "Stirlingham", null]]);
    expect(people("Ras Alula Abuna Atnatewos †")).toEqual([["Ras", "Alula", null], ["Abuna", "Atnatewos", "KIA"]]);
  });
});

describe("what the new rules must not read (second review)", () => {
  const casualties = (...lines: string[]) => parseCasualties(lines.map((text, i) => ({ text, ref: i + 1 })))!.casualties;
  it("pairs no label with the next figure when each label follows its own, and counts no captured guns", () => {
    expect(casualties("3,000 Killed 1,000 Wounded 500 Captured")).toMatchObject({ killed: { min: 3_000 }, wounded: { min: 1_000 }, captured: { min: 500 } });
    expect(casualties("1,500 killed, 20 captured guns").captured).toBeNull();
    expect(casualties("4 Tigers").total).toBeNull();
  });

  it("reads no horse artillery as troops, no later clause's month as a span's end, no given name Serdar as a rank", () => {
    expect(parseStrength(["24 horse artillery guns 4,000 infantry"])).toMatchObject({ min: 4_000 });
    expect(leadDate(["The Battle of Varrow Ford was fought on 5 May 1645 and late June saw the Alpha army withdraw."])).toMatchObject({ start: "1645-05-05", end: "1645-05-05" });
    expect(splitPeople("Serdar Yilmazer").people.map((p) => [p.person.rank, p.person.name])).toEqual([[null, "Serdar Yilmazer"]]);
  });

  it("keeps a first paragraph with a date of its own as the lead", () => {
    expect(leadDate(["The battle at Varrow Ford was fought on 5 May 1645 between Alpha and Beta.", "", "The Battle of Varrow Ford was followed by the Siege of Varrow on 9 June 1646."])).toMatchObject({ start: "1645-05-05" });
  });
});

describe("unlabelled alternative accounts", () => {
  const parsed = (...lines: string[]) => parseCasualties(lines.map((text, i) => ({ text, ref: i + 1 })))!.casualties;
  it("reads the first of several accounts of the same losses, never a mix, and keeps them all in the text", () => {
    const c = parsed("up to 8,000;, 1,398 killed, 10,059 wounded, 864 captured;, up to 13,000 killed or wounded.");
    expect(c).toMatchObject({ total: { min: 8_000 }, killed: null, wounded: null, captured: null });
    expect(c.text).toContain("13,000");
    // One account's parts, groups and named accounts are read as before.
    expect(parsed("9,541; 1,645 killed, 7,896 wounded")).toMatchObject({ total: { min: 9_541 }, killed: { min: 1_645 } });
    expect(parsed("500 killed; 300 wounded")).toMatchObject({ killed: { min: 500 }, wounded: { min: 300 } });
    expect(parsed("22 sailors KIA; 4 officers KIA").killed).toMatchObject({ min: 26 });
    expect(parsed("21,389 killed (Alphan records); Betan claim 83,737 killed, 594,000 captured").captured).toMatchObject({ min: 594_000 });
  });
});
