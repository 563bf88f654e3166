import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { buildQueue, inScope, isDue, newIntroducedOn, type QueueCard } from "../../../lib/study/queue";
import { retrievability, review, type CardState, type Rating } from "../../../lib/study/scheduler";

const DAY = 86_400_000;
const TZ = "Europe/Berlin";
const settings = { newCardsPerDay: 3, timeZone: TZ };

/** A studied card: graded Good into review at `start`, then left alone. */
function studied(start: Date, ratings: Rating[] = ["good", "good"]): CardState {
  let s: CardState | null = null;
  let t = start.getTime();
  for (const r of ratings) {
    s = review(s, r, new Date(t)).state;
    t = Math.max(t + 60_000, new Date(s.due).getTime());
  }
  return s!;
}

function card(key: string, state: CardState | null, eventId = "e1", war = "War A"): QueueCard {
  return { cardKey: key, eventIds: [eventId], wars: [war], state };
}

describe("daily queue", () => {
  const now = new Date("2026-03-10T17:00:00Z"); // 18:00 in Berlin

  it("puts due cards first, lowest retrievability first, then new cards in the given order", () => {
    const long = studied(new Date(now.getTime() - 60 * DAY)); // due weeks ago: low recall
    const recent = studied(new Date(now.getTime() - 4 * DAY)); // due about now
    const notDue = studied(new Date(now.getTime() - 1 * DAY));
    const cards = [card("n1", null), card("recent", recent), card("n2", null), card("long", long), card("later", notDue), card("n3", null)];
    const q = buildQueue(cards, { now, settings: { newCardsPerDay: 20, timeZone: TZ }, newIntroducedToday: 0 });
    expect(q.entries.map((e) => e.card.cardKey)).toEqual(["long", "recent", "n1", "n2", "n3"]);
    expect(q.entries[0]!.retrievability!).toBeLessThan(q.entries[1]!.retrievability!);
    expect(q.entries[0]!.retrievability).toBeCloseTo(retrievability(long, now)!, 10);
    expect(q.dueCount).toBe(2);
    expect(q.newCount).toBe(3);
  });

  it("limits new cards to the day's allowance minus those introduced today", () => {
    const cards = Array.from({ length: 10 }, (_, i) => card(`n${i}`, null));
    expect(buildQueue(cards, { now, settings, newIntroducedToday: 0 }).newCount).toBe(3);
    const q = buildQueue(cards, { now, settings, newIntroducedToday: 2 });
    expect(q.entries.map((e) => e.card.cardKey)).toEqual(["n0"]);
    expect(q.newLeftToday).toBe(1);
    expect(buildQueue(cards, { now, settings, newIntroducedToday: 7 }).newLeftToday).toBe(0);
    expect(buildQueue(cards, { now, settings: { ...settings, newCardsPerDay: 0 }, newIntroducedToday: 0 }).entries).toEqual([]);
  });

  it("shows all due cards whatever the new-card limit, and honours an overall limit", () => {
    const cards = Array.from({ length: 5 }, (_, i) => card(`d${i}`, studied(new Date(now.getTime() - (20 + i) * DAY))));
    const q = buildQueue([...cards, card("n", null)], { now, settings: { ...settings, newCardsPerDay: 0 }, newIntroducedToday: 0 });
    expect(q.dueCount).toBe(5);
    expect(buildQueue(cards, { now, settings, newIntroducedToday: 0, limit: 2 }).entries).toHaveLength(2);
  });

  it("filters by war and by event", () => {
    const cards = [card("a", null, "e1", "War A"), card("b", null, "e2", "War A"), card("c", null, "e3", "War B")];
    const opts = { now, settings: { newCardsPerDay: 20, timeZone: TZ }, newIntroducedToday: 0 };
    expect(buildQueue(cards, { ...opts, scope: { kind: "all" } }).entries.map((e) => e.card.cardKey)).toEqual(["a", "b", "c"]);
    expect(buildQueue(cards, { ...opts, scope: { kind: "war", war: "War A" } }).entries.map((e) => e.card.cardKey)).toEqual(["a", "b"]);
    expect(buildQueue(cards, { ...opts, scope: { kind: "event", eventId: "e3" } }).entries.map((e) => e.card.cardKey)).toEqual(["c"]);
    expect(inScope({ eventIds: ["e1", "e2"], wars: [] }, { kind: "event", eventId: "e2" })).toBe(true);
  });

  it("treats a review card due later this study day (before 04:00) as due now, not one due tomorrow", () => {
    const base = studied(new Date(now.getTime() - 10 * DAY));
    // 02:30 Berlin on the 11th is still the study day of the 10th; 04:30 is the next one.
    const tonight = { ...base, due: "2026-03-11T01:30:00.000Z" };
    const tomorrow = { ...base, due: "2026-03-11T03:30:00.000Z" };
    expect(isDue(tonight, now, TZ)).toBe(true);
    expect(isDue(tomorrow, now, TZ)).toBe(false);
    expect(isDue(tonight, now, "UTC")).toBe(true);
    expect(isDue({ ...base, due: "2026-03-11T04:30:00.000Z" }, now, "UTC")).toBe(false);
  });

  it("holds a learning card back until its step comes (up to 20 minutes early) and counts it for later", () => {
    const learning = review(null, "again", now).state; // due in a minute
    expect(learning.phase).toBe("learning");
    expect(isDue(learning, now, TZ)).toBe(true);
    const stepLater = { ...learning, due: new Date(now.getTime() + 2 * 3_600_000).toISOString() };
    const q = buildQueue([card("l", stepLater)], { now, settings, newIntroducedToday: 0 });
    expect(q.entries).toEqual([]);
    expect(q.laterToday).toBe(1);
    // A step 10 minutes away waits behind new cards; one already due comes first.
    const soon = { ...learning, due: new Date(now.getTime() + 10 * 60_000).toISOString() };
    const dueStep = { ...learning, due: new Date(now.getTime() - 60_000).toISOString() };
    const mixed = buildQueue([card("soon", soon), card("n", null), card("step", dueStep)], { now, settings, newIntroducedToday: 0 });
    expect(mixed.entries.map((e) => [e.card.cardKey, e.kind])).toEqual([
      ["step", "due"],
      ["n", "new"],
      ["soon", "ahead"],
    ]);
  });

  it("counts new cards introduced today by the 04:00 boundary of the student's zone", () => {
    const first = review(null, "good", new Date("2026-03-10T02:30:00Z")).log; // 03:30 Berlin: the 9th
    const second = review(null, "good", new Date("2026-03-10T03:30:00Z")).log; // 04:30 Berlin: the 10th
    const again = review(second.after, "good", new Date("2026-03-10T03:40:00Z")).log; // not new
    expect(newIntroducedOn([first, second, again], now, TZ)).toBe(1);
    // In Tokyo both first reviews fall at midday on the 10th, and now (02:00 on the 11th) is still the 10th.
    expect(newIntroducedOn([first, second, again], now, "Asia/Tokyo")).toBe(2);
    expect(newIntroducedOn([first, second, again], new Date("2026-03-10T19:30:00Z"), "Asia/Tokyo")).toBe(0);
  });
});

describe("queue properties", () => {
  const now = new Date("2026-03-10T17:00:00Z");
  const stateArb = fc.oneof(
    fc.constant(null),
    fc.record({ daysAgo: fc.integer({ min: 0, max: 200 }), ratings: fc.array(fc.constantFrom<Rating>("again", "hard", "good", "easy"), { minLength: 1, maxLength: 5 }) }).map(({ daysAgo, ratings }) => studied(new Date(now.getTime() - daysAgo * DAY - 3_600_000), ratings)),
  );

  fcTest.prop([fc.array(stateArb, { maxLength: 25 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 12 })])(
    "new cards never exceed the allowance; due cards come first, by rising retrievability; every card appears at most once",
    (states, limit, introduced) => {
      const cards = states.map((s, i) => card(`k${i}`, s));
      const q = buildQueue(cards, { now, settings: { newCardsPerDay: limit, timeZone: TZ }, newIntroducedToday: introduced });
      expect(q.newCount).toBeLessThanOrEqual(Math.max(0, limit - introduced));
      expect(q.newCount).toBe(Math.min(states.filter((s) => s === null).length, Math.max(0, limit - introduced)));
      expect(new Set(q.entries.map((e) => e.card.cardKey)).size).toBe(q.entries.length);
      const kinds = q.entries.map((e) => e.kind);
      const order = { due: 0, new: 1, ahead: 2 } as const;
      for (let i = 1; i < kinds.length; i++) expect(order[kinds[i]!]).toBeGreaterThanOrEqual(order[kinds[i - 1]!]);
      const dueR = q.entries.filter((e) => e.kind === "due").map((e) => e.retrievability!);
      for (let i = 1; i < dueR.length; i++) expect(dueR[i]!).toBeGreaterThanOrEqual(dueR[i - 1]!);
      for (const e of q.entries) if (e.kind !== "new") expect(isDue(e.card.state!, now, TZ)).toBe(true);
    },
  );
});

describe("daily queue with a limit", () => {
  const now = new Date("2026-03-10T17:00:00Z");
  const ratings: Rating[] = ["again", "hard", "good", "easy"];
  // Cards studied at scattered times with scattered grades: due, ahead, later today and not due, with ties.
  fcTest.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 40 * 24 * 60 }), fc.array(fc.constantFrom(...ratings), { minLength: 1, maxLength: 4 }), fc.boolean()), { maxLength: 120 }), fc.integer({ min: 0, max: 130 })])(
    "shows exactly the first `limit` entries of the full queue, with the same counts",
    (specs, limit) => {
      const cards = specs.map(([minutesAgo, grades, fresh], i) => card(`k${i % 7}-${i}`, fresh ? null : studied(new Date(now.getTime() - minutesAgo * 60_000), grades), `e${i % 3}`));
      const full = buildQueue(cards, { now, settings, newIntroducedToday: 1 });
      const limited = buildQueue(cards, { now, settings, newIntroducedToday: 1, limit });
      expect(limited.entries.map((e) => e.card.cardKey)).toEqual(full.entries.slice(0, limit).map((e) => e.card.cardKey));
      expect({ ...limited, entries: [] }).toEqual({ ...full, entries: [] });
    },
  );
});
