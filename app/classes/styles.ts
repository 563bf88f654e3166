/** The look the class pages share (after app/dashboard and app/flashcards). */
export const card = "rounded-lg border border-line-soft bg-surface p-4 shadow-sm sm:p-5";
export const primaryButton = "inline-flex min-h-11 items-center justify-center rounded-md bg-accent px-4 py-2 font-semibold text-on-accent hover:opacity-90";
export const secondaryButton = "inline-flex min-h-11 items-center justify-center rounded-md border border-accent px-4 py-2 font-medium text-accent hover:bg-accent-soft";
export const quietButton = "inline-flex min-h-11 items-center justify-center rounded-md border border-line px-3 py-2 text-sm font-medium hover:bg-accent-soft";
export const dangerButton = "inline-flex min-h-11 items-center justify-center rounded-md border border-bad px-3 py-2 text-sm font-semibold text-bad hover:bg-bad-soft";
export const input = "block w-full rounded-md border bg-surface px-3 py-2 text-base text-ink";
export const link = "font-medium text-accent underline underline-offset-4 hover:decoration-2";

export function formatDate(date: Date, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone }).format(date);
}

export function formatDateTime(date: Date, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}
