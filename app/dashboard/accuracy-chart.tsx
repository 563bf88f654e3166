"use client";
/** Accuracy per study day as a line chart (recharts renders only in the browser). The page gives a table beside it. */
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type AccuracyPoint = { label: string; accuracy: number; reviews: number };

export function AccuracyChart({ points }: { points: AccuracyPoint[] }) {
  return (
    // The table below the chart says the same in text; the drawing itself is hidden from screen readers.
    <div aria-hidden="true" className="h-56 w-full" data-testid="accuracy-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: -12 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--color-line-soft)" vertical={false} />
          <XAxis dataKey="label" tick={{ fill: "var(--color-muted)", fontSize: 12 }} stroke="var(--color-line)" interval="preserveStartEnd" minTickGap={16} />
          <YAxis domain={[0, 100]} ticks={[0, 50, 100]} unit="%" tick={{ fill: "var(--color-muted)", fontSize: 12 }} stroke="var(--color-line)" />
          <Tooltip
            formatter={(value, _name, item) => [`${String(value)}% of ${(item.payload as AccuracyPoint).reviews}`, "Recalled"]}
            contentStyle={{ background: "var(--color-surface)", border: "1px solid var(--color-line)", color: "var(--color-ink)" }}
            labelStyle={{ color: "var(--color-ink)" }}
          />
          <Line type="monotone" dataKey="accuracy" stroke="var(--color-chart)" strokeWidth={2.5} dot={{ r: 3, fill: "var(--color-chart)" }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
