/**
 * Side-to-side checks of the neuro screen (DOMAIN.md §2.7, V9):
 * - a reflex or myotome whose left and right grades differ by ≥ 1 whole grade is flagged;
 * - a reflex graded 0 or 4+ needs a comment;
 * - an extensor plantar response, sustained clonus (> 3 beats) or a 4+ reflex suggests RF-UMN.
 * Suggestions only: the clinician answers the RF-UMN item; nothing here changes a red flag by itself.
 */
import { findExamItem } from "./catalogue/catalogue";
import { MYOTOME_CODES, REFLEX_CODES } from "./catalogue/neuro";
import type { ExamFinding } from "./finding";

export const ASYMMETRY_MIN_GRADES = 1;
/** Reflex grades that must carry a comment (V9). */
export const REFLEX_GRADES_NEEDING_COMMENT: readonly number[] = [0, 4];
/** More beats than this is sustained clonus (DOMAIN.md §2.7). */
export const CLONUS_SUSTAINED_ABOVE_BEATS = 3;

export interface SideGrades {
  code: string;
  label: string;
  L: number | null;
  R: number | null;
  /** |L − R| in whole grades; null unless both sides are graded. */
  difference: number | null;
  asymmetric: boolean;
  /** The side with the lower grade when asymmetric. */
  lowerSide: "L" | "R" | null;
}

export interface RedFlagSuggestion {
  id: "RF-UMN";
  reason: string;
}

export interface ReflexReport {
  rows: SideGrades[];
  asymmetric: string[];
  /** Findings graded 0 or 4+ without a comment. */
  commentRequired: { code: string; side: "L" | "R"; grade: number }[];
  redFlags: RedFlagSuggestion[];
  /** Grades outside the scale, reported rather than guessed. */
  invalid: string[];
}

export interface MyotomeReport {
  rows: SideGrades[];
  asymmetric: string[];
  invalid: string[];
}

const sidesOf = (f: ExamFinding): ("L" | "R")[] => (f.side === "BIL" ? ["L", "R"] : f.side === "L" || f.side === "R" ? [f.side] : []);

function gradeRows(findings: readonly ExamFinding[], codes: readonly string[], max: number, invalid: string[]): SideGrades[] {
  return codes.flatMap((code) => {
    const rows = findings.filter((f) => f.code === code && f.value !== "NT" && f.value !== null);
    if (rows.length === 0) return [];
    const grade: { L: number | null; R: number | null } = { L: null, R: null };
    for (const f of rows) {
      if (typeof f.value !== "number" || !Number.isInteger(f.value) || f.value < 0 || f.value > max) {
        invalid.push(`${code} ${f.side}: ${String(f.value)} is not a grade 0–${max}`);
        continue;
      }
      for (const s of sidesOf(f)) grade[s] = f.value;
    }
    const difference = grade.L !== null && grade.R !== null ? Math.abs(grade.L - grade.R) : null;
    const asymmetric = difference !== null && difference >= ASYMMETRY_MIN_GRADES;
    const lowerSide = asymmetric ? (grade.L! < grade.R! ? "L" : "R") : null;
    return [{ code, label: findExamItem(code)?.label ?? code, ...grade, difference, asymmetric, lowerSide }];
  });
}

export function reflexAsymmetry(findings: readonly ExamFinding[]): ReflexReport {
  const invalid: string[] = [];
  const rows = gradeRows(findings, REFLEX_CODES, 4, invalid);
  const commentRequired = findings
    .filter((f) => (REFLEX_CODES as readonly string[]).includes(f.code) && typeof f.value === "number" && REFLEX_GRADES_NEEDING_COMMENT.includes(f.value))
    .filter((f) => !f.comment?.trim())
    .flatMap((f) => sidesOf(f).map((side) => ({ code: f.code, side, grade: f.value as number })));

  const redFlags: RedFlagSuggestion[] = [];
  for (const f of findings) {
    const side = f.side === "L" || f.side === "R" ? ` ${f.side}` : "";
    if (f.code === "NEURO-BABINSKI" && f.value === "EXTENSOR") redFlags.push({ id: "RF-UMN", reason: `Extensor plantar response${side}` });
    if (f.code === "NEURO-CLONUS" && typeof f.value === "number" && f.value > CLONUS_SUSTAINED_ABOVE_BEATS) {
      redFlags.push({ id: "RF-UMN", reason: `Sustained ankle clonus${side} (${f.value} beats)` });
    }
    // JUDGEMENT: 4+ is defined as pathological (with clonus), so it prompts the UMN screen too.
    if ((REFLEX_CODES as readonly string[]).includes(f.code) && f.value === 4) redFlags.push({ id: "RF-UMN", reason: `${findExamItem(f.code)?.label ?? f.code}${side} graded 4+` });
  }
  return { rows, asymmetric: rows.filter((r) => r.asymmetric).map((r) => r.code), commentRequired, redFlags, invalid };
}

/**
 * MRC grades compared as whole grades: 4− against 4+ is not an asymmetry, 4+ against 5 is. The ± is a
 * within-grade nuance whose reliability is poor; comparing whole grades keeps the flag meaningful.
 */
export function myotomeAsymmetry(findings: readonly ExamFinding[]): MyotomeReport {
  const invalid: string[] = [];
  const rows = gradeRows(findings, MYOTOME_CODES, 5, invalid);
  return { rows, asymmetric: rows.filter((r) => r.asymmetric).map((r) => r.code), invalid };
}
