import { fc, test as fcTest } from "@fast-check/vitest";
import { fsrs, generatorParameters } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { formatInterval, makeDueNow, newCardState, preview, RATINGS, retrievability, review, StaleUndoError, undo, type CardState, type Rating } from "../../../lib/study/scheduler";
import { DEFAULT_SETTINGS } from "../../../lib/study/settings";

const DAY = 86_400_000;
const T0 = new Date("2026-01-05T18:00:00Z");

/** Reviews a new card until it graduates to "review" with Good, returning the state and the clock. */
function graduate(now = T0): { state: CardState; now: Date } {
  let state: CardState | null = null;
  let t = now;
  for (let i = 0; i < 10 && state?.phase !== "review"; i++) {
    state = review(state, "good", t).state;
    t = new Date(state.due);
  }
  return { state: state!, now: t };
}

describe("review", () => {
  it("introduces a new card into learning and records the review", () => {
    const { state, log } = review(null, "good", T0);
    expect(state.phase).toBe("learning");
    expect(state.reps).toBe(1);
    expect(state.lastReview).toBe(T0.toISOString());
    expect(new Date(state.due).getTime()).toBeGreaterThan(T0.getTime());
    expect(log).toMatchObject({ rating: "good", reviewedAt: T0.toISOString(), before: null, after: state, elapsedDays: 0 });
  });

  it("grows the interval on Good over simulated days and shrinks it on Again", () => {
    let { state, now } = graduate();
    const intervals: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = review(state, "good", now);
      intervals.push(r.log.scheduledDays);
      expect(r.log.elapsedDays).toBeGreaterThanOrEqual(1);
      state = r.state;
      now = new Date(state.due);
    }
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]!).toBeGreaterThan(intervals[i - 1]!);
    expect(intervals.at(-1)!).toBeGreaterThan(60);

    const lapse = review(state, "again", now);
    expect(lapse.state.phase).toBe("relearning");
    expect(lapse.state.lapses).toBe(state.lapses + 1);
    expect(lapse.state.stability).toBeLessThan(state.stability);
    // Relearn, then the next interval is far shorter than before the lapse.
    let s = lapse.state;
    let t = new Date(s.due);
    while (s.phase !== "review") {
      s = review(s, "good", t).state;
      t = new Date(s.due);
    }
    expect(s.scheduledDays).toBeLessThan(intervals.at(-1)! / 2);
  });

  it("orders the four grades' intervals Again < Hard < Good < Easy for a review card", () => {
    const { state, now } = graduate();
    const later = new Date(new Date(state.due).getTime());
    const due = RATINGS.map((r) => new Date(review(state, r, later).state.due).getTime());
    for (let i = 1; i < due.length; i++) expect(due[i]!).toBeGreaterThan(due[i - 1]!);
    expect(now.getTime()).toBeGreaterThan(T0.getTime());
  });

  it("schedules shorter intervals for a higher desired retention", () => {
    const { state, now } = graduate();
    const low = review(state, "good", now, { desiredRetention: 0.8 }).state;
    const high = review(state, "good", now, { desiredRetention: 0.97 }).state;
    expect(new Date(high.due).getTime()).toBeLessThan(new Date(low.due).getTime());
  });

  it("is deterministic and its state survives JSON (dates as ISO strings)", () => {
    const a = review(null, "easy", T0);
    const b = review(null, "easy", T0);
    expect(a).toEqual(b);
    const stored = JSON.parse(JSON.stringify(a.state)) as CardState;
    expect(stored).toEqual(a.state);
    expect(typeof stored.due).toBe("string");
    expect(stored.due).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const t = new Date(new Date(stored.due).getTime() + DAY);
    expect(review(stored, "good", t)).toEqual(review(a.state, "good", t));
  });

  it("rejects unknown ratings and bad dates", () => {
    expect(() => review(null, "perfect" as Rating, T0)).toThrow(/Unknown rating/);
    expect(() => review({ ...newCardState(T0), due: "yesterday" }, "good", T0)).toThrow(/Invalid due/);
    expect(() => review(null, "good", T0, { desiredRetention: 1.2 })).toThrow(/desiredRetention/);
    const s = review(null, "good", T0).state;
    expect(() => review(s, "good", new Date(T0.getTime() - 1000))).toThrow(/before the card's last review/);
  });
});

describe("preview", () => {
  it("shows for each grade exactly what review would do", () => {
    const { state, now } = graduate();
    const p = preview(state, now, DEFAULT_SETTINGS);
    for (const r of RATINGS) {
      const actual = review(state, r, now).state;
      expect(p[r].due).toBe(actual.due);
      expect(p[r].phase).toBe(actual.phase);
      expect(p[r].interval).toBe(formatInterval(new Date(actual.due).getTime() - now.getTime()));
    }
  });

  it("labels a new card's buttons with minute steps and days", () => {
    const p = preview(null, T0);
    expect(p.again.interval).toMatch(/^\d+m$/);
    expect(p.hard.interval).toMatch(/^\d+m$/);
    expect(p.easy.interval).toMatch(/^\d+d$/);
  });

  it("formats durations as short human text", () => {
    expect(formatInterval(30_000)).toBe("1m");
    expect(formatInterval(10 * 60_000)).toBe("10m");
    expect(formatInterval(3 * 3_600_000)).toBe("3h");
    expect(formatInterval(DAY)).toBe("1d");
    expect(formatInterval(4 * DAY)).toBe("4d");
    expect(formatInterval(60 * DAY)).toBe("2mo");
    expect(formatInterval(45 * DAY)).toBe("1.5mo");
    expect(formatInterval(730 * DAY)).toBe("2y");
  });
});

describe("undo", () => {
  it("restores the exact state before the review, and null for a card that was new", () => {
    const first = review(null, "good", T0);
    expect(undo(first.state, first.log)).toBeNull();
    const { state, now } = graduate();
    for (const r of RATINGS) {
      const next = review(state, r, new Date(now.getTime() + 3 * DAY));
      expect(undo(next.state, next.log)).toEqual(state);
    }
  });

  it("restores a stored never-reviewed row exactly too", () => {
    const row = newCardState(new Date("2026-01-01T00:00:00Z"));
    const r = review(row, "hard", T0);
    expect(r.log.before).toEqual(row);
    expect(undo(r.state, r.log)).toEqual(row);
  });

  it("refuses to undo a review the card has moved past", () => {
    const { state, now } = graduate();
    const a = review(state, "good", now);
    const b = review(a.state, "good", new Date(a.state.due));
    expect(() => undo(b.state, a.log)).toThrow(StaleUndoError);
    expect(undo(undo(b.state, b.log)!, a.log)).toEqual(state);
  });

  fcTest.prop([
    fc.array(fc.record({ rating: fc.constantFrom<Rating>(...RATINGS), gapMinutes: fc.integer({ min: 0, max: 200 * 24 * 60 }) }), { minLength: 1, maxLength: 12 }),
    fc.constantFrom(0.8, 0.9, 0.95),
  ])("any sequence of reviews unwinds exactly, newest first", (steps, desiredRetention) => {
    let state: CardState | null = null;
    let t = T0.getTime();
    const history: { before: CardState | null; after: CardState; log: ReturnType<typeof review>["log"] }[] = [];
    for (const s of steps) {
      t += s.gapMinutes * 60_000;
      const r = review(state, s.rating, new Date(t), { desiredRetention });
      history.push({ before: state, after: r.state, log: r.log });
      state = r.state;
    }
    for (const h of history.reverse()) {
      expect(state).toEqual(h.after);
      state = undo(state!, h.log);
      expect(state).toEqual(h.before);
    }
    expect(state).toBeNull();
  });
});

describe("retrievability", () => {
  it("is null for unseen cards, about the desired retention when due, and falls with time", () => {
    expect(retrievability(null, T0)).toBeNull();
    expect(retrievability(newCardState(T0), T0)).toBeNull();
    const { state, now } = graduate();
    const r = review(state, "good", now).state;
    const atDue = retrievability(r, new Date(r.due))!;
    expect(atDue).toBeGreaterThan(0.85);
    expect(atDue).toBeLessThan(0.95);
    const later = retrievability(r, new Date(new Date(r.due).getTime() + 30 * DAY))!;
    expect(later).toBeLessThan(atDue);
    expect(retrievability(r, new Date(r.lastReview!))!).toBeGreaterThan(0.99);
  });

  it("matches ts-fsrs at whole days and falls smoothly within a day", () => {
    const { state, now } = graduate();
    const r = review(state, "good", now).state;
    const f = fsrs(generatorParameters());
    for (const d of [0, 1, 3, 10, 45]) {
      const t = new Date(Date.parse(r.lastReview!) + d * DAY);
      expect(retrievability(r, t)).toBeCloseTo(f.get_retrievability({ ...r, due: r.due, last_review: r.lastReview, state: 2, elapsed_days: r.elapsedDays, scheduled_days: r.scheduledDays, learning_steps: r.learningSteps }, t, false), 7);
    }
    const morning = retrievability(r, new Date(Date.parse(r.lastReview!) + 2 * 3_600_000))!;
    const evening = retrievability(r, new Date(Date.parse(r.lastReview!) + 14 * 3_600_000))!;
    expect(evening).toBeLessThan(morning);
    expect(morning).toBeLessThan(1);
  });

  it("makeDueNow keeps memory and only moves a future due date to now", () => {
    const { state, now } = graduate();
    const moved = makeDueNow(state, now);
    expect(moved).toEqual({ ...state, due: now.toISOString() });
    const overdue = makeDueNow(state, new Date(new Date(state.due).getTime() + DAY));
    expect(overdue).toBe(state);
  });
});
