import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { CHANGE_FLAG_LABELS, type ChangeFlag } from "@/lib/domain/outcomes/change-flag";
import type { OutcomeChange, OutcomeResult, OutcomeSeries } from "@/lib/data/outcomes";
import { VISIT_TYPE_LABELS } from "@/lib/validation/visits";
import { formatDay, formatScore, signed } from "./format";
import { OutcomeChart } from "./outcome-chart";

// Dark text on pale tints (AA contrast); the words carry the meaning, the colour only repeats it.
const FLAG_STYLE: Record<ChangeFlag, string> = {
  MCID_MET: "border-green-700 bg-green-50 text-green-900",
  DETECTABLE: "border-sky-700 bg-sky-50 text-sky-900",
  WORSE: "border-red-700 bg-red-50 text-red-900",
  NOT_YET: "border-slate-400 bg-slate-50 text-slate-800",
};

const DIRECTION = { IMPROVED: "better", WORSE: "worse", NO_CHANGE: "no change" } as const;

function ChangeCells({ change, isBaseline }: { change: OutcomeChange | null; isBaseline: boolean }) {
  if (isBaseline) return <><Td>Baseline</Td><Td>—</Td></>;
  if (!change) return <><Td>Not comparable with the baseline</Td><Td>—</Td></>;
  const met = change.thresholds.filter((t) => t.met);
  return (
    <>
      <Td>
        {signed(change.change)} points{change.pctChange !== null ? ` (${signed(change.pctChange)} %)` : ""}, {DIRECTION[change.direction]}
        {change.newItems.length > 0 && <span className="block text-xs text-slate-700">New since baseline, left out of the change: {change.newItems.join(", ")}</span>}
      </Td>
      <Td>
        <span className={`inline-block rounded border px-2 py-0.5 font-semibold ${FLAG_STYLE[change.flag]}`}>
          {CHANGE_FLAG_LABELS[change.flag]}{change.magnitude ? ` (${change.magnitude.toLowerCase()})` : ""}
        </span>
        {met.length > 0 && <ul className="mt-1 text-xs text-slate-700">{met.map((t) => <li key={t.label}>{t.label}</li>)}</ul>}
      </Td>
    </>
  );
}

function recordedBy(r: OutcomeResult): string {
  const visit = r.visitType ? ` · ${VISIT_TYPE_LABELS[r.visitType as keyof typeof VISIT_TYPE_LABELS] ?? r.visitType}` : "";
  return r.source === "portal" ? `By the patient, in the portal${visit}` : `In clinic${r.completedByName ? ` by ${r.completedByName}` : ""}${visit}`;
}

/** One measure in one episode: the chart, then every result with its change since baseline (the chart's text alternative). */
export function OutcomeSeriesView({ series, timeZone, activities }: { series: OutcomeSeries; timeZone: string; activities?: Record<string, string> }) {
  const headingId = `series-${series.episodeId}-${series.version}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h4 id={headingId} className="text-lg font-semibold">{series.name} ({series.measureId})</h4>
      <p className="text-sm text-slate-700">
        Scores from {series.scoreRange.min} to {series.scoreRange.max}; {series.higherIsBetter ? "higher" : "lower"} is better. Change is measured from the first result (baseline).
      </p>
      <OutcomeChart series={series} timeZone={timeZone} />
      {activities && Object.keys(activities).length > 0 && (
        <p className="text-sm"><span className="font-semibold">Activities (locked since first named): </span>
          {Object.entries(activities).map(([id, text]) => `${id} “${text}”`).join("; ")}</p>
      )}
      <Table caption={`${series.name} results, oldest first`} captionHidden>
        <THead><Tr><Th>Date</Th><Th>Score</Th><Th>Band</Th><Th>Change since baseline</Th><Th>Clinically important?</Th><Th>Recorded</Th></Tr></THead>
        <TBody>
          {series.results.map((r) => (
            <Tr key={r.id}>
              <Td>{formatDay(r.completedAt, timeZone)}</Td>
              <Td className="font-semibold">{formatScore(series.measureId, series.scoreRange.max, r.score)}</Td>
              <Td>{r.bandLabel ?? "—"}</Td>
              <ChangeCells change={r.change} isBaseline={r.isBaseline} />
              <Td>{recordedBy(r)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </section>
  );
}
