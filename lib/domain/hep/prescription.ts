/**
 * Prescription rules (DOMAIN.md §6.1, V19) as plain data, the library defaults as a ready-made line,
 * and the precaution check of a whole program against the patient (§4.3, §6.2–6.5 cautions).
 * The zod schema built from these limits is `PrescriptionItemInput` in `lib/validation/hep.ts`.
 */
import { findExercise } from "@/lib/domain/hep/library/library";
import type { HepSide, Precaution } from "@/lib/domain/hep/library/types";
import { type ActivePrecaution, historyPrecautions, PRECAUTION_TAGS, type PrecautionTag } from "@/lib/domain/hep/precaution-tags";
import type { PrescriptionItem } from "@/lib/validation/hep";
import type { HistoryData } from "@/lib/validation/history";

/** §6.1 / V19 ranges, inclusive. `repHoldSeconds` is the pause at the end of each rep (see `DOSE_KINDS`). */
export const PRESCRIPTION_LIMITS = {
  sets: { min: 1, max: 6 },
  reps: { min: 1, max: 50 },
  holdSeconds: { min: 0, max: 180 },
  repHoldSeconds: { min: 1, max: 30 },
  durationSeconds: { min: 30, max: 180 },
  restSeconds: { min: 0, max: 180 },
  timesPerDay: { min: 1, max: 6 },
  daysPerWeek: { min: 1, max: 7 },
  loadKg: { min: 0.5, max: 300 },
} as const;

export const NOTE_MAX_LENGTH = 500;
export const PAIN_RULE_MAX_LENGTH = 500;

/** Paired exercises default to both sides, the rest to "not applicable" (§6.1 `side`). */
export function defaultSide(code: string): HepSide {
  return findExercise(code)?.paired ? "BIL" : "NA";
}

/**
 * A prescription line with the library's default dosing, at the low end of every range DOMAIN gives
 * ("2–3 × 10–15, 4–5 days/week" → 2 × 10, 4 days): the clinician raises it, the patient starts easy.
 * Undefined for an unknown code.
 */
export function defaultPrescription(code: string, side?: HepSide): PrescriptionItem | undefined {
  const ex = findExercise(code);
  if (!ex) return undefined;
  const d = ex.dose;
  return {
    exerciseCode: ex.code,
    side: side ?? defaultSide(code),
    sets: d.sets.min,
    reps: d.kind === "REPS" ? d.reps?.min : undefined,
    holdSeconds: d.kind === "HOLD" ? d.holdSeconds?.min : undefined,
    repHoldSeconds: d.kind === "REPS" ? d.repHoldSeconds?.min : undefined,
    durationSeconds: d.kind === "DURATION" ? d.durationSeconds?.min : undefined,
    timesPerDay: d.timesPerDay.min,
    daysPerWeek: d.daysPerWeek.min,
    load: d.load ?? (ex.category === "STRENGTH" ? "BODYWEIGHT" : undefined),
    progressionNote: undefined,
    notes: undefined,
    painRule: ex.painRule.text,
  };
}

export interface PrescriptionWarning {
  /** Position of the line in the program. */
  index: number;
  exerciseCode: string;
  tag: PrecautionTag;
  level: Precaution["level"];
  /** What to change (from the exercise's precaution). */
  message: string;
  /** Why the tag applies to this patient ("Hip replacement, posterior (2024)"). */
  reason: string;
  substitute?: string;
}

export interface PrescriptionCheck {
  warnings: PrescriptionWarning[];
  /** At least one BLOCK: the save needs the clinician's override reason. */
  blocked: boolean;
}

const RANK = { WARN: 1, BLOCK: 2 } as const;

/**
 * Precaution warnings for each line of a program, from the patient history (hip replacement and its
 * approach, pregnancy weeks, anticoagulants, osteoporosis, DVT) and the presentation tags the clinician
 * chose for this episode. Within one family (hip replacement: posterior, anterior, general) only the
 * strongest level is reported, so a posterior-approach patient sees one BLOCK, not a BLOCK and a WARN.
 * Unknown exercise codes are skipped: the schema refuses them.
 */
export function checkPrescription(
  items: readonly { exerciseCode: string }[],
  history: Partial<HistoryData> | null | undefined,
  presentation: readonly PrecautionTag[] = [],
): PrescriptionCheck {
  const active = new Map<PrecautionTag, ActivePrecaution>(historyPrecautions(history).map((a) => [a.tag, a]));
  for (const tag of presentation) {
    if (!active.has(tag)) active.set(tag, { tag, reason: PRECAUTION_TAGS[tag].label });
  }
  const warnings: PrescriptionWarning[] = [];
  items.forEach((item, index) => {
    const ex = findExercise(item.exerciseCode);
    if (!ex) return;
    const matched = ex.precautions.filter((p) => active.has(p.tag));
    const familyOf = (p: Precaution) => PRECAUTION_TAGS[p.tag].family || p.tag;
    const top = new Map<string, number>();
    for (const p of matched) top.set(familyOf(p), Math.max(top.get(familyOf(p)) ?? 0, RANK[p.level]));
    for (const p of matched) {
      if (RANK[p.level] < top.get(familyOf(p))!) continue;
      warnings.push({
        index, exerciseCode: ex.code, tag: p.tag, level: p.level, message: p.text, reason: active.get(p.tag)!.reason,
        ...(p.substitute ? { substitute: p.substitute } : {}),
      });
    }
  });
  return { warnings, blocked: warnings.some((w) => w.level === "BLOCK") };
}
