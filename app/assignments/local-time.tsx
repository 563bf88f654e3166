"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

function format(iso: string, timeZone: string | undefined, withZone: boolean): string {
  const options: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", ...(timeZone && { timeZone }), ...(withZone && { timeZoneName: "short" }) };
  try {
    return new Intl.DateTimeFormat("en-GB", options).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(new Date(iso));
  }
}

/**
 * A date and time in the student's own zone (the browser's). The server does not know that zone,
 * so the first render shows the teacher's zone, named, and the browser replaces it after hydration.
 */
export function LocalTime({ iso, fallbackZone = "UTC" }: { iso: string; fallbackZone?: string }) {
  const text = useSyncExternalStore(
    subscribe,
    () => format(iso, undefined, true),
    () => format(iso, fallbackZone, true),
  );
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {text}
    </time>
  );
}
