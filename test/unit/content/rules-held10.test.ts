/**
 * Rules added after the held10 batch of real-shape fixtures, each pinned on invented cells.
 */
import { describe, expect, it } from "vitest";
import { parseCasualties } from "../../../lib/content/casualties";
import { parseDateRange } from "../../../lib/content/dates";
import { splitPeople } from "../../../lib/content/people";

const cas = (text: string) => parseCasualties([{ text, ref: 1 }])!.casualties;
const people = (cell: string) => splitPeople(cell).people.map((p) => [p.person.name, p.person.rank, p.person.status]);

describe("held10 rules", () => {
  it("reads an account label with lowercase words before its claim word", () => {
    const c = cas("Austrian field records: 1,200 killed, 3,100 wounded, French claim: 9,000 killed, wounded or captured");
    expect([c.killed?.min, c.wounded?.min, c.total, c.killed?.claimant]).toEqual([1200, 3100, null, "Austrian field records"]);
  });

  it("quotes a sum over sub-groups of one line with the stretch of the line that holds them", () => {
    const c = cas("Poland: 12 killed, 40 wounded; Chile: 5 killed");
    expect(c.killed).toMatchObject({ min: 17, text: "12 killed, 40 wounded; Chile: 5 killed" });
  });

  it("ends a name at a regnal number, a generational suffix or an Ottoman title", () => {
    expect(people("Louis IX Robert Artoisan")).toEqual([
      ["Louis IX", null, null],
      ["Robert Artoisan", null, null],
    ]);
    expect(people("Ahmed Rüstem Bey Kurt von Lessen")).toEqual([
      ["Ahmed Rüstem Bey", null, null],
      ["Kurt von Lessen", null, null],
    ]);
    expect(people("Ismail Hakki Pasha")).toEqual([["Ismail Hakki Pasha", null, null]]);
  });

  it("reads Soviet interwar and Indian army ranks", () => {
    expect(people("Komkor Ivan Petrenko, Havildar Mal Singhal†")).toEqual([
      ["Ivan Petrenko", "Komkor", null],
      ["Mal Singhal", "Havildar", "KIA"],
    ]);
  });

  it("keeps Zulu patronymics (ka-, wa-) in the name", () => {
    expect(people("Prince Dabulamanzi kaMpande, Sihayo waXongo")).toEqual([
      ["Dabulamanzi kaMpande", "Prince", null],
      ["Sihayo waXongo", null, null],
    ]);
  });

  it("reads 'D or D Month Year' as the range of both readings", () => {
    expect(parseDateRange("10 or 11 August 1991")).toMatchObject({ start: "1991-08-10", end: "1991-08-11", precision: "day" });
    expect(parseDateRange("1346 or 1347")).toMatchObject({ start: "1346", end: "1347", precision: "year" });
  });
});
