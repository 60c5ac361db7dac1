/**
 * A small server-rendered SVG line chart with axes and labelled points. role="img" with a summary
 * for screen readers; pages also show the numbers as text next to it.
 */
export function LineChart({ title, unit, points, width = 320, height = 160 }: { title: string; unit: string; points: { label: string; value: number }[]; width?: number; height?: number }) {
  const pad = { l: 40, r: 12, t: 16, b: 28 };
  const values = points.map((p) => p.value);
  const min = Math.min(0, ...values);
  const max = Math.max(...values) === min ? min + 1 : Math.max(...values);
  const x = (i: number) => pad.l + (points.length === 1 ? 0 : (i * (width - pad.l - pad.r)) / (points.length - 1));
  const y = (v: number) => pad.t + (1 - (v - min) / (max - min)) * (height - pad.t - pad.b);
  const summary = `${title}: ${points.map((p) => `${p.value}${unit} on ${p.label}`).join(", ")}`;
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-2">
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-sm" role="img" aria-label={summary}>
        <line x1={pad.l} y1={pad.t} x2={pad.l} y2={height - pad.b} stroke="#475569" />
        <line x1={pad.l} y1={height - pad.b} x2={width - pad.r} y2={height - pad.b} stroke="#475569" />
        <text x={pad.l - 6} y={y(max) + 4} textAnchor="end" fontSize="11" fill="#334155">{max}</text>
        <text x={pad.l - 6} y={y(min) + 4} textAnchor="end" fontSize="11" fill="#334155">{min}</text>
        <polyline fill="none" stroke="#0f766e" strokeWidth="2.5" points={points.map((p, i) => `${x(i)},${y(p.value)}`).join(" ")} />
        {points.map((p, i) => (
          <g key={i}>
            <circle cx={x(i)} cy={y(p.value)} r="4" fill="#0f766e" />
            <text x={x(i)} y={y(p.value) - 8} textAnchor="middle" fontSize="11" fill="#0f172a">{p.value}</text>
            <text x={x(i)} y={height - pad.b + 16} textAnchor="middle" fontSize="10" fill="#334155">{p.label}</text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
