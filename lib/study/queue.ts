/**
 * The daily queue: due cards first, lowest retrievability (most overdue) first; then new cards
 * up to the day's limit minus those already introduced today; then learning steps coming within
 * 20 minutes, so a card failed a moment ago does not come straight back while others wait. Inputs are plain data, so the data
 * layer loads rows and calls this once.
 */
import { studyDayEnd, studyDayOf, studyDayStart } from "./days";
import { retrievability, type CardState } from "./scheduler";
import type { StudySettings } from "./settings";

export type StudyScope = { kind: "all" } | { kind: "war"; war: string } | { kind: "event"; eventId: string };

export interface QueueCard {
  cardKey: string;
  eventIds: readonly string[];
  wars: readonly string[];
  /** null: never studied by this student (a new card). */
  state: CardState | null;
}

export interface QueueEntry<C extends QueueCard = QueueCard> {
  card: C;
  /** "ahead": a learning step coming within 20 minutes, shown only after everything else. */
  kind: "due" | "new" | "ahead";
  /** Recall probability now (null for new cards). */
  retrievability: number | null;
}

export interface DailyQueue<C extends QueueCard = QueueCard> {
  entries: QueueEntry<C>[];
  dueCount: number;
  newCount: number;
  /** New cards still allowed today (limit minus already introduced, never negative). */
  newLeftToday: number;
  /** Learning cards due later today: the session is not over when the queue empties. */
  laterToday: number;
}

/** Learning steps are minutes apart: show a step up to 20 minutes early rather than stall (Anki's default). */
export const LEARN_AHEAD_MS = 20 * 60_000;

export function inScope(card: Pick<QueueCard, "eventIds" | "wars">, scope: StudyScope): boolean {
  switch (scope.kind) {
    case "all":
      return true;
    case "war":
      return card.wars.includes(scope.war);
    case "event":
      return card.eventIds.includes(scope.eventId);
  }
}

/**
 * Is a studied card due at `now`? Review cards (day intervals) are due for the whole study day
 * they fall on; (re)learning cards (minute steps) only when their step comes, with learn-ahead.
 */
export function isDue(state: CardState, now: Date, timeZone: string): boolean {
  return dueBy(state, now.getTime(), studyDayEnd(studyDayOf(now, timeZone), timeZone).getTime());
}

function dueBy(state: CardState, nowMs: number, dayEndMs: number): boolean {
  const due = Date.parse(state.due);
  if (state.phase === "learning" || state.phase === "relearning") return due <= nowMs + LEARN_AHEAD_MS;
  return due < dayEndMs;
}

export function buildQueue<C extends QueueCard>(
  cards: readonly C[],
  opts: { now: Date; settings: Pick<StudySettings, "newCardsPerDay" | "timeZone">; newIntroducedToday: number; scope?: StudyScope; limit?: number },
): DailyQueue<C> {
  const { now, settings } = opts;
  const scope = opts.scope ?? { kind: "all" };
  const dayEnd = studyDayEnd(studyDayOf(now, settings.timeZone), settings.timeZone).getTime();
  const due: QueueEntry<C>[] = [];
  const ahead: QueueEntry<C>[] = [];
  const fresh: C[] = [];
  let laterToday = 0;
  for (const card of cards) {
    if (!inScope(card, scope)) continue;
    if (!card.state || card.state.phase === "new") {
      fresh.push(card);
      continue;
    }
    if (dueBy(card.state, now.getTime(), dayEnd)) {
      const entry: QueueEntry<C> = { card, kind: "due", retrievability: retrievability(card.state, now) };
      if (Date.parse(card.state.due) > now.getTime() && (card.state.phase === "learning" || card.state.phase === "relearning")) ahead.push({ ...entry, kind: "ahead" });
      else due.push(entry);
    }
    else if (Date.parse(card.state.due) < dayEnd) laterToday++;
  }
  const newLeftToday = Math.max(0, settings.newCardsPerDay - Math.max(0, opts.newIntroducedToday));
  const news: QueueEntry<C>[] = fresh.slice(0, newLeftToday).map((card) => ({ card, kind: "new", retrievability: null }));
  // Only the entries shown are put in order: with a limit, the first `limit` of each list (O(n log limit)).
  const limit = opts.limit ?? Infinity;
  // Lowest recall probability first; ties (e.g. learning cards) by due time, then key for stability.
  const dueShown = firstInOrder(due, limit, byRetrievability);
  // Steps not yet due wait behind new cards (Anki's learn-ahead): soonest first.
  const aheadShown = firstInOrder(ahead, Math.max(0, limit - due.length - news.length), byDue);
  let entries = [...dueShown, ...news, ...aheadShown];
  if (opts.limit !== undefined) entries = entries.slice(0, opts.limit);
  return { entries, dueCount: due.length + ahead.length, newCount: news.length, newLeftToday, laterToday };
}

type Order = (a: QueueEntry<QueueCard>, b: QueueEntry<QueueCard>) => number;

const byRetrievability: Order = (a, b) => (a.retrievability ?? 0) - (b.retrievability ?? 0) || cmp(a.card.state!.due, b.card.state!.due) || cmp(a.card.cardKey, b.card.cardKey);
const byDue: Order = (a, b) => cmp(a.card.state!.due, b.card.state!.due) || cmp(a.card.cardKey, b.card.cardKey);

/**
 * The first `k` items of `items` sorted by `order` (a total order, so the result is the same as
 * sorting everything and slicing): a bounded insertion into a sorted prefix when k is small.
 */
function firstInOrder<T extends QueueEntry<QueueCard>>(items: T[], k: number, order: Order): T[] {
  if (k <= 0) return [];
  if (k >= items.length || k > 64) return items.sort(order).slice(0, k);
  const top: T[] = [];
  for (const item of items) {
    if (top.length === k && order(item, top[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(item, top[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}

/** Code-unit order: ISO instants and keys sort correctly, and faster than localeCompare. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How many new cards the student introduced on the study day of `now` (first reviews of cards new to them). */
export function newIntroducedOn(logs: readonly { reviewedAt: string; before: CardState | null }[], now: Date, timeZone: string): number {
  const today = studyDayOf(now, timeZone);
  const start = studyDayStart(today, timeZone).getTime();
  const end = studyDayEnd(today, timeZone).getTime();
  let n = 0;
  for (const l of logs) {
    if (l.before !== null && l.before.phase !== "new") continue;
    const t = Date.parse(l.reviewedAt);
    if (t >= start && t < end) n++;
  }
  return n;
}
