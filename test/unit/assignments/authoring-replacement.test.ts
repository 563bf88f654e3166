/** Choosing a replacement question and drawing a drawn assignment's questions, on the fixture corpus. */
import { describe, expect, it } from "vitest";
import { assembleDraftQuestions, blueprintSchema, canonicalBlueprint, drawForAttempt, matchesBlueprint, type Blueprint } from "../../../lib/assignments/blueprint";
import { chooseReplacement, clashes, isSibling, replacementCandidates } from "../../../lib/assignments/replacement";
import { FORMATS, generateQuestions } from "../../../lib/questions";
import { givesAway, printsKeyOf } from "../../../lib/questions/assemble";
import { fixtureCorpus } from "../questions/fixtures";

const pool = generateQuestions(fixtureCorpus());
const blueprint = (over: Partial<Blueprint> = {}): Blueprint => ({ eventIds: [], families: [], formats: [], count: 8, seed: "unit", excludedQuestionIds: [], ...over });

describe("blueprint", () => {
  it("parses, dedupes and canonicalises filters", () => {
    const parsed = blueprintSchema.parse({ eventIds: ["a", "a"], families: ["dates"], formats: [...FORMATS], count: 10, seed: "s-1" });
    expect(parsed.eventIds).toEqual(["a"]);
    expect(canonicalBlueprint(parsed).formats).toEqual([]);
    expect(blueprintSchema.safeParse({ eventIds: [], families: [], formats: [], count: 0, seed: "s" }).success).toBe(false);
    expect(blueprintSchema.safeParse({ eventIds: [], families: [], formats: [], count: 51, seed: "s" }).success).toBe(false);
    expect(blueprintSchema.safeParse({ eventIds: [], families: ["spelling"], formats: [], count: 5, seed: "s" }).success).toBe(false);
  });

  it("a drawn draft freezes a pool of up to three times the count, all matching the blueprint", () => {
    const bp = blueprint({ formats: ["choice", "shortAnswer"], count: 5 });
    const fixed = assembleDraftQuestions(pool, bp, "fixed");
    const drawn = assembleDraftQuestions(pool, bp, "drawn");
    expect(fixed).toHaveLength(5);
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThanOrEqual(15);
    expect(drawn.every((q) => matchesBlueprint(q, bp))).toBe(true);
    expect(new Set(drawn.map((q) => q.family)).size).toBeGreaterThan(2);
  });

  it("each attempt draws count questions of the pool, the same for the same seed, different for another student", () => {
    const bp = blueprint({ count: 5 });
    const frozen = assembleDraftQuestions(pool, bp, "drawn").map((question, i) => ({ key: `row-${i}`, question }));
    const a = drawForAttempt(frozen, 5, "draw|x|alice|1");
    expect(a).toHaveLength(5);
    expect(new Set(a).size).toBe(5);
    expect(drawForAttempt(frozen, 5, "draw|x|alice|1")).toEqual(a);
    const others = ["bob", "carol", "dave", "erin"].map((u) => drawForAttempt(frozen, 5, `draw|x|${u}|1`).join());
    expect(others.some((o) => o !== a.join())).toBe(true);
    // A pool smaller than the count gives all of it.
    expect(drawForAttempt(frozen.slice(0, 3), 5, "s").sort()).toEqual(["row-0", "row-1", "row-2"]);
  });
});

describe("replacement", () => {
  const bp = blueprint({ count: 8 });
  const set = assembleDraftQuestions(pool, bp, "fixed");

  it("offers questions that match the blueprint, are not in the set and give none of the others away", () => {
    expect(set).toHaveLength(8);
    const replaced = set[2]!;
    const candidates = replacementCandidates(pool, bp, set, replaced, "r1");
    expect(candidates.length).toBeGreaterThan(0);
    const staying = set.filter((q) => q !== replaced);
    for (const c of candidates) {
      expect(set.map((q) => q.id)).not.toContain(c.id);
      expect(matchesBlueprint(c, bp)).toBe(true);
      for (const other of staying) {
        expect(givesAway(c, other)).toBe(false);
        expect(printsKeyOf(c, other)).toBe(false);
      }
    }
  });

  it("prefers another fact, then the same format, then the same family; deterministic for a seed", () => {
    const replaced = set[0]!;
    const candidates = replacementCandidates(pool, bp, set, replaced, "r2");
    const sameFormat = candidates.filter((q) => q.format === replaced.format);
    if (sameFormat.length) expect(candidates[0]!.format).toBe(replaced.format);
    // Questions on the replaced question's own fact come after every other.
    let siblingsSeen = 0;
    for (const r of set) {
      const c = replacementCandidates(pool, bp, set, r, "r5");
      const firstSibling = c.findIndex((q) => isSibling(q, r));
      if (firstSibling < 0) continue;
      siblingsSeen++;
      expect(c.slice(firstSibling).every((q) => isSibling(q, r))).toBe(true);
    }
    // The pool has a "…begin?" for every "…end?": some question of the set has a sibling to push back.
    expect(siblingsSeen).toBeGreaterThan(0);
    expect(chooseReplacement(pool, bp, set, replaced, "r2")?.id).toBe(candidates[0]!.id);
    expect(replacementCandidates(pool, bp, set, replaced, "r2").map((q) => q.id)).toEqual(candidates.map((q) => q.id));
    // A question the teacher dropped or replaced before is never offered again.
    const again = replacementCandidates(pool, { ...bp, excludedQuestionIds: [candidates[0]!.id] }, set, replaced, "r2");
    expect(again.map((q) => q.id)).not.toContain(candidates[0]!.id);
    expect(again).toHaveLength(candidates.length - 1);
  });

  it("never offers a question that clashes with one that stays, and respects the blueprint's filters", () => {
    const typed = blueprint({ formats: ["shortAnswer"], count: 4 });
    const typedSet = assembleDraftQuestions(pool, typed, "fixed");
    const choice = chooseReplacement(pool, typed, typedSet, typedSet[0]!, "r3");
    expect(choice?.format).toBe("shortAnswer");
    // A question that asks the same thing as one that stays is a clash.
    const twin = pool.find((q) => q.id !== typedSet[1]!.id && q.asks.some((s) => typedSet[1]!.asks.includes(s)));
    if (twin) expect(clashes(twin, typedSet[1]!)).toBe(true);
    expect(clashes(typedSet[1]!, typedSet[1]!)).toBe(true);
  });

  it("returns null when nothing fits", () => {
    const one = blueprint({ eventIds: [set[0]!.eventIds[0]!], formats: ["trueFalse"], families: ["result"], count: 1 });
    const tiny = assembleDraftQuestions(pool, one, "fixed");
    const rest = pool.filter((q) => matchesBlueprint(q, one));
    // Replacing from a pool that holds only the set itself finds nothing.
    expect(chooseReplacement(tiny, one, tiny, tiny[0] ?? rest[0]!, "r4")).toBeNull();
  });
});
