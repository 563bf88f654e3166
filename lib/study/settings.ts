/** A student's study settings, validated (zod) so a stored row or a form can be trusted. */
import { z } from "zod";
import { isValidTimeZone } from "./days";

/** FSRS needs 0 < retention < 1; outside 0.7–0.99 reviews become useless or endless (Anki's range). */
export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.99;
export const NEW_PER_DAY_MAX = 9999;

export const studySettingsSchema = z.object({
  desiredRetention: z
    .number()
    .min(RETENTION_MIN, `Desired retention must be at least ${RETENTION_MIN}`)
    .max(RETENTION_MAX, `Desired retention must be at most ${RETENTION_MAX}`)
    .default(0.9),
  newCardsPerDay: z.number().int("New cards per day must be a whole number").min(0).max(NEW_PER_DAY_MAX).default(20),
  timeZone: z.string().refine(isValidTimeZone, { message: "Unknown time zone: use an IANA name such as Europe/Berlin" }).default("UTC"),
});

export type StudySettings = z.output<typeof studySettingsSchema>;

export const DEFAULT_SETTINGS: StudySettings = Object.freeze(studySettingsSchema.parse({}));

/** Parses settings from untrusted input; missing fields take defaults. Throws a ZodError with messages. */
export function parseStudySettings(input: unknown): StudySettings {
  return studySettingsSchema.parse(input ?? {});
}
