/**
 * Progress for the dashboard, from cards' states and the review log: mastery, accuracy per day,
 * a year's heatmap, the streak, the 7-day due forecast and the weakest cards. All per study day
 * (04:00 rollover in the student's zone), all plain data in and out.
 */
import { addDays, daysBetween, studyDayOf, studyDayResolver, type StudyDay } from "./days";
import { retrievability, type CardState, type Rating } from "./scheduler";

export interface ProgressCard {
  cardKey: string;
  eventIds: readonly string[];
  family: string;
  factIds: readonly string[];
  state: CardState | null;
}

export interface ProgressLog {
  reviewedAt: string;
  rating: Rating;
}

/** A card counts as mastered when it has graduated and the student would recall it at this level. */
export const MASTERED_RETRIEVABILITY = 0.9;

export interface Mastery {
  key: string;
  cards: number;
  studied: number;
  mastered: number;
  /** Mean recall probability over all the group's cards, unstudied ones counting 0 (0..1). */
  mastery: number;
}

function masteryBy(cards: readonly ProgressCard[], now: Date, keysOf: (c: ProgressCard) => readonly string[]): Mastery[] {
  const groups = new Map<string, { cards: number; studied: number; mastered: number; sum: number }>();
  for (const c of cards) {
    const r = retrievability(c.state, now);
    for (const key of new Set(keysOf(c))) {
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { cards: 0, studied: 0, mastered: 0, sum: 0 }));
      g.cards++;
      if (r !== null) {
        g.studied++;
        g.sum += r;
        if (r >= MASTERED_RETRIEVABILITY && c.state!.phase === "review") g.mastered++;
      }
    }
  }
  return [...groups]
    .map(([key, g]) => ({ key, cards: g.cards, studied: g.studied, mastered: g.mastered, mastery: g.cards ? g.sum / g.cards : 0 }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

export function masteryByEvent(cards: readonly ProgressCard[], now: Date): Mastery[] {
  return masteryBy(cards, now, (c) => c.eventIds);
}

export function masteryByFamily(cards: readonly ProgressCard[], now: Date): Mastery[] {
  return masteryBy(cards, now, (c) => [c.family]);
}

export interface DayAccuracy {
  day: StudyDay;
  reviews: number;
  /** Reviews not graded Again (recalled). */
  correct: number;
  accuracy: number;
}

/** Accuracy per study day over the last `days` days (days without reviews are left out). */
export function accuracyByDay(logs: readonly ProgressLog[], now: Date, timeZone: string, days = 30): DayAccuracy[] {
  const today = studyDayOf(now, timeZone);
  const first = addDays(today, -(days - 1));
  const byDay = new Map<StudyDay, { reviews: number; correct: number }>();
  const dayOf = studyDayResolver(timeZone);
  for (const l of logs) {
    const day = dayOf(l.reviewedAt);
    if (day < first || day > today) continue;
    let d = byDay.get(day);
    if (!d) byDay.set(day, (d = { reviews: 0, correct: 0 }));
    d.reviews++;
    if (l.rating !== "again") d.correct++;
  }
  return [...byDay]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([day, d]) => ({ day, reviews: d.reviews, correct: d.correct, accuracy: d.correct / d.reviews }));
}

/** Review counts for each of the last `days` study days, oldest first, zeros included (a calendar). */
export function reviewHeatmap(logs: readonly { reviewedAt: string }[], now: Date, timeZone: string, days = 365): { day: StudyDay; count: number }[] {
  const today = studyDayOf(now, timeZone);
  const counts = new Map<StudyDay, number>();
  const dayOf = studyDayResolver(timeZone);
  for (const l of logs) {
    const day = dayOf(l.reviewedAt);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const out: { day: StudyDay; count: number }[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = addDays(today, -i);
    out.push({ day, count: counts.get(day) ?? 0 });
  }
  return out;
}

export interface Streak {
  /** Consecutive study days with a review, ending today, or yesterday if today is not studied yet. */
  current: number;
  longest: number;
  studiedToday: boolean;
}

export function streak(logs: readonly { reviewedAt: string }[], now: Date, timeZone: string): Streak {
  const today = studyDayOf(now, timeZone);
  const days = new Set<StudyDay>();
  const dayOf = studyDayResolver(timeZone);
  for (const l of logs) {
    const d = dayOf(l.reviewedAt);
    if (d <= today) days.add(d);
  }
  const studiedToday = days.has(today);
  let current = 0;
  // Today not studied yet does not break the streak: count from yesterday.
  for (let d = studiedToday ? today : addDays(today, -1); days.has(d); d = addDays(d, -1)) current++;
  let longest = 0;
  let run = 0;
  let prev: StudyDay | null = null;
  for (const d of [...days].sort()) {
    run = prev !== null && daysBetween(prev, d) === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    prev = d;
  }
  return { current, longest, studiedToday };
}

/** Studied cards due on each of the next `days` study days (today first; overdue cards count today). */
export function dueForecast(cards: readonly { state: CardState | null }[], now: Date, timeZone: string, days = 7): { day: StudyDay; count: number }[] {
  const today = studyDayOf(now, timeZone);
  const out = Array.from({ length: days }, (_, i) => ({ day: addDays(today, i), count: 0 }));
  const dayOf = studyDayResolver(timeZone);
  for (const c of cards) {
    if (!c.state || c.state.phase === "new") continue;
    const offset = Math.max(0, daysBetween(today, dayOf(c.state.due)));
    if (offset < days) out[offset]!.count++;
  }
  return out;
}

export interface WeakCard<C> {
  card: C;
  retrievability: number;
}

/** "Review these next": studied cards the student is least likely to recall now, most lapses first on ties. */
export function weakestCards<C extends ProgressCard>(cards: readonly C[], now: Date, n = 10): WeakCard<C>[] {
  const scored: WeakCard<C>[] = [];
  for (const card of cards) {
    const r = retrievability(card.state, now);
    if (r !== null) scored.push({ card, retrievability: r });
  }
  scored.sort((a, b) => a.retrievability - b.retrievability || b.card.state!.lapses - a.card.state!.lapses || a.card.cardKey.localeCompare(b.card.cardKey));
  return scored.slice(0, n);
}
