/**
 * A year of reviews as a calendar, rendered on the server as SVG: one square per study day, a
 * column per week (Monday first). Every square has a <title>; the figure has a text summary.
 */
import type { StudyDay } from "@/lib/study";
import { formatDay } from "./format";

const CELL = 11;
const GAP = 3;
const STEP = CELL + GAP;
const LEFT = 28;
const TOP = 16;

/** Shade 0 (none) to 4 (many), relative to the student's busiest day. */
function level(count: number, max: number): number {
  if (count === 0 || max === 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));
}

const FILLS = ["fill-heat-0", "fill-heat-1", "fill-heat-2", "fill-heat-3", "fill-heat-4"];
const weekday = (day: StudyDay) => (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });

export function ReviewHeatmap({ days, titleId }: { days: { day: StudyDay; count: number }[]; titleId: string }) {
  const max = Math.max(0, ...days.map((d) => d.count));
  const offset = days.length ? weekday(days[0]!.day) : 0;
  const weeks = Math.ceil((offset + days.length) / 7);
  const width = LEFT + weeks * STEP;
  const height = TOP + 7 * STEP;
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const active = days.filter((d) => d.count > 0).length;
  const busiest = days.reduce<{ day: StudyDay; count: number } | null>((best, d) => (d.count > (best?.count ?? 0) ? d : best), null);
  const months: { x: number; label: string }[] = [];
  days.forEach((d, i) => {
    if (d.day.endsWith("-01")) months.push({ x: LEFT + Math.floor((offset + i) / 7) * STEP, label: MONTH.format(new Date(`${d.day}T12:00:00Z`)) });
  });
  const summary =
    total === 0
      ? "No reviews in the last year yet."
      : `${total} ${total === 1 ? "review" : "reviews"} on ${active} of the last ${days.length} days${busiest ? `; busiest day ${formatDay(busiest.day)} with ${busiest.count}` : ""}.`;
  return (
    <figure className="space-y-2">
      {/* Right to left, so on a narrow screen the scroll starts at today; focusable, so keys scroll it. */}
      <div className="overflow-x-auto pb-1" dir="rtl" tabIndex={0} role="region" aria-label="Reviews per day (scrolls sideways)">
        <div dir="ltr" className="mx-auto w-fit">
        <svg role="img" aria-labelledby={`${titleId}-svg-title`} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="mx-auto block text-muted" data-testid="heatmap">
          <title id={`${titleId}-svg-title`}>{`Reviews per day over the last year. ${summary}`}</title>
          {months.map((m) => (
            <text key={`${m.x}-${m.label}`} x={m.x} y={10} fontSize={9} className="fill-current">
              {m.label}
            </text>
          ))}
          {["Mon", "Wed", "Fri"].map((label, i) => (
            <text key={label} x={0} y={TOP + i * 2 * STEP + CELL - 2} fontSize={9} className="fill-current">
              {label}
            </text>
          ))}
          {days.map((d, i) => {
            const slot = offset + i;
            return (
              <rect key={d.day} x={LEFT + Math.floor(slot / 7) * STEP} y={TOP + (slot % 7) * STEP} width={CELL} height={CELL} rx={2} className={FILLS[level(d.count, max)]} data-count={d.count}>
                <title>{`${formatDay(d.day)}: ${d.count === 0 ? "no reviews" : d.count === 1 ? "1 review" : `${d.count} reviews`}`}</title>
              </rect>
            );
          })}
        </svg>
        </div>
      </div>
      <figcaption className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted">
        <span data-testid="heatmap-summary">{summary}</span>
        <span className="flex items-center gap-1" aria-hidden="true">
          Less
          {FILLS.map((fill) => (
            <svg key={fill} width={CELL} height={CELL} className="inline-block">
              <rect width={CELL} height={CELL} rx={2} className={fill} />
            </svg>
          ))}
          More
        </span>
      </figcaption>
    </figure>
  );
}
