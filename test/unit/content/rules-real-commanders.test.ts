/**
 * Commander rules found by running the parser on real public battle pages (their text stays out
 * of the repository), each pinned on invented names in cells of the same shape.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../lib/content";
import { splitPeople } from "../../../lib/content/people";

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
});
