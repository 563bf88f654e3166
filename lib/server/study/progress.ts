/**
 * The dashboard's data: one set of queries (settings, card rows, a year of reviews not undone),
 * then lib/study's pure progress functions in the student's time zone (04:00 rollover).
 */
import type { Family } from "../../questions";
import { accuracyByDay, dueForecast, masteryByEvent, masteryByFamily, reviewHeatmap, streak, studyDayOf, weakestCards, type DayAccuracy, type Mastery, type ProgressCard, type Rating, type StudyDay, type Streak } from "../../study";
import type { Db } from "../db/client";
import { cardCatalogue, stateOf } from "./cards";
import { getStudySettings } from "./settings";
import { FAMILY_LABELS } from "../../questions/family-labels";

export { FAMILY_LABELS };

export interface NamedMastery extends Mastery {
  name: string;
}

export interface WeakFact {
  cardKey: string;
  prompt: string;
  family: string;
  /** Recall probability a day from now (0..1). */
  retrievability: number;
  lapses: number;
  event: { id: string; name: string } | null;
}

export interface Dashboard {
  timeZone: string;
  today: StudyDay;
  totals: { cards: number; studied: number; mastered: number; reviewsToday: number; dueToday: number };
  streak: Streak;
  byEvent: NamedMastery[];
  byFamily: NamedMastery[];
  accuracy: DayAccuracy[];
  heatmap: { day: StudyDay; count: number }[];
  forecast: { day: StudyDay; count: number }[];
  weakest: WeakFact[];
}

const YEAR_MS = 367 * 86_400_000;

export async function loadDashboard(database: Db, userId: string, now: Date): Promise<Dashboard> {
  const [settings, catalogue, rows, logs] = await Promise.all([
    getStudySettings(database, userId),
    cardCatalogue(database),
    database.cardState.findMany({
      where: { userId, retiredAt: null },
      select: { cardKey: true, due: true, stability: true, difficulty: true, elapsedDays: true, scheduledDays: true, learningSteps: true, reps: true, lapses: true, phase: true, lastReview: true },
    }),
    database.reviewLog.findMany({ where: { userId, reviewedAt: { gte: new Date(now.getTime() - YEAR_MS), lte: now }, undo: { is: null } }, select: { reviewedAt: true, rating: true } }),
  ]);
  const timeZone = settings.timeZone;
  const states = new Map(rows.map((row) => [row.cardKey, stateOf(row)]));
  const cards: (ProgressCard & { prompt: string })[] = catalogue.cards.map((card) => ({
    cardKey: card.cardKey,
    eventIds: card.eventIds,
    family: card.family,
    factIds: card.factIds,
    state: states.get(card.cardKey) ?? null,
    prompt: card.front.prompt,
  }));
  const progressLogs = logs.map((log) => ({ reviewedAt: log.reviewedAt.toISOString(), rating: log.rating as Rating }));
  const eventNames = new Map(catalogue.events.map((event) => [event.id, event.name]));
  const eventOrder = new Map(catalogue.events.map((event, index) => [event.id, index]));

  const byEvent = masteryByEvent(cards, now)
    .filter((group) => eventNames.has(group.key))
    .map((group) => ({ ...group, name: eventNames.get(group.key)! }))
    // Studied events first, weakest first among them: where to look next; the rest in library order.
    .sort((a, b) => Number(b.studied > 0) - Number(a.studied > 0) || (a.studied > 0 ? a.mastery - b.mastery : 0) || eventOrder.get(a.key)! - eventOrder.get(b.key)!);
  const byFamily = masteryByFamily(cards, now).map((group) => ({ ...group, name: FAMILY_LABELS[group.key as Family] ?? group.key }));
  const heatmap = reviewHeatmap(progressLogs, now, timeZone);
  const forecast = dueForecast(cards, now, timeZone);
  // Ranked by recall a day from now: a card failed minutes ago still reads ~100% now, but its tiny
  // stability shows by tomorrow, so it comes first.
  const weakest = weakestCards(cards, new Date(now.getTime() + 86_400_000), 8).map(({ card, retrievability }): WeakFact => {
    const eventId = card.eventIds[0];
    return {
      cardKey: card.cardKey,
      prompt: card.prompt,
      family: FAMILY_LABELS[card.family as Family] ?? card.family,
      retrievability,
      lapses: card.state?.lapses ?? 0,
      event: eventId && eventNames.has(eventId) ? { id: eventId, name: eventNames.get(eventId)! } : null,
    };
  });
  const studied = byFamily.reduce((sum, group) => sum + group.studied, 0);
  const mastered = byFamily.reduce((sum, group) => sum + group.mastered, 0);
  return {
    timeZone,
    today: studyDayOf(now, timeZone),
    totals: { cards: cards.length, studied, mastered, reviewsToday: heatmap.at(-1)?.count ?? 0, dueToday: forecast[0]?.count ?? 0 },
    streak: streak(progressLogs, now, timeZone),
    byEvent,
    byFamily,
    accuracy: accuracyByDay(progressLogs, now, timeZone, 30),
    heatmap,
    forecast,
    weakest,
  };
}
