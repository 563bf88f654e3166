/** Human-readable forms of fact values, shared by pages and questions. */
import type { DateRange, NumberRange, PartialDate } from "./types";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "1905" → "1905", "1905-07" → "July 1905", "1905-07-07" → "7 July 1905". */
export function formatPartialDate(date: PartialDate): string {
  const [year, month, day] = date.split("-");
  if (!month) return year ?? date;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

export function formatDateRange(range: DateRange): string {
  if (range.start === range.end) return formatPartialDate(range.start);
  return `${formatPartialDate(range.start)} – ${formatPartialDate(range.end)}`;
}

const integer = new Intl.NumberFormat("en-GB");

export function formatNumberRange(range: NumberRange): string {
  const core = range.min === range.max ? integer.format(range.min) : `${integer.format(range.min)}–${integer.format(range.max)}`;
  return range.approx ? `c. ${core}` : core;
}
