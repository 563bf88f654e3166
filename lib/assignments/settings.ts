/**
 * An assignment's settings as the teacher's form sends them (times as wall-clock "YYYY-MM-DDTHH:mm"
 * in the teacher's IANA zone), validated and turned into UTC instants; and back, for the edit form.
 * The rules: the due time comes after the opening time, attempts 1–10, a time limit of 1–600
 * minutes or none, answers shown "after the due time" need a due time.
 */
import { z } from "zod";
import { addLocalDays, isValidTimeZone, localToUtc, parseLocalDateTime, utcToLocal, type LocalDateTime } from "./time-zone";

export const TITLE_MAX = 200;
export const INSTRUCTIONS_MAX = 5000;
export const ATTEMPTS_MIN = 1;
export const ATTEMPTS_MAX = 10;
export const TIME_LIMIT_MIN = 1;
export const TIME_LIMIT_MAX = 600;

export type LateWork = "refuse" | "accept";
export type Reveal = "afterSubmit" | "afterDue" | "never";
export const LATE_WORK: readonly LateWork[] = ["refuse", "accept"];
export const REVEALS: readonly Reveal[] = ["afterSubmit", "afterDue", "never"];

/** Blank means "not set" (an empty datetime-local input sends ""). */
const localTime = z
  .union([z.string(), z.null()])
  .optional()
  .transform((value) => (value == null || value.trim() === "" ? null : value.trim()))
  .refine((value) => value === null || parseLocalDateTime(value) !== null, { message: "Enter a date and time (YYYY-MM-DDTHH:mm)." });

/** The form's fields: what the browser sends. */
export const settingsInputSchema = z.object({
  title: z.string().trim().min(1, "Give the assignment a title.").max(TITLE_MAX, `A title has at most ${TITLE_MAX} characters.`),
  instructions: z.string().trim().max(INSTRUCTIONS_MAX, `Instructions have at most ${INSTRUCTIONS_MAX} characters.`).default(""),
  timeZone: z.string().refine(isValidTimeZone, { message: "Unknown time zone: use an IANA name such as Europe/Berlin." }),
  opensAt: localTime,
  dueAt: localTime,
  attemptsAllowed: z.number().int("Attempts must be a whole number.").min(ATTEMPTS_MIN, `At least ${ATTEMPTS_MIN} attempt.`).max(ATTEMPTS_MAX, `At most ${ATTEMPTS_MAX} attempts.`),
  timeLimitMinutes: z
    .number()
    .int("The time limit is a whole number of minutes.")
    .min(TIME_LIMIT_MIN, `A time limit is at least ${TIME_LIMIT_MIN} minute.`)
    .max(TIME_LIMIT_MAX, `A time limit is at most ${TIME_LIMIT_MAX} minutes.`)
    .nullable(),
  lateWork: z.enum(LATE_WORK as [LateWork, ...LateWork[]]),
  reveal: z.enum(REVEALS as [Reveal, ...Reveal[]]),
});

export type SettingsInput = z.input<typeof settingsInputSchema>;

/** The settings as stored: instants in UTC beside the zone they were typed in. */
export interface AssignmentSettings {
  title: string;
  instructions: string;
  timeZone: string;
  opensAt: Date | null;
  dueAt: Date | null;
  attemptsAllowed: number;
  timeLimitMinutes: number | null;
  lateWork: LateWork;
  reveal: Reveal;
}

/** Parses the form and converts its times to UTC; the issues name the field (path) they are about. */
export const settingsSchema = settingsInputSchema
  .transform(
    (input): AssignmentSettings => ({
      title: input.title,
      instructions: input.instructions,
      timeZone: input.timeZone,
      opensAt: input.opensAt === null ? null : localToUtc(input.opensAt, input.timeZone),
      dueAt: input.dueAt === null ? null : localToUtc(input.dueAt, input.timeZone),
      attemptsAllowed: input.attemptsAllowed,
      timeLimitMinutes: input.timeLimitMinutes,
      lateWork: input.lateWork,
      reveal: input.reveal,
    }),
  )
  .superRefine((settings, ctx) => {
    if (settings.opensAt && settings.dueAt && settings.opensAt.getTime() >= settings.dueAt.getTime())
      ctx.addIssue({ code: "custom", path: ["dueAt"], message: "The due time must come after the opening time." });
    if (settings.reveal === "afterDue" && !settings.dueAt) ctx.addIssue({ code: "custom", path: ["reveal"], message: "Answers shown after the due time need a due time." });
  });

/** Throws a ZodError whose first issue says what is wrong. */
export function parseSettings(input: unknown): AssignmentSettings {
  return settingsSchema.parse(input);
}

/** A stored assignment's settings as the edit form shows them (times back in the teacher's zone). */
export function settingsToInput(settings: AssignmentSettings): z.output<typeof settingsInputSchema> {
  return {
    title: settings.title,
    instructions: settings.instructions,
    timeZone: settings.timeZone,
    opensAt: settings.opensAt ? utcToLocal(settings.opensAt, settings.timeZone) : null,
    dueAt: settings.dueAt ? utcToLocal(settings.dueAt, settings.timeZone) : null,
    attemptsAllowed: settings.attemptsAllowed,
    timeLimitMinutes: settings.timeLimitMinutes,
    lateWork: settings.lateWork,
    reveal: settings.reveal,
  };
}

/** Due a week from today at 23:59 in the teacher's zone. */
export function defaultDueAt(now: Date, timeZone: string): LocalDateTime {
  return addLocalDays(`${utcToLocal(now, timeZone).slice(0, 10)}T23:59`, 7);
}

/** A quiz in a minute: open when published, due in a week, one attempt, no time limit, late work refused, answers after submitting. */
export function defaultSettingsInput(now: Date, timeZone: string): z.output<typeof settingsInputSchema> {
  return { title: "", instructions: "", timeZone, opensAt: null, dueAt: defaultDueAt(now, timeZone), attemptsAllowed: 1, timeLimitMinutes: null, lateWork: "refuse", reveal: "afterSubmit" };
}

/** Can the assignment still be published (a due time already past would lock every student out)? Null: yes. */
export function publishProblem(settings: Pick<AssignmentSettings, "dueAt">, now: Date): string | null {
  if (settings.dueAt && settings.dueAt.getTime() <= now.getTime()) return "The due time has passed: move it later before publishing.";
  return null;
}
