/**
 * A plausible month of flashcard history for a demo student, so a fresh dashboard has something
 * to show. Pure and seeded: same cards, seed, `now` and settings → same history. Every review
 * goes through the real scheduler and the real queue, so the states are ones the app could reach.
 */
import { makeRng, type Rng } from "../questions/rng";
import { addDays, studyDayOf, studyDayStart } from "./days";
import { buildQueue, LEARN_AHEAD_MS } from "./queue";
import { retrievability, review, type CardState, type Rating, type ReviewRecord } from "./scheduler";
import { DEFAULT_SETTINGS, type StudySettings } from "./settings";

export interface DemoOptions {
  seed: number | string;
  now: Date;
  settings?: StudySettings;
  /** Study days of history, ending today (default 30). */
  days?: number;
  /** New cards the demo student takes each day (default: half the limit, so the queue shows new cards too). */
  newPerDay?: number;
}

export interface DemoHistory {
  /** Final state per card the student studied (cards never studied are absent). */
  states: Record<string, CardState>;
  /** Every review in time order, each with its card. */
  logs: (ReviewRecord & { cardKey: string })[];
}

const SECOND = 1000;

function chance(rng: Rng, p: number): boolean {
  return rng.int(0, 9999) < p * 10000;
}

export function generateDemoHistory(cards: readonly { cardKey: string; eventIds?: readonly string[]; wars?: readonly string[] }[], opts: DemoOptions): DemoHistory {
  const settings = opts.settings ?? DEFAULT_SETTINGS;
  const days = opts.days ?? 30;
  const rng = makeRng(typeof opts.seed === "number" ? opts.seed : `demo|${opts.seed}`);
  const newPerDay = opts.newPerDay ?? Math.max(1, Math.floor(settings.newCardsPerDay / 2));
  const tz = settings.timeZone;
  const now = opts.now;
  // Each card gets its own difficulty for this student: some facts stick, some do not.
  const hardness = new Map(cards.map((c) => [c.cardKey, rng.int(0, 100) / 100]));
  const states = new Map<string, CardState>();
  const logs: DemoHistory["logs"] = [];
  const today = studyDayOf(now, tz);

  for (let i = days - 1; i >= 0; i--) {
    const day = addDays(today, -i);
    // A few days missed, never the last three, so the streak shows.
    if (i > 3 && chance(rng, 0.15)) continue;
    // Sessions start between 17:00 and 22:00 local (13 to 18 hours after the 04:00 rollover).
    let clock = studyDayStart(day, tz).getTime() + (13 * 60 + rng.int(0, 300)) * 60 * SECOND;
    if (clock > now.getTime()) continue;
    const sessionEnd = clock + 45 * 60 * SECOND;
    let introduced = 0;
    for (let pass = 0; pass < 20 && clock <= now.getTime() && clock < sessionEnd; pass++) {
      const view = cards.map((c) => ({ cardKey: c.cardKey, eventIds: c.eventIds ?? [], wars: c.wars ?? [], state: states.get(c.cardKey) ?? null }));
      const queue = buildQueue(view, { now: new Date(clock), settings: { timeZone: tz, newCardsPerDay: newPerDay }, newIntroducedToday: introduced });
      if (queue.entries.length === 0) {
        // Wait for the next learning step if one comes within the session, else stop.
        const next = Math.min(...[...states.values()].filter((s) => s.phase === "learning" || s.phase === "relearning").map((s) => new Date(s.due).getTime()));
        if (!Number.isFinite(next) || next - LEARN_AHEAD_MS > sessionEnd) break;
        clock = Math.max(clock + SECOND, next - LEARN_AHEAD_MS);
        continue;
      }
      for (const entry of queue.entries) {
        if (clock > now.getTime()) break;
        const key = entry.card.cardKey;
        const before = states.get(key) ?? null;
        const r = retrievability(before, new Date(clock)) ?? 0.75;
        const p = Math.max(0.05, Math.min(0.98, r - 0.25 * (hardness.get(key) ?? 0) + 0.1));
        let rating: Rating = "again";
        if (chance(rng, p)) rating = chance(rng, 0.12) ? "hard" : chance(rng, 0.1) ? "easy" : "good";
        const result = review(before, rating, new Date(clock), settings);
        if (!before) introduced++;
        states.set(key, result.state);
        logs.push({ ...result.log, cardKey: key });
        clock += rng.int(6, 30) * SECOND;
      }
    }
  }
  return { states: Object.fromEntries(states), logs };
}
