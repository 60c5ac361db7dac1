import { findExamItem } from "@/lib/domain/exams/catalogue/catalogue";
import { gradeDisplay } from "@/lib/domain/exams/catalogue/scales";
import { compareExams, type FindingComparison } from "@/lib/domain/exams/compare-exams";
import type { ExamFinding, FindingValue } from "@/lib/domain/exams/finding";
import { laslettCluster } from "@/lib/domain/exams/laslett";
import { LEG_LENGTH_BAND_LABELS, legLengthBand } from "@/lib/domain/exams/leg-length";
import { myotomeAsymmetry, reflexAsymmetry } from "@/lib/domain/exams/neuro-asymmetry";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";

const SIDE: Record<string, string> = { L: "Left", R: "Right", BIL: "Both", CENTRAL: "Midline", NA: "" };
const WORDS: Record<string, string> = { POS: "Positive", NEG: "Negative", EQUIV: "Equivocal", UTP: "Unable to perform", HYPOMOBILE: "Hypomobile", NORMAL: "Normal", HYPERMOBILE: "Hypermobile" };

function show(code: string, v: FindingValue | undefined, unit: string | null): string {
  if (v === undefined || v === null) return "—";
  const item = findExamItem(code);
  if (typeof v === "number" && item?.result.kind === "grade") return gradeDisplay(item.result.scale, v);
  if (typeof v === "number") return `${v}${unit === "deg" ? "°" : unit === "mm" ? " mm" : ""}`;
  if (Array.isArray(v)) return v.join(", ");
  return WORDS[String(v)] ?? String(v);
}

const STATUS: Record<FindingComparison["status"], string> = { added: "New", removed: "Not tested today", changed: "Changed", unchanged: "" };

/**
 * This visit's findings beside the previous exam's, changes highlighted (text + colour), plus the
 * Laslett cluster computed from its member tests.
 */
export function ExamSummary({ current, previous, previousLabel }: { current: ExamFinding[]; previous: ExamFinding[]; previousLabel: string | null }) {
  if (current.length === 0) return <p>No findings recorded for this visit yet.</p>;
  const rows = compareExams(previous, current).filter((c) => c.status !== "removed" || previous.length > 0);
  const laslett = laslettCluster(current);
  const changed = rows.filter((r) => r.status === "changed").length;
  const reflexes = reflexAsymmetry(current);
  const myotomes = myotomeAsymmetry(current);
  const legDiffs = current.filter((f) => f.code === "LL-TRUE-DIFF" || f.code === "LL-APP-DIFF");
  return (
    <div className="space-y-3">
      <ul className="space-y-1 text-sm">
        <li><strong>Laslett SI cluster:</strong> {laslett.message}</li>
        {legDiffs.map((f) => (
          <li key={f.code}><strong>{f.code === "LL-TRUE-DIFF" ? "True" : "Apparent"} leg-length difference:</strong> {String(f.value)} mm{f.side !== "NA" ? `, ${f.side === "L" ? "left" : "right"} short` : ""} — {LEG_LENGTH_BAND_LABELS[legLengthBand(Number(f.value))]}</li>
        ))}
        {[...reflexes.asymmetric, ...myotomes.asymmetric].map((a) => <li key={a}><strong>Asymmetry:</strong> {a}</li>)}
        {reflexes.redFlags.map((r) => <li key={r.reason} className="font-semibold text-red-800">Red flag to screen (RF-UMN): {r.reason}</li>)}
      </ul>
      {previousLabel && <p className="text-sm">Compared with the exam of {previousLabel}: {changed} changed.</p>}
      <Table caption="Examination findings">
        <THead><Tr><Th>Test</Th><Th>Side</Th>{previousLabel && <Th>Previous</Th>}<Th>This visit</Th>{previousLabel && <Th>Change</Th>}</Tr></THead>
        <TBody>
          {rows.map((r) => (
            <Tr key={`${r.code}|${r.side}|${r.site ?? ""}`} className={r.status === "changed" ? "bg-amber-50" : undefined}>
              <Td>{findExamItem(r.code)?.label ?? r.code}{r.site ? ` — ${r.site}` : ""}</Td>
              <Td>{SIDE[r.side] ?? r.side}</Td>
              {previousLabel && <Td>{show(r.code, r.previous, r.unit)}</Td>}
              <Td>{show(r.code, r.current, r.unit)}</Td>
              {previousLabel && <Td>{r.status === "changed" ? <strong>Changed{r.delta !== undefined ? ` (${r.delta > 0 ? "+" : ""}${r.delta})` : ""}</strong> : STATUS[r.status]}</Td>}
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
