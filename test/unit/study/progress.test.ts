import { describe, expect, it } from "vitest";
import { accuracyByDay, dueForecast, masteryByEvent, masteryByFamily, reviewHeatmap, streak, weakestCards, type ProgressCard } from "../../../lib/study/progress";
import { retrievability, review, type CardState, type Rating } from "../../../lib/study/scheduler";

const DAY = 86_400_000;
const TZ = "America/New_York";
// 2026-02-10 15:00 in New York (UTC-5).
const NOW = new Date("2026-02-10T20:00:00Z");
const at = (local: string) => new Date(`${local}-05:00`).toISOString();

function log(local: string, rating: Rating = "good") {
  return { reviewedAt: at(local), rating };
}

describe("streak", () => {
  it("is zero with no reviews", () => {
    expect(streak([], NOW, TZ)).toEqual({ current: 0, longest: 0, studiedToday: false });
  });

  it("counts consecutive study days up to today", () => {
    const logs = [log("2026-02-08T10:00"), log("2026-02-09T10:00"), log("2026-02-10T09:00"), log("2026-02-10T09:05")];
    expect(streak(logs, NOW, TZ)).toEqual({ current: 3, longest: 3, studiedToday: true });
  });

  it("is not broken by today not yet studied, but is by a missed yesterday", () => {
    expect(streak([log("2026-02-08T10:00"), log("2026-02-09T22:00")], NOW, TZ)).toMatchObject({ current: 2, studiedToday: false });
    expect(streak([log("2026-02-07T10:00"), log("2026-02-08T10:00")], NOW, TZ)).toMatchObject({ current: 0, longest: 2 });
  });

  it("counts a review at 03:30 local for the evening before, at 04:30 for the new day", () => {
    // Studied the evening of the 8th and then only past midnight: 03:30 on the 10th belongs to the 9th.
    const late = [log("2026-02-08T20:00"), log("2026-02-10T03:30")];
    expect(streak(late, NOW, TZ)).toMatchObject({ current: 2, studiedToday: false });
    const early = [log("2026-02-08T20:00"), log("2026-02-10T04:30")];
    expect(streak(early, NOW, TZ)).toMatchObject({ current: 1, studiedToday: true, longest: 1 });
  });

  it("depends on the student's zone", () => {
    // New York: both reviews on the 9th (10:00, 21:00), today the 10th → 1.
    // Tokyo: 00:00 on the 10th (still the 9th's study day) and 11:00 on the 10th; now is 05:00 on the 11th → 2.
    const logs = [{ reviewedAt: "2026-02-09T15:00:00Z" }, { reviewedAt: "2026-02-10T02:00:00Z" }];
    expect(streak(logs, NOW, TZ).current).toBe(1);
    expect(streak(logs, NOW, "Asia/Tokyo").current).toBe(2);
  });

  it("finds the longest run across gaps and ignores future reviews", () => {
    const logs = ["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04", "2026-01-10", "2026-02-09", "2026-02-10", "2026-02-12"].map((d) => log(`${d}T12:00`));
    expect(streak(logs, NOW, TZ)).toEqual({ current: 2, longest: 4, studiedToday: true });
  });
});

describe("heatmap and accuracy", () => {
  const logs = [log("2026-02-10T09:00"), log("2026-02-10T10:00", "again"), log("2026-02-09T03:59"), log("2025-01-01T12:00"), log("2026-01-20T12:00", "hard")];

  it("gives a full year of study days with counts, oldest first", () => {
    const h = reviewHeatmap(logs, NOW, TZ);
    expect(h).toHaveLength(365);
    expect(h.at(-1)).toEqual({ day: "2026-02-10", count: 2 });
    expect(h[0]!.day).toBe("2025-02-11");
    expect(h.find((d) => d.day === "2026-02-08")!.count).toBe(1); // 03:59 on the 9th
    expect(h.reduce((n, d) => n + d.count, 0)).toBe(4); // the 2025-01-01 review is over a year ago
  });

  it("gives accuracy per study day (Again is wrong, Hard is recalled)", () => {
    expect(accuracyByDay(logs, NOW, TZ)).toEqual([
      { day: "2026-01-20", reviews: 1, correct: 1, accuracy: 1 },
      { day: "2026-02-08", reviews: 1, correct: 1, accuracy: 1 },
      { day: "2026-02-10", reviews: 2, correct: 1, accuracy: 0.5 },
    ]);
    expect(accuracyByDay(logs, NOW, TZ, 7).map((d) => d.day)).toEqual(["2026-02-08", "2026-02-10"]);
  });
});

function studiedAt(start: Date, ratings: Rating[]): CardState {
  let s: CardState | null = null;
  let t = start.getTime();
  for (const r of ratings) {
    s = review(s, r, new Date(t)).state;
    t = Math.max(t + 60_000, new Date(s.due).getTime());
  }
  return s!;
}

describe("mastery, forecast and weakest cards", () => {
  const strong = studiedAt(new Date(NOW.getTime() - 40 * DAY), ["good", "good", "good", "good", "good"]);
  const weak = studiedAt(new Date(NOW.getTime() - 90 * DAY), ["good", "again", "good"]);
  const cards: ProgressCard[] = [
    { cardKey: "s", eventIds: ["e1"], family: "dates", factIds: ["f1"], state: strong },
    { cardKey: "w", eventIds: ["e1"], family: "commanders", factIds: ["f2"], state: weak },
    { cardKey: "n", eventIds: ["e2"], family: "dates", factIds: ["f3"], state: null },
  ];

  it("averages recall per event and family, unstudied cards counting zero", () => {
    const byEvent = masteryByEvent(cards, NOW);
    const rs = retrievability(strong, NOW)!;
    const rw = retrievability(weak, NOW)!;
    expect(byEvent.map((m) => m.key)).toEqual(["e1", "e2"]);
    expect(byEvent[0]!.mastery).toBeCloseTo((rs + rw) / 2, 10);
    expect(byEvent[0]!.studied).toBe(2);
    expect(byEvent[1]).toEqual({ key: "e2", cards: 1, studied: 0, mastered: 0, mastery: 0 });
    const dates = masteryByFamily(cards, NOW).find((m) => m.key === "dates")!;
    expect(dates.mastery).toBeCloseTo(rs / 2, 10);
    expect(dates.mastered).toBe(rs >= 0.9 ? 1 : 0);
  });

  it("lists the weakest studied cards first", () => {
    const w = weakestCards(cards, NOW);
    expect(w.map((x) => x.card.cardKey)).toEqual(["w", "s"]);
    expect(w[0]!.retrievability).toBeLessThan(w[1]!.retrievability);
    expect(weakestCards(cards, NOW, 1)).toHaveLength(1);
  });

  it("forecasts due cards for 7 study days, overdue ones today", () => {
    const mk = (due: string): { state: CardState } => ({ state: { ...strong, due } });
    const f = dueForecast([mk(at("2026-01-01T12:00")), mk(at("2026-02-11T03:00")), mk(at("2026-02-11T05:00")), mk(at("2026-02-16T12:00")), mk(at("2026-02-17T12:00")), { state: null }], NOW, TZ);
    expect(f.map((d) => d.day)).toEqual(["2026-02-10", "2026-02-11", "2026-02-12", "2026-02-13", "2026-02-14", "2026-02-15", "2026-02-16"]);
    expect(f.map((d) => d.count)).toEqual([2, 1, 0, 0, 0, 0, 1]);
  });
});
