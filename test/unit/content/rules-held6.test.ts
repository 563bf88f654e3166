/**
 * Rules added after the held6 batch of real-shape fixtures, each pinned on invented cells.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../lib/content/article";
import { parseCasualties } from "../../../lib/content/casualties";
import { parseDateRange } from "../../../lib/content/dates";
import { KnownNames, splitPeople } from "../../../lib/content/people";
import { parseStrength } from "../../../lib/content/sides";

const cas = (text: string) => parseCasualties([{ text, ref: 1 }])!.casualties;
const people = (cell: string, known?: KnownNames) => splitPeople(cell, known).people.map((p) => [p.person.name, p.person.rank, p.person.status]);

describe("dates before the era (held6 rules)", () => {
  it("reads no date from a BC date rather than the same year AD", () => {
    expect(parseDateRange("9 June 331 BC")).toBeNull();
    expect(parseDateRange("summer 480 BCE")).toBeNull();
    expect(parseDateRange("c. 1200 B.C.")).toBeNull();
    expect(parseDateRange("9 June 1331")).toMatchObject({ start: "1331-06-09" });
  });

  it("leaves the event date empty, with a warning, when the infobox and the lead give a BC date", () => {
    const text = [
      "= Battle of Corvia =",
      "",
      "Infobox",
      "- Conflict: Battle of Corvia",
      "- Date: 9 June 331 BC",
      "- Combatant1: Alpha League",
      "- Combatant2: Beta Kingdom",
      "",
      "The Battle of Corvia was fought in 331 BC on the river plain.",
    ].join("\n");
    const parsed = parseArticle("corvia.txt", Buffer.from(text));
    expect(parsed.event.date).toBeNull();
    expect(parsed.issues.some((i) => i.severity === "warning" && i.line === 5 && /unreadable date/.test(i.message))).toBe(true);
  });
});

describe("casualty cells (held6 rules)", () => {
  it("reads figures credited to sources in brackets as competing accounts", () => {
    const c = cas("4,000 (Arrianos) 9,000 (Curtius Rufo)");
    expect([c.total?.min, c.total?.claimant]).toEqual([4000, "Arrianos"]);
    expect(cas("1,300 killed (Strabon) 2,000 killed (Plinius)").killed).toMatchObject({ min: 1300, claimant: "Strabon" });
  });

  it("does not take peoples or one bracketed name for sources", () => {
    expect(cas("500 (Romans) 300 (Latins)").total).toBeNull();
    expect(cas("2,000 (Union) 1,500 (Confederate)").total).toBeNull();
    expect(cas("800 killed (Arrianos)").killed?.claimant).toBeUndefined();
  });
});

describe("strength cells (held6 rules)", () => {
  it("does not read a model or demonym before equipment as people", () => {
    expect(parseStrength(["3 armored cavalry troops 14 M1A2 tanks"])).toBeNull();
    expect(parseStrength(["40 Panzer IV tanks"])).toBeNull();
    expect(parseStrength(["92,000 312 guns"])).toMatchObject({ min: 92000 });
    expect(parseStrength(["4,000 German troops"])).toMatchObject({ min: 4000 });
  });
});

describe("commander cells (held6 rules)", () => {
  it("keeps a compound surname after a particle whole when the prose names it so", () => {
    const cell = "José María de Santa Cruzado Pedro Lanza";
    const known = new KnownNames();
    known.add("José María de Santa Cruzado");
    expect(people(cell, known).map((p) => p[0])).toEqual(["José María de Santa Cruzado", "Pedro Lanza"]);
  });

  it("reads a peerage after a name as the same person, kept in the name", () => {
    expect(people("Hugh Dalby, 2nd Baron Wrexley (WIA), Tomas Lind")).toEqual([
      ["Hugh Dalby, 2nd Baron Wrexley", null, "WIA"],
      ["Tomas Lind", null, null],
    ]);
    expect(people("Anton Veit, Count of Morava†")).toEqual([["Anton Veit, Count of Morava", null, "KIA"]]);
    expect(people("Hugh Dalby 2nd Baron Wrexley Tomas Lind")).toEqual([
      ["Hugh Dalby, 2nd Baron Wrexley", null, null],
      ["Tomas Lind", null, null],
    ]);
    // A titled person of their own stays one.
    expect(people("Anton Veit, Count Otto Brenn")).toEqual([
      ["Anton Veit", null, null],
      ["Otto Brenn", "Count", null],
    ]);
  });
});
