import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isWarPhrase, parseArticle, parseCorpus, parsePartOf } from "../../../lib/content";
import { expectSourcesMatch, factsOf, CONTENT_DIR, parseFixture, readContent, readFixture } from "./helpers";

describe("parsePartOf", () => {
  const p = (s: string) => {
    const r = parsePartOf(s);
    return [r.war, r.campaign, r.era, r.enclosing];
  };

  it("reads a plain war, with or without the words 'Part of'", () => {
    expect(p("the Russo-Japanese War")).toEqual(["Russo-Japanese War", null, null, false]);
    expect(p("Part of the Russo-Japanese War")).toEqual(["Russo-Japanese War", null, null, false]);
    expect(p("the Soviet–Japanese border conflicts")).toEqual(["Soviet–Japanese border conflicts", null, null, false]);
    expect(p("the War of the Kessian Succession")).toEqual(["War of the Kessian Succession", null, null, false]);
    expect(p("the Boxer Rebellion[3]")).toEqual(["Boxer Rebellion", null, null, false]);
  });

  it("drops a bracketed year from the war and keeps it as era evidence", () => {
    expect(p("Part of the Soviet-Japanese War (1945)")).toEqual(["Soviet-Japanese War", null, [1945, 1945], false]);
    expect(p("the Velor–Ostmur War (1904–1905)")).toEqual(["Velor–Ostmur War", null, [1904, 1905], false]);
  });

  it("strips 'of / in / during World War II' after a war", () => {
    expect(p("the Soviet–Japanese War of World War II")).toEqual(["Soviet–Japanese War", null, null, false]);
    expect(p("the Soviet–Japanese War during the Second World War")).toEqual(["Soviet–Japanese War", null, null, false]);
    expect(p("World War II")).toEqual(["World War II", null, null, false]);
  });

  it("splits a campaign from the war it is in", () => {
    expect(p("the Invasion of South Sakhalin in the Soviet–Japanese War")).toEqual(["Soviet–Japanese War", "Invasion of South Sakhalin", null, false]);
    expect(p("Part of the Invasion of the Kuril Islands in the Soviet–Japanese War")).toEqual(["Soviet–Japanese War", "Invasion of the Kuril Islands", null, false]);
    expect(p("the Siege of the Alcázar during the Spanish Civil War")).toEqual(["Spanish Civil War", "Siege of the Alcázar", null, false]);
    expect(p("the Allied Intervention in the Russian Civil War")).toEqual(["Russian Civil War", "Allied Intervention", null, false]);
  });

  it("a campaign named only with World War II: the enclosing war stands in", () => {
    expect(p("Part of the Soviet invasion of Manchuria of World War II")).toEqual(["World War II", "Soviet invasion of Manchuria", null, true]);
    expect(p("Operation Bagration during the Second World War")).toEqual(["World War II", "Operation Bagration", null, true]);
  });

  it("a phrase that names no war is kept whole", () => {
    expect(p("the Northern Campaigns")).toEqual(["Northern Campaigns", null, null, false]);
    expect(p("")).toEqual([null, null, null, false]);
  });

  it("knows a war phrase by its head noun", () => {
    expect(isWarPhrase("Russo-Japanese War")).toBe(true);
    expect(isWarPhrase("Soviet–Japanese border conflicts")).toBe(true);
    expect(isWarPhrase("Second World War")).toBe(true);
    expect(isWarPhrase("Soviet invasion of Manchuria")).toBe(false);
    expect(isWarPhrase("Kuril Islands in the Soviet–Japanese War")).toBe(false);
    expect(isWarPhrase("Northern Campaigns")).toBe(false);
  });
});

/** A minimal infobox article. */
function article(title: string, fields: Record<string, string>): string {
  const lines = [`= ${title} =`, "", "Infobox", `- Conflict: ${title}`];
  for (const [k, v] of Object.entries(fields)) lines.push(`- ${k}: ${v}`);
  lines.push("- Combatant1: Kingdom of Velor", "- Combatant2: Grand Duchy of Ostmur", "", `The ${title} was a battle.`);
  return lines.join("\n") + "\n";
}

const corpusOf = (files: Record<string, string>) => parseCorpus(Object.entries(files).map(([file, text]) => ({ file, bytes: Buffer.from(text) })));

describe("wars across articles", () => {
  it("a campaign inherits the war of the event it names; else World War II", () => {
    const c = corpusOf({
      "a.txt": article("Velor offensive", { Partof: "the Velor–Ostmur War of World War II", Date: "9 August 1945" }),
      "b.txt": article("Battle of Tarn", { Partof: "the Velor offensive of World War II", Date: "12 August 1945" }),
      "c.txt": article("Battle of Kessel", { Partof: "the Kessel operation of World War II", Date: "14 August 1945" }),
    });
    const ev = Object.fromEntries(c.events.map((e) => [e.name, e]));
    expect([ev["Velor offensive"]!.partOf, ev["Velor offensive"]!.campaign]).toEqual(["Velor–Ostmur War", null]);
    expect([ev["Battle of Tarn"]!.partOf, ev["Battle of Tarn"]!.campaign]).toEqual(["Velor–Ostmur War", "Velor offensive"]);
    expect([ev["Battle of Kessel"]!.partOf, ev["Battle of Kessel"]!.campaign]).toEqual(["World War II", "Kessel operation"]);
    // The partOf fact carries the resolved war, with its own version hash; the campaign fact reads the Part-of line.
    const tarn = ev["Battle of Tarn"]!;
    const [war] = factsOf(tarn.facts, "partOf");
    const [campaign] = factsOf(tarn.facts, "campaign");
    expect(war!.value).toBe("Velor–Ostmur War");
    expect(war!.versionHash).toBe(factsOf(ev["Velor offensive"]!.facts, "partOf")[0]!.versionHash);
    expect(campaign).toMatchObject({ value: "Velor offensive", source: { file: "b.txt", line: 5 } });
  });

  it("a Part-of phrase that is the name of another event becomes a campaign", () => {
    const c = corpusOf({
      "a.txt": article("Northern Campaign", { Partof: "the Velor–Ostmur War", Date: "1905" }),
      "b.txt": article("Battle of Tarn", { Partof: "the Northern Campaign", Date: "12 August 1905" }),
    });
    const tarn = c.events.find((e) => e.name === "Battle of Tarn")!;
    expect([tarn.partOf, tarn.campaign]).toEqual(["Velor–Ostmur War", "Northern Campaign"]);
    expect(factsOf(tarn.facts, "campaign").map((f) => [f.value, f.source.line, f.text])).toEqual([["Northern Campaign", 5, "the Northern Campaign"]]);
  });

  it("displays the form most articles write, the en dash form on a tie", () => {
    const tie = corpusOf({
      "a.txt": article("Battle of Tarn", { Partof: "the Velor-Ostmur War", Date: "1905" }),
      "b.txt": article("Battle of Kessel", { Partof: "the Velor–Ostmur War", Date: "1906" }),
    });
    expect(tie.events.map((e) => e.partOf)).toEqual(["Velor–Ostmur War", "Velor–Ostmur War"]);
    const hyphens = corpusOf({
      "a.txt": article("Battle of Tarn", { Partof: "the Velor-Ostmur War", Date: "1905" }),
      "b.txt": article("Battle of Kessel", { Partof: "the Velor–Ostmur War", Date: "1906" }),
      "c.txt": article("Battle of Orvel", { Partof: "the Velor-Ostmur War (1907)" }),
    });
    expect(hyphens.events.map((e) => e.partOf)).toEqual(["Velor-Ostmur War", "Velor-Ostmur War", "Velor-Ostmur War"]);
  });

  it("merges across hyphen/dash and a bracketed year; keeps disjoint bracketed years apart", () => {
    const c = corpusOf({
      "a.txt": article("Battle of Tarn", { Partof: "the Velor-Ostmur War (1945)", Place: "Tarn" }),
      "b.txt": article("Battle of Tarn", { Partof: "the Velor–Ostmur War", Date: "12 August 1945", Place: "Tarn" }),
      "c.txt": article("Battle of Tarn", { Partof: "the Velor–Ostmur War (1905)", Place: "Tarn" }),
    });
    expect(c.events.map((e) => [e.id, e.sources.map((s) => s.file)])).toEqual([
      ["battle-of-tarn-1945", ["a.txt", "b.txt"]],
      ["battle-of-tarn-1905", ["c.txt"]],
    ]);
    expect(c.events[0]!.conflicts).toEqual([]);
    expect(c.events[0]!.agreements.find((a) => a.field === "partOf")?.value).toBe("Velor–Ostmur War");
  });

  it("never merges an event with a campaign it is part of, nor parts of different campaigns", () => {
    const c = corpusOf({
      "a.txt": article("Tarn landing", { Partof: "the Velor–Ostmur War", Date: "12 August 1945", Place: "Tarn" }),
      "b.txt": article("Tarn landing operation", { Partof: "the Tarn landing in the Velor–Ostmur War", Date: "12 August 1945", Place: "Tarn" }),
      "c.txt": article("Battle of Orvel", { Partof: "the Invasion of Tarn in the Velor–Ostmur War", Date: "1945", Place: "Orvel" }),
      "d.txt": article("Battle of Orvel", { Partof: "the Invasion of Kessel in the Velor–Ostmur War", Date: "1945", Place: "Orvel" }),
    });
    expect(c.events.map((e) => e.sources.map((s) => s.file))).toEqual([["a.txt"], ["b.txt"], ["c.txt"], ["d.txt"]]);
  });
});

describe("Part of in content/", () => {
  const files = readdirSync(CONTENT_DIR).filter((f) => f.endsWith(".txt"));
  const corpus = parseCorpus(files.map((file) => ({ file, bytes: readContent(file) })));
  const eventOf = (prefix: string) => {
    const id = corpus.articles.find((a) => a.file.startsWith(prefix))!.eventId;
    return corpus.events.find((e) => e.id === id)!;
  };

  it("gives every event its canonical war, without 'the', a year or World War II", () => {
    expect(corpus.issues).toEqual([]);
    expect([...new Set(corpus.events.map((e) => e.partOf))].sort()).toEqual(["Russo-Japanese War", "Soviet–Japanese War", "Soviet–Japanese border conflicts"]);
  });

  it("002: 'Soviet-Japanese War (1945)' is the Soviet–Japanese War, and stays apart from the 1905 invasion", () => {
    const ev = eventOf("002");
    expect([ev.id, ev.partOf, ev.campaign]).toEqual(["invasion-of-south-sakhalin-1945", "Soviet–Japanese War", null]);
    expect(eventOf("000").id).toBe("japanese-invasion-of-sakhalin-1905");
    expect(eventOf("001").id).toBe("japanese-invasion-of-sakhalin-1905");
  });

  it("022: the war of World War II", () => {
    expect([eventOf("022").partOf, eventOf("022").campaign]).toEqual(["Soviet–Japanese War", null]);
  });

  it("023: the campaign 'Soviet invasion of Manchuria' inherits event 022's war", () => {
    const ev = eventOf("023");
    expect([ev.partOf, ev.campaign]).toEqual(["Soviet–Japanese War", "Soviet invasion of Manchuria"]);
    expect(ev.id).not.toBe(eventOf("022").id);
  });

  it("024 and 025: campaigns in the Soviet–Japanese War, with a campaign fact on the Part-of line", () => {
    expect([eventOf("024").partOf, eventOf("024").campaign]).toEqual(["Soviet–Japanese War", "Invasion of the Kuril Islands"]);
    const maoka = eventOf("025");
    expect([maoka.partOf, maoka.campaign]).toEqual(["Soviet–Japanese War", "Invasion of South Sakhalin"]);
    expect(maoka.sources.map((s) => s.file)).toEqual(["025_maoka-landing.txt"]);
    const [campaign] = factsOf(maoka.facts, "campaign");
    expect(campaign).toMatchObject({ value: "Invasion of South Sakhalin", source: { line: 5 }, disputed: false });
    expect(factsOf(maoka.facts, "partOf")[0]!.value).toBe("Soviet–Japanese War");
    for (const ev of corpus.events) expect(expectSourcesMatch(ev.facts, readContent)).toEqual([]);
  });

  it("border conflicts and the Russo-Japanese War", () => {
    expect(eventOf("020").partOf).toBe("Soviet–Japanese border conflicts");
    expect(eventOf("013").partOf).toBe("Russo-Japanese War");
    expect(corpus.events.every((e) => e.campaign === null || e.facts.some((f) => f.kind === "campaign"))).toBe(true);
  });
});

describe("title variants in the lead", () => {
  it("'X or Y', 'also called Y', 'formally Y (…) or simply Z' take the whole noun phrase", () => {
    const a = parseFixture("or-variant-lead.txt");
    expect(a.issues).toEqual([]);
    expect(a.event.aliases).toEqual([
      "Soviet assault on Velsk",
      "Десант в порт Вельск",
      "Desant v port Velsk",
      "Battle of Velsk Harbour",
      "Battle of Kholmsk",
      "Вельская наступательная операция",
      "Velsk Offensive Operation",
      "Velsk Operation",
      "Operation Harbour Storm",
    ]);
    expect([a.event.partOf, a.event.campaign]).toEqual(["Velor–Ostmur War", "Invasion of Northern Kessia"]);
    expect(expectSourcesMatch(a.facts, readFixture)).toEqual([]);
  });

  it("025: 'The Maoka landing or Soviet assault on Maoka (Russian: …)' yields the whole variant", () => {
    const a = parseArticle("025_maoka-landing.txt", readContent("025_maoka-landing.txt"));
    expect(a.event.aliases).toContain("Soviet assault on Maoka");
    expect(a.event.aliases).not.toContain("Soviet");
  });

  it("an alias is never a belligerent or a single generic word", () => {
    const text = [
      "= Battle of Tarn =",
      "",
      "Infobox",
      "- Conflict: Kingdom of Velor",
      "- Date: 1905",
      "- Combatant1: Kingdom of Velor",
      "- Combatant2: Russian Empire",
      "",
      "The Battle of Tarn, or Battle (Russian: Russian), also called Velor or Tarn Fight, was fought in 1905.",
    ].join("\n");
    const a = parseArticle("t.txt", text);
    expect(a.event.aliases).toEqual(["Tarn Fight"]);
    expect(factsOf(a.facts, "alias").map((f) => f.value)).toEqual(["Tarn Fight"]);
  });
});
