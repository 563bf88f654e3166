/**
 * Study days: a day rolls over at 04:00 in the student's time zone (as in Anki), so a late-night
 * session still counts for the evening it started. Pure: instants in, ISO day strings out, via Intl.
 */

/** Local hour at which a new study day begins. */
export const DAY_ROLLOVER_HOUR = 4;

/** A study day as "YYYY-MM-DD" (the local calendar date of its 04:00 start). */
export type StudyDay = string;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True for an IANA zone name Intl knows ("Europe/Berlin", "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== "string" || timeZone.length === 0) return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone "${timeZone}": use an IANA name such as "Europe/Berlin"`);
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: Date, timeZone: string): WallClock {
  assertTimeZone(timeZone);
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
}

/** Offset of the zone from UTC at an instant, in ms (local = utc + offset). */
function offsetAt(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

function parseDay(day: StudyDay): [number, number, number] {
  const m = DAY_RE.exec(day);
  if (!m) throw new RangeError(`Not a study day "${day}": expected YYYY-MM-DD`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function formatUtcDay(ms: number): StudyDay {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The study day an instant belongs to: its local date, minus one before 04:00. */
export function studyDayOf(instant: Date, timeZone: string): StudyDay {
  const w = wallClock(instant, timeZone);
  const date = Date.UTC(w.year, w.month - 1, w.day);
  return formatUtcDay(w.hour < DAY_ROLLOVER_HOUR ? date - 86_400_000 : date);
}

/** Calendar arithmetic on study days (independent of zones: a day is a label). */
export function addDays(day: StudyDay, n: number): StudyDay {
  const [y, m, d] = parseDay(day);
  return formatUtcDay(Date.UTC(y, m - 1, d + n));
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: StudyDay, b: StudyDay): number {
  const [y1, m1, d1] = parseDay(a);
  const [y2, m2, d2] = parseDay(b);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/**
 * The instant a study day begins: 04:00 local on its date. Found by correcting a UTC guess with
 * the zone's offset twice (enough across a DST change); if 04:00 does not exist that night (a
 * spring-forward at 04:00), the first instant after the gap.
 */
export function studyDayStart(day: StudyDay, timeZone: string): Date {
  const [y, m, d] = parseDay(day);
  const wall = Date.UTC(y, m - 1, d, DAY_ROLLOVER_HOUR);
  let t = wall - offsetAt(new Date(wall), timeZone);
  t = wall - offsetAt(new Date(t), timeZone);
  // In a gap the local clock jumps past 04:00; step back to the earliest instant still on this day.
  if (studyDayOf(new Date(t), timeZone) !== day) t = wall - offsetAt(new Date(wall), timeZone);
  while (studyDayOf(new Date(t - 60_000), timeZone) === day) t -= 60_000;
  return new Date(t);
}

/** The instant the study day ends (exclusive): the start of the next one. */
export function studyDayEnd(day: StudyDay, timeZone: string): Date {
  return studyDayStart(addDays(day, 1), timeZone);
}

/**
 * studyDayOf for many instants (a year of review logs): remembers each day's [start, end) and
 * finds an instant's day by binary search, so Intl runs a few times per distinct day, not per log.
 */
export function studyDayResolver(timeZone: string): (instant: Date | string | number) => StudyDay {
  assertTimeZone(timeZone);
  const starts: number[] = [];
  const ends: number[] = [];
  const days: StudyDay[] = [];
  return (instant) => {
    const t = typeof instant === "number" ? instant : typeof instant === "string" ? Date.parse(instant) : instant.getTime();
    if (Number.isNaN(t)) throw new RangeError(`Invalid instant: ${String(instant)}`);
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    const i = lo - 1;
    if (i >= 0 && t < ends[i]!) return days[i]!;
    const day = studyDayOf(new Date(t), timeZone);
    starts.splice(lo, 0, studyDayStart(day, timeZone).getTime());
    ends.splice(lo, 0, studyDayEnd(day, timeZone).getTime());
    days.splice(lo, 0, day);
    return day;
  };
}
