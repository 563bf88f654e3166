/**
 * The study domain: flashcards from facts, FSRS scheduling, study days, the daily queue, progress
 * and demo history. Pure TypeScript (no React, Next or Prisma); `now`, the time zone and the
 * settings are always inputs. States and logs are plain JSON with ISO-8601 date strings.
 */
export { buildCards, changedFacts, isUpdated, CARD_KEY_VERSION, FLASHCARD_FORMATS, type StudyCard } from "./cards";
export { addDays, assertTimeZone, daysBetween, isValidTimeZone, studyDayEnd, studyDayOf, studyDayResolver, studyDayStart, DAY_ROLLOVER_HOUR, type StudyDay } from "./days";
export { generateDemoHistory, type DemoHistory, type DemoOptions } from "./demo";
export { practiceRatings, type CardSlots, type PracticeAnswer } from "./practice";
export {
  accuracyByDay,
  dueForecast,
  masteryByEvent,
  masteryByFamily,
  reviewHeatmap,
  streak,
  weakestCards,
  MASTERED_RETRIEVABILITY,
  type DayAccuracy,
  type Mastery,
  type ProgressCard,
  type ProgressLog,
  type Streak,
  type WeakCard,
} from "./progress";
export { buildQueue, inScope, isDue, newIntroducedOn, LEARN_AHEAD_MS, type DailyQueue, type QueueCard, type QueueEntry, type StudyScope } from "./queue";
export {
  formatInterval,
  makeDueNow,
  newCardState,
  parseRating,
  preview,
  retrievability,
  review,
  undo,
  RATINGS,
  StaleUndoError,
  type CardPhase,
  type CardState,
  type IntervalPreview,
  type Rating,
  type ReviewRecord,
} from "./scheduler";
export { syncCards, type CardSync, type StoredCard } from "./sync";
export { DEFAULT_SETTINGS, parseStudySettings, studySettingsSchema, RETENTION_MAX, RETENTION_MIN, type StudySettings } from "./settings";
