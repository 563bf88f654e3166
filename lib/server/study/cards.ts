/**
 * A student's flashcards: the catalogue (cards rebuilt from the current facts, shared by every
 * student), their stored memory rows, the sync of those rows after an import, and the daily queue.
 */
import { buildCards, buildQueue, newIntroducedOn, preview, studyDayEnd, studyDayOf, studyDayStart, syncCards, type CardState, type DailyQueue, type QueueCard, type Rating, type StudyCard, type StudyScope, type StudySettings } from "../../study";
import type { Db } from "../db/client";
import { listEvents, loadEvents } from "../events";
import { getStudySettings } from "./settings";

export interface Catalogue {
  /** The import run the cards were built from ("none" before the first import). */
  stamp: string;
  cards: StudyCard[];
  byKey: Map<string, StudyCard>;
  wars: string[];
  events: { id: string; name: string; war: string | null }[];
}

// One catalogue per database client, rebuilt only after an import changed the content.
const catalogues = new WeakMap<Db, Promise<Catalogue>>();

async function buildCatalogue(database: Db, stamp: string): Promise<Catalogue> {
  const [events, summaries] = await Promise.all([loadEvents(undefined, database), listEvents(database)]);
  const cards = buildCards(events);
  const wars = [...new Set(events.map((e) => e.partOf).filter((w): w is string => !!w))].sort();
  return { stamp, cards, byKey: new Map(cards.map((c) => [c.cardKey, c])), wars, events: summaries.map((e) => ({ id: e.id, name: e.name, war: e.partOf ?? null })) };
}

export async function cardCatalogue(database: Db): Promise<Catalogue> {
  const latest = await database.importRun.findFirst({ orderBy: { finishedAt: "desc" }, select: { id: true } });
  const stamp = latest?.id ?? "none";
  const cached = catalogues.get(database);
  if (cached && (await cached).stamp === stamp) return cached;
  const next = buildCatalogue(database, stamp);
  catalogues.set(database, next);
  next.catch(() => catalogues.delete(database));
  return next;
}

/** The columns of a card-state row that hold a lib/study CardState. */
export interface CardStateColumns {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  phase: string;
  lastReview: Date | null;
}

export function stateOf(row: CardStateColumns): CardState {
  return {
    due: row.due.toISOString(),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    phase: row.phase as CardState["phase"],
    lastReview: row.lastReview ? row.lastReview.toISOString() : null,
  };
}

export function columnsOf(state: CardState): CardStateColumns {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsedDays: state.elapsedDays,
    scheduledDays: state.scheduledDays,
    learningSteps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    phase: state.phase,
    lastReview: state.lastReview ? new Date(state.lastReview) : null,
  };
}

const rowSelect = {
  id: true,
  cardKey: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  phase: true,
  lastReview: true,
  factVersions: true,
  updated: true,
  retiredAt: true,
  revision: true,
} as const;

type Row = CardStateColumns & { id: string; cardKey: string; factVersions: unknown; updated: boolean; retiredAt: Date | null; revision: number };

/**
 * Brings a student's rows in line with the current cards (lib/study syncCards): a changed fact
 * makes its card "updated" and due now with its memory kept; a card whose fact left the content is
 * retired (hidden), and comes back if the fact returns. Writes only what changed.
 */
async function syncRows(database: Db, rows: Row[], catalogue: Catalogue, now: Date): Promise<Row[]> {
  const sync = syncCards(
    rows.filter((r) => r.retiredAt === null).map((r) => ({ cardKey: r.cardKey, factVersions: (r.factVersions ?? {}) as Record<string, string>, state: stateOf(r) })),
    catalogue.cards,
    now,
  );
  const byKey = new Map(rows.map((r) => [r.cardKey, r]));
  const writes = [];
  for (const u of sync.updated) {
    const row = byKey.get(u.cardKey)!;
    const data = { ...(u.state ? columnsOf(u.state) : {}), factVersions: u.factVersions, updated: true, revision: { increment: 1 } };
    writes.push(database.cardState.updateMany({ where: { id: row.id, revision: row.revision }, data }));
    Object.assign(row, u.state ? columnsOf(u.state) : {}, { factVersions: u.factVersions, updated: true, revision: row.revision + 1 });
  }
  const retired = new Set(sync.retired);
  for (const key of retired) {
    const row = byKey.get(key)!;
    writes.push(database.cardState.updateMany({ where: { id: row.id, revision: row.revision }, data: { retiredAt: now, revision: { increment: 1 } } }));
    row.retiredAt = now;
    row.revision++;
  }
  for (const row of rows) {
    if (row.retiredAt !== null && !retired.has(row.cardKey) && catalogue.byKey.has(row.cardKey)) {
      writes.push(database.cardState.updateMany({ where: { id: row.id, revision: row.revision }, data: { retiredAt: null, revision: { increment: 1 } } }));
      row.retiredAt = null;
      row.revision++;
    }
  }
  if (writes.length) await database.$transaction(writes);
  return rows;
}

/** Sync a student's stored cards with the current content (also done by every queue load). */
export async function syncStudentCards(database: Db, userId: string, now: Date): Promise<void> {
  const [catalogue, rows] = await Promise.all([cardCatalogue(database), database.cardState.findMany({ where: { userId }, select: rowSelect })]);
  await syncRows(database, rows, catalogue, now);
}

/** One card as the flashcards page shows it. */
export interface Flashcard {
  cardKey: string;
  /** The student's card-state row, null while the card is new to them. */
  cardStateId: string | null;
  /** The revision the card is shown at (0: no row yet); a review names it, so a stale one is refused. */
  revision: number;
  kind: "due" | "new" | "ahead";
  /** A fact of this card changed since the student last reviewed it. */
  updated: boolean;
  front: StudyCard["front"];
  back: StudyCard["back"];
  eventIds: string[];
  /** Next interval per grade ("10m", "4d"), for the buttons. */
  intervals: Record<Rating, string>;
}

export interface FlashcardQueue {
  cards: Flashcard[];
  dueCount: number;
  newCount: number;
  newLeftToday: number;
  laterToday: number;
  settings: StudySettings;
}

export function parseScope(input: string | null | undefined): StudyScope {
  if (input?.startsWith("war:") && input.length > 4) return { kind: "war", war: input.slice(4) };
  if (input?.startsWith("event:") && input.length > 6) return { kind: "event", eventId: input.slice(6) };
  return { kind: "all" };
}

type QueueItem = QueueCard & { row: Row | null; card: StudyCard };

/** The raw queue (lib/study buildQueue) over the student's synced rows: the bench and loadQueue share it. */
export async function studentQueue(database: Db, userId: string, opts: { now: Date; scope?: StudyScope }): Promise<{ queue: DailyQueue<QueueItem>; settings: StudySettings }> {
  const { now } = opts;
  const settings = await getStudySettings(database, userId);
  const [catalogue, rows, todays] = await Promise.all([
    cardCatalogue(database),
    database.cardState.findMany({ where: { userId }, select: rowSelect }),
    todaysNewReviews(database, userId, now, settings.timeZone),
  ]);
  await syncRows(database, rows, catalogue, now);
  const byKey = new Map(rows.map((r) => [r.cardKey, r]));
  const items: QueueItem[] = [];
  for (const card of catalogue.cards) {
    const row = byKey.get(card.cardKey) ?? null;
    if (row?.retiredAt) continue;
    items.push({ cardKey: card.cardKey, eventIds: card.eventIds, wars: card.wars, state: row ? stateOf(row) : null, row, card });
  }
  const queue = buildQueue(items, { now, settings, newIntroducedToday: todays, ...(opts.scope && { scope: opts.scope }) });
  return { queue, settings };
}

/** Cards introduced today through flashcards (first reviews not undone): they use up the day's new-card allowance. */
async function todaysNewReviews(database: Db, userId: string, now: Date, timeZone: string): Promise<number> {
  const day = studyDayOf(now, timeZone);
  const logs = await database.reviewLog.findMany({
    where: { userId, source: "flashcards", reviewedAt: { gte: studyDayStart(day, timeZone), lt: studyDayEnd(day, timeZone) }, undo: { is: null } },
    select: { reviewedAt: true, before: true },
  });
  return newIntroducedOn(
    logs.map((l) => ({ reviewedAt: l.reviewedAt.toISOString(), before: (l.before ?? null) as CardState | null })),
    now,
    timeZone,
  );
}

/** The flashcards page's queue: the first `limit` cards with their grade intervals. */
export async function loadQueue(database: Db, userId: string, opts: { now: Date; scope?: StudyScope; limit?: number }): Promise<FlashcardQueue> {
  const { queue, settings } = await studentQueue(database, userId, opts);
  const limit = opts.limit ?? 20;
  const cards = queue.entries.slice(0, limit).map((entry): Flashcard => {
    const { card, row, state } = entry.card;
    const previews = preview(state, opts.now, settings);
    return {
      cardKey: card.cardKey,
      cardStateId: row?.id ?? null,
      revision: row?.revision ?? 0,
      kind: entry.kind,
      updated: row?.updated ?? false,
      front: card.front,
      back: card.back,
      eventIds: card.eventIds,
      intervals: { again: previews.again.interval, hard: previews.hard.interval, good: previews.good.interval, easy: previews.easy.interval },
    };
  });
  return { cards, dueCount: queue.dueCount, newCount: queue.newCount, newLeftToday: queue.newLeftToday, laterToday: queue.laterToday, settings };
}

/** One of the student's own card rows, by id: null when it is not theirs (the route answers 404 either way). */
export async function getOwnCard(database: Db, userId: string, cardStateId: string) {
  const row = await database.cardState.findFirst({ where: { id: cardStateId, userId }, select: rowSelect });
  if (!row) return null;
  const card = (await cardCatalogue(database)).byKey.get(row.cardKey);
  return { id: row.id, cardKey: row.cardKey, revision: row.revision, updated: row.updated, retired: row.retiredAt !== null, state: stateOf(row), front: card?.front ?? null };
}
