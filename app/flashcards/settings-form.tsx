"use client";

import { useState } from "react";
import type { StudySettings } from "@/lib/study";

/** Retention, new cards per day and time zone; saved through PUT /api/study/settings. */
export function SettingsForm({ settings }: { settings: StudySettings }) {
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(form: HTMLFormElement) {
    const data = new FormData(form);
    setSaving(true);
    setStatus(null);
    try {
      const response = await fetch("/api/study/settings", {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          desiredRetention: Number(data.get("desiredRetention")) / 100,
          newCardsPerDay: Number(data.get("newCardsPerDay")),
          timeZone: String(data.get("timeZone") ?? "").trim(),
        }),
      });
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      if (!response.ok) setStatus({ tone: "error", text: body.error ?? "The settings could not be saved." });
      else setStatus({ tone: "ok", text: "Settings saved. They apply from the next card." });
    } catch {
      setStatus({ tone: "error", text: "The settings could not be saved: no connection to Muster." });
    } finally {
      setSaving(false);
    }
  }

  const browserZone = typeof Intl !== "undefined" ? Intl.DateTimeFormat().resolvedOptions().timeZone : "UTC";
  const field = "block w-full max-w-xs rounded-md border border-line bg-surface px-3 py-2 text-base";
  return (
    <form
      className="mt-4 space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void save(event.currentTarget);
      }}
    >
      <div className="space-y-1">
        <label htmlFor="desired-retention" className="block font-medium">
          Desired retention (%)
        </label>
        <input id="desired-retention" name="desiredRetention" type="number" min={70} max={99} step={1} required defaultValue={Math.round(settings.desiredRetention * 100)} aria-describedby="retention-help" className={field} />
        <p id="retention-help" className="text-sm text-muted">
          How likely you want to be to remember a card when it comes back (70–99). Higher means more reviews.
        </p>
      </div>
      <div className="space-y-1">
        <label htmlFor="new-per-day" className="block font-medium">
          New cards per day
        </label>
        <input id="new-per-day" name="newCardsPerDay" type="number" min={0} max={9999} step={1} required defaultValue={settings.newCardsPerDay} className={field} />
      </div>
      <div className="space-y-1">
        <label htmlFor="time-zone" className="block font-medium">
          Time zone
        </label>
        <input id="time-zone" name="timeZone" type="text" required defaultValue={settings.timeZone} aria-describedby="zone-help" className={field} autoComplete="off" spellCheck={false} />
        <p id="zone-help" className="text-sm text-muted">
          An IANA name such as Europe/Berlin (this browser: {browserZone}). A new study day starts at 04:00 there.
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={saving} className="min-h-11 rounded-md bg-accent px-4 font-medium text-on-accent disabled:opacity-60">
          Save settings
        </button>
        <p role="status" className={status?.tone === "error" ? "text-bad" : "text-good"}>
          {status?.text}
        </p>
      </div>
    </form>
  );
}
