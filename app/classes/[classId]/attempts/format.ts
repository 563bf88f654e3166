/** Shared by the results pages: dates in the teacher's zone, shares as percentages, durations, the CSV response. */
const formats = new Map<string, Intl.DateTimeFormat>();

/** "1 Mar 2026, 09:00" in the zone the teacher entered the assignment's dates in. */
export function formatDateTime(date: Date | null, timeZone = "UTC"): string {
  if (!date) return "—";
  let format = formats.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
    } catch {
      format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
    }
    formats.set(timeZone, format);
  }
  return format.format(date);
}

export const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

/** 4200 → "4 s", 95000 → "1 min 35 s". */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
}

/** A file name from a title: "Quiz 1 — Borodino" → "quiz-1-borodino". */
export function fileSlug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "export"
  );
}

/** A CSV download: UTF-8 with a byte-order mark (spreadsheets read accents right), never cached. */
export function csvResponse(csv: string, filename: string): Response {
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

export const card = "rounded-lg border border-line-soft bg-surface p-4 shadow-sm sm:p-5";
export const secondaryButton = "inline-flex min-h-11 items-center rounded-md border border-accent px-4 py-2 font-medium text-accent hover:bg-accent-soft";
export const linkClass = "font-medium text-accent underline underline-offset-4 hover:decoration-2";
