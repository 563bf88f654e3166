"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useSyncExternalStore } from "react";
import { COUNT_MAX, COUNT_MIN, DEFAULT_COUNT, MODES, type AssignmentMode } from "@/lib/assignments/blueprint";
import { draftInputSchema } from "@/lib/assignments/draft";
import { defaultSettingsInput } from "@/lib/assignments/settings";
import { FAMILIES, FORMATS, type Family, type Format } from "@/lib/questions";
import { FAMILY_NAMES, FORMAT_NAMES, MODE_NAMES } from "./labels";
import { choiceClass, inputClass, readSettings, SettingsFields, type FieldErrors } from "./settings-fields";
import { fieldErrors, serverFieldError } from "./validate";

export interface WarChoice {
  id: string;
  name: string;
  events: { id: string; name: string }[];
}

const subscribe = () => () => {};

/**
 * The new-assignment form. It needs the browser's time zone for its default due time (a week from
 * today at 23:59 there), so it renders once mounted; the server never guesses the zone.
 */
export function NewAssignmentForm(props: { classId: string; wars: WarChoice[] }) {
  const mounted = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!mounted) return <p className="text-muted">Loading the form…</p>;
  return <FormBody {...props} />;
}

function FormBody({ classId, wars }: { classId: string; wars: WarChoice[] }) {
  const router = useRouter();
  const [timeZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
  const [defaults] = useState(() => defaultSettingsInput(new Date(), timeZone));
  const [events, setEvents] = useState<Set<string>>(new Set());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // One id per draft: a retried submission (a lost answer, a double click) finds the same draft.
  const draftId = useRef<string>(crypto.randomUUID());
  const alertRef = useRef<HTMLDivElement>(null);

  const toggleEvents = (ids: string[], on: boolean) =>
    setEvents((current) => {
      const next = new Set(current);
      for (const id of ids) if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  function fail(text: string, fields: FieldErrors) {
    setErrors(fields);
    setMessage(text);
    requestAnimationFrame(() => alertRef.current?.focus());
  }

  async function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const ticked = <T extends string>(name: string, all: readonly T[]) => all.filter((value) => data.getAll(name).includes(value));
    const families = ticked<Family>("family", FAMILIES);
    const formats = ticked<Format>("format", FORMATS);
    const body = {
      id: draftId.current,
      mode: String(data.get("mode") ?? "fixed") as AssignmentMode,
      blueprint: { eventIds: [...events], families, formats, count: Number(data.get("count")) },
      settings: readSettings(form, timeZone),
    };
    const checked = draftInputSchema.safeParse(body);
    if (!checked.success) return fail("Some settings need a change before the draft can be made.", fieldErrors(checked.error));
    if (families.length === 0) return fail("Tick at least one kind of fact.", { families: "Tick at least one kind of fact." });
    if (formats.length === 0) return fail("Tick at least one kind of question.", { formats: "Tick at least one kind of question." });
    setSaving(true);
    setErrors({});
    setMessage(null);
    try {
      const response = await fetch("/api/assignment-drafts", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...body, classroomId: classId }) });
      const answer = (await response.json().catch(() => ({}))) as { href?: string; error?: string };
      if (response.ok && answer.href) {
        setMessage("Draft made. Opening its preview…");
        router.push(answer.href);
        return;
      }
      const text = answer.error ?? "The draft could not be made.";
      fail(text, serverFieldError(text));
    } catch {
      fail("The draft could not be made: no connection to Muster. Nothing was lost; try again.", {});
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="space-y-8"
      noValidate
      data-testid="new-assignment-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
    >
      <div ref={alertRef} tabIndex={-1} aria-live="assertive" className="outline-none" data-testid="form-status">
        {message && (
          <p className={`rounded-md border border-l-4 p-3 ${Object.keys(errors).length ? "border-bad bg-bad-soft" : "border-line-soft bg-surface"}`}>
            {message}
          </p>
        )}
      </div>

      <section className="space-y-4 rounded-lg border border-line-soft bg-surface p-5 shadow-sm sm:p-6" aria-labelledby="about-heading">
        <h2 id="about-heading" className="text-lg font-semibold">
          The assignment
        </h2>
        <SettingsFields defaults={defaults} errors={errors} timeZone={timeZone} idPrefix="new" />
      </section>

      <section className="space-y-6 rounded-lg border border-line-soft bg-surface p-5 shadow-sm sm:p-6" aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="text-lg font-semibold">
          The questions
        </h2>

        <fieldset className="space-y-3">
          <legend className="font-semibold">Events</legend>
          <p className="text-sm text-muted" id="events-hint">
            Tick the battles to ask about. Ticking none asks about everything in the library.
          </p>
          <div className="grid gap-3 md:grid-cols-2" aria-describedby="events-hint">
            {wars.map((war) => {
              const ids = war.events.map((event) => event.id);
              const all = ids.every((id) => events.has(id));
              return (
                <fieldset key={war.id} className="space-y-1 rounded-md border border-line-soft p-3">
                  <legend className="px-1 text-sm font-semibold">{war.name}</legend>
                  <label className="flex min-h-11 cursor-pointer items-center gap-2 font-medium">
                    <input type="checkbox" checked={all} onChange={(event) => toggleEvents(ids, event.target.checked)} className="size-4 accent-accent" />
                    All of the {war.name} ({ids.length})
                  </label>
                  {war.events.map((event) => (
                    <label key={event.id} className="flex min-h-11 cursor-pointer items-center gap-2 pl-6">
                      <input type="checkbox" name="event" value={event.id} checked={events.has(event.id)} onChange={(change) => toggleEvents([event.id], change.target.checked)} className="size-4 accent-accent" />
                      {event.name}
                    </label>
                  ))}
                </fieldset>
              );
            })}
          </div>
          <p className="text-sm" aria-live="polite" data-testid="events-summary">
            {events.size === 0 ? "All events in the library." : `${events.size} ${events.size === 1 ? "event" : "events"} chosen.`}
          </p>
        </fieldset>

        <fieldset className="space-y-2" aria-describedby={errors.families ? "error-families" : undefined}>
          <legend className="font-semibold">Kinds of fact</legend>
          <div className="grid gap-2 sm:grid-cols-3 lg:grid-cols-4">
            {FAMILIES.map((family) => (
              <label key={family} className={choiceClass}>
                <input type="checkbox" name="family" value={family} defaultChecked className="size-4 accent-accent" />
                {FAMILY_NAMES[family]}
              </label>
            ))}
          </div>
          {errors.families && (
            <p id="error-families" className="text-sm font-medium text-bad">
              {errors.families}
            </p>
          )}
        </fieldset>

        <fieldset className="space-y-2" aria-describedby={errors.formats ? "error-formats" : undefined}>
          <legend className="font-semibold">Kinds of question</legend>
          <div className="grid gap-2 sm:grid-cols-3 lg:grid-cols-4">
            {FORMATS.map((format) => (
              <label key={format} className={choiceClass}>
                <input type="checkbox" name="format" value={format} defaultChecked className="size-4 accent-accent" />
                {FORMAT_NAMES[format]}
              </label>
            ))}
          </div>
          {errors.formats && (
            <p id="error-formats" className="text-sm font-medium text-bad">
              {errors.formats}
            </p>
          )}
        </fieldset>

        <div className="space-y-1">
          <label htmlFor="new-count" className="block font-semibold">
            Questions per student
          </label>
          <input id="new-count" name="count" type="number" inputMode="numeric" required min={COUNT_MIN} max={COUNT_MAX} step={1} defaultValue={DEFAULT_COUNT} className={`${inputClass} max-w-32`} aria-invalid={errors.count ? true : undefined} aria-describedby={errors.count ? "error-count" : undefined} />
          {errors.count && (
            <p id="error-count" className="text-sm font-medium text-bad">
              {errors.count}
            </p>
          )}
        </div>

        <fieldset className="space-y-2">
          <legend className="font-semibold">Who gets which questions</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {MODES.map((mode) => (
              <label key={mode} className={`${choiceClass} items-start py-2`}>
                <input type="radio" name="mode" value={mode} defaultChecked={mode === "fixed"} className="mt-1 accent-accent" aria-describedby={`mode-${mode}-hint`} />
                <span>
                  <span className="block font-medium">{MODE_NAMES[mode].title}</span>
                  <span id={`mode-${mode}-hint`} className="block text-sm text-muted">
                    {MODE_NAMES[mode].hint}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      </section>

      <button type="submit" disabled={saving} className="min-h-11 rounded-md bg-accent px-5 py-2.5 font-semibold text-on-accent hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:opacity-60">
        {saving ? "Making the draft…" : "Make the draft and preview it"}
      </button>
    </form>
  );
}
