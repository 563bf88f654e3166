import { describe, expect, it } from "vitest";
import { studyDayOf } from "../../../lib/study/days";
import { generateDemoHistory } from "../../../lib/study/demo";
import { streak } from "../../../lib/study/progress";
import { review, type CardState } from "../../../lib/study/scheduler";
import { DEFAULT_SETTINGS } from "../../../lib/study/settings";

const NOW = new Date("2026-12-01T09:00:00Z");
const settings = { ...DEFAULT_SETTINGS, timeZone: "Europe/Berlin" };
const cards = Array.from({ length: 120 }, (_, i) => ({ cardKey: `c${i}`, eventIds: [`e${i % 6}`], wars: [i % 2 ? "War A" : "War B"] }));

describe("demo history", () => {
  const h = generateDemoHistory(cards, { seed: "alice", now: NOW, settings });

  it("is a pure function of its seed", () => {
    expect(generateDemoHistory(cards, { seed: "alice", now: NOW, settings })).toEqual(h);
    expect(generateDemoHistory(cards, { seed: "bob", now: NOW, settings }).logs).not.toEqual(h.logs);
  });

  it("spans about 30 study days, all in the past, in time order", () => {
    const days = new Set(h.logs.map((l) => studyDayOf(new Date(l.reviewedAt), settings.timeZone)));
    expect(days.size).toBeGreaterThanOrEqual(18);
    expect(days.size).toBeLessThanOrEqual(30);
    for (let i = 1; i < h.logs.length; i++) expect(h.logs[i]!.reviewedAt >= h.logs[i - 1]!.reviewedAt).toBe(true);
    expect(h.logs.at(-1)!.reviewedAt < NOW.toISOString()).toBe(true);
    expect(h.logs[0]!.reviewedAt > new Date(NOW.getTime() - 31 * 86_400_000).toISOString()).toBe(true);
    expect(streak(h.logs, NOW, settings.timeZone).current).toBeGreaterThanOrEqual(3);
  });

  it("replays exactly through the real scheduler and ends in the states it reports", () => {
    const states = new Map<string, CardState>();
    for (const l of h.logs) {
      const before = states.get(l.cardKey) ?? null;
      expect(l.before).toEqual(before);
      const r = review(before, l.rating, new Date(l.reviewedAt), settings);
      expect(r.state).toEqual(l.after);
      states.set(l.cardKey, r.state);
    }
    expect(Object.fromEntries(states)).toEqual(h.states);
  });

  it("introduces new cards within the daily allowance and mixes grades", () => {
    const perDay = new Map<string, number>();
    for (const l of h.logs) if (l.before === null) perDay.set(studyDayOf(new Date(l.reviewedAt), settings.timeZone), (perDay.get(studyDayOf(new Date(l.reviewedAt), settings.timeZone)) ?? 0) + 1);
    for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(settings.newCardsPerDay / 2);
    const ratings = new Set(h.logs.map((l) => l.rating));
    expect(ratings).toContain("again");
    expect(ratings).toContain("good");
    const again = h.logs.filter((l) => l.rating === "again").length / h.logs.length;
    expect(again).toBeGreaterThan(0.03);
    expect(again).toBeLessThan(0.4);
    expect(Object.values(h.states).some((s) => s.phase === "review" && s.scheduledDays >= 7)).toBe(true);
  });
});
