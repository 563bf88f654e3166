/**
 * The settings part of the assignment form (title, instructions, times in the teacher's zone,
 * attempts, time limit, late work, reveal), shared by the new-assignment form and the edit form
 * of an existing one. Uncontrolled inputs read with FormData (readSettings); errors per field.
 */
import type { SettingsInput } from "@/lib/assignments/settings";
import { ATTEMPTS_MAX, ATTEMPTS_MIN, LATE_WORK, REVEALS, TIME_LIMIT_MAX, TIME_LIMIT_MIN, TITLE_MAX } from "@/lib/assignments/settings";
import { LATE_WORK_NAMES, REVEAL_NAMES } from "./labels";

export type FieldErrors = Partial<Record<string, string>>;

export const inputClass = "block w-full rounded-md border border-line bg-surface px-3 py-2 text-base aria-invalid:border-bad";
const choiceClass = "flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-line bg-surface px-3 has-checked:border-accent has-checked:bg-accent-soft";

/** The settings as the server's schema wants them, read from the form. */
export function readSettings(form: HTMLFormElement, timeZone: string): SettingsInput {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "");
  const limit = text("timeLimitMinutes").trim();
  return {
    title: text("title"),
    instructions: text("instructions"),
    timeZone,
    opensAt: text("opensAt"),
    dueAt: text("dueAt"),
    attemptsAllowed: Number(text("attemptsAllowed")),
    timeLimitMinutes: limit === "" ? null : Number(limit),
    lateWork: text("lateWork") as SettingsInput["lateWork"],
    reveal: text("reveal") as SettingsInput["reveal"],
  };
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-medium text-bad">
      {message}
    </p>
  );
}

/** aria attributes for a field with an optional hint and an optional error. */
function described(name: string, errors: FieldErrors, hint?: string) {
  const ids = [hint, errors[name] ? `error-${name}` : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": errors[name] ? true : undefined, ...(ids && { "aria-describedby": ids }) };
}

export function SettingsFields({ defaults, errors, timeZone, idPrefix }: { defaults: SettingsInput; errors: FieldErrors; timeZone: string; idPrefix: string }) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <div className="space-y-4">
        <div className="space-y-1">
          <label htmlFor={id("title")} className="block font-semibold">
            Title
          </label>
          <input id={id("title")} name="title" type="text" required maxLength={TITLE_MAX} defaultValue={defaults.title} className={`${inputClass} max-w-xl`} {...described("title", errors)} />
          <FieldError id="error-title" message={errors.title} />
        </div>
        <div className="space-y-1">
          <label htmlFor={id("instructions")} className="block font-semibold">
            Instructions <span className="font-normal text-muted">(optional)</span>
          </label>
          <textarea id={id("instructions")} name="instructions" rows={3} defaultValue={defaults.instructions ?? ""} className={`${inputClass} max-w-xl`} {...described("instructions", errors)} />
          <FieldError id="error-instructions" message={errors.instructions} />
        </div>
      </div>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">When</legend>
        <p className="text-sm text-muted" id={id("zone-hint")} data-testid="time-zone">
          Times are in your time zone, <strong className="font-semibold text-ink">{timeZone}</strong>.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor={id("opensAt")} className="block font-medium">
              Opens <span className="font-normal text-muted">(optional)</span>
            </label>
            <input id={id("opensAt")} name="opensAt" type="datetime-local" defaultValue={defaults.opensAt ?? ""} className={inputClass} {...described("opensAt", errors, `${id("zone-hint")} ${id("opens-hint")}`)} />
            <p id={id("opens-hint")} className="text-sm text-muted">
              Empty: open as soon as you publish.
            </p>
            <FieldError id="error-opensAt" message={errors.opensAt} />
          </div>
          <div className="space-y-1">
            <label htmlFor={id("dueAt")} className="block font-medium">
              Due <span className="font-normal text-muted">(optional)</span>
            </label>
            <input id={id("dueAt")} name="dueAt" type="datetime-local" defaultValue={defaults.dueAt ?? ""} className={inputClass} {...described("dueAt", errors, id("zone-hint"))} />
            <FieldError id="error-dueAt" message={errors.dueAt} />
          </div>
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Attempts</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor={id("attemptsAllowed")} className="block font-medium">
              Attempts allowed
            </label>
            <input id={id("attemptsAllowed")} name="attemptsAllowed" type="number" inputMode="numeric" required min={ATTEMPTS_MIN} max={ATTEMPTS_MAX} step={1} defaultValue={defaults.attemptsAllowed} className={`${inputClass} max-w-32`} {...described("attemptsAllowed", errors)} />
            <FieldError id="error-attemptsAllowed" message={errors.attemptsAllowed} />
          </div>
          <div className="space-y-1">
            <label htmlFor={id("timeLimitMinutes")} className="block font-medium">
              Time limit in minutes <span className="font-normal text-muted">(optional)</span>
            </label>
            <input id={id("timeLimitMinutes")} name="timeLimitMinutes" type="number" inputMode="numeric" min={TIME_LIMIT_MIN} max={TIME_LIMIT_MAX} step={1} defaultValue={defaults.timeLimitMinutes ?? ""} className={`${inputClass} max-w-32`} {...described("timeLimitMinutes", errors, id("limit-hint"))} />
            <p id={id("limit-hint")} className="text-sm text-muted">
              {TIME_LIMIT_MIN}–{TIME_LIMIT_MAX}, counted from when a student starts. Empty: no limit.
            </p>
            <FieldError id="error-timeLimitMinutes" message={errors.timeLimitMinutes} />
          </div>
        </div>
        <fieldset className="space-y-2" {...described("lateWork", errors)}>
          <legend className="font-medium">Late work</legend>
          <div className="flex flex-wrap gap-2">
            {LATE_WORK.map((value) => (
              <label key={value} className={choiceClass}>
                <input type="radio" name="lateWork" value={value} defaultChecked={defaults.lateWork === value} className="accent-accent" />
                {LATE_WORK_NAMES[value]}
              </label>
            ))}
          </div>
          <FieldError id="error-lateWork" message={errors.lateWork} />
        </fieldset>
        <fieldset className="space-y-2" {...described("reveal", errors)}>
          <legend className="font-medium">Students see the answers</legend>
          <div className="flex flex-wrap gap-2">
            {REVEALS.map((value) => (
              <label key={value} className={choiceClass}>
                <input type="radio" name="reveal" value={value} defaultChecked={defaults.reveal === value} className="accent-accent" />
                {REVEAL_NAMES[value]}
              </label>
            ))}
          </div>
          <FieldError id="error-reveal" message={errors.reveal} />
        </fieldset>
      </fieldset>
    </>
  );
}

export { choiceClass };
