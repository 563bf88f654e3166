"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import type { UploadPreview } from "@/lib/server/library/uploads";

type Stage = { kind: "edit" } | { kind: "previewing" } | { kind: "preview"; preview: UploadPreview } | { kind: "publishing"; preview: UploadPreview } | { kind: "published"; eventId: string; name: string; summary: string };

const SIDE = (side: number | null) => (side === null ? "Event" : `Side ${side}`);
const KIND_LABELS: Record<string, string> = { proseNumber: "number in the text", partOf: "war", total: "total casualties" };

/**
 * Paste or upload an article, see what Muster reads from it (facts with their lines, warnings, the
 * event it joins and why), then publish or cancel. Nothing is stored before "Publish".
 */
export function AddArticle() {
  const router = useRouter();
  const ids = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: "edit" });
  const [error, setError] = useState<string | null>(null);
  const statusRef = useRef<HTMLHeadingElement>(null);

  function form(sha256?: string): FormData {
    const data = new FormData();
    const file = fileRef.current?.files?.[0];
    if (file) data.set("file", file);
    else data.set("text", text);
    if (sha256) data.set("sha256", sha256);
    return data;
  }

  async function send(url: string, body: FormData): Promise<{ ok: true; json: unknown } | { ok: false; message: string }> {
    const response = await fetch(url, { method: "POST", body }).catch(() => null);
    if (!response) return { ok: false, message: "Muster could not be reached; check your connection and try again." };
    const json = (await response.json().catch(() => null)) as { error?: string } | null;
    if (!response.ok) return { ok: false, message: json?.error ?? `The server refused the article (${response.status}).` };
    return { ok: true, json };
  }

  async function preview() {
    setError(null);
    setStage({ kind: "previewing" });
    const result = await send("/api/library/preview", form());
    if (!result.ok) {
      setError(result.message);
      setStage({ kind: "edit" });
      return;
    }
    setStage({ kind: "preview", preview: result.json as UploadPreview });
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  async function publish(current: UploadPreview) {
    setError(null);
    setStage({ kind: "publishing", preview: current });
    const result = await send("/api/library/articles", form(current.sha256));
    if (!result.ok) {
      setError(result.message);
      setStage({ kind: "preview", preview: current });
      return;
    }
    const body = result.json as { eventId: string; summary: string };
    setStage({ kind: "published", eventId: body.eventId, name: current.event?.name ?? current.title, summary: body.summary });
    setText("");
    setFileName(null);
    if (fileRef.current) fileRef.current.value = "";
    router.refresh();
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  function cancel() {
    setStage({ kind: "edit" });
    setError(null);
  }

  const shown = stage.kind === "preview" || stage.kind === "publishing" ? stage.preview : null;
  const empty = text.trim() === "" && fileName === null;

  return (
    <section aria-labelledby={`${ids}-heading`} className="space-y-5 rounded-lg border border-line-soft bg-surface p-4 sm:p-6">
      <h2 id={`${ids}-heading`} className="font-serif text-2xl font-bold">
        Add an article
      </h2>

      {stage.kind === "published" && (
        <div role="status" className="space-y-2 rounded-md border border-l-4 border-good bg-good-soft p-4">
          <h3 ref={statusRef} tabIndex={-1} className="text-lg font-semibold">
            Published: {stage.name}
          </h3>
          <p>{stage.summary}.</p>
          <p className="flex flex-wrap gap-x-4 gap-y-1">
            <Link href={`/events/${stage.eventId}`} className="font-medium text-accent underline underline-offset-4">
              See its facts
            </Link>
            <Link href={`/practice?event=${encodeURIComponent(stage.eventId)}`} className="font-medium text-accent underline underline-offset-4">
              Practise it
            </Link>
            <Link href="/classes" className="font-medium text-accent underline underline-offset-4">
              Assign it to a class
            </Link>
          </p>
        </div>
      )}

      {!shown && (
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            void preview();
          }}
        >
          <div className="space-y-1">
            <label htmlFor={`${ids}-text`} className="block font-semibold">
              Article text
            </label>
            <p id={`${ids}-text-hint`} className="text-sm text-muted">
              The whole article, as copied from an encyclopedia page: its title on the first line, then the infobox and the text.
            </p>
            <textarea
              id={`${ids}-text`}
              aria-describedby={`${ids}-text-hint`}
              value={text}
              onChange={(event) => setText(event.target.value)}
              disabled={fileName !== null}
              rows={10}
              className="block w-full rounded-md border border-line bg-paper px-3 py-2 font-mono text-sm disabled:opacity-60"
            />
          </div>
          <div className="space-y-1">
            <label htmlFor={`${ids}-file`} className="block font-semibold">
              Or upload a .txt file
            </label>
            <p id={`${ids}-file-hint`} className="text-sm text-muted">
              Plain text in UTF-8, at most 1 MB.
            </p>
            <div className="flex flex-wrap items-center gap-3">
              <input
                ref={fileRef}
                id={`${ids}-file`}
                type="file"
                accept=".txt,text/plain"
                aria-describedby={`${ids}-file-hint`}
                onChange={(event) => setFileName(event.target.files?.[0]?.name ?? null)}
                className="block max-w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border file:border-line file:bg-surface file:px-4 file:font-medium"
              />
              {fileName && (
                <button
                  type="button"
                  onClick={() => {
                    if (fileRef.current) fileRef.current.value = "";
                    setFileName(null);
                  }}
                  className="min-h-11 rounded-md border border-line px-3 text-sm"
                >
                  Remove the file
                </button>
              )}
            </div>
          </div>
          {error && (
            <p role="alert" className="rounded-md border border-l-4 border-bad bg-bad-soft p-3">
              {error}
            </p>
          )}
          <button type="submit" disabled={empty || stage.kind === "previewing"} className="min-h-11 rounded-md bg-accent px-5 font-semibold text-on-accent disabled:opacity-60">
            {stage.kind === "previewing" ? "Reading the article…" : "Preview"}
          </button>
        </form>
      )}

      {shown && <PreviewView preview={shown} headingRef={statusRef} error={error} busy={stage.kind === "publishing"} onPublish={() => void publish(shown)} onCancel={cancel} />}
    </section>
  );
}

function PreviewView({
  preview,
  headingRef,
  error,
  busy,
  onPublish,
  onCancel,
}: {
  preview: UploadPreview;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  error: string | null;
  busy: boolean;
  onPublish: () => void;
  onCancel: () => void;
}) {
  const warnings = preview.issues.filter((issue) => issue.severity === "warning");
  const errors = preview.issues.filter((issue) => issue.severity === "error");
  return (
    <div className="space-y-6" data-testid="article-preview">
      <div className="space-y-1">
        <h3 ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
          Preview: {preview.title || "(no title)"}
        </h3>
        <p className="text-sm text-muted">
          Nothing is stored yet. Read as {preview.shape === "scraped" ? "a page copied from a website (table lines)" : "an encyclopedia text with an infobox"}; {preview.facts.length}{" "}
          fact{preview.facts.length === 1 ? "" : "s"}, {warnings.length} warning{warnings.length === 1 ? "" : "s"}.
        </p>
      </div>

      {preview.event && (
        <section aria-label="Where it goes" className={`space-y-2 rounded-md border border-l-4 p-4 ${preview.event.kind === "merge" ? "border-accent bg-accent-soft" : "border-line bg-paper"}`}>
          <p className="font-semibold">{preview.event.kind === "merge" ? `Joins the event "${preview.event.name}"` : `A new event: "${preview.event.name}"`}</p>
          <p>{preview.event.reason}</p>
          {preview.event.mergesWith.length > 0 && <p className="text-sm text-muted">Already described by: {preview.event.mergesWith.map((entry) => entry.title || entry.file).join("; ")}.</p>}
          {preview.event.keptApart.length > 0 && (
            <ul className="list-disc pl-5 text-sm">
              {preview.event.keptApart.map((other) => (
                <li key={other.eventId}>
                  Kept apart from &ldquo;{other.name}&rdquo;: {other.reason}.
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {(errors.length > 0 || warnings.length > 0) && (
        <section aria-labelledby="preview-issues" className="space-y-2">
          <h4 id="preview-issues" className="font-semibold">
            {errors.length > 0 ? "Problems" : "Warnings"}
          </h4>
          <ul className="space-y-1" data-testid="preview-issues">
            {[...errors, ...warnings].map((issue, index) => (
              <li key={index} className={`rounded-md border border-l-4 p-2 ${issue.severity === "error" ? "border-bad bg-bad-soft" : "border-warn bg-warn-soft"}`}>
                <span className="font-semibold">
                  {issue.severity === "error" ? "Error" : "Warning"}, line {issue.line}:
                </span>{" "}
                {issue.message}
              </li>
            ))}
          </ul>
        </section>
      )}

      {preview.facts.length > 0 && (
        <section aria-labelledby="preview-facts" className="space-y-2">
          <h4 id="preview-facts" className="font-semibold">
            Facts read from the article
          </h4>
          <div className="overflow-x-auto rounded-md border border-line-soft">
            <table className="w-full text-left text-sm">
              <thead className="bg-paper">
                <tr>
                  <th scope="col" className="p-2">
                    Line
                  </th>
                  <th scope="col" className="p-2">
                    What
                  </th>
                  <th scope="col" className="p-2">
                    Value
                  </th>
                  <th scope="col" className="p-2">
                    In the library
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.facts.map((fact) => (
                  <tr key={`${fact.id}-${fact.line}`} className="border-t border-line-soft align-top">
                    <td className="p-2 tabular-nums">{fact.line}</td>
                    <td className="p-2">
                      {KIND_LABELS[fact.kind] ?? fact.kind}
                      <span className="block text-xs text-muted">{SIDE(fact.side)}</span>
                    </td>
                    <td className="p-2">
                      {fact.value}
                      {fact.quote && fact.quote !== fact.value && <span className="block text-xs text-muted">&ldquo;{fact.quote.slice(0, 160)}&rdquo;</span>}
                    </td>
                    <td className="p-2 text-xs">{fact.changes ? `changes "${fact.changes}"` : fact.alreadyKnown ? "already known: adds a source" : "new"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {error && (
        <p role="alert" className="rounded-md border border-l-4 border-bad bg-bad-soft p-3">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={onPublish} disabled={!preview.publishable || busy} className="min-h-11 rounded-md bg-accent px-5 font-semibold text-on-accent disabled:opacity-60">
          {busy ? "Publishing…" : "Publish"}
        </button>
        <button type="button" onClick={onCancel} disabled={busy} className="min-h-11 rounded-md border border-line px-5 font-medium">
          Cancel
        </button>
        {!preview.publishable && <p className="self-center text-sm">Fix the problems above in the article and preview it again.</p>}
      </div>
    </div>
  );
}
