/**
 * Commander rules found by running the parser on real public battle pages (their text stays out
 * of the repository), each pinned on invented names in cells of the same shape.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../lib/content";
import { splitPeople, splitPeopleCell } from "../../../lib/content/people";

const people = (cell: string) => splitPeople(cell).people.map((p) => [p.person.name, p.person.rank, p.person.status]);

/** An infobox-shape article with these commander cells and lead prose. */
function article(commander1: string, commander2: string, prose: string) {
  const text = [
    "= Battle of Example Ford =",
    "",
    "Infobox",
    "- Conflict: Battle of Example Ford",
    "- Date: 3 May 1190",
    "- Combatant1: Kingdom of Alpha",
    "- Combatant2: Beta Sultanate",
    `- Commander1: ${commander1}`,
    `- Commander2: ${commander2}`,
    "",
    `The Battle of Example Ford was fought on 3 May 1190. ${prose}`,
    "",
  ].join("\n");
  return parseArticle("x.txt", text).event.sides.map((s) => s.commanders.map((c) => [c.name, c.rank, c.status]));
}

describe("commander rules from real pages", () => {
  it("reads a rank word ending an item after a name as its surname ('James King'), and 'Maj Gen.' as Major General", () => {
    expect(people("Johan Varne, Lennart Tors, James King")).toEqual([
      ["Johan Varne", null, null],
      ["Lennart Tors", null, null],
      ["James King", null, null],
    ]);
    expect(people("Maj Gen. Sir George Colwood")).toEqual([["George Colwood", "Major General", null]]);
  });

  it("starts the next person at a title after a whole epithet ('Frederick the Great Prince Henry'), not after 'the Black Prince'", () => {
    expect(people("Otto the Great Prince Henry of Varnia")).toEqual([
      ["Otto the Great", null, null],
      ["Henry of Varnia", "Prince", null],
    ]);
    expect(people("Edmund the Black Prince John Chandler")).toEqual([
      ["Edmund the Black Prince", null, null],
      ["John Chandler", null, null],
    ]);
  });

  it("gives no one the status of a list item whose name was lost ('…, 23px KIA')", () => {
    expect(people("Isa MardovKIA, Adam Oskov, 23px KIA, 23px Dmytro ZarovWIA")).toEqual([
      ["Isa Mardov", null, "KIA"],
      ["Adam Oskov", null, null],
      ["Dmytro Zarov", null, "WIA"],
    ]);
  });

  it("keeps a ruler's 'King of X' and each peerage of a cell that lost its line breaks with its holder, in order", () => {
    expect(people("Edmund I, King of Alba Hugh III, Duke of Varne Guy of Esk James of Tirr \u2020 Henry II, Count of Loam")).toEqual([
      ["Edmund I, King of Alba", null, null],
      ["Hugh III, Duke of Varne", null, null],
      ["Guy of Esk", null, null],
      ["James of Tirr", null, "KIA"],
      ["Henry II, Count of Loam", null, null],
    ]);
  });

  it("gives each line of a cell its own peerages, and keeps a baron after a full name apart", () => {
    const cell = (text: string) => splitPeopleCell([text])[0]!.people.map((p) => p.person.name);
    expect(cell("Hugh Varne, Earl of Esk\nTom Hale, Duke of Loam")).toEqual(["Hugh Varne, Earl of Esk", "Tom Hale, Duke of Loam"]);
    expect(cell("Ralph Nevin, Earl of Wark<br>Henry Pert, Earl of Tyne<br>John, Baron Rosk")).toEqual(["Ralph Nevin, Earl of Wark", "Henry Pert, Earl of Tyne", "John, Baron Rosk"]);
    expect(people("George Walton, Baron Stauben")).toEqual([
      ["George Walton", null, null],
      ["Stauben", "Baron", null],
    ]);
    expect(people("Adam Oskov, 23px|border KIA, Dmytro Zarov")).toEqual([
      ["Adam Oskov", null, null],
      ["Dmytro Zarov", null, null],
    ]);
  });

  it("gives a peerage to the namesake on its own line, and a barony of his own surname to its holder", () => {
    const cell = (text: string) => splitPeopleCell([text])[0]!.people.map((p) => p.person.name);
    expect(cell("Henry Pert\nHenry Pert, Earl of Tyne")).toEqual(["Henry Pert", "Henry Pert, Earl of Tyne"]);
    expect(people("Robert Cline, Baron Cline")).toEqual([["Robert Cline, Baron Cline", null, null]]);
  });

  it("reads 'Commandant-General' as a rank", () => {
    expect(people("Commandant-General Piet Varne, Commandant General Jan Kloos")).toEqual([
      ["Piet Varne", "Commandant General", null],
      ["Jan Kloos", "Commandant General", null],
    ]);
  });

  it("keeps a peerage after a comma in its holder's name, with a status glued to the peerage", () => {
    expect(people("Anselm de Varre, Robert Hale, Earl of DunmoorKIA, Robert Hale, Viscount LeystonKIA, Piers Gaunt, Earl of MarrowPOW")).toEqual([
      ["Anselm de Varre", null, null],
      ["Robert Hale, Earl of Dunmoor", null, "KIA"],
      ["Robert Hale, Viscount Leyston", null, "KIA"],
      ["Piers Gaunt, Earl of Marrow", null, "POW"],
    ]);
    // One given name and its peerage: the peerage is what tells the person.
    expect(people("Edmund, Duke of RavelKIA, Hugh Brand, Earl of Orme, Walter, Baron Tessel")).toEqual([
      ["Edmund, Duke of Ravel", null, "KIA"],
      ["Hugh Brand, Earl of Orme", null, null],
      ["Walter, Baron Tessel", null, null],
    ]);
    expect(people("Jean de Marle, Seneschal of Aunis (POW)")).toEqual([["Jean de Marle, Seneschal of Aunis", null, "POW"]]);
  });


  it("keeps a regnal number and its 'of Place' on the name before it, even when the prose names that person by one word", () => {
    const sides = article(
      "Godric IV of Varnholm Godric II of Tessar Aldo of Brenn",
      "Harun Malek",
      "King Godric rode out with his vassals, and Godric was beaten at the ford.",
    );
    expect(sides[0]).toEqual([
      ["Godric IV of Varnholm", null, null],
      ["Godric II of Tessar", null, null],
      ["Aldo of Brenn", null, null],
    ]);
  });

  it("reads a capitalised Ibn as going on the name before it, and keeps a lowercase ad-din on its name", () => {
    expect(people("Tarek ad-Din Ibn Sawal Nur ad-din")).toEqual([
      ["Tarek ad-Din Ibn Sawal", null, null],
      ["Nur ad-din", null, null],
    ]);
    expect(people("Karim Bin Haddad Omar Sefi")).toEqual([
      ["Karim Bin Haddad", null, null],
      ["Omar Sefi", null, null],
    ]);
  });

  it("reads rulers' titles before a name as ranks: Almami, Mansa, Askia, Caliph, and Khan only before a name", () => {
    expect(people("Almami Seku Daro")).toEqual([["Seku Daro", "Almami", null]]);
    expect(people("Mansa Kanku Diallo Askia Dawud")).toEqual([
      ["Kanku Diallo", "Mansa", null],
      ["Dawud", "Askia", null],
    ]);
    expect(people("Caliph Harun Azim")).toEqual([["Harun Azim", "Caliph", null]]);
    expect(people("Khan Toqtamir")).toEqual([["Toqtamir", "Khan", null]]);
    // After a name, Khan is that name's word.
    expect(people("Selim Khan Harun Dost")).toEqual([
      ["Selim Khan", null, null],
      ["Harun Dost", null, null],
    ]);
    // So is Khagan.
    expect(people("Temuge Khagan Jebei Sorkan")).toEqual([
      ["Temuge Khagan", null, null],
      ["Jebei Sorkan", null, null],
    ]);
  });

  it("never glues a peerage from the prose into a commander's name: 'Marshal Marquess Sato Kenji' is Sato Kenji, ranked by the cell", () => {
    const sides = article(
      "Field Marshal Sato Kenji",
      "General Ivan Petrovsky",
      "The Beta army of General Ivan Petrovsky met the Alpha army led by Marshal Marquess Sato Kenji near the ford.",
    );
    expect(sides[0]).toEqual([["Sato Kenji", "Field Marshal", null]]);
    expect(sides[1]).toEqual([["Ivan Petrovsky", "General", null]]);
  });

  it("reads each item the cell's own separators delimit as one person unless it is clearly several", () => {
    // Four words among items of up to three: one person, not "Mir Hasan" and "Ali Khan".
    expect(people("Dara Khan<br>Ustad Karim Beg<br>Mir Hasan Ali Khan<br>Zaman Beg").map((p) => p[0])).toEqual([
      "Dara Khan",
      "Ustad Karim Beg",
      "Mir Hasan Ali Khan",
      "Zaman Beg",
    ]);
    // A cut that leaves one word alone ("Ram", "Nagri") is no cut.
    expect(people("Bhim Rathore\nRam Dev Singh Barwar\nVikram Dhola of Kesar Nagri\nHari Chand").map((p) => p[0])).toEqual([
      "Bhim Rathore",
      "Ram Dev Singh Barwar",
      "Vikram Dhola of Kesar Nagri",
      "Hari Chand",
    ]);
    // Much longer than the other items, in two full names: two people.
    expect(people("Ivan Petrov, Anna Smirnova Boris Kolya, Oleg Orlov").map((p) => p[0])).toEqual(["Ivan Petrov", "Anna Smirnova", "Boris Kolya", "Oleg Orlov"]);
    // Six words cut cleanly into names are several however long the other items are.
    expect(people("Ivan Petrov Sergei Ivanov Boris Kolya\nPavel Sidorov Oleg Orlov Lev Kimov").map((p) => p[0])).toEqual([
      "Ivan Petrov",
      "Sergei Ivanov",
      "Boris Kolya",
      "Pavel Sidorov",
      "Oleg Orlov",
      "Lev Kimov",
    ]);
  });

  it("reads a commander cell's lines together: an infobox list of <br> items keeps a long name whole", () => {
    const sides = article(
      "Tamar Beg<br>Ustad Rahim Quli<br>Mir Jafar Ali Hasan<br>Chin Kasim Beg<br>Raja Amir Khan",
      "Rana Bhim (WIA)<br>Ram Dev Singh Barwar",
      "Tamar Beg met Rana Bhim at the ford.",
    );
    expect(sides[0]!.map((p) => p[0])).toEqual(["Tamar Beg", "Ustad Rahim Quli", "Mir Jafar Ali Hasan", "Chin Kasim Beg", "Amir Khan"]);
    expect(sides[1]).toEqual([
      ["Rana Bhim", null, "WIA"],
      ["Ram Dev Singh Barwar", null, null],
    ]);
  });

  it("reads a scraped cell's lines together: items one to a line are each one person", () => {
    const text = [
      "Battle of Example Pass |",
      "Part of the Example War |",
      "|",
      "Date | 4 June 1526 |",
      "Belligerents |",
      "Alpha Sultanate | Beta Confederacy |",
      "Commanders and leaders |",
      "Dara Khan,",
      "Ustad Karim Beg,",
      "Mir Hasan Ali Khan,",
      "Zaman Beg | Bhim Rathore,",
      "Ram Dev Singh Barwar |",
      "Strength |",
      "12,000 | 20,000 |",
      "The Battle of Example Pass was fought on 4 June 1526 between the Alpha Sultanate and the Beta Confederacy.",
      "",
    ].join("\n");
    const sides = parseArticle("x.txt", text).event.sides.map((s) => s.commanders.map((c) => c.name));
    expect(sides).toEqual([
      ["Dara Khan", "Ustad Karim Beg", "Mir Hasan Ali Khan", "Zaman Beg"],
      ["Bhim Rathore", "Ram Dev Singh Barwar"],
    ]);
  });

  it("keeps lowercase name words after a name, up to the end of its item, on that name", () => {
    expect(people("Bhim Rathore<br>Jaswant rathod<br>Rajpal sanga jhala of marwad<br>Hari Chand").map((p) => p[0])).toEqual([
      "Bhim Rathore",
      "Jaswant rathod",
      "Rajpal sanga jhala of marwad",
      "Hari Chand",
    ]);
    // Words of English prose are not names: they still end the name.
    expect(people("Ivan Petrov commanding, Oleg Orlov replaced by Lev Kimov").map((p) => p[0])).toEqual(["Ivan Petrov", "Oleg Orlov", "Lev Kimov"]);
    expect(people("Pavel Sidorov and others")).toEqual([["Pavel Sidorov", null, null]]);
  });
});
