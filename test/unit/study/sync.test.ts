import { describe, expect, it } from "vitest";
import { parseRating, review } from "../../../lib/study/scheduler";
import { syncCards, type StoredCard } from "../../../lib/study/sync";

const T0 = new Date("2026-04-01T12:00:00Z");
const NOW = new Date("2026-04-03T12:00:00Z");

describe("syncing stored cards with rebuilt content", () => {
  let state = review(null, "good", T0).state;
  state = review(state, "good", new Date(state.due)).state; // in review, due days later
  const built: { cardKey: string; factVersions: Record<string, string> }[] = [
    { cardKey: "same", factVersions: { f1: "v1" } },
    { cardKey: "changed", factVersions: { f2: "v3" } },
    { cardKey: "fresh", factVersions: { f4: "v1" } },
  ];
  const stored: StoredCard[] = [
    { cardKey: "same", factVersions: { f1: "v1" }, state },
    { cardKey: "changed", factVersions: { f2: "v2" }, state },
    { cardKey: "gone", factVersions: { f3: "v1" }, state },
  ];

  it("marks cards whose facts changed as updated and due now, keeping their memory", () => {
    expect(new Date(state.due).getTime()).toBeGreaterThan(NOW.getTime());
    const s = syncCards(stored, built, NOW);
    expect(s.updated).toEqual([{ cardKey: "changed", state: { ...state, due: NOW.toISOString() }, factVersions: { f2: "v3" }, changedFactIds: ["f2"] }]);
    expect(s.retired).toEqual(["gone"]);
    expect(s.added).toEqual(["fresh"]);
  });

  it("has nothing to do when nothing changed", () => {
    expect(syncCards([stored[0]!], [built[0]!], NOW)).toEqual({ updated: [], retired: [], added: [] });
  });
});

describe("parseRating", () => {
  it("accepts names and Anki's keys 1–4, rejects the rest", () => {
    expect(parseRating("good")).toBe("good");
    expect(parseRating(" Easy ")).toBe("easy");
    expect(parseRating(1)).toBe("again");
    expect(parseRating("2")).toBe("hard");
    expect(() => parseRating(0)).toThrow(/Unknown rating/);
    expect(() => parseRating("5")).toThrow(/Unknown rating/);
    expect(() => parseRating(null)).toThrow(/Unknown rating/);
  });
});
