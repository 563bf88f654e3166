/**
 * A student's flashcards: the catalogue (cards rebuilt from the current facts, shared by every
 * student), their stored memory rows, the sync of those rows after an import, and the daily queue.
 */
import { buildCards, buildQueue, inScope, LEARN_AHEAD_MS, preview, studyDayEnd, studyDayOf, studyDayStart, syncCards, type CardState, type DailyQueue, type QueueCard, type Rating, type StudyCard, type StudyScope, type StudySettings } from "../../study";
import type { Db } from "../db/client";
import { sqlIsoDate, type Sql } from "../db/sql";
import { listEvents, loadEvents } from "../events";
import { columnsOf, readShownRows, stateOf, type CardStateColumns } from "./card-rows";
import { recentStudySettings } from "./settings";
import { sqlFor } from "./transaction-view";

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

// When each client's catalogue was last checked against the latest import run.
const checkedAt = new WeakMap<Db, number>();
// A built catalogue by its promise, so a recent one is at hand without waiting (recentCatalogue).
const built = new WeakMap<Promise<Catalogue>, Catalogue>();

/** Was the client's catalogue checked against the latest import within `maxAgeMs`? */
function checkedWithin(database: Db, maxAgeMs: number, now: number): boolean {
  return now - (checkedAt.get(database) ?? -Infinity) < maxAgeMs;
}

/** The catalogue checked within `maxAgeMs`, when it is built already; else null (ask cardCatalogue). */
export function recentCatalogue(database: Db, maxAgeMs: number, now = Date.now()): Catalogue | null {
  const cached = catalogues.get(database);
  return cached && checkedWithin(database, maxAgeMs, now) ? (built.get(cached) ?? null) : null;
}

/**
 * The catalogue of the latest import. `maxAgeMs`: a catalogue checked that recently is good
 * enough (submitReview: a review in the second after an import may write the old fact versions,
 * which the next queue load's sync then marks "updated", as for any review before the import).
 */
export async function cardCatalogue(database: Db, opts: { maxAgeMs?: number } = {}): Promise<Catalogue> {
  const cached = catalogues.get(database);
  const started = Date.now();
  if (cached && opts.maxAgeMs !== undefined && checkedWithin(database, opts.maxAgeMs, started)) return cached;
  const latest = await database.importRun.findFirst({ orderBy: { finishedAt: "desc" }, select: { id: true } });
  const stamp = latest?.id ?? "none";
  if (cached && (await cached).stamp === stamp) {
    checkedAt.set(database, started);
    return cached;
  }
  const next = buildCatalogue(database, stamp);
  void next.then((catalogue) => built.set(next, catalogue), () => undefined);
  catalogues.set(database, next);
  checkedAt.set(database, started);
  next.catch(() => {
    catalogues.delete(database);
    checkedAt.delete(database);
  });
  return next;
}

/**
 * Benchmarks: serve `cards` as this database's catalogue until the next import, so a queue of
 * 5,000 cards can be measured without 5,000 cards' worth of articles. Never used by the app.
 */
export async function primeCatalogue(database: Db, cards: StudyCard[]): Promise<void> {
  const base = await cardCatalogue(database);
  catalogues.set(database, Promise.resolve({ ...base, cards, byKey: new Map(cards.map((c) => [c.cardKey, c])) }));
}

export { columnsOf, stateOf, type CardStateColumns } from "./card-rows";

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

// Per database client: the catalogue each student's rows were last synced with.
const syncedWith = new WeakMap<Db, Map<string, Catalogue>>();

type QueueItem = QueueCard & { card: StudyCard };

/**
 * The state lib/study's queue reads (due, phase, stability, last review; reps only as "reviewed at
 * all", which the query asks for) of a light due row; the rest is unused there.
 */
function queueStateOf(row: { due: string; stability: number; lastReview: string | null; phase: string }): CardState {
  return { due: row.due, stability: row.stability, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, phase: row.phase as CardState["phase"], lastReview: row.lastReview };
}

/**
 * The raw queue (lib/study buildQueue) over the student's synced rows: the bench and loadQueue share it.
 * Reads only what the queue needs, in plain SQL: the rows that can be due or due later today
 * through the (userId, due) index with five plain columns, the keys of the studied cards (only
 * while the student takes new cards at all) and a count of today's new cards. With `limit`, only the first `limit` entries are put in order; their states are
 * light (loadQueue reads the full rows of the cards it shows).
 */
export async function studentQueue(database: Db, userId: string, opts: { now: Date; scope?: StudyScope; limit?: number }): Promise<{ queue: DailyQueue<QueueItem>; settings: StudySettings; catalogue: Catalogue }> {
  const { now } = opts;
  const [settings, catalogue] = await Promise.all([recentStudySettings(database, userId), cardCatalogue(database)]);
  // A student's rows need syncing once per content version (reviews write the current versions),
  // so later loads skip the fact-version JSON of every row.
  const synced = syncedWith.get(database) ?? new Map<string, Catalogue>();
  syncedWith.set(database, synced);
  if (synced.get(userId) !== catalogue) {
    await syncStudentRows(database, userId, catalogue, now);
    synced.set(userId, catalogue);
  }
  const dayEnd = studyDayEnd(studyDayOf(now, settings.timeZone), settings.timeZone).getTime();
  // Everything lib/study may count as due, ahead or later today: review cards due before the day
  // ends, (re)learning steps due by now + learn-ahead (inclusive, hence + 1 ms) or later today.
  const bound = new Date(Math.max(dayEnd, now.getTime() + LEARN_AHEAD_MS + 1));
  const sql = sqlFor(database);
  const [dueRows, introducedToday, studied] = await Promise.all([
    dueCardRows(sql, userId, bound),
    todaysNewCards(sql, userId, now, settings.timeZone),
    // Which cards are not new: those with a row, retired ones too (hidden, never new).
    settings.newCardsPerDay > 0 ? sql.rows<{ cardKey: string }>(`SELECT "cardKey" FROM "CardState" WHERE "userId" = ?`, [userId]) : Promise.resolve([]),
  ]);
  const scope = opts.scope ?? { kind: "all" };
  const items: QueueItem[] = [];
  for (const row of dueRows) {
    const card = catalogue.byKey.get(row.cardKey);
    if (card) items.push({ cardKey: card.cardKey, eventIds: card.eventIds, wars: card.wars, state: queueStateOf(row), card });
  }
  // New cards in catalogue order, in scope, as many as today allows (buildQueue takes no more).
  const newLeft = Math.max(0, settings.newCardsPerDay - Math.max(0, introducedToday));
  if (newLeft > 0) {
    const seen = new Set(studied.map((r) => r.cardKey));
    let taken = 0;
    for (const card of catalogue.cards) {
      if (taken >= newLeft) break;
      if (seen.has(card.cardKey) || !inScope(card, scope)) continue;
      items.push({ cardKey: card.cardKey, eventIds: card.eventIds, wars: card.wars, state: null, card });
      taken++;
    }
  }
  const queue = buildQueue(items, { now, settings, newIntroducedToday: introducedToday, scope, ...(opts.limit !== undefined && { limit: opts.limit }) });
  return { queue, settings, catalogue };
}

/** The full sync (fact versions of every row): once per content version per student and process. */
async function syncStudentRows(database: Db, userId: string, catalogue: Catalogue, now: Date): Promise<void> {
  const rows = await database.cardState.findMany({ where: { userId }, select: rowSelect });
  await syncRows(database, rows, catalogue, now);
}

/**
 * The rows that can be due by `bound`, with only what lib/study's queue reads (plain SQL: the
 * queue of a student with thousands of cards reads thousands of rows, and Prisma's cost per row
 * was most of the queue's time).
 */
async function dueCardRows(sql: Sql, userId: string, bound: Date) {
  const rows = await sql.rows(
    `SELECT "cardKey", due, stability, "lastReview", phase FROM "CardState" WHERE "userId" = ? AND "retiredAt" IS NULL AND phase <> 'new' AND reps > 0 AND due < ?`,
    [userId, bound],
  );
  return rows.map((r) => ({ cardKey: String(r.cardKey), due: sqlIsoDate(r.due), stability: Number(r.stability), lastReview: r.lastReview == null ? null : sqlIsoDate(r.lastReview), phase: String(r.phase) }));
}

/**
 * Cards introduced today through flashcards: the day's first reviews (no state before) that were
 * not undone, from the (userId, firstReview, reviewedAt) index. A card-state row never has phase
 * "new" (a review always moves a card out of it, and undoing a first review deletes the row), so
 * "no state before" is lib/study newIntroducedOn's test.
 */
async function todaysNewCards(sql: Sql, userId: string, now: Date, timeZone: string): Promise<number> {
  const day = studyDayOf(now, timeZone);
  const [row] = await sql.rows(
    `SELECT COUNT(*) AS n FROM "ReviewLog" l WHERE l."userId" = ? AND l."firstReview" = ? AND l."reviewedAt" >= ? AND l."reviewedAt" < ? AND l.source = 'flashcards' AND NOT EXISTS (SELECT 1 FROM "ReviewUndo" u WHERE u."reviewId" = l.id)`,
    [userId, true, studyDayStart(day, timeZone), studyDayEnd(day, timeZone)],
  );
  return Number(row?.n ?? 0);
}

/** The flashcards page's queue: the first `limit` cards with their grade intervals. */
export async function loadQueue(database: Db, userId: string, opts: { now: Date; scope?: StudyScope; limit?: number }): Promise<FlashcardQueue> {
  const limit = opts.limit ?? 20;
  const { queue, settings } = await studentQueue(database, userId, { ...opts, limit });
  const shown = queue.entries.slice(0, limit);
  // The full rows of the cards shown (id, revision, "updated", the whole state for the intervals).
  const keys = shown.filter((e) => e.card.state !== null).map((e) => e.card.cardKey);
  const rowOf = await readShownRows(sqlFor(database), userId, keys);
  const cards = shown.map((entry): Flashcard => {
    const { card } = entry.card;
    const row = rowOf.get(card.cardKey) ?? null;
    const previews = preview(row ? stateOf(row) : null, opts.now, settings);
    return {
      cardKey: card.cardKey,
      cardStateId: row?.id ?? null,
      revision: row?.revision ?? 0,
      kind: entry.kind,
      updated: row?.updated ?? false,
      front: card.front,
      eventIds: card.eventIds,
      intervals: { again: previews.again.interval, hard: previews.hard.interval, good: previews.good.interval, easy: previews.easy.interval },
    };
  });
  return { cards, dueCount: queue.dueCount, newCount: queue.newCount, newLeftToday: queue.newLeftToday, laterToday: queue.laterToday, settings };
}

/**
 * A card's back (answer, explanation, quoted sources), fetched when the student asks to see it:
 * the queue sends fronts only, so no answer is in the page before the student chose to reveal it.
 */
export async function cardBack(database: Db, cardKey: string): Promise<StudyCard["back"] | null> {
  return (await cardCatalogue(database)).byKey.get(cardKey)?.back ?? null;
}

/** One of the student's own card rows, by id: null when it is not theirs (the route answers 404 either way). */
export async function getOwnCard(database: Db, userId: string, cardStateId: string) {
  const row = await database.cardState.findFirst({ where: { id: cardStateId, userId }, select: rowSelect });
  if (!row) return null;
  const card = (await cardCatalogue(database)).byKey.get(row.cardKey);
  return { id: row.id, cardKey: row.cardKey, revision: row.revision, updated: row.updated, retired: row.retiredAt !== null, state: stateOf(row), front: card?.front ?? null };
}
