import { findExamItem } from "@/lib/domain/exams/catalogue/catalogue";
import type { ExamItem } from "@/lib/domain/exams/catalogue/types";
import type { ExamFinding } from "@/lib/domain/exams/finding";

/** What the editor holds per (code, side, site): raw input strings, converted only when saving. */
export interface Entry {
  value: string;
  highSide?: string;
  method?: string;
  familiarPain?: boolean;
  comment?: string;
  extras?: Record<string, string>;
}

export type ExamState = Record<string, Entry>;

export const keyOf = (code: string, side: string, site = "") => `${code}|${side}|${site}`;

type Stored = ExamFinding & { extras?: Record<string, unknown> };

/** Stored findings → editor entries (level findings keep the high side in the entry, not the key). */
export function toState(findings: readonly Stored[]): ExamState {
  const state: ExamState = {};
  for (const f of findings) {
    const item = findExamItem(f.code);
    if (!item || f.code.endsWith("-DIFF")) continue;
    const extras = f.extras ? Object.fromEntries(Object.entries(f.extras).map(([k, v]) => [k, String(v)])) : undefined;
    const entry: Entry = { value: String(f.value ?? ""), method: f.method, familiarPain: f.familiarPain, comment: f.comment, extras };
    if (item.result.kind === "level") state[keyOf(item.code, "NA", f.site)] = { ...entry, highSide: f.side === "NA" ? "LEVEL" : f.side };
    else state[keyOf(item.code, f.side, f.site ?? "")] = entry;
  }
  return state;
}

const NUMERIC = new Set(["degrees", "mm", "count", "grade", "level"]);

/** Editor entries → findings for the save action; blank entries are "not tested" and are left out. */
export function toFindings(state: ExamState): { key: string; finding: Record<string, unknown> }[] {
  const out: { key: string; finding: Record<string, unknown> }[] = [];
  for (const [key, e] of Object.entries(state)) {
    const [code, side, site] = key.split("|");
    const item = findExamItem(code) as ExamItem;
    const extras = e.extras ? Object.fromEntries(Object.entries(e.extras).filter(([, v]) => v !== "").map(([k, v]) => [k, v === "true" ? true : v === "false" ? false : Number.isNaN(Number(v)) ? v : Number(v)])) : undefined;
    const hasReadings = extras && (extras.reading_1_mm !== undefined || extras.reading_2_mm !== undefined);
    if (e.value === "" && !hasReadings) continue;
    const value = NUMERIC.has(item.result.kind) ? (e.value === "" ? 0 : Number(e.value)) : e.value;
    const finding: Record<string, unknown> = { code, side: item.result.kind === "level" ? (e.highSide && e.highSide !== "LEVEL" ? e.highSide : "NA") : side, value };
    if (site) finding.site = site;
    if (e.method) finding.method = e.method;
    if (e.familiarPain !== undefined && e.value === "POS") finding.familiarPain = e.familiarPain;
    if (e.comment) finding.comment = e.comment;
    if (extras && Object.keys(extras).length) finding.extras = extras;
    out.push({ key, finding });
  }
  return out;
}
