/** Wording helpers: war spellings, campaigns, timeline items, articles and event references. */
import { beforeAll, describe, expect, it } from "vitest";
import type { BattleEvent } from "../../../lib/facts/types";
import { generateQuestions } from "../../../lib/questions";
import { articledUnit, countedWords, demonym, eventRef, isNaval, isPluralName, placePhrase } from "../../../lib/questions/labels";
import { timelineItem } from "../../../lib/questions/text/items";
import { cleanWar, eventLookup, warInfo, warKey } from "../../../lib/questions/wars";
import { realCorpus } from "./corpus";
import { fixtureCorpus, maoka, southSakhalin1945 } from "./fixtures";

function ev(over: Partial<BattleEvent> & { id: string; name: string }): BattleEvent {
  return { aliases: [], partOf: null, campaign: null, date: null, place: null, result: null, territory: null, sides: [], timeline: [], sources: [], conflicts: [], agreements: [], facts: [], ...over };
}

describe("wars", () => {
  it("folds spellings of one war", () => {
    const k = warKey("Soviet–Japanese War");
    for (const s of ["Soviet-Japanese War (1945)", "the Soviet–Japanese War", "Soviet–Japanese War of World War II", "Soviet-Japanese War during World War II"]) expect(warKey(s), s).toBe(k);
    expect(warKey("Soviet–Japanese border conflicts")).not.toBe(k);
    expect(cleanWar("Soviet-Japanese War (1945)")).toBe("Soviet-Japanese War");
  });

  it("takes war and campaign from the event, and splits a legacy partOf", () => {
    const south = ev({ id: "invasion-of-south-sakhalin-1945", name: "Invasion of South Sakhalin", partOf: "Soviet–Japanese War" });
    const now = ev({ id: "maoka-landing-1945", name: "Maoka landing", partOf: "Soviet–Japanese War", campaign: "Invasion of South Sakhalin" });
    const legacy = { ...ev({ id: "maoka-landing-1945", name: "Maoka landing", partOf: "Invasion of South Sakhalin in the Soviet–Japanese War" }) } as Partial<BattleEvent>;
    delete legacy.campaign;
    const lookup = eventLookup([south, now]);
    expect(warInfo(now, lookup)).toEqual({ war: "Soviet–Japanese War", campaign: "Invasion of South Sakhalin", derived: false });
    expect(warInfo(legacy as BattleEvent, lookup)).toEqual({ war: "Soviet–Japanese War", campaign: "Invasion of South Sakhalin", derived: true });
    // A legacy "operation of World War II" lends the war of the operation's own event.
    const manchuria = ev({ id: "soviet-invasion-of-manchuria-1945", name: "Soviet invasion of Manchuria", partOf: "Soviet–Japanese War" });
    const mut = { ...ev({ id: "battle-of-mutanchiang-1945", name: "Battle of Mutanchiang", partOf: "Soviet invasion of Manchuria of World War II" }) } as Partial<BattleEvent>;
    delete mut.campaign;
    expect(warInfo(mut as BattleEvent, eventLookup([manchuria]))).toMatchObject({ war: "Soviet–Japanese War", campaign: "Soviet invasion of Manchuria" });
  });

  it("asks which operation the Maoka landing was part of, with other operations as options", () => {
    const qs = generateQuestions(fixtureCorpus(), { families: ["campaign"] });
    const prompts = qs.map((q) => q.prompt);
    expect(prompts).toContain("Which operation was the Maoka landing part of?");
    expect(prompts).toContain("True or false: The Maoka landing was part of the invasion of South Sakhalin.");
    const short = qs.find((q) => q.format === "shortAnswer")!;
    expect(short.answer).toMatchObject({ kind: "text", display: "Invasion of South Sakhalin" });
    // The war is not the operation; the key's event under its alias is still the key.
    expect(short.distractors).toContain("Soviet–Japanese War");
    expect(JSON.stringify(short.answer)).toContain("Battle of Sakhalin");
    void maoka;
  });

  it("never offers the key's war respelt", () => {
    const qs = generateQuestions(fixtureCorpus(), { families: ["war"] }).filter((q) => q.eventIds.includes("maoka-landing-1945"));
    for (const q of qs) for (const t of [...(q.options ?? []).map((o) => o.text), ...q.distractors]) if (t !== "True" && t !== "False" && t !== "Soviet–Japanese War") expect(warKey(t), t).not.toBe(warKey("Soviet–Japanese War"));
  });
});

describe("timeline items", () => {
  const cases: [string, string, string | null][] = [
    ["On 16 August a first Soviet amphibious force landed at Toro (now Shakhtyorsk).", "1945-08-16", "A first Soviet amphibious force landed at Toro (now Shakhtyorsk)."],
    ["Russia accepted mediation by President Theodore Roosevelt, and the war ended with the Treaty of Portsmouth on 5 September 1905.", "1905-09-05", "The war ended with the Treaty of Portsmouth."],
    ["Fearing encirclement, Kuropatkin ordered a general withdrawal, and on 4 September the Russians evacuated Liaoyang and retired in good order toward Mukden.", "1904-09-04", "The Russians evacuated Liaoyang and retired in good order toward Mukden."],
    ["A first Japanese attack on 29 July was beaten off, but in a night assault on 31 July the Japanese 19th Division drove the Soviet defenders from both heights.", "1938-07-31", "In a night assault the Japanese 19th Division drove the Soviet defenders from both heights."],
    ["Four days after the battle, on 14 August, the Vladivostok cruisers were also turned back at the Battle off Ulsan.", "1904-08-14", "Four days after the battle, the Vladivostok cruisers were also turned back at the Battle off Ulsan."],
    ["It was joined in May 1905 by Rear Admiral Nikolai Nebogatov's older Third Pacific Squadron.", "1905-05", null],
    ["A ceasefire was agreed in Moscow on 15 September and took effect on 16 September.", "1939-09-16", null],
    ["The Japanese moved on to occupy Korsakov on 8 July, which was set on fire after having been defended for 17 hours by 2,000 men led by Colonel .", "1905-07-08", "The Japanese moved on to occupy Korsakov."],
    ["Early on 27 May the Japanese auxiliary cruiser Shinano Maru sighted the Russian fleet.", "1905-05-27", "Early that day the Japanese auxiliary cruiser Shinano Maru sighted the Russian fleet."],
    ["The Battle of the Yellow Sea (Japanese: 黄海海戦, Kōkai kaisen) was a naval battle of the Russo-Japanese War fought on 10 August 1904.", "1904-08-10", null],
    ["Soviet reinforcements arrived between 22 and 24 August and cleared the south; a ceasefire on the island took effect on 22 August.", "1945-08-22", "A ceasefire on the island took effect."],
  ];
  it.each(cases)("%s", (text, date, want) => {
    expect(timelineItem(text, date)).toBe(want);
  });
});

describe("articles and event references", () => {
  it("puts 'the' before unit names that are common-noun phrases", () => {
    expect(articledUnit("Transbaikal Front")).toBe("the Transbaikal Front");
    expect(articledUnit("16th Army")).toBe("the 16th Army");
    expect(articledUnit("Fifth Area Army")).toBe("the Fifth Area Army");
    expect(articledUnit("Combined Fleet")).toBe("the Combined Fleet");
    expect(articledUnit("Second and Third Pacific Squadrons")).toBe("the Second and Third Pacific Squadrons");
    expect(articledUnit("Varyag")).toBe("Varyag");
  });

  it("names a confusable event by its year, from its id when it has no date", () => {
    const all = fixtureCorpus();
    expect(eventRef(southSakhalin1945(), all, "none", "Soviet–Japanese War")).toBe("the invasion of South Sakhalin (1945)");
    expect(isPluralName("Battles of Khalkhin Gol")).toBe(true);
    expect(isPluralName("Battle of Tsushima")).toBe(false);
  });

  it("unit and plural-event statements read as sentences", () => {
    const prompts = generateQuestions(fixtureCorpus()).map((q) => q.prompt);
    expect(prompts).toContain("True or false: The Fifth Area Army fought on the Japanese side in the invasion of South Sakhalin (1945).");
    expect(prompts.some((p) => /^True or false: The Battles of Khalkhin Gol were part of /.test(p))).toBe(true);
    expect(prompts.filter((p) => /Battles of Khalkhin Gol was\b/.test(p))).toEqual([]);
  });
});

describe("English, keys and explanations over the real corpus", () => {
  let events: BattleEvent[] = [];
  let pool: ReturnType<typeof generateQuestions> = [];
  beforeAll(async () => {
    events = await realCorpus();
    pool = generateQuestions(events);
  });
  const shownText = (q: (typeof pool)[number]) => [q.prompt, ...(q.options ?? []).map((o) => o.text), q.explanation.text].join(" | ");
  const factById = () => new Map(events.flatMap((e) => e.facts).map((f) => [f.id, f]));

  it("places read as English: no 'at Near Wiju', 'at Sha River' or 'was: <fragment>'", () => {
    for (const q of pool) {
      const t = shownText(q);
      expect(t, q.prompt).not.toMatch(/\bat (?:Near|Off|Around|North of|South of)\b/);
      expect(t, q.prompt).not.toMatch(/\b(?:at|in) (?!the )[A-Z][\p{L}-]+ (?:River|Sea|Strait|Peninsula|Mountains)\b/u);
      expect(t, q.prompt).not.toMatch(/\bwas: /);
    }
    const places = [placePhrase("Near Wiju, Korea"), placePhrase("Sha River, south of Mukden"), placePhrase("Yellow Sea"), placePhrase("Liaoyang, Manchuria"), placePhrase("Lake Khasan")];
    expect(places).toEqual(["near Wiju, Korea", "at the Sha River, south of Mukden", "in the Yellow Sea", "at Liaoyang, Manchuria", "at Lake Khasan"]);
  });

  it("a naval action's losses are sailors or men, never soldiers or troops", () => {
    const naval = new Set(events.filter(isNaval).map((e) => e.id));
    expect(naval.size).toBeGreaterThan(0);
    const asked = pool.filter((q) => q.eventIds.length === 1 && naval.has(q.eventIds[0]!) && (q.family === "casualties" || q.family === "strength"));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt, q.prompt).not.toMatch(/\b(?:soldiers|troops)\b/);
  });

  it("quotes carry no table syntax or footnote markers, and explanations do not repeat them", () => {
    for (const q of pool)
      for (const s of q.explanation.sources) {
        expect(s.quote, `${s.file}:${s.line}`).not.toMatch(/\||\[\d+\]|\[[a-z]\]/);
        if (s.quote.length >= 40) expect(q.explanation.text.includes(s.quote), q.prompt).toBe(false);
      }
  });

  it("every fact a question uses is quoted, line by line", () => {
    const facts = factById();
    for (const q of pool)
      for (const id of q.factIds) {
        const f = facts.get(id)!;
        expect(q.explanation.sources.some((s) => s.file === f.source.file && s.line === f.source.line), `${q.prompt}: ${f.kind} ${f.source.file}:${f.source.line}`).toBe(true);
      }
  });

  it("'the source' in an explanation is one of the question's own articles", () => {
    const files = new Map(events.map((e) => [e.id, new Set(e.sources.map((s) => s.file))]));
    for (const q of pool) {
      if (!/\bthe source\b/i.test(q.explanation.text)) continue;
      const own = new Set(q.eventIds.flatMap((id) => [...(files.get(id) ?? [])]));
      for (const s of q.explanation.sources) expect(own.has(s.file), `${q.prompt} quotes ${s.file}`).toBe(true);
    }
  });

  it("no meta-trivia about documents (editions, infoboxes, encyclopaedias)", () => {
    // Saying whose figure is asked ("According to the infobox, …") is allowed; asking about the documents is not.
    for (const q of pool) expect(q.prompt.replace(/^(True or false: )?According to the infobox, /, "$1"), q.prompt).not.toMatch(/\b(?:Wikipedia|infobox|editions?|Britannica|encyclopa?edia)\b/i);
  });

  it("a coalition figure that belongs to one member is asked about that member", () => {
    const facts = factById();
    let seen = 0;
    for (const q of pool) {
      if (!/^(?:casualties|strength)\.(?:count|tf)/.test(q.templateId)) continue;
      for (const id of q.factIds) {
        const v = facts.get(id)!.value as { belligerent?: string };
        if (!v || typeof v !== "object" || !v.belligerent) continue;
        seen++;
        const adj = demonym(v.belligerent)!;
        expect(q.prompt, q.prompt).toContain(adj);
        expect(q.prompt, q.prompt).not.toMatch(/\b\w+ and \w+ (?:side|soldiers|sailors)\b/);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it("competing counts say whose figure is asked; qualifiers stay", () => {
    const facts = factById();
    let claims = 0;
    let quals = 0;
    for (const q of pool) {
      if (!/^(?:casualties|strength)\.(?:count|tf)/.test(q.templateId)) continue;
      const f = facts.get(q.factIds.find((id) => ["killed", "wounded", "captured", "missing", "civilian", "total", "strength"].includes(facts.get(id)!.kind))!)!;
      const v = f.value as { claimant?: string; qualifier?: string; text: string };
      if (v.claimant) {
        claims++;
        expect(q.prompt, q.prompt).toMatch(/According to /);
      }
      if (v.qualifier) {
        quals++;
        expect(q.prompt, q.prompt).toContain(v.qualifier);
      }
      const counted = countedWords(v);
      if (counted && f.kind === "wounded") expect(q.prompt, q.prompt).toContain(counted);
    }
    expect(claims).toBeGreaterThan(0);
    expect(quals).toBeGreaterThan(0);
  });

  it("lists read naturally: 'A, B and C', never 'A and B and C' or 'A, B, C'", () => {
    for (const q of pool) {
      expect(q.prompt, q.prompt).not.toMatch(/\b[A-Z][\p{L}-]+ and [A-Z][\p{L}-]+ and [A-Z]/u);
      expect(q.prompt, q.prompt).not.toMatch(/\b(?:Japanese|Soviet|Russian|Mongolian|Manchukuoan), [A-Z][\p{L}-]+, [A-Z]/u);
    }
  });

  it("timeline entries of one event are not the same sentence twice", () => {
    for (const q of pool.filter((x) => x.format === "ordering" && x.family === "timeline")) {
      const items = (q.options ?? []).map((o) => o.text.toLowerCase());
      expect(new Set(items).size).toBe(items.length);
    }
    for (const q of pool.filter((x) => x.templateId === "timeline.what.choice")) {
      const texts = (q.options ?? []).map((o) => o.text);
      expect(new Set(texts).size, q.prompt).toBe(texts.length);
      for (const t of texts) expect(t, q.prompt).not.toMatch(/^(?:It|He|She|They|His|Her|Its|Their|This|These)\b/);
    }
  });
});
