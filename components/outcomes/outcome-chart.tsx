import { CHANGE_FLAG_LABELS } from "@/lib/domain/outcomes/change-flag";
import type { OutcomeSeries } from "@/lib/data/outcomes";
import { formatDay, formatScore, signed } from "./format";

const W = 560;
const H = 240;
const M = { top: 24, right: 24, bottom: 40, left: 56 };

/** Tick spacing that divides the score range into at most six even steps (ODI 20, NPRS 2, RMDQ 4, LEFS 20). */
function tickStep(range: number): number {
  return [1, 2, 4, 5, 10, 20, 25, 50].find((s) => range % s === 0 && range / s <= 6) ?? range;
}

/** What the chart shows, in words: the screen reader's version of the picture (the table below holds every value). */
export function chartSummary(series: OutcomeSeries, timeZone: string): string {
  const first = series.results[0];
  const last = series.results.at(-1)!;
  const better = series.higherIsBetter ? "Higher" : "Lower";
  const head = `${series.name}, ${series.results.length} result${series.results.length === 1 ? "" : "s"}: baseline ${formatScore(series.measureId, series.scoreRange.max, first.score)} on ${formatDay(first.completedAt, timeZone)}`;
  if (series.results.length === 1) return `${head}. ${better} scores are better.`;
  const change = last.change
    ? ` Change since baseline ${signed(last.change.change)} points, ${last.change.direction === "IMPROVED" ? "better" : last.change.direction === "WORSE" ? "worse" : "no change"}: ${CHANGE_FLAG_LABELS[last.change.flag]}.`
    : "";
  return `${head}; latest ${formatScore(series.measureId, series.scoreRange.max, last.score)} on ${formatDay(last.completedAt, timeZone)}. ${better} scores are better.${change}`;
}

/**
 * The score over time as a small line chart with both axes, gridlines and every point labelled with
 * its value. role="img" with a summary as its name; the results table beside it is the full text
 * alternative, so the drawing itself stays out of the accessibility tree.
 */
export function OutcomeChart({ series, timeZone }: { series: OutcomeSeries; timeZone: string }) {
  const { min, max } = series.scoreRange;
  const step = tickStep(max - min);
  const ticks = Array.from({ length: Math.floor((max - min) / step) + 1 }, (_, i) => min + i * step);
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const n = series.results.length;
  // Points sit a little inside the axes so the first one never sits on the y axis.
  const inset = 24;
  const x = (i: number) => M.left + (n === 1 ? pw / 2 : inset + (i * (pw - 2 * inset)) / (n - 1));
  const y = (v: number) => M.top + ph - ((v - min) / (max - min)) * ph;
  const points = series.results.map((r, i) => ({ x: x(i), y: y(r.score), r }));
  // Date labels thin out on long series so they never overlap; every point keeps its value label.
  const every = Math.ceil(n / 6);
  const day = (at: string) => new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short" }).format(new Date(at));
  return (
    <svg role="img" aria-label={chartSummary(series, timeZone)} viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-2xl" fontSize="12">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#cbd5e1" strokeDasharray={t === min ? undefined : "3 3"} />
          <text x={M.left - 8} y={y(t)} textAnchor="end" dominantBaseline="middle" fill="#334155">{t}</text>
        </g>
      ))}
      <line x1={M.left} x2={M.left} y1={M.top} y2={M.top + ph} stroke="#475569" />
      <line x1={M.left} x2={W - M.right} y1={M.top + ph} y2={M.top + ph} stroke="#475569" />
      <text transform={`translate(14 ${M.top + ph / 2}) rotate(-90)`} textAnchor="middle" fill="#1e293b" fontWeight="600">
        {series.measureId === "ODI" ? "Score (%)" : "Score"}
      </text>
      {points.map((p, i) => (i % every === 0 || i === n - 1) && (
        <text key={`d-${p.r.id}`} x={p.x} y={M.top + ph + 18} textAnchor="middle" fill="#334155">{day(p.r.completedAt)}</text>
      ))}
      <text x={M.left + pw / 2} y={H - 4} textAnchor="middle" fill="#1e293b" fontWeight="600">Date</text>
      {n > 1 && <polyline points={points.map((p) => `${p.x},${p.y}`).join(" ")} fill="none" stroke="#0f766e" strokeWidth="2.5" strokeLinejoin="round" />}
      {points.map((p) => (
        <g key={p.r.id}>
          <circle cx={p.x} cy={p.y} r="5" fill={p.r.isBaseline ? "#0f766e" : "#ffffff"} stroke="#0f766e" strokeWidth="2.5" />
          <text x={p.x} y={p.y < M.top + 14 ? p.y + 20 : p.y - 10} textAnchor="middle" fill="#0f172a" fontWeight="700">{p.r.score}</text>
        </g>
      ))}
    </svg>
  );
}
