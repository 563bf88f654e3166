/**
 * Wiki source (a page's "Edit source" pasted as it is): the infobox template and the prose read as
 * rendered text, facts pointing at the file's own lines, and nothing read from notes, captions,
 * tables or the references after the story.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../lib/content";
import { detectShape } from "../../../lib/content/shape";
import { renderWikiLine, renderWikiProse, renderWikiValue } from "../../../lib/content/wiki";
import { expectSourcesMatch, FIXTURES_DIR } from "./helpers";

const FILE = FIXTURES_DIR + "wiki-source.txt";
const parsed = parseArticle("wiki-source.txt", readFileSync(FILE));
const lineOf = (needle: string) => readFileSync(FILE, "utf8").split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("wiki source", () => {
  it("is read as template source, not as a table, though its first lines hold pipes", () => {
    expect(detectShape(["{{Short description|A battle}}", "{{Infobox military conflict", "| conflict = Battle of X"])).toBe("template");
    expect(parsed.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("reads the infobox's fields through its templates and links", () => {
    const ev = parsed.event;
    expect(ev.name).toBe("Battle of Harrow Ford");
    expect(ev.date).toMatchObject({ start: "1907-09-14", end: "1907-09-16", precision: "day" });
    expect(ev.place).toBe("Harrow Ford, near Kessmark");
    expect(ev.result).toBe("Velorian victory");
    const [a, b] = ev.sides;
    expect(a!.belligerents).toEqual(["Kingdom of Velor"]);
    expect(b!.belligerents).toEqual(["Grand Duchy of Ostmur", "Tarvan volunteers"]);
    expect(a!.commanders.map((c) => [c.name, c.status])).toEqual([
      ["Mikhail Barclay de Tolly", null],
      ["Anton Kessler", "WIA"],
    ]);
    expect(b!.commanders.map((c) => [c.name, c.status])).toEqual([
      ["Friedrich von Holstein", "KIA"],
      ["Jan van der Berg", null],
    ]);
    expect(a!.strength).toMatchObject({ min: 24_000, max: 24_000 });
    expect(b!.strength).toMatchObject({ min: 31_000, approx: true });
    expect(b!.casualties).toMatchObject({ killed: { min: 2_950 }, wounded: { min: 4_100 }, captured: { min: 6_000 } });
  });

  it("ends a value at a parameter it does not read", () => {
    // `| notes = … 12,000 men …` follows casualties2 and `| status = 44 days` follows partof.
    expect(parsed.event.sides[1]!.casualties!.total).toBeNull();
    expect(parsed.event.partOf).toBe("Velor–Ostmur War");
  });

  it("reads the story's dates and figures, never those of citations, captions, tables or references", () => {
    const timeline = parsed.facts.filter((f) => f.kind === "timeline").map((f) => f.source.line);
    expect(timeline).toEqual([lineOf("On 10 September 1907"), lineOf("On 14 September 1907"), lineOf("On 14 September 1907")]);
    const lines = new Set(parsed.facts.map((f) => f.source.line));
    for (const outside of ["{{Reflist}}", "Kessmark University Press", "Guards Corps", "Kessmark map.png", "[[Category:"]) expect(lines.has(lineOf(outside))).toBe(false);
    const prose = parsed.facts.filter((f) => f.kind === "proseNumber").map((f) => f.text);
    expect(prose).toContain("About 6,000 Ostmuri soldiers were taken prisoner.");
    for (const f of parsed.facts) expect(f.text).not.toMatch(/\[\[|\]\]|\{\{|\}\}|'''|<ref/);
  });

  it("points every fact at its line in the file", () => {
    expect(expectSourcesMatch(parsed.facts, () => readFileSync(FILE))).toEqual([]);
    const holstein = parsed.facts.find((f) => f.kind === "commander" && f.text.startsWith("Friedrich"))!;
    expect(holstein.source.line).toBe(lineOf("| commander2 ="));
  });
});

describe("wiki markup", () => {
  it("renders values one item per line", () => {
    expect(renderWikiValue("{{ubl|[[A B]] {{KIA}}|[[C D|C. D.]]}}")).toEqual(["A B KIA", "C. D."]);
    expect(renderWikiValue("{{start and end dates|1812|9|5|1812|9|7}}")).toEqual(["5 September 1812 \u2013 7 September 1812"]);
    expect(renderWikiValue("12,000<ref name=x/><br />{{nowrap|3,000 killed}}&nbsp;[[File:X.png|20px]]")).toEqual(["12,000", "3,000 killed"]);
    expect(renderWikiValue("{{lang|ru|Курск}} ''(Kursk)''")).toEqual(["Курск (Kursk)"]);
    expect(renderWikiValue("{{plainlist|")).toEqual([]);
    expect(renderWikiValue("* [[Ivan Petrov]]}}")).toEqual(["Ivan Petrov"]);
  });

  it("keeps prose line for line, whatever it drops", () => {
    const lines = ["{{Infobox x", "}}", "A '''bold''' start.<ref>{{cite web", "|date=1 May 2001}}</ref> Then [[a|b]].", "{|", "| 1 || 2", "|}", "== See also ==", "* [[Other battle]]"];
    const out = renderWikiProse(lines, 2);
    expect(out).toHaveLength(lines.length);
    expect(out.slice(2)).toEqual(["A bold start.", "Then b.", "", "", "", "", ""]);
  });

  it("reads markup nested thousands deep as text instead of running out of stack", () => {
    expect(() => renderWikiLine("{{a|[[b|".repeat(20_000))).not.toThrow();
    const deep = ["{{Infobox military conflict", "| conflict = Battle of Deep Ford", `| commander1 = ${"{{".repeat(50_000)}`, "}}", `The Battle of Deep Ford was fought on 3 May 1900. ${"[[".repeat(50_000)}`].join("\n");
    const p = parseArticle("deep.txt", deep);
    expect(p.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(p.event.date).toMatchObject({ start: "1900-05-03" });
  });

  it("never throws on broken markup", () => {
    for (const s of ["{{", "[[", "{{a|[[b", "<ref>", "<!--", "&#xZZ;", "}}]]|", "{|\n|x"]) {
      expect(() => renderWikiLine(s)).not.toThrow();
      expect(() => renderWikiValue(s)).not.toThrow();
    }
  });
});
