/** A student's study settings: one row, or the defaults when the student never saved any. */
import { DEFAULT_SETTINGS, parseStudySettings, type StudySettings } from "../../study";
import type { Db } from "../db/client";

export async function getStudySettings(database: Db, userId: string): Promise<StudySettings> {
  const row = await database.studySettings.findUnique({ where: { userId } });
  if (!row) return { ...DEFAULT_SETTINGS };
  return { desiredRetention: row.desiredRetention, newCardsPerDay: row.newCardsPerDay, timeZone: row.timeZone };
}

/**
 * The settings as read at most 5 s ago in this process: a review per key press need not read them
 * each time. A save here is seen at once; one made through another app instance, within 5 s.
 */
export function recentStudySettings(database: Db, userId: string, now: number = Date.now()): StudySettings | Promise<StudySettings> {
  const hit = recentSettings.get(database)?.get(userId);
  if (hit && now - hit.at < SETTINGS_MAX_AGE_MS) return { ...hit.settings };
  return readSettings(database, userId, now);
}

async function readSettings(database: Db, userId: string, now: number): Promise<StudySettings> {
  const cache = recentSettings.get(database) ?? new Map<string, { settings: StudySettings; at: number }>();
  recentSettings.set(database, cache);
  const settings = await getStudySettings(database, userId);
  if (cache.size > 10_000) cache.clear(); // a bound, not an LRU: re-reading costs one query
  cache.set(userId, { settings, at: now });
  return { ...settings };
}

const SETTINGS_MAX_AGE_MS = 5_000;
const recentSettings = new WeakMap<Db, Map<string, { settings: StudySettings; at: number }>>();

/** Validates (zod, throws ZodError with messages) and stores the settings; returns what was stored. */
export async function saveStudySettings(database: Db, userId: string, input: unknown): Promise<StudySettings> {
  const settings = parseStudySettings(input);
  await database.studySettings.upsert({ where: { userId }, create: { userId, ...settings }, update: settings });
  recentSettings.get(database)?.delete(userId);
  return settings;
}
