/**
 * A student's flashcards: the catalogue (cards rebuilt from the current facts, shared by every
 * student), their stored memory rows, the sync of those rows after an import, and the daily queue.
 */
// Prisma's "SQL NULL" JSON filter value, the same object for both providers' clients.
import { DbNull } from "@prisma/client/runtime/client";
import { buildCards, buildQueue, inScope, LEARN_AHEAD_MS, preview, studyDayEnd, studyDayOf, studyDayStart, syncCards, type CardState, type DailyQueue, type QueueCard, type Rating, type StudyCard, type StudyScope, type StudySettings } from "../../study";
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

// When each client's catalogue was last checked against the latest import run.
const checkedAt = new WeakMap<Db, number>();

/**
 * The catalogue of the latest import. `maxAgeMs`: a catalogue checked that recently is good
 * enough (submitReview: a review in the second after an import may write the old fact versions,
 * which the next queue load's sync then marks "updated", as for any review before the import).
 */
export async function cardCatalogue(database: Db, opts: { maxAgeMs?: number } = {}): Promise<Catalogue> {
  const cached = catalogues.get(database);
  const started = Date.now();
  if (cached && opts.maxAgeMs !== undefined && started - (checkedAt.get(database) ?? -Infinity) < opts.maxAgeMs) return cached;
  const latest = await database.importRun.findFirst({ orderBy: { finishedAt: "desc" }, select: { id: true } });
  const stamp = latest?.id ?? "none";
  if (cached && (await cached).stamp === stamp) {
    checkedAt.set(database, started);
    return cached;
  }
  const next = buildCatalogue(database, stamp);
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

/** What the queue needs of a due row: the schedule and the memory for retrievability (no JSON, no revision). */
const dueSelect = { cardKey: true, due: true, stability: true, lastReview: true, phase: true } as const;

/**
 * The state lib/study's queue reads (due, phase, stability, last review; reps only as "reviewed at
 * all", which the query asks for) of a light due row; the rest is unused there.
 */
function queueStateOf(row: { due: Date; stability: number; lastReview: Date | null; phase: string }): CardState {
  return { due: row.due.toISOString(), stability: row.stability, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, phase: row.phase as CardState["phase"], lastReview: row.lastReview ? row.lastReview.toISOString() : null };
}

/**
 * The raw queue (lib/study buildQueue) over the student's synced rows: the bench and loadQueue share it.
 * Reads only what the queue needs: the rows that can be due or due later today through the
 * (userId, due) index with five plain columns (every column of every row costs Prisma time), the
 * keys of the studied cards (only while new cards are still allowed today) and a count of today's
 * new cards. With `limit`, only the first `limit` entries are put in order; their states are
 * light (loadQueue reads the full rows of the cards it shows).
 */
export async function studentQueue(database: Db, userId: string, opts: { now: Date; scope?: StudyScope; limit?: number }): Promise<{ queue: DailyQueue<QueueItem>; settings: StudySettings; catalogue: Catalogue }> {
  const { now } = opts;
  const [settings, catalogue] = await Promise.all([getStudySettings(database, userId), cardCatalogue(database)]);
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
  const [dueRows, introducedToday, studied] = await Promise.all([
    database.cardState.findMany({ where: { userId, retiredAt: null, phase: { not: "new" }, reps: { gt: 0 }, due: { lt: bound } }, select: dueSelect }),
    todaysNewReviews(database, userId, now, settings.timeZone),
    // Which cards are not new: those with a row, retired ones too (hidden, never new). The keys
    // alone come from the (userId, cardKey) index without reading the rows.
    settings.newCardsPerDay > 0 ? database.cardState.findMany({ where: { userId }, select: { cardKey: true } }) : Promise.resolve([]),
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
 * Cards introduced today through flashcards: first reviews (no state before) not undone, counted
 * in the database as all first reviews of the day minus the undone ones. A card-state row never
 * has phase "new" (a review always moves a card out of it, and undoing a first review deletes the
 * row), so "no state before" is lib/study newIntroducedOn's test.
 *
 * Counting first reviews reads each of the day's log rows (`source` and `before` are not in the
 * (userId, reviewedAt) index), so the count of the day up to the last load is kept per student and
 * process and reused while the day's rows up to then are the same. The log is append-only, so
 * "the same" is "as many" — a count the index answers alone; then only the rows since are read.
 */
async function todaysNewReviews(database: Db, userId: string, now: Date, timeZone: string): Promise<number> {
  const day = studyDayOf(now, timeZone);
  const start = studyDayStart(day, timeZone);
  const end = studyDayEnd(day, timeZone);
  const cut = new Date(Math.min(Math.max(now.getTime(), start.getTime()), end.getTime()));
  const first = { userId, source: "flashcards", before: { equals: DbNull } };
  const all = (from: Date, to: Date) => database.reviewLog.count({ where: { userId, reviewedAt: { gte: from, lt: to } } });
  const firsts = (from: Date, to: Date) => database.reviewLog.count({ where: { ...first, reviewedAt: { gte: from, lt: to } } });
  const counts = firstCounts.get(database) ?? new Map<string, FirstCount>();
  firstCounts.set(database, counts);
  let known = counts.get(userId);
  if (known && (known.start !== start.getTime() || known.end !== end.getTime() || known.cut > cut.getTime())) known = undefined;
  let upToCut: FirstCount;
  if (known && (await all(start, new Date(known.cut))) === known.rows) {
    // Rows first, then first reviews: a row landing between the two makes the next check fail.
    const rows = await all(new Date(known.cut), cut);
    upToCut = { ...known, cut: cut.getTime(), rows: known.rows + rows, firsts: known.firsts + (rows ? await firsts(new Date(known.cut), cut) : 0) };
  } else {
    const rows = await all(start, cut);
    upToCut = { start: start.getTime(), end: end.getTime(), cut: cut.getTime(), rows, firsts: rows ? await firsts(start, cut) : 0 };
  }
  counts.set(userId, upToCut);
  // An undo of a review made today was itself made today or later: few rows, by the (userId, clientId) index.
  const [later, undos] = await Promise.all([
    firsts(cut, end),
    database.reviewUndo.findMany({ where: { userId, undoneAt: { gte: start } }, select: { reviewId: true } }),
  ]);
  const undone = undos.length ? await database.reviewLog.count({ where: { ...first, reviewedAt: { gte: start, lt: end }, id: { in: undos.map((u) => u.reviewId) } } }) : 0;
  return upToCut.firsts + later - undone;
}

/** Per client and student: the day's log rows and first reviews before `cut` (ms), as last counted. */
interface FirstCount {
  start: number;
  end: number;
  cut: number;
  rows: number;
  firsts: number;
}
const firstCounts = new WeakMap<Db, Map<string, FirstCount>>();

const shownSelect = { ...rowSelect, factVersions: false } as const;

/** The flashcards page's queue: the first `limit` cards with their grade intervals. */
export async function loadQueue(database: Db, userId: string, opts: { now: Date; scope?: StudyScope; limit?: number }): Promise<FlashcardQueue> {
  const limit = opts.limit ?? 20;
  const { queue, settings } = await studentQueue(database, userId, { ...opts, limit });
  const shown = queue.entries.slice(0, limit);
  // The full rows of the cards shown (id, revision, "updated", the whole state for the intervals).
  const keys = shown.filter((e) => e.card.state !== null).map((e) => e.card.cardKey);
  const rows = keys.length ? await database.cardState.findMany({ where: { userId, cardKey: { in: keys } }, select: shownSelect }) : [];
  const rowOf = new Map(rows.map((r) => [r.cardKey, r]));
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
