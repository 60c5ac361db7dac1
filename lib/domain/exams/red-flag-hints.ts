/**
 * Red-flag screen items that exam findings should prompt, from the catalogue's `redFlag` data
 * (T-HOP positive → RF-BSI-*, extensor plantar → RF-UMN, saddle sensory loss → RF-CES-1, …).
 * A prompt, not a verdict: the clinician answers the red-flag item (DOMAIN.md §1.6, §2.8).
 */
import { findExamItem } from "./catalogue/catalogue";
import type { ExamFinding } from "./finding";

export interface RedFlagHint {
  redFlagId: string;
  code: string;
  side: ExamFinding["side"];
  reason: string;
}

export function redFlagHints(findings: readonly ExamFinding[]): RedFlagHint[] {
  return findings.flatMap((f) => {
    const item = findExamItem(f.code);
    const rule = item?.redFlag;
    if (!item || !rule) return [];
    const values = Array.isArray(f.value) ? f.value : [f.value];
    const byValue = values.some((v) => typeof v === "string" && (rule.when ?? []).includes(v));
    const byNumber = rule.above !== undefined && typeof f.value === "number" && f.value > rule.above;
    if (!byValue && !byNumber) return [];
    const side = f.side === "L" || f.side === "R" ? ` ${f.side}` : "";
    return rule.ids.map((redFlagId) => ({ redFlagId, code: item.code, side: f.side, reason: `${item.label}${side}: ${String(f.value)}` }));
  });
}
