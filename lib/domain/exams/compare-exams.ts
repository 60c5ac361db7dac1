/**
 * Compare two examinations finding by finding, keyed by (code, side, site).
 *
 * Only what was tested is compared: a finding missing from one exam (or recorded NT) is "added" or
 * "removed", never read as negative or as resolved. "removed" means "not re-tested this time".
 * Alias codes are folded into their canonical code, so ML-THOMAS and T-THOMAS compare as one test.
 * When the same key appears twice in one exam, the later row wins (a re-measure in the same visit).
 */
import { canonicalCode } from "./catalogue/catalogue";
import { isTested, type ExamFinding, type FindingValue } from "./finding";

export type ComparisonStatus = "added" | "removed" | "changed" | "unchanged";

export interface FindingComparison {
  code: string;
  side: ExamFinding["side"];
  site?: string;
  status: ComparisonStatus;
  previous: FindingValue | undefined;
  current: FindingValue | undefined;
  unit: ExamFinding["unit"];
  /** current − previous, for numbers in the same unit. */
  delta?: number;
  /** The two values are in different units and were not compared as numbers. */
  unitMismatch?: boolean;
  /** Measured with a different method (goniometer vs visual estimate): read the change with care. */
  methodChanged?: boolean;
}

const keyOf = (f: ExamFinding) => `${canonicalCode(f.code)}\u0000${f.side}\u0000${f.site ?? ""}`;

function sameValue(a: FindingValue, b: FindingValue): boolean {
  // Multi-select values (gait patterns) are sets: order of ticking does not matter.
  if (Array.isArray(a) && Array.isArray(b)) {
    const sb = [...b].sort();
    return a.length === b.length && [...a].sort().every((v, i) => v === sb[i]);
  }
  return a === b;
}

function index(findings: readonly ExamFinding[]): Map<string, ExamFinding> {
  const map = new Map<string, ExamFinding>();
  for (const f of findings) if (isTested(f)) map.set(keyOf(f), f);
  return map;
}

export function compareExams(previous: readonly ExamFinding[], current: readonly ExamFinding[]): FindingComparison[] {
  const before = index(previous);
  const after = index(current);
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  return keys.map((key) => {
    const p = before.get(key);
    const c = after.get(key);
    const f = (c ?? p)!;
    const base = { code: canonicalCode(f.code), side: f.side, ...(f.site !== undefined ? { site: f.site } : {}), unit: f.unit };
    if (!p) return { ...base, status: "added", previous: undefined, current: c!.value };
    if (!c) return { ...base, status: "removed", previous: p.value, current: undefined };
    const out: FindingComparison = { ...base, status: "unchanged", previous: p.value, current: c.value };
    if (p.unit !== c.unit) {
      out.unitMismatch = true;
      out.status = "changed";
    } else if (!sameValue(p.value, c.value)) {
      out.status = "changed";
    }
    if (!out.unitMismatch && typeof p.value === "number" && typeof c.value === "number") out.delta = c.value - p.value;
    if (p.method !== undefined && c.method !== undefined && p.method !== c.method) out.methodChanged = true;
    return out;
  });
}
