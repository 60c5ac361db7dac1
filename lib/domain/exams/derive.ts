import type { ExamFinding } from "./finding";

/**
 * Findings computed from others, stored as their own rows so they trend: the true and apparent
 * leg-length differences (DOMAIN.md §2.3), with the short side as the side.
 */
export function deriveFindings(findings: readonly ExamFinding[]): ExamFinding[] {
  const out: ExamFinding[] = [];
  for (const [source, derived] of [["LL-TRUE", "LL-TRUE-DIFF"], ["LL-APP", "LL-APP-DIFF"]] as const) {
    const l = findings.find((f) => f.code === source && f.side === "L");
    const r = findings.find((f) => f.code === source && f.side === "R");
    if (typeof l?.value !== "number" || typeof r?.value !== "number") continue;
    const diff = Math.round(Math.abs(l.value - r.value) * 10) / 10;
    out.push({ code: derived, side: diff === 0 ? "NA" : l.value < r.value ? "L" : "R", value: diff, unit: "mm" });
  }
  return out;
}

/** A tape length typed as two readings is recorded as their mean (DOMAIN.md §2.3). */
export function meanOfReadings(extras: Record<string, unknown> | undefined): number | null {
  const a = extras?.reading_1_mm;
  const b = extras?.reading_2_mm;
  if (typeof a !== "number" || typeof b !== "number") return null;
  return Math.round(((a + b) / 2) * 10) / 10;
}
