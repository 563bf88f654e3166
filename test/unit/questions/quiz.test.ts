/**
 * Assembled quizzes over the real content/: the mix of formats, weighting by pool size, and no giveaway
 * inside a quiz, checked over many seeds. The giveaway check here is written independently of
 * assemble.ts (plain normalised text search), so a bug in the assembler's own check shows.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { BattleEvent } from "../../../lib/facts/types";
import { assembleFrom, generateQuestions, givesAway, type Question } from "../../../lib/questions";
import { realCorpus } from "./corpus";

let events: BattleEvent[] = [];
let pool: Question[] = [];

beforeAll(async () => {
  events = await realCorpus();
  pool = generateQuestions(events);
});

const fold = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Everything a student reads of a question, before and after answering. */
function shown(q: Question): string {
  const parts = [q.prompt, ...(q.options ?? []).map((o) => o.text), ...(q.matching ? [...q.matching.left, ...q.matching.right].map((o) => o.text) : []), q.explanation.text, ...q.explanation.sources.map((s) => s.quote)];
  return ` ${parts.map(fold).join(" | ")} `;
}

/** Keys that give their question away wherever they are printed: people, wars, campaigns, places, names. */
const GLOBAL = ["commanders", "war", "campaign", "place", "names"];

/** Name-like keys: a typed answer's display, or a choice key of a person, war, campaign or place. */
function nameKey(q: Question): string | null {
  const a = q.answer;
  if (a.kind === "text") return a.display;
  if (a.kind === "choice" && GLOBAL.includes(q.family)) return q.options?.find((o) => o.id === a.optionId)?.text ?? null;
  return null;
}

/** The figures a student reads in a question ("3,500-3,700" is 3500 and 3700, never 700). */
function figuresShown(q: Question): Set<number> {
  const raw = [q.prompt, ...(q.options ?? []).map((o) => o.text), q.explanation.text, ...q.explanation.sources.map((s) => s.quote)].join(" | ");
  return new Set([...raw.matchAll(/(?<![\d,.])\d{1,3}(?:,\d{3})+(?!\d)|(?<![\d,.])\d+(?![\d,]*\d)/g)].map((m) => Number(m[0].replace(/,/g, ""))));
}

const lowChoice = (q: Question): boolean => q.format === "trueFalse" || (q.format === "choice" && (q.options?.length ?? 0) <= 2);
const SEEDS = 60;

describe("assembled quizzes on the real corpus", () => {
  it("true/false and two-option questions are at most 30% of a default quiz; ordering and matching are in it", () => {
    expect(pool.some((q) => q.format === "ordering")).toBe(true);
    expect(pool.some((q) => q.format === "matching")).toBe(true);
    for (let seed = 0; seed < SEEDS; seed++) {
      const quiz = assembleFrom(pool, { count: 10, seed });
      expect(quiz.length).toBe(10);
      expect(quiz.filter(lowChoice).length, `seed ${seed}`).toBeLessThanOrEqual(3);
      expect(quiz.some((q) => q.format === "ordering"), `seed ${seed}`).toBe(true);
      expect(quiz.some((q) => q.format === "matching"), `seed ${seed}`).toBe(true);
    }
  });

  it("a quiz the student asked to be true/false only is that", () => {
    const quiz = assembleFrom(pool, { count: 10, seed: 3, formats: ["trueFalse"] });
    expect(quiz.length).toBe(10);
    expect(quiz.every((q) => q.format === "trueFalse")).toBe(true);
  });

  it("no fact is in every quiz, and large families come up more often than small ones", () => {
    const factSeen = new Map<string, number>();
    const familySeen = new Map<string, number>();
    for (let seed = 0; seed < SEEDS; seed++)
      for (const q of assembleFrom(pool, { count: 10, seed })) {
        familySeen.set(q.family, (familySeen.get(q.family) ?? 0) + 1);
        for (const id of q.factIds) if (!(q.supportIds ?? []).includes(id)) factSeen.set(id, (factSeen.get(id) ?? 0) + 1);
      }
    expect(Math.max(...factSeen.values())).toBeLessThan(SEEDS);
    const size = (f: string) => pool.filter((q) => q.family === f).length;
    const fams = [...new Set(pool.map((q) => q.family))].sort((a, b) => size(b) - size(a));
    const biggest = fams[0]!;
    const smallest = fams[fams.length - 1]!;
    expect(familySeen.get(biggest) ?? 0).toBeGreaterThan(familySeen.get(smallest) ?? 0);
  });

  it("no identical prompts, no shared slot, and no prompt, option or quote printing another question's key", () => {
    const runs = [...Array.from({ length: SEEDS }, (_, seed) => ({ seed, events: undefined as string[] | undefined })), ...events.map((e, i) => ({ seed: i, events: [e.id] }))];
    for (const run of runs) {
      const quiz = assembleFrom(pool, { count: 10, seed: run.seed, ...(run.events ? { events: run.events } : {}) });
      const prompts = quiz.map((q) => fold(q.prompt));
      expect(new Set(prompts).size, `seed ${run.seed}`).toBe(prompts.length);
      for (const a of quiz)
        for (const b of quiz) {
          if (a === b) continue;
          expect(givesAway(a, b), `${a.prompt} / ${b.prompt}`).toBe(false);
          const key = nameKey(b);
          // A side ("Soviet") or a unit gives a question away only on the same event.
          const applies = GLOBAL.includes(b.family) || a.eventIds.some((e) => b.eventIds.includes(e));
          if (key && applies && fold(key).length >= 4) expect(shown(a).includes(` ${fold(key)} `), `“${a.prompt}” prints the key of “${b.prompt}”: ${key}`).toBe(false);
          // A typed figure of one event, printed in another question on that event.
          if (b.answer.kind === "number" && b.answer.min >= 100 && a.eventIds.some((e) => b.eventIds.includes(e))) {
            expect(figuresShown(a).has(b.answer.min), `“${a.prompt}” prints ${b.answer.min}`).toBe(false);
          }
        }
    }
  });

  it("every event yields a full default round, never asking which event it is", () => {
    for (const ev of events)
      for (let seed = 0; seed < 4; seed++) {
        const quiz = assembleFrom(pool, { count: 10, seed, events: [ev.id] });
        expect(quiz.length, `${ev.id} seed ${seed}`).toBe(10);
        expect(quiz.filter(lowChoice).length).toBeLessThanOrEqual(3);
        for (const q of quiz) {
          expect(q.prompt).not.toMatch(/In which of these did .* hold a command\?/);
          const key = q.answer.kind === "choice" ? q.options?.find((o) => o.id === (q.answer as { optionId: string }).optionId)?.text : undefined;
          if (key) expect(fold(key).replace(/ \d{4}$/, ""), q.prompt).not.toBe(fold(ev.name));
        }
      }
  });

  it("context facts do not block: a side's belligerent is support in a casualty question", () => {
    const q = pool.find((x) => x.family === "casualties" && x.format === "number")!;
    const bell = events.flatMap((e) => e.facts).filter((f) => f.kind === "belligerent" && q.factIds.includes(f.id));
    expect(bell.length).toBeGreaterThan(0);
    for (const f of bell) expect(q.supportIds).toContain(f.id);
    // …while a question about belligerents keeps them as what it asks.
    const b = pool.find((x) => x.family === "belligerents")!;
    expect(b.supportIds ?? []).toEqual([]);
  });

  it("'Which event … took place …?' has exactly one studied event that fits its clue", () => {
    const identify = pool.filter((q) => q.templateId === "names.identify.choice");
    expect(identify.length).toBeGreaterThan(0);
    const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    for (const q of identify) {
      const m = /in ((?:[A-Z][a-z]+ )?\d{4}|[A-Z][a-z]+(?:–[A-Z][a-z]+)? \d{4})\?$/.exec(q.prompt);
      expect(m, q.prompt).not.toBeNull();
      const year = Number(/\d{4}/.exec(m![1]!)![0]);
      const months = [...m![1]!.matchAll(/[A-Z][a-z]+/g)].map((x) => MONTHS.indexOf(x[0]) + 1).filter((x) => x > 0);
      const lo = `${year}-${String(months[0] ?? 1).padStart(2, "0")}`;
      const hi = `${year}-${String(months[months.length - 1] ?? 12).padStart(2, "0")}`;
      const war = /Which event of the (.+?) took place/.exec(q.prompt)?.[1];
      const fits = events.filter((e) => e.date && e.date.start.slice(0, 7) <= hi && e.date.end.slice(0, 7) >= lo && (!war || !e.partOf || fold(e.partOf).includes(fold(war)) || fold(war).includes(fold(e.partOf))));
      const at = /took place (?:at|in|near) (?:the )?(.+?) in /.exec(q.prompt)?.[1];
      const fitsPlace = at ? fits.filter((e) => !e.place || fold(e.place).includes(fold(at).split(" ")[0]!)) : fits;
      expect(fitsPlace.length, `${q.prompt}: ${fitsPlace.map((e) => e.name).join(", ")}`).toBe(1);
    }
  });
});
