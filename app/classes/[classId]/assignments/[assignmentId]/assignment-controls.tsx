"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { settingsSchema, type SettingsInput } from "@/lib/assignments/settings";
import { readSettings, SettingsFields, type FieldErrors } from "../new/settings-fields";
import { fieldErrors, serverFieldError } from "../new/validate";

const button = "min-h-11 rounded-md border border-line bg-surface px-4 font-medium hover:bg-accent-soft disabled:opacity-60";
const dangerButton = "min-h-11 rounded-md border border-bad bg-surface px-4 font-medium text-bad hover:bg-bad-soft disabled:opacity-60";
const primary = "min-h-11 rounded-md bg-accent px-5 py-2.5 font-semibold text-on-accent hover:opacity-90 disabled:opacity-60";

/** Edit the settings (draft or published): times shown and read in the zone they were set in. */
export function SettingsEditor({ assignmentId, defaults }: { assignmentId: string; defaults: SettingsInput }) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(form: HTMLFormElement) {
    const input = readSettings(form, defaults.timeZone);
    const checked = settingsSchema.safeParse(input);
    if (!checked.success) {
      setErrors(fieldErrors(checked.error));
      setStatus({ tone: "error", text: "Some settings need a change." });
      return;
    }
    setSaving(true);
    setStatus(null);
    try {
      const response = await fetch(`/api/assignment-drafts/${encodeURIComponent(assignmentId)}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ settings: input }) });
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      if (!response.ok) {
        const text = body.error ?? "The settings could not be saved.";
        setErrors(serverFieldError(text));
        setStatus({ tone: "error", text });
        return;
      }
      setErrors({});
      setStatus({ tone: "ok", text: "Settings saved." });
      router.refresh();
    } catch {
      setStatus({ tone: "error", text: "No connection to Muster: the settings were not saved. Try again." });
    } finally {
      setSaving(false);
    }
  }

  return (
    <details className="group rounded-lg border border-line-soft bg-surface" data-testid="edit-settings">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-4 font-medium text-accent underline-offset-4 hover:underline">
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
          ▸
        </span>
        Edit settings
      </summary>
      <form
        noValidate
        className="space-y-6 border-t border-line-soft p-4 sm:p-5"
        onSubmit={(event) => {
          event.preventDefault();
          void save(event.currentTarget);
        }}
      >
        <SettingsFields defaults={defaults} errors={errors} timeZone={defaults.timeZone} idPrefix="edit" />
        <div aria-live="polite">{status && <p className={`rounded-md border border-l-4 p-3 ${status.tone === "error" ? "border-bad bg-bad-soft" : "border-good bg-good-soft"}`}>{status.text}</p>}</div>
        <button type="submit" disabled={saving} className={primary}>
          {saving ? "Saving…" : "Save settings"}
        </button>
      </form>
    </details>
  );
}

/** Publish (after a confirmation that says what freezes) or delete the draft. */
export function DraftActions({ assignmentId, classId, questionCount, questionsPerAttempt, mode }: { assignmentId: string; classId: string; questionCount: number; questionsPerAttempt: number; mode: "fixed" | "drawn" }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState<"publish" | "delete" | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  function ask(what: "publish" | "delete") {
    setConfirming(what);
    setError(null);
    requestAnimationFrame(() => confirmRef.current?.focus());
  }

  async function run(what: "publish" | "delete") {
    setBusy(true);
    setError(null);
    try {
      const base = `/api/assignment-drafts/${encodeURIComponent(assignmentId)}`;
      const response = what === "publish" ? await fetch(`${base}/publish`, { method: "POST" }) : await fetch(base, { method: "DELETE" });
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      if (!response.ok) {
        setError(body.error ?? `The assignment could not be ${what === "publish" ? "published" : "deleted"}.`);
        return;
      }
      setConfirming(null);
      if (what === "delete") router.push(`/classes/${classId}`);
      else router.refresh();
    } catch {
      setError("No connection to Muster: nothing changed. Try again.");
    } finally {
      setBusy(false);
    }
  }

  const what = mode === "drawn" ? `the pool of ${questionCount} questions (each student gets ${questionsPerAttempt})` : `these ${questionCount} questions`;
  return (
    <section className="space-y-3 rounded-lg border border-line-soft bg-surface p-4 shadow-sm sm:p-5" aria-labelledby="publish-heading">
      <h2 id="publish-heading" className="text-lg font-semibold">
        Ready?
      </h2>
      <p className="text-muted">Publishing freezes {what}: from then on they cannot be dropped or replaced, and later changes to the articles never alter them. You can still change the settings.</p>
      {confirming ? (
        <div role="group" aria-labelledby="confirm-text" className={`space-y-3 rounded-md border border-l-4 p-3 ${confirming === "delete" ? "border-bad bg-bad-soft" : "border-warn bg-warn-soft"}`} data-testid="confirm">
          <p id="confirm-text" className="font-medium">
            {confirming === "publish" ? `Publish now and freeze ${what}?` : "Delete this draft and its questions? This cannot be undone."}
          </p>
          <div className="flex flex-wrap gap-2">
            <button ref={confirmRef} type="button" disabled={busy} onClick={() => void run(confirming)} className={confirming === "delete" ? "min-h-11 rounded-md bg-bad px-5 font-semibold text-surface disabled:opacity-60" : primary}>
              {busy ? "Working…" : confirming === "publish" ? "Yes, publish" : "Yes, delete the draft"}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                setConfirming(null);
                requestAnimationFrame(() => openRef.current?.focus());
              }}
              className={button}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <button ref={openRef} type="button" disabled={questionCount === 0} onClick={() => ask("publish")} className={primary}>
            Publish…
          </button>
          <button type="button" onClick={() => ask("delete")} className={dangerButton}>
            Delete draft…
          </button>
        </div>
      )}
      {questionCount === 0 && <p className="text-sm">Add questions before publishing: make a new draft, since this one has none left.</p>}
      <div aria-live="assertive">{error && <p className="rounded-md border border-l-4 border-bad bg-bad-soft p-3">{error}</p>}</div>
    </section>
  );
}
