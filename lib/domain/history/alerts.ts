import type { HistoryData } from "@/lib/validation/history";

export interface HistoryAlert {
  code: string;
  text: string;
}

/**
 * What the chart header warns about, derived from the history (DOMAIN.md §1.3 "rule hooks").
 * The treatment issue's contraindication engine reads the same history.
 */
export function historyAlerts(h: Partial<HistoryData>): HistoryAlert[] {
  const alerts: HistoryAlert[] = [];
  const conditions = new Set(h.conditions ?? []);
  const classes = new Set((h.medications ?? []).map((m) => m.medClass));
  const add = (code: string, text: string) => alerts.push({ code, text });
  if (classes.has("ANTICOAGULANT") || conditions.has("BLEEDING_DISORDER")) add("BLEEDING_RISK", "Bleeding risk: caution with HVLA, dry needling, IASTM, cupping, deep friction");
  if ((h.medications ?? []).some((m) => m.medClass === "ORAL_CORTICOSTEROID" && m.longTerm)) add("LONG_TERM_STEROID", "Long-term oral steroids: fracture / osteoporosis risk");
  if (conditions.has("OSTEOPOROSIS") || conditions.has("OSTEOPENIA")) add("BONE_DENSITY", "Low bone density: avoid high-force HVLA and loaded spinal flexion");
  if (conditions.has("PREGNANT")) add("PREGNANT", `Pregnant${h.pregnancyWeeks ? ` (${h.pregnancyWeeks} weeks)` : ""}: no e-stim over trunk/pelvis; positioning precautions`);
  if (conditions.has("PACEMAKER_ICD") || conditions.has("IMPLANTED_STIMULATOR")) add("IMPLANT", "Implanted device: no electrotherapy");
  if (conditions.has("CANCER_HISTORY")) add("CANCER", `Cancer history${h.cancerType ? `: ${h.cancerType}` : ""}${h.cancerYear ? ` (${h.cancerYear})` : ""}`);
  if (conditions.has("DVT_HISTORY")) add("DVT", "DVT history: screen the limb before massage or compression");
  if ((h.surgeries ?? []).some((s) => s.flags.includes("HIP_ARTHROPLASTY"))) add("HIP_PRECAUTIONS", "Hip replacement: hip precautions on exercises");
  if ((h.surgeries ?? []).some((s) => s.flags.includes("SPINAL_FUSION"))) add("FUSION", "Spinal fusion: no HVLA at fused levels");
  if ((h.allergies ?? []).some((a) => a.kind === "ADHESIVE")) add("ADHESIVE", "Adhesive allergy: no kinesiology tape; check electrodes");
  if ((h.allergies ?? []).some((a) => a.kind === "LATEX")) add("LATEX", "Latex allergy");
  return alerts;
}
