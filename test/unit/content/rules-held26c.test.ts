/**
 * Commander rules added after the held26c and held27c batches of real-shape fixtures, each pinned on invented cells.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../lib/content";
import { samePerson, splitPeople } from "../../../lib/content/people";
import { splitRunTogether } from "../../../lib/content/sides";

const people = (cell: string) => splitPeople(cell).people.map((p) => [p.person.name, p.person.rank, p.person.status]);

describe("held26c rules", () => {
  it("reads Viceroy as a title", () => {
    expect(people("Viceroy Tomás de la Barca (WIA) (POW), Julián Ortega")).toEqual([
      ["Tomás de la Barca", "Viceroy", "POW"],
      ["Julián Ortega", null, null],
    ]);
  });

  it("reads the white-flag icon's alt text 'Surrendered' after a name as captured", () => {
    expect(people("Lt. Col. Mateo Ferrandi Surrendered Wg. Cdr. Luis Ocampo")).toEqual([
      ["Mateo Ferrandi", "Lieutenant Colonel", "POW"],
      ["Luis Ocampo", "Wing Commander", null],
    ]);
  });

  it("reads Maulana and Maulvi as titles that start a person", () => {
    expect(people("Hasan Khan Maulana Liaqat Alim Maulvi Ahmad Shahi")).toEqual([
      ["Hasan Khan", null, null],
      ["Liaqat Alim", "Maulana", null],
      ["Ahmad Shahi", "Maulvi", null],
    ]);
  });
});

describe("held27c rules", () => {
  it("reads initials written with spaces as one set of initials ('K. M. Wallenius')", () => {
    expect(people("Paavo Talvik K. M. Wallenstam Ivan Dashkov A. I. Vinogorov (executed) Aleksei Zelenin")).toEqual([
      ["Paavo Talvik", null, null],
      ["K. M. Wallenstam", null, null],
      ["Ivan Dashkov", null, null],
      ["A. I. Vinogorov", null, "executed"],
      ["Aleksei Zelenin", null, null],
    ]);
    expect(people("Maj. Gen. Thomas J. H. Trapwell Brig. John M. Rockham")).toEqual([
      ["Thomas J. H. Trapwell", "Major General", null],
      ["John M. Rockham", "Brigadier", null],
    ]);
  });

  it("drops a quoted nickname after a name that ends its item, instead of reading it as another person", () => {
    expect(people('Cipriano Morales, Valentín Goya "El Labrador", Enrique Lasso')).toEqual([
      ["Cipriano Morales", null, null],
      ["Valentín Goya", null, null],
      ["Enrique Lasso", null, null],
    ]);
  });

  it("keeps an elided 'd'' surname on the particle surname before it ('Regnault de Saint-Jean d'Angély')", () => {
    expect(people("Michel Renault de Saint-Paul d'Arville, Auguste Espin †")).toEqual([
      ["Michel Renault de Saint-Paul d'Arville", null, null],
      ["Auguste Espin", null, "KIA"],
    ]);
  });

  it("reads a list item of given names ending in a particle surname as one person, and leaves a run without separators to the segmenter", () => {
    expect(people("Wilhelm Rauch, Karl Eberhard Herwarth von Bittenau †, Otto Lenz")).toEqual([
      ["Wilhelm Rauch", null, null],
      ["Karl Eberhard Herwarth von Bittenau", null, "KIA"],
      ["Otto Lenz", null, null],
    ]);
    expect(people("Helmut Molden Eduard von Franzberg")).toEqual([
      ["Helmut Molden", null, null],
      ["Eduard von Franzberg", null, null],
    ]);
  });

  it("keeps the dot of an abbreviated given name and matches it to the full name in the prose ('Hj.' for 'Hjalmar')", () => {
    expect(people("Hj. Salmivaara Paavo Talvik")).toEqual([
      ["Hj. Salmivaara", null, null],
      ["Paavo Talvik", null, null],
    ]);
    expect(samePerson("Hj. Salmivaara", "Hjalmar Salmivaara")).toBe(true);
    expect(samePerson("Wm. Tecumseh Sherwood", "William Tecumseh Sherwood")).toBe(true);
    expect(samePerson("Hj. Salmivaara", "Harald Salmivaara")).toBe(false);
    const text = [
      "Battle of Kuhmo Lake | |||||||",
      "---|---|---|---|---|---|---|---|",
      "Date | 9 January 1940 | ||||||",
      "Belligerents | |||||||",
      "Finland | Soviet Union | ||||||",
      "Commanders and leaders | |||||||",
      "Hj. Salmivaara Paavo Talvik | Ivan Dashkov | ||||||",
      "Strength | |||||||",
      "11,000 | 40,000 | ||||||",
      "The battle of Kuhmo Lake was fought on 9 January 1940.",
      "Colonel Hjalmar Salmivaara led the Finnish forces.",
    ].join("\n");
    const side = parseArticle("kuhmo.txt", text).event.sides[0]!;
    expect(side.commanders.map((p) => [p.name, p.rank])).toEqual([
      ["Hjalmar Salmivaara", "Colonel"],
      ["Paavo Talvik", null],
    ]);
  });

  it("reads Shah, Khan and Beg in the middle of three names as part of one name, and still lets them start a person", () => {
    expect(people("Jalal Haqqa Ahmad Shah Masood Gulbadin Hekmat")).toEqual([
      ["Jalal Haqqa", null, null],
      ["Ahmad Shah Masood", null, null],
      ["Gulbadin Hekmat", null, null],
    ]);
    expect(people("Nikephoros I Khan Krum")).toEqual([
      ["Nikephoros I", null, null],
      ["Khan Krum", null, null],
    ]);
  });

  it("reads a particle phrase inside a compound given name before the surname ('Francisco de Paula Santander')", () => {
    expect(people("Francisco de Paula Santamaría, José Anzola")).toEqual([
      ["Francisco de Paula Santamaría", null, null],
      ["José Anzola", null, null],
    ]);
    expect(people("Gen. Sir Hubert de la Poer Gaughan Henry Rawley")).toEqual([
      ["Hubert de la Poer Gaughan", "General", null],
      ["Henry Rawley", null, null],
    ]);
    expect(people("Koos de la Reyna Christiaan de Wetter")).toEqual([
      ["Koos de la Reyna", null, null],
      ["Christiaan de Wetter", null, null],
    ]);
  });

  it("reads the Polish–Lithuanian hetmans, Cdre., and Spanish rank words as ranks", () => {
    expect(people("Grand Hetman Stanisław Konieczny Field Hetman Marcin Kalinek (POW)")).toEqual([
      ["Stanisław Konieczny", "Grand Hetman", null],
      ["Marcin Kalinek", "Field Hetman", "POW"],
    ]);
    expect(people("Cdre. Harold Watkins, Mariscal Francisco Solano Lupo †, Coronel José Díez (DOW), Teniente Coronel Rafael Francia")).toEqual([
      ["Harold Watkins", "Commodore", null],
      ["Francisco Solano Lupo", "Marshal", "KIA"],
      ["José Díez", "Colonel", "DOW"],
      ["Rafael Francia", "Lieutenant Colonel", null],
    ]);
  });

  it("reads a title of a place as the person it names, and as the own title of a name right before it", () => {
    expect(people("Prince of Orania (WIA), Duke of Brunswald †")).toEqual([
      ["Prince of Orania", null, "WIA"],
      ["Duke of Brunswald", null, "KIA"],
    ]);
    expect(people("Tatya Topel (executed) Rani of Jhansa† Nana Sahiba")).toEqual([
      ["Tatya Topel", null, "executed"],
      ["Rani of Jhansa", null, "KIA"],
      ["Nana Sahiba", null, null],
    ]);
    expect(people("Arthur Welland Duke of Wellbury Gebhard von Blucken")).toEqual([
      ["Arthur Welland", null, null],
      ["Gebhard von Blucken", null, null],
    ]);
  });

  it("reads statuses written with dots, and lets '(DOW)' say how a dagger's death came", () => {
    expect(people("Ali Pashar (k.i.a.), Ivan Orlin (P.O.W.), John Nichollby † (DOW)")).toEqual([
      ["Ali Pashar", null, "KIA"],
      ["Ivan Orlin", null, "POW"],
      ["John Nichollby", null, "DOW"],
    ]);
  });

  it("splits a belligerent cell whose state name holds 'de la' ('United Provinces of the Río de la Plata Chile')", () => {
    expect(splitRunTogether("United Provinces of the Río de la Plata Chile", () => false)).toEqual(["United Provinces of the Río de la Plata", "Chile"]);
    expect(splitRunTogether("United Provinces of Central America Mexico", () => false)).toEqual(["United Provinces of Central America", "Mexico"]);
  });

  it("reads an organisation's acronym in a run-together belligerent cell as a belligerent of its own", () => {
    expect(splitRunTogether("South Africa UNITA", () => false)).toEqual(["South Africa", "UNITA"]);
    expect(splitRunTogether("Angola SWAPO Cuba", () => false)).toEqual(["Angola", "SWAPO", "Cuba"]);
  });

  it("splits a listed state from one more name after it, unless that name is a unit of it", () => {
    expect(splitRunTogether("Holy Roman Empire Crusaders", () => false)).toEqual(["Holy Roman Empire", "Crusaders"]);
    expect(splitRunTogether("Qing dynasty Boxers", () => false)).toEqual(["Qing dynasty", "Boxers"]);
    expect(splitRunTogether("United States Army", () => false)).toEqual(["United States Army"]);
  });

  it("reads a Hetmanate as a state", () => {
    expect(splitRunTogether("Swedish Empire Zaporozhian Hetmanate", () => false)).toEqual(["Swedish Empire", "Zaporozhian Hetmanate"]);
  });

  it("reads 'Supported by:' left inside a commander run as a separator, not as a label swallowing the names before it", () => {
    expect(people("Józef Pilecki Supported by: Symon Petrenko")).toEqual([
      ["Józef Pilecki", null, null],
      ["Symon Petrenko", null, null],
    ]);
  });

  it("reads one person named twice in a row, once by initials, as one person with the fuller name", () => {
    expect(people('H. Jonsby, Herbert "H" JonsbyKIA, Chris Keeling')).toEqual([
      ['Herbert "H" Jonsby', null, "KIA"],
      ["Chris Keeling", null, null],
    ]);
    expect(people("Wakisaka Yasutoki Wakisaka Sabei")).toEqual([
      ["Wakisaka Yasutoki", null, null],
      ["Wakisaka Sabei", null, null],
    ]);
  });

  it("does not read a patronymic-shaped surname before a common given name as a patronymic", () => {
    expect(people("Ivan Paskovich Hans Karl von Dibbitsch †")).toEqual([
      ["Ivan Paskovich", null, null],
      ["Hans Karl von Dibbitsch", null, "KIA"],
    ]);
    expect(people("Mikhail Nikolayevich Tukhov Semyon Mikhailovich Budin")).toEqual([
      ["Mikhail Nikolayevich Tukhov", null, null],
      ["Semyon Mikhailovich Budin", null, null],
    ]);
  });
});
