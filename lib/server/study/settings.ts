/** A student's study settings: one row, or the defaults when the student never saved any. */
import { DEFAULT_SETTINGS, parseStudySettings, type StudySettings } from "../../study";
import type { Db } from "../db/client";

export async function getStudySettings(database: Db, userId: string): Promise<StudySettings> {
  const row = await database.studySettings.findUnique({ where: { userId } });
  if (!row) return { ...DEFAULT_SETTINGS };
  return { desiredRetention: row.desiredRetention, newCardsPerDay: row.newCardsPerDay, timeZone: row.timeZone };
}

/** Validates (zod, throws ZodError with messages) and stores the settings; returns what was stored. */
export async function saveStudySettings(database: Db, userId: string, input: unknown): Promise<StudySettings> {
  const settings = parseStudySettings(input);
  await database.studySettings.upsert({ where: { userId }, create: { userId, ...settings }, update: settings });
  return settings;
}
