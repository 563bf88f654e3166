/**
 * Rules added after the held26f batch of real-shape fixtures (labelled fields), each pinned on
 * invented inputs.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../lib/content/article";
import { parseCasualties } from "../../../lib/content/casualties";
import { parseStrength } from "../../../lib/content/sides";
import { renderTemplateValue } from "../../../lib/content/template";
import { expectSourcesMatch } from "./helpers";

const cas = (...cells: string[]) => parseCasualties(cells.map((text, i) => ({ text, ref: i })))!.casualties;

describe("held26f casualty rules", () => {
  it("reads a label the encyclopedia text left before a comma ('Total:, 11,648') as heading what follows", () => {
    const c = cas("1,716 killed, Including 121 officers, 8,402 wounded, 1,530 missing, Total:, 11,648");
    expect(c.total).toMatchObject({ min: 11648, max: 11648 });
    expect(c.killed).toMatchObject({ min: 1716 });
  });

  it("keeps comma-flattened competing accounts apart: the first account whole, nothing from the second", () => {
    const c = cas("Finnish estimate:, 23,000 killed, 1,300 captured, 43 tanks captured, Soviet figures:, 7,400 killed, 13,500 wounded");
    expect(c.killed).toMatchObject({ min: 23000, claimant: "Finnish estimate" });
    expect(c.captured).toMatchObject({ min: 1300 });
    expect(c.wounded).toBeNull();
    const d = cas("Indian sources:, 390 killed, 550–1,050 wounded, Chinese sources:, 1,901 killed or wounded");
    expect(d.total).toBeNull();
    expect(d.wounded).toMatchObject({ min: 550, max: 1050, claimant: "Indian sources" });
  });

  it("keeps the labelled total when a bracketed aside with another figure follows it", () => {
    const c = cas("310 killed 1,402 wounded 215 missing Total: 1,927 (Some sources give figures of 3,000 casualties)");
    expect(c.total).toMatchObject({ min: 1927, max: 1927 });
    expect(c.killed).toMatchObject({ min: 310 });
  });
});

describe("held26f strength rules", () => {
  it("takes the figure after 'Total:,' (the label's own line joined with a comma) over the first part", () => {
    expect(parseStrength(["40,100 infantry, 3,200 cavalry, 96 guns, 12,500 infantry, 80 guns, Total:, 55,800, 176 guns"])).toMatchObject({ min: 55800, max: 55800 });
  });
});

describe("held26f template source rules", () => {
  const source = [
    "Battle of Tollmere",
    "",
    "{{Infobox military conflict",
    "| image = File:Tollmere ford in the snow, a lithograph of the crossing after the battle.jpg",
    "| image_size = 300",
    "| conflict = Battle of Tollmere",
    "| map_type = Arland",
    "| date = 11 May 1702",
    "| place = [[Tollmere]], [[Arland]]",
    "| combatant1 = {{flagcountry|Kingdom of Arland}}",
    "| combatant2 = {{flagcountry|Duchy of Vessen}}",
    "| map_relief = 1",
    "| strength1 = 4,000<ref>Hale, p. 3</ref>",
    "| strength2 = 6,500",
    "| casualties1 = 310 killed<br />820 wounded",
    "| casualties2 = 1,200 killed",
    "}}",
    "The Battle of Tollmere was fought on 11 May 1702 at the ford.",
  ].join("\n");

  it("reads '{{Infobox' source with '| image = …' lines first, skipping the keys that carry no fact", () => {
    const a = parseArticle("t.txt", Buffer.from(source, "utf8"));
    expect(a.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(a.event.date).toMatchObject({ start: "1702-05-11" });
    expect(a.event.sides.map((s) => s.belligerents)).toEqual([["Kingdom of Arland"], ["Duchy of Vessen"]]);
    expect(a.event.sides.map((s) => s.strength?.min)).toEqual([4000, 6500]);
    expect(a.event.sides[0]!.casualties).toMatchObject({ killed: { min: 310 }, wounded: { min: 820 } });
    expect(a.event.sides[1]!.casualties).toMatchObject({ killed: { min: 1200 } });
  });

  it("quotes a rendered template value by its line when rendering changed it", () => {
    const a = parseArticle("t.txt", Buffer.from(source, "utf8"));
    expect(a.event.place).toBe("Tollmere, Arland");
    expect(expectSourcesMatch(a.facts, () => Buffer.from(source, "utf8"))).toEqual([]);
  });
});

describe("held26f template list and date rules", () => {
  const source = [
    "Battle of Tollmere",
    "",
    "{{Infobox military conflict",
    "| conflict = Battle of Tollmere",
    "| date = {{start date|1702|5|11|df=y}}",
    "| combatant1 = {{flagcountry|Kingdom of Arland}}",
    "| combatant2 = {{ubl|{{flag|Duchy of Vessen}}|{{flag|County of Marr}}}}",
    "| commander1 = {{plainlist|",
    "* [[Henrik Dahl]]",
    "* [[Oskar Lind]] {{KIA}}",
    "}}",
    "| commander2 = {{ubl|[[Piet Aldo]]|[[Jan Merk]]}}",
    "| strength1 = {{circa|4,000}}",
    "| strength2 = 6,500",
    "| casualties1 = 310 killed",
    "| casualties2 = 1,200 killed",
    "}}",
    "The Battle of Tollmere was fought at the ford.",
  ].join("\n");

  it("reads {{start date}}, {{circa}}, {{ubl}} and an open {{plainlist| whose items follow", () => {
    const a = parseArticle("t.txt", Buffer.from(source, "utf8"));
    expect(a.issues).toEqual([]);
    expect(a.event.date).toMatchObject({ start: "1702-05-11", end: "1702-05-11", precision: "day" });
    expect(a.facts.find((f) => f.kind === "date")!.source.line).toBe(5);
    expect(a.event.sides.map((s) => s.belligerents)).toEqual([["Kingdom of Arland"], ["Duchy of Vessen", "County of Marr"]]);
    expect(a.event.sides.map((s) => s.commanders.map((c) => c.name))).toEqual([["Henrik Dahl", "Oskar Lind"], ["Piet Aldo", "Jan Merk"]]);
    expect(a.event.sides[0]!.commanders[1]!.status).toBe("KIA");
    expect(a.event.sides[0]!.strength).toMatchObject({ min: 4000, approx: true });
  });
});

describe("held26f template markup rules", () => {
  it("decodes entities, keeps wrapper templates' text and drops image links", () => {
    expect(renderTemplateValue("{{nowrap|6&ndash;9 May 1702}}")).toEqual(["6–9 May 1702"]);
    expect(renderTemplateValue("10,000&nbsp;men")).toEqual(["10,000 men"]);
    expect(renderTemplateValue("[[File:Flag of Arland.svg|22px]] Arland")).toEqual(["Arland"]);
    expect(renderTemplateValue("{{lang|fr|Armée du Nord}}")).toEqual(["Armée du Nord"]);
  });
});
