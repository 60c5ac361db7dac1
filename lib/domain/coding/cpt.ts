/**
 * Billing lines from the treatment lines of one date of service (DOMAIN.md §7.3–7.4, V11–V14).
 * - CMT: a DC's manipulation / flexion-distraction lines become ONE code by the number of spinal
 *   regions treated that day (sacral and pelvic separate): 1–2 → 98940, 3–4 → 98941, 5 → 98942;
 *   any extraspinal region adds 98943.
 * - Timed codes: units by the 8-minute rule on the total timed minutes, shared to the codes with
 *   the most minutes first, or by the per-code ≥ 8 min payer setting.
 * - Untimed codes: 1 unit. Unattended e-stim (97014 / G0283) never counts toward timed minutes.
 * Payer behaviour is in `BillingOptions`; `MEDICARE_BILLING` / `COMMERCIAL_BILLING` are presets.
 */
import { isSpinalCmtRegion, type CmtRegion } from "@/lib/domain/treatment/anatomy";
import { findComponent } from "@/lib/domain/treatment/components/catalogue";
import { cmtRegionsOfLine } from "@/lib/domain/treatment/line-facts";
import type { TreatmentLine } from "@/lib/domain/treatment/types";
import { findCpt, isTimedCode } from "./cpt-codes";
import { normaliseIcd } from "./icd10";
import { perCodeUnits, totalMinuteUnits } from "./timed-units";

export interface BillingOptions {
  unitRule: "TOTAL_TIMED_MINUTES" | "PER_CODE";
  /** Medicare does not accept 97014: bill G0283. */
  useG0283: boolean;
  /** GP on therapy codes (services under a therapy plan of care). */
  gpOnTherapyCodes: boolean;
  /** AT on 98940–98942: Medicare active / corrective care under an active plan. */
  atOnCmt: boolean;
  /** KX on therapy codes once the year's therapy threshold is exceeded with necessity documented. */
  kxOnTherapyCodes?: boolean;
  /** Medicare chiropractic: GY on a DC's services other than spinal CMT (not a Medicare benefit). */
  gyOnChiropracticExcluded?: boolean;
  /** The claim's diagnoses, to check each spinal CMT region has its M99.0x (V12). */
  diagnoses?: readonly string[];
  requireM99PerCmtRegion?: boolean;
}

export const MEDICARE_BILLING = (planActive: boolean): BillingOptions => ({
  unitRule: "TOTAL_TIMED_MINUTES", useG0283: true, gpOnTherapyCodes: true, atOnCmt: planActive,
  gyOnChiropracticExcluded: true, requireM99PerCmtRegion: true,
});

/** Many commercial payers use the per-code rule (verify payer). */
export const COMMERCIAL_BILLING: BillingOptions = { unitRule: "PER_CODE", useG0283: false, gpOnTherapyCodes: true, atOnCmt: false };

export interface BillingLine {
  code: string;
  units: number;
  /** Minutes recorded for the code (timed codes), null when none were recorded. */
  minutes: number | null;
  modifiers: string[];
  /** Indexes of the treatment lines this code comes from. */
  lines: number[];
}

export interface BillingResult {
  lines: BillingLine[];
  /** Timed codes that earned no unit under the rule in use. */
  notBilled: { code: string; minutes: number; reason: string }[];
  totalTimedMinutes: number;
  totalTreatmentMinutes: number;
  timedUnits: number;
  warnings: string[];
}

const M99_FOR_REGION: Readonly<Partial<Record<CmtRegion, string>>> = { CERVICAL: "M99.01", THORACIC: "M99.02", LUMBAR: "M99.03", SACRAL: "M99.04", PELVIC: "M99.05" };

export function cmtCodeForSpinalRegions(count: number): string | null {
  if (count <= 0) return null;
  return count <= 2 ? "98940" : count <= 4 ? "98941" : "98942";
}

type Resolved = { kind: "CMT" } | { kind: "DRY_NEEDLING" } | { kind: "CODE"; code: string } | { kind: "NONE"; reason: string };

/** The code one line bills to before aggregation (a clinician's override wins). */
export function resolveLineCode(line: TreatmentLine, useG0283 = false): Resolved {
  const swap = (code: string) => (code === "97014" && useG0283 ? "G0283" : code);
  if (line.cptOverride) return { kind: "CODE", code: swap(line.cptOverride) };
  const component = findComponent(line.componentCode);
  if (!component) return { kind: "NONE", reason: `unknown component ${line.componentCode}` };
  const b = component.billing;
  switch (b.kind) {
    case "CPT":
      return { kind: "CODE", code: b.code };
    case "CMT_FOR_DC":
      return line.discipline === "DC" ? { kind: "CMT" } : { kind: "CODE", code: b.otherwise };
    case "ESTIM":
      return { kind: "CODE", code: b.attendedCode && line.params.attended === true ? b.attendedCode : swap("97014") };
    case "DRY_NEEDLING":
      return { kind: "DRY_NEEDLING" };
    case "BY_PARAM": {
      const code = b.codes[String(line.params[b.param])];
      return code ? { kind: "CODE", code } : { kind: "NONE", reason: `${component.label}: no default code, choose one` };
    }
    case "NONE":
      return { kind: "NONE", reason: `${component.label}: ${b.note}` };
  }
}

/** Muscles for 20560 / 20561: each muscle once per side; a bilateral line counts both sides. */
function needledMuscles(lines: readonly TreatmentLine[]): number {
  const set = new Set<string>();
  for (const l of lines) {
    const muscles = Array.isArray(l.params.muscles) ? l.params.muscles : [];
    const sides = l.side === "BIL" ? ["L", "R"] : [l.side ?? "NA"];
    for (const m of muscles) for (const s of sides) set.add(`${m}|${s}`);
  }
  return set.size;
}

/** Derive the claim lines of one date of service from its treatment lines. */
export function deriveBillingLines(lines: readonly TreatmentLine[], options: BillingOptions): BillingResult {
  const warnings: string[] = [];
  const out: BillingLine[] = [];
  const byCode = new Map<string, { minutes: number; hasMinutes: boolean; lines: number[]; dc: boolean }>();
  const cmt: number[] = [];
  const dn: number[] = [];
  let totalTreatmentMinutes = 0;

  lines.forEach((line, i) => {
    totalTreatmentMinutes += line.minutes ?? 0;
    const r = resolveLineCode(line, options.useG0283);
    if (r.kind === "CMT") cmt.push(i);
    else if (r.kind === "DRY_NEEDLING") dn.push(i);
    else if (r.kind === "NONE") warnings.push(`Line ${i + 1} is not billed: ${r.reason}`);
    else {
      const agg = byCode.get(r.code) ?? { minutes: 0, hasMinutes: false, lines: [], dc: false };
      agg.minutes += line.minutes ?? 0;
      agg.hasMinutes ||= line.minutes !== undefined;
      agg.lines.push(i);
      agg.dc ||= line.discipline === "DC";
      byCode.set(r.code, agg);
      if (!findCpt(r.code)) warnings.push(`Line ${i + 1}: ${r.code} is not in the code table; billed as 1 untimed unit, check it`);
      if (isTimedCode(r.code) && line.minutes === undefined) warnings.push(`Line ${i + 1}: ${r.code} is a timed code, record the minutes`);
    }
  });

  const modifiers = (code: string, dc: boolean): string[] => {
    const cpt = findCpt(code);
    const mods: string[] = [];
    if (options.atOnCmt && cpt?.kind === "CMT_SPINAL") mods.push("AT");
    if (options.gpOnTherapyCodes && cpt?.therapy) mods.push("GP");
    if (options.kxOnTherapyCodes && cpt?.therapy) mods.push("KX");
    if (options.gyOnChiropracticExcluded && dc && cpt?.kind !== "CMT_SPINAL") mods.push("GY");
    return mods.slice(0, 4);
  };

  if (cmt.length > 0) {
    const regions = new Set(cmt.flatMap((i) => cmtRegionsOfLine(lines[i])));
    const spinal = [...regions].filter(isSpinalCmtRegion);
    const spinalCode = cmtCodeForSpinalRegions(spinal.length);
    if (spinalCode) out.push({ code: spinalCode, units: 1, minutes: null, modifiers: modifiers(spinalCode, true), lines: cmt });
    if (spinal.length < regions.size) out.push({ code: "98943", units: 1, minutes: null, modifiers: modifiers("98943", true), lines: cmt });
    if (regions.size === 0) warnings.push("CMT lines name no segment: no CMT code derived");
    if (options.requireM99PerCmtRegion && options.diagnoses) {
      const dx = new Set(options.diagnoses.map((d) => normaliseIcd(d)));
      for (const r of spinal) if (!dx.has(M99_FOR_REGION[r] ?? "")) warnings.push(`CMT ${r.toLowerCase()} region billed without its ${M99_FOR_REGION[r]} diagnosis (V12)`);
    }
  }

  if (dn.length > 0) {
    const muscles = needledMuscles(dn.map((i) => lines[i]));
    const code = muscles >= 3 ? "20561" : "20560";
    out.push({ code, units: 1, minutes: null, modifiers: modifiers(code, dn.some((i) => lines[i].discipline === "DC")), lines: dn });
  }

  const timed = [...byCode.entries()].filter(([code]) => isTimedCode(code)).map(([code, a]) => ({ code, minutes: a.minutes }));
  const totalTimedMinutes = timed.reduce((s, t) => s + t.minutes, 0);
  const units = options.unitRule === "TOTAL_TIMED_MINUTES" ? totalMinuteUnits(timed) : perCodeUnits(timed);
  const notBilled: BillingResult["notBilled"] = [];
  [...timed].sort((a, b) => b.minutes - a.minutes).forEach(({ code, minutes }) => {
    const agg = byCode.get(code)!;
    const n = units.get(code) ?? 0;
    if (n > 0) out.push({ code, units: n, minutes, modifiers: modifiers(code, agg.dc), lines: agg.lines });
    else notBilled.push({ code, minutes, reason: options.unitRule === "PER_CODE" ? "fewer than 8 minutes for this code" : "the total timed minutes do not support another unit" });
  });

  [...byCode.entries()].filter(([code]) => !isTimedCode(code)).sort(([a], [b]) => a.localeCompare(b)).forEach(([code, a]) => {
    // Untimed codes are 1 unit whatever the time; unattended e-stim minutes never count as timed.
    out.push({ code, units: 1, minutes: a.hasMinutes ? a.minutes : null, modifiers: modifiers(code, a.dc), lines: a.lines });
  });

  const codes = new Set(out.map((l) => l.code));
  if (codes.has("97140") && [...codes].some((c) => findCpt(c)?.kind.startsWith("CMT"))) {
    warnings.push("97140 with CMT on the same day needs a separate region and modifier 59/XS (verify NCCI)");
  }
  if (codes.has("97140") && codes.has("97124")) warnings.push("Do not bill 97124 and 97140 for the same region or minutes");

  const timedUnits = out.filter((l) => isTimedCode(l.code)).reduce((s, l) => s + l.units, 0);
  return { lines: out, notBilled, totalTimedMinutes, totalTreatmentMinutes, timedUnits, warnings };
}
