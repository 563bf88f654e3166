/**
 * Wall-clock times in a teacher's IANA time zone ↔ UTC instants, with Intl only (no library).
 * A teacher types "2026-03-29T02:30" in Europe/Berlin; the database stores the instant and the zone.
 *
 * Daylight saving: a local time that happens twice (clocks go back) means the first of the two; a
 * local time that never happens (clocks go forward) is moved forward by the gap ("02:30" on the
 * spring-forward night in Berlin is 03:30 CEST). That is what Temporal calls "compatible".
 */
import { isValidTimeZone } from "../study/days";

export { isValidTimeZone };

/** "YYYY-MM-DDTHH:mm", the value of an <input type="datetime-local">. */
export type LocalDateTime = string;

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock of an instant in a zone, as if it were UTC (ms). */
function wallMs(instantMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(new Date(instantMs))) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
}

/** The zone's offset from UTC at an instant, in ms (Berlin in summer: +7 200 000). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const ms = Math.floor(instant.getTime() / 1000) * 1000;
  return wallMs(ms, timeZone) - ms;
}

/** Parses "YYYY-MM-DDTHH:mm" into its wall clock as UTC ms, or null when it is not a real date and time. */
export function parseLocalDateTime(local: string): number | null {
  const m = LOCAL_RE.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 31 February over into March: refuse it instead.
  if (new Date(ms).getUTCDate() !== day) return null;
  return ms;
}

/** The instant a wall-clock time in `timeZone` stands for (see the DST rules above). Throws on a bad date or zone. */
export function localToUtc(local: LocalDateTime, timeZone: string): Date {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone "${timeZone}"`);
  const wall = parseLocalDateTime(local);
  if (wall === null) throw new RangeError(`"${local}" is not a date and time (YYYY-MM-DDTHH:mm)`);
  const day = 86_400_000;
  // The offsets a day before and a day after: zones change at most once in between.
  const before = zoneOffsetMs(new Date(wall - day), timeZone);
  const after = zoneOffsetMs(new Date(wall + day), timeZone);
  const candidates = [...new Set([wall - before, wall - after])].filter((t) => wallMs(t, timeZone) === wall).sort((a, b) => a - b);
  // Twice (clocks went back): the first. Never (clocks went forward): shifted by the gap, i.e. read with the earlier offset.
  return new Date(candidates[0] ?? wall - before);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The wall-clock time of an instant in `timeZone`, for a datetime-local input ("2026-12-08T23:59"). */
export function utcToLocal(instant: Date, timeZone: string): LocalDateTime {
  const d = new Date(wallMs(instant.getTime(), timeZone));
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Adds whole days to a wall-clock time ("…T23:59" a week later is still 23:59 there, DST or not). */
export function addLocalDays(local: LocalDateTime, days: number): LocalDateTime {
  const wall = parseLocalDateTime(local);
  if (wall === null) throw new RangeError(`"${local}" is not a date and time`);
  const d = new Date(wall + days * 86_400_000);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "Tue 8 Dec 2026, 23:59 CET": an instant as the teacher reads it in their zone. */
export function formatInZone(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" }).format(instant);
}
