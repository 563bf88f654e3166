/**
 * Spaced repetition: a thin wrapper over ts-fsrs 5 (FSRS-6). Everything in and out is plain JSON
 * with dates as ISO-8601 strings (UTC, "…Z"), so a state maps onto DB columns and survives
 * JSON.stringify unchanged. `now` is always passed in.
 */
import { forgetting_curve, fsrs, generatorParameters, Rating as FsrsRating, State as FsrsState, type Card as FsrsCard, type FSRS, type Grade, type ReviewLog as FsrsLog } from "ts-fsrs";
import { DEFAULT_SETTINGS, type StudySettings } from "./settings";

export type Rating = "again" | "hard" | "good" | "easy";
export const RATINGS: readonly Rating[] = ["again", "hard", "good", "easy"];

export type CardPhase = "new" | "learning" | "review" | "relearning";

/** A card's memory state for one student: the columns of a card-state row. */
export interface CardState {
  /** ISO instant the card is next due. */
  due: string;
  stability: number;
  difficulty: number;
  /** Days between the last two reviews (ts-fsrs keeps it until 6.0). */
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  phase: CardPhase;
  /** ISO instant of the last review, null before the first. */
  lastReview: string | null;
}

/** One append-only review-log row: what happened, and enough to undo it exactly. */
export interface ReviewRecord {
  rating: Rating;
  /** ISO instant of the review. */
  reviewedAt: string;
  /** null: the card was new to this student (no state row yet). */
  before: CardState | null;
  after: CardState;
  /** Days since the previous review (0 for the first). */
  elapsedDays: number;
  /** Days until the card is due again (0 while in (re)learning steps). */
  scheduledDays: number;
}

/** A grade from a form or a key press: "good" or 1–4 (Anki's keys). Throws on anything else. */
export function parseRating(input: unknown): Rating {
  if (typeof input === "number" && Number.isInteger(input) && input >= 1 && input <= 4) return RATINGS[input - 1]!;
  if (typeof input === "string") {
    const r = input.trim().toLowerCase();
    if ((RATINGS as readonly string[]).includes(r)) return r as Rating;
    if (/^[1-4]$/.test(r)) return RATINGS[Number(r) - 1]!;
  }
  throw new RangeError(`Unknown rating ${JSON.stringify(input)}: use again, hard, good, easy or 1–4`);
}

const PHASES: readonly CardPhase[] = ["new", "learning", "review", "relearning"];
const TO_FSRS_RATING: Record<Rating, Grade> = { again: FsrsRating.Again, hard: FsrsRating.Hard, good: FsrsRating.Good, easy: FsrsRating.Easy };
const DAY_MS = 86_400_000;

const schedulers = new Map<number, FSRS>();
function schedulerFor(settings: Pick<StudySettings, "desiredRetention">): FSRS {
  const r = settings.desiredRetention;
  if (!(r > 0 && r < 1)) throw new RangeError(`desiredRetention must be between 0 and 1, got ${r}`);
  let f = schedulers.get(r);
  if (!f) {
    // Fuzz spreads reviews of cards learnt together; ts-fsrs seeds it from the review time and the
    // card, so the same inputs still give the same interval (and preview matches review).
    f = fsrs(generatorParameters({ request_retention: r, enable_fuzz: true }));
    schedulers.set(r, f);
  }
  return f;
}

function iso(d: Date): string {
  return d.toISOString();
}

function toDate(s: string | Date, what: string): Date {
  const d = s instanceof Date ? new Date(s.getTime()) : new Date(s);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Invalid ${what}: ${String(s)}`);
  return d;
}

function fromFsrs(c: FsrsCard): CardState {
  return {
    due: iso(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    phase: PHASES[c.state]!,
    lastReview: c.last_review ? iso(c.last_review) : null,
  };
}

function toFsrs(s: CardState): FsrsCard {
  const card: FsrsCard = {
    due: toDate(s.due, "due"),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: PHASES.indexOf(s.phase) as FsrsState,
  };
  if (s.lastReview) card.last_review = toDate(s.lastReview, "lastReview");
  return card;
}

/** The state of a card a student has never seen, as of `now`. */
export function newCardState(now: Date): CardState {
  return { due: iso(now), stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, phase: "new", lastReview: null };
}

/** Grades a card. `state` null means the card is new to the student. */
export function review(state: CardState | null, rating: Rating, now: Date, settings: Pick<StudySettings, "desiredRetention"> = DEFAULT_SETTINGS): { state: CardState; log: ReviewRecord } {
  const grade = TO_FSRS_RATING[rating];
  if (grade === undefined) throw new RangeError(`Unknown rating "${String(rating)}": use again, hard, good or easy`);
  const at = toDate(now, "now");
  // A clock behind the last review (another device, a replayed request) would give negative elapsed time.
  if (state?.lastReview && at.getTime() < toDate(state.lastReview, "lastReview").getTime()) {
    throw new RangeError(`Review at ${iso(at)} is before the card's last review at ${state.lastReview}`);
  }
  const start = state ?? newCardState(at);
  const { card, log } = schedulerFor(settings).next(toFsrs(start), at, grade);
  const after = fromFsrs(card);
  return {
    state: after,
    log: { rating, reviewedAt: iso(at), before: state, after, elapsedDays: log.elapsed_days, scheduledDays: card.scheduled_days },
  };
}

export interface IntervalPreview {
  rating: Rating;
  /** ISO instant the card would be due. */
  due: string;
  /** Time until then, short ("1m", "10m", "1d", "4d", "2mo", "1.5y"). */
  interval: string;
  phase: CardPhase;
}

/** What each grade button would do, for labelling it. */
export function preview(state: CardState | null, now: Date, settings: Pick<StudySettings, "desiredRetention"> = DEFAULT_SETTINGS): Record<Rating, IntervalPreview> {
  const at = toDate(now, "now");
  const out = {} as Record<Rating, IntervalPreview>;
  for (const rating of RATINGS) {
    const next = review(state, rating, at, settings).state;
    out[rating] = { rating, due: next.due, interval: formatInterval(toDate(next.due, "due").getTime() - at.getTime()), phase: next.phase };
  }
  return out;
}

/** Short human text for a duration, Anki-style: <1h in minutes, <1d in hours, <1mo in days. */
export function formatInterval(ms: number): string {
  const minutes = Math.max(0, ms) / 60_000;
  if (minutes < 60) return `${Math.max(1, Math.round(minutes))}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = ms / DAY_MS;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${trim(days / 30)}mo`;
  return `${trim(days / 365)}y`;
}

function trim(x: number): string {
  const r = x < 10 ? Math.round(x * 10) / 10 : Math.round(x);
  return String(r);
}

export class StaleUndoError extends Error {
  constructor() {
    super("This review can no longer be undone: the card has changed since (another review or tab).");
    this.name = "StaleUndoError";
  }
}

function sameState(a: CardState, b: CardState): boolean {
  return JSON.stringify(fromFsrs(toFsrs(a))) === JSON.stringify(fromFsrs(toFsrs(b)));
}

/**
 * Undoes the review `log` on the card's `current` state; returns the state before it, or null when
 * the card was new (delete its row). Memory (stability, difficulty, reps, lapses, phase, steps)
 * comes from ts-fsrs's rollback; rollback cannot know the old due date and last review to the
 * millisecond, so those come from the log's `before`, which makes the restore exact.
 * Throws StaleUndoError when the card moved on since this review.
 */
export function undo(current: CardState, log: ReviewRecord): CardState | null {
  if (!sameState(current, log.after)) throw new StaleUndoError();
  const before = log.before;
  const prev = before ?? newCardState(toDate(log.reviewedAt, "reviewedAt"));
  const fsrsLog: FsrsLog = {
    rating: TO_FSRS_RATING[log.rating],
    state: PHASES.indexOf(prev.phase) as FsrsState,
    due: prev.lastReview ? toDate(prev.lastReview, "lastReview") : toDate(prev.due, "due"),
    stability: prev.stability,
    difficulty: prev.difficulty,
    elapsed_days: log.elapsedDays,
    last_elapsed_days: prev.elapsedDays,
    scheduled_days: prev.scheduledDays,
    learning_steps: prev.learningSteps,
    review: toDate(log.reviewedAt, "reviewedAt"),
  };
  const rolled = fromFsrs(schedulerFor(DEFAULT_SETTINGS).rollback(toFsrs(current), fsrsLog));
  if (before === null) return null;
  return { ...rolled, due: before.due, lastReview: before.lastReview };
}

const WEIGHTS = generatorParameters().w;

/**
 * Probability (0..1) the student recalls the card at `now`, by ts-fsrs's FSRS-6 forgetting curve;
 * null for a card never reviewed, which has no memory to decay. Elapsed time is fractional:
 * ts-fsrs's get_retrievability floors it to whole days (equal at whole days), which would tie
 * every card reviewed within a day; and this skips its per-call conversions (queues of 5,000).
 */
export function retrievability(state: CardState | null, now: Date): number | null {
  if (!state || state.phase === "new" || state.reps === 0 || !state.lastReview) return null;
  const days = Math.max(0, now.getTime() - Date.parse(state.lastReview)) / DAY_MS;
  return forgetting_curve(WEIGHTS, days, state.stability);
}

/** A changed fact makes its card due now (memory kept): the student sees the new value soon. */
export function makeDueNow(state: CardState, now: Date): CardState {
  const at = toDate(now, "now");
  return toDate(state.due, "due").getTime() <= at.getTime() ? state : { ...state, due: iso(at) };
}
