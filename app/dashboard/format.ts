import type { StudyDay } from "@/lib/study";

const DAY = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const SHORT = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

/** A study day ("2026-03-04") in words: "Wed 4 Mar 2026". Days are calendar dates, so UTC noon avoids any shift. */
export function formatDay(day: StudyDay, withYear = true): string {
  return (withYear ? DAY : SHORT).format(new Date(`${day}T12:00:00Z`));
}

export const percent = (value: number) => `${Math.round(value * 100)}%`;
