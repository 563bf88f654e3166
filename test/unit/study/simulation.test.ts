/** A student studying every evening for two months, through the real queue and scheduler. */
import { describe, expect, it } from "vitest";
import { addDays, studyDayOf, studyDayStart } from "../../../lib/study/days";
import { buildQueue, newIntroducedOn, type QueueCard } from "../../../lib/study/queue";
import { review, type CardState, type Rating, type ReviewRecord } from "../../../lib/study/scheduler";

const TZ = "Asia/Tokyo";
const SETTINGS = { desiredRetention: 0.9, newCardsPerDay: 5, timeZone: TZ };

function simulate(days: number, grade: (key: string, firstToday: boolean) => Rating) {
  const cards: QueueCard[] = Array.from({ length: 40 }, (_, i) => ({ cardKey: `c${String(i).padStart(2, "0")}`, eventIds: ["e"], wars: ["w"], state: null }));
  const logs: (ReviewRecord & { cardKey: string })[] = [];
  const perDay: number[] = [];
  let day = "2026-05-01";
  for (let d = 0; d < days; d++, day = addDays(day, 1)) {
    // 21:00 local: 17 hours after the 04:00 rollover.
    let t = studyDayStart(day, TZ).getTime() + 17 * 3_600_000;
    let count = 0;
    const seenToday = new Set<string>();
    for (let guard = 0; guard < 200; guard++) {
      const now = new Date(t);
      const q = buildQueue(cards, { now, settings: SETTINGS, newIntroducedToday: newIntroducedOn(logs, now, TZ) });
      const next = q.entries[0];
      if (!next) break;
      const r = review(next.card.state, grade(next.card.cardKey, !seenToday.has(next.card.cardKey)), now, SETTINGS);
      seenToday.add(next.card.cardKey);
      next.card.state = r.state;
      logs.push({ ...r.log, cardKey: next.card.cardKey });
      count++;
      t += 20_000;
    }
    perDay.push(count);
  }
  return { cards, logs, perDay };
}

describe("simulated study", () => {
  it("introduces exactly the daily allowance, reviews every due card, and intervals grow on Good", () => {
    const { cards, logs } = simulate(60, () => "good");
    const introduced = new Map<string, number>();
    for (const l of logs) if (l.before === null) introduced.set(studyDayOf(new Date(l.reviewedAt), TZ), (introduced.get(studyDayOf(new Date(l.reviewedAt), TZ)) ?? 0) + 1);
    // 40 cards at 5 a day: 8 days of new cards.
    expect([...introduced.values()]).toEqual([5, 5, 5, 5, 5, 5, 5, 5]);
    const end = new Date(studyDayStart("2026-06-30", TZ).getTime() + 18 * 3_600_000);
    for (const c of cards) {
      // Nothing left overdue after the last session.
      expect(new Date(c.state!.due).getTime()).toBeGreaterThan(end.getTime() - 3_600_000);
      const intervals = logs.filter((l) => l.cardKey === c.cardKey && l.after.phase === "review").map((l) => l.scheduledDays);
      for (let i = 1; i < intervals.length; i++) expect(intervals[i]!).toBeGreaterThan(intervals[i - 1]!);
    }
  });

  it("brings back daily a card forgotten every night, while its siblings space out", () => {
    // c00 is failed at its first showing each day and recalled once relearnt.
    const { logs } = simulate(40, (key, firstToday) => (key === "c00" && firstToday ? "again" : "good"));
    const failed = logs.filter((l) => l.cardKey === "c00");
    const good = logs.filter((l) => l.cardKey === "c01");
    const daysOf = (xs: typeof logs) => new Set(xs.map((l) => studyDayOf(new Date(l.reviewedAt), TZ))).size;
    expect(daysOf(failed)).toBeGreaterThan(2 * daysOf(good));
    const lastFailed: CardState = failed.at(-1)!.after;
    expect(lastFailed.lapses).toBeGreaterThan(0);
    expect(lastFailed.stability).toBeLessThan(good.at(-1)!.after.stability);
  });
});
