/** Distractor pickers: numbers, dates and texts that give the key away neither by pattern nor by shape. */
import { beforeAll, describe, expect, it } from "vitest";
import type { BattleEvent } from "../../../lib/facts/types";
import { checkAnswer, generateQuestions, type Question } from "../../../lib/questions";
import { MONTHS, overlaps, parsePartial, toPartial } from "../../../lib/questions/dates";
import { dateDistractors, numberDistractors, pickTiered, roundClass, shapeSignature } from "../../../lib/questions/distractors";
import { samePerson } from "../../../lib/questions/names";
import { derivable } from "../../../lib/questions/numbers";
import { makeRng } from "../../../lib/questions/rng";
import { atWar, corpusSpans, existedIn, periodOf } from "../../../lib/questions/states";
import { fixtureCorpus, hasParser, realCorpus } from "./corpus";

const RATIOS = [0.2, 0.25, 0.3, 1 / 3, 0.4, 0.5, 0.6, 2 / 3, 0.7, 0.75, 0.8, 1.2, 1.25, 4 / 3, 1.5, 5 / 3, 2, 2.5, 3, 4, 5];

describe("number distractors", () => {
  const keys = [33, 97, 182, 526, 913, 3279, 5537, 14000, 15892, 22950, 127360, 610000];

  it("are never simple multiples of the key, keep its rounding, and put the key at every rank", () => {
    const ranks = [0, 0, 0, 0];
    let n = 0;
    for (const k of keys)
      for (let seed = 0; seed < 60; seed++) {
        const d = numberDistractors(makeRng(`${k}|${seed}`), { min: k, max: k, approx: false, text: String(k) }, [], 3).values;
        expect(d.length, `key ${k}`).toBe(3);
        for (const r of d) {
          expect(r.min).toBe(r.max);
          if (k >= 20 && r.min >= 20) for (const q of RATIOS) expect(Math.abs(r.min / k - q) / q, `${r.min} vs ${k}`).toBeGreaterThanOrEqual(0.02);
          expect(roundClass(r.min), `${r.min} rounded unlike ${k}`).toBe(roundClass(k));
          expect(Math.abs(r.min - k) / Math.max(r.min, k)).toBeGreaterThanOrEqual(0.12);
        }
        ranks[d.filter((r) => r.min < k).length]!++;
        n++;
      }
    // Uniform rank: each of the four places within a few points of a quarter.
    for (const r of ranks) expect(r / n).toBeGreaterThan(0.18);
    for (const r of ranks) expect(r / n).toBeLessThan(0.32);
  });

  it("prefer real figures of similar magnitude, and keep ranges ranges", () => {
    const key = { min: 7000, max: 7300, approx: false, text: "7,000–7,300" };
    const real = [{ range: { min: 5900, max: 6100 }, tier: 0 }, { range: { min: 21000, max: 21900 }, tier: 0 }, { range: { min: 900000, max: 900000 }, tier: 0 }];
    const d = numberDistractors(makeRng("r"), key, real, 3).values;
    expect(d.length).toBe(3);
    for (const r of d) expect(r.max).toBeGreaterThan(r.min);
    expect(d.some((r) => r.min === 5900)).toBe(true);
    expect(d.some((r) => r.min === 900000)).toBe(false);
  });
});

describe("date distractors", () => {
  const keys = [
    { start: "1904-02-09", end: "1904-02-09" },
    { start: "1904-08-24", end: "1904-09-04" },
    { start: "1938-07", end: "1938-08" },
    { start: "1945", end: "1945" },
  ];
  const feats = (r: { start: string; end: string }): string[] =>
    [r.start, r.end].flatMap((p, i) => {
      const x = parsePartial(p)!;
      return [`${i}y${x.y}`, ...(x.m ? [`${i}m${x.m}`] : []), ...(x.m && x.d ? [`${i}dm${x.d}-${x.m}`] : [])];
    });

  it("never a year-shifted twin, never the key as the option most like the others, never overlapping it", () => {
    for (const k of keys)
      for (let seed = 0; seed < 40; seed++) {
        const d = dateDistractors(makeRng(`${k.start}|${seed}`), k, [], 3).values;
        expect(d.length).toBe(3);
        const all = [k, ...d];
        for (const r of d) {
          expect(overlaps(r, k)).toBe(false);
          if (k.start.length === 10) expect(r.start.slice(5), `${r.start} twins ${k.start}`).not.toBe(k.start.slice(5));
        }
        const score = (x: { start: string; end: string }): number => all.reduce((s, y) => (y === x ? s : s + feats(y).filter((f) => feats(x).includes(f)).length), 0);
        expect(d.some((r) => score(r) >= score(k)), JSON.stringify(all)).toBe(true);
      }
  });
});

describe("text distractors", () => {
  it("do not leave the key the longest or shortest option more often than the others", () => {
    const cands = ["Ab", "Abcd", "Abcdef", "Abcdefgh", "Abcdefghij", "Abcdefghijkl", "Abcdefghijklmn"].map((text, i) => ({ text, tier: i % 2 }));
    let longest = 0;
    let shortest = 0;
    const runs = 400;
    for (let s = 0; s < runs; s++) {
      const key = "Keyword";
      const w = pickTiered(makeRng(s), cands, 3, () => true, [key]);
      expect(w.length).toBe(3);
      if (w.every((c) => c.text.length < key.length)) longest++;
      if (w.every((c) => c.text.length > key.length)) shortest++;
    }
    expect(longest / runs).toBeLessThan(0.3);
    expect(shortest / runs).toBeLessThan(0.3);
  });

  it("give the key a wrong option of its own format when one exists", () => {
    const cands = ["Ivan Yumashev", "Ivan Baturov", "Georgy Zhukov", "L.G. Cheremisov", "Kirill Meretskov"].map((text) => ({ text, tier: 0 }));
    for (let s = 0; s < 50; s++) {
      const w = pickTiered(makeRng(s), cands, 3, () => true, ["M.A. Purkayev"]);
      expect(w.map((c) => shapeSignature(c.text))).toContain(shapeSignature("M.A. Purkayev"));
    }
  });

  it("drop options of another period than the prompt names", () => {
    const cands = ["Soviet Union", "Manchukuo", "Qing dynasty", "Korean Empire", "United Kingdom"].map((text) => ({ text, tier: 0 }));
    const w = pickTiered(makeRng(1), cands, 3, () => true, ["Empire of Japan"], "Empire of Japan", "Who fought against the Russian Empire in the Battle of Chemulpo Bay (1904)?");
    expect(w.map((c) => c.text).sort()).toEqual(["Korean Empire", "Qing dynasty", "United Kingdom"]);
  });
});

describe("states of their time", () => {
  it("knows when states existed", () => {
    expect(existedIn("Soviet Union", 1904)).toBe(false);
    expect(existedIn("Soviet Union", 1938)).toBe(true);
    expect(existedIn("Manchukuo", 1931)).toBe(false);
    expect(existedIn("Manchukuo", 1939)).toBe(true);
    expect(existedIn("Russian Empire", 1945)).toBe(false);
    expect(existedIn("Mongolian People's Republic", 1905)).toBe(false);
    expect(existedIn("Soviet–Mongolian victory", 1905)).toBe(false);
    expect(existedIn("Empire of Japan", 1905)).toBe(true);
    // No year has both.
    expect(periodOf("the Russian Empire and the Soviet Union")).toEqual([]);
  });

  it("knows wars beyond the corpus: no 'who fought against Japan in 1945' answered 'United States' as wrong", () => {
    expect(atWar("Empire of Japan", "United States", 1945)).toBe(true);
    expect(atWar("United States", "Japan", 1939)).toBe(false);
    expect(atWar("Japan", "Republic of China", 1938)).toBe(true);
  });

  it("judges names the table lacks by the corpus years they appear in", () => {
    const ev = (id: string, y: string, bel: string): BattleEvent =>
      ({ id, name: id, aliases: [], partOf: null, campaign: null, date: { start: y, end: y, precision: "year", text: y }, place: null, result: null, territory: null, sides: [{ index: 1, belligerents: [bel], commanders: [], units: [], strength: null, casualties: null }], timeline: [], sources: [], conflicts: [], agreements: [], facts: [] }) as unknown as BattleEvent;
    const spans = corpusSpans([ev("a", "1919", "Far Eastern Republic"), ev("b", "1921", "Far Eastern Republic")]);
    expect(existedIn("Far Eastern Republic", 1920, spans)).toBe(true);
    expect(existedIn("Far Eastern Republic", 1905, spans)).toBe(false);
  });
});

describe("arithmetic giveaways", () => {
  it("spots a figure the others add up to or leave over", () => {
    expect(derivable(15892, [75504, 59612, 88352, 8705, 51438, 28209, 22000])).toBe(true);
    expect(derivable(8705, [75504, 15892, 59612, 88352, 51438, 28209])).toBe(true);
    expect(derivable(526, [792, 3279, 913, 3000])).toBe(false);
    // Years are not terms.
    expect(derivable(40, [1945, 1905])).toBe(false);
  });
});

function poolProperties(name: string, load: () => Promise<BattleEvent[]>) {
  describe(name, () => {
    let events: BattleEvent[] = [];
    let questions: Question[] = [];
    beforeAll(async () => {
      events = await load();
      questions = generateQuestions(events);
    });

    it("a typed 'who fought against' question accepts every belligerent of the asked side, and not the other side", () => {
      const qs = questions.filter((q) => q.templateId === "belligerents.opponent.short");
      expect(qs.length).toBeGreaterThan(0);
      const seen = new Set<string>();
      for (const q of qs) {
        expect(seen.has(q.prompt), `one question per side: ${q.prompt}`).toBe(false);
        seen.add(q.prompt);
        const ev = events.find((e) => e.id === q.eventIds[0])!;
        const named = ev.sides.filter((s) => s.belligerents.length > 0 && s.belligerents.every((b) => q.prompt.includes(b)));
        expect(named.length, q.prompt).toBe(1);
        const against = named[0]!;
        const asked = ev.sides.filter((s) => s !== against && s.belligerents.length > 0);
        expect(asked.length).toBe(1);
        for (const b of asked[0]!.belligerents) expect(checkAnswer(q, b).correct, `${b} — ${q.prompt}`).toBe(true);
        for (const b of against.belligerents) expect(checkAnswer(q, b).correct, `${b} — ${q.prompt}`).toBe(false);
      }
    });

    it("'which event took place in <months>' only when one studied event fits", () => {
      for (const q of questions.filter((x) => x.templateId === "names.identify.choice")) {
        const m = / in ([^?]+)\?$/.exec(q.prompt);
        expect(m, q.prompt).not.toBeNull();
        // "July 1905", "July–August 1938", "August 1904 – January 1905" (after an optional "at <place>").
        const mm = /(\p{Lu}\p{Ll}+)(?: (\d{4}))?(?:\s*[–-]\s*(\p{Lu}\p{Ll}+) (\d{4}))?$/u.exec(m![1]!);
        expect(mm, q.prompt).not.toBeNull();
        const [, m1, y1, m2, y2] = mm!;
        const end = { m: MONTHS.indexOf(m2 ?? m1!) + 1, y: Number(y2 ?? y1) };
        const start = { m: MONTHS.indexOf(m1!) + 1, y: Number(y1 ?? y2) };
        const clue = { start: toPartial(start.y, start.m, null), end: toPartial(end.y, end.m, null) };
        const fits = events.filter((ev) => ev.date && overlaps(ev.date, clue)).map((ev) => ev.id);
        expect(fits, q.prompt).toEqual(q.eventIds.filter((id) => fits.includes(id)));
        expect(fits.length, q.prompt).toBe(1);
      }
    });

    it("commanders are matched to events of one war, one country, no one commanding in two listed events", () => {
      for (const q of questions.filter((x) => x.templateId === "commanders.match.matching")) {
        const lefts = q.matching!.left.map((o) => o.text);
        const rights = q.matching!.right.map((o) => o.text);
        expect(rights.length).toBe(lefts.length);
        for (const person of lefts) {
          const commandedIn = rights.filter((r) => events.some((e) => r.startsWith(e.name) && e.sides.some((s) => s.commanders.some((c) => [c.name, ...c.aliases].some((n) => samePerson(n, person))))));
          expect(commandedIn.length, `${person} in ${commandedIn.join(", ")}`).toBe(1);
        }
      }
    });
  });
}

poolProperties("pool on fixture facts", async () => fixtureCorpus());
if (hasParser) poolProperties("pool on the real corpus (content/)", realCorpus);

describe.skipIf(!hasParser)("the disagreement question", () => {
  const article = (strength: string): string => `= Battle of Testfield =

Infobox
- Conflict: Battle of Testfield
- Partof: the Russo-Japanese War
- Date: 3–5 March 1905
- Place: Testfield, Manchuria
- Result: Japanese victory
- Combatant1: Empire of Japan
- Combatant2: Russian Empire
- Commander1: Oku Yasukata
- Commander2: Aleksey Kuropatkin
- Strength1: ${strength}
- Strength2: 30,000

The Battle of Testfield was fought from 3 to 5 March 1905.
`;

  it("offers each figure in exactly two options, so the key is not the one sharing most with the others", async () => {
    const { parseCorpus } = (await import("../../../lib/content/index")) as { parseCorpus: (i: { file: string; bytes: Buffer }[]) => { events: BattleEvent[] } };
    const events = parseCorpus([
      { file: "a.txt", bytes: Buffer.from(article("40,000")) },
      { file: "b.txt", bytes: Buffer.from(article("55,000")) },
    ]).events;
    const q = generateQuestions(events).find((x) => x.templateId === "strength.disputed.choice");
    expect(q).toBeDefined();
    const figures = q!.options!.map((o) => o.text.split(" and "));
    const count = new Map<string, number>();
    for (const f of figures.flat()) count.set(f, (count.get(f) ?? 0) + 1);
    expect([...count.values()]).toEqual([2, 2, 2, 2]);
  });
});
