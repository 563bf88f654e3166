"use client";
/** Score distribution and facility per question as bar charts (recharts renders only in the browser). The page gives tables beside them. */
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type DistributionPoint = { label: string; count: number };
export type FacilityPoint = { label: string; facility: number; suspect: boolean; withdrawn: boolean };

const axis = { fill: "var(--color-muted)", fontSize: 12 };
const tooltip = { contentStyle: { background: "var(--color-surface)", border: "1px solid var(--color-line)", color: "var(--color-ink)" }, labelStyle: { color: "var(--color-ink)" } };

export function DistributionChart({ points }: { points: DistributionPoint[] }) {
  return (
    <div aria-hidden="true" className="h-56 w-full" data-testid="distribution-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--color-line-soft)" vertical={false} />
          <XAxis dataKey="label" tick={axis} stroke="var(--color-line)" interval="preserveStartEnd" minTickGap={4} />
          <YAxis allowDecimals={false} tick={axis} stroke="var(--color-line)" />
          <Tooltip formatter={(value) => [String(value), "Students"]} {...tooltip} cursor={{ fill: "var(--color-line-soft)" }} />
          <Bar dataKey="count" fill="var(--color-chart)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function FacilityChart({ points }: { points: FacilityPoint[] }) {
  return (
    <div aria-hidden="true" className="h-64 w-full" data-testid="facility-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: -12 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--color-line-soft)" vertical={false} />
          <XAxis dataKey="label" tick={axis} stroke="var(--color-line)" interval="preserveStartEnd" minTickGap={2} />
          <YAxis domain={[0, 100]} ticks={[0, 30, 50, 90, 100]} unit="%" tick={axis} stroke="var(--color-line)" />
          <ReferenceLine y={90} stroke="var(--color-warn)" strokeDasharray="4 4" />
          <ReferenceLine y={30} stroke="var(--color-warn)" strokeDasharray="4 4" />
          <Tooltip formatter={(value, _name, item) => [`${String(value)}%${(item.payload as FacilityPoint).suspect ? " (check this question)" : ""}`, "Facility"]} {...tooltip} cursor={{ fill: "var(--color-line-soft)" }} />
          <Bar dataKey="facility" isAnimationActive={false}>
            {points.map((point) => (
              <Cell key={point.label} fill={point.withdrawn ? "var(--color-line)" : point.suspect ? "var(--color-bad)" : "var(--color-chart)"} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
