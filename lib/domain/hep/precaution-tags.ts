/**
 * Precaution tags that exercises carry (DOMAIN.md §6.2–6.5 "Cautions", §4.3 contraindication engine).
 * `history` tags are derived from the patient history (§1.3) by `historyPrecautions`; `presentation`
 * tags describe the current complaint and are chosen by the clinician on the program (or mapped from the
 * exam), because the history form does not hold them.
 *
 * `family` groups tags that describe one underlying condition, so an item that matches both the
 * approach-specific and the general hip-replacement precaution reports only the stronger one.
 */
import type { HistoryData } from "@/lib/validation/history";

interface TagDefinition {
  label: string;
  source: "history" | "presentation";
  family: string;
}

const history = (label: string, family: string): TagDefinition => ({ label, source: "history", family });
const presentation = (label: string): TagDefinition => ({ label, source: "presentation", family: "" });

export const PRECAUTION_TAGS = {
  HIP_REPLACEMENT_POSTERIOR: history("Hip replacement, posterior approach: no flexion past 90°, adduction or internal rotation", "HIP_REPLACEMENT"),
  HIP_REPLACEMENT_ANTERIOR: history("Hip replacement, anterior approach: no extension past neutral with external rotation", "HIP_REPLACEMENT"),
  HIP_REPLACEMENT: history("Hip replacement (any approach): follow the surgeon's precautions", "HIP_REPLACEMENT"),
  PREGNANCY_SUPINE: history("Pregnancy from about 20 weeks: no more than a few minutes lying flat on the back", "PREGNANCY"),
  PREGNANCY_PRONE: history("Later pregnancy: no lying face down", "PREGNANCY"),
  BLEEDING_RISK: history("Anticoagulant or bleeding disorder: lighter pressure", "BLEEDING_RISK"),
  OSTEOPOROSIS: history("Osteoporosis or long-term oral steroids: no loaded spinal flexion, lighter pressure", "OSTEOPOROSIS"),
  DVT_HISTORY: history("History of DVT: no rolling or pressure on a limb with a current clot", "DVT_HISTORY"),
  FAI_GROIN_PAIN: presentation("Hip impingement (FAI) or groin pinching in deep flexion"),
  KNEE_PAIN: presentation("Knee or kneecap pain"),
  FLEXION_INTOLERANT: presentation("Flexion-sensitive (disc-type) pain that spreads with bending"),
  EXTENSION_INTOLERANT: presentation("Extension-sensitive pain: stenosis, spondylolisthesis, facet-extension pain"),
  ACUTE_RADICULAR: presentation("Acute or irritable radicular (sciatic) leg pain"),
  PROGRESSIVE_NEURO_DEFICIT: presentation("Progressive neurological deficit (RF-NEURO)"),
  GLUTEAL_TENDINOPATHY: presentation("Lateral hip pain (gluteal tendinopathy)"),
  ACUTE_GROIN_STRAIN: presentation("Acute groin (adductor) strain"),
  PUBIC_SYMPHYSIS_PAIN: presentation("Pubic symphysis or groin pain"),
  ACUTE_HAMSTRING_STRAIN: presentation("Acute hamstring strain"),
  UPPER_LIMB_PAIN: presentation("Shoulder or wrist pain when weight-bearing on the arms"),
  FALL_RISK: presentation("Poor balance or fall risk"),
} as const satisfies Record<string, TagDefinition>;

export type PrecautionTag = keyof typeof PRECAUTION_TAGS;
export const PRECAUTION_TAG_CODES = Object.keys(PRECAUTION_TAGS) as PrecautionTag[];
export const PRESENTATION_TAGS = PRECAUTION_TAG_CODES.filter((t) => PRECAUTION_TAGS[t].source === "presentation");

/** §4.3: supine "> few minutes after ~20 weeks"; the same line is used for "later pregnancy" prone. */
export const PREGNANCY_POSITION_WEEKS = 20;

/** A tag that applies to this patient, with the history fact that triggered it (shown to the clinician). */
export interface ActivePrecaution {
  tag: PrecautionTag;
  reason: string;
}

/**
 * Precaution tags that the patient history switches on.
 * - A hip replacement whose approach is not recorded gets both approach tags: the checks then err on the
 *   side of caution until the clinician records the approach. Lateral approach → the general tag only.
 * - Precautions are not timed out: the history holds the year of surgery only, and the surgeon decides
 *   when they end; the clinician overrides once they have.
 */
export function historyPrecautions(h: Partial<HistoryData> | null | undefined): ActivePrecaution[] {
  if (!h) return [];
  const out: ActivePrecaution[] = [];
  const add = (tag: PrecautionTag, reason: string) => {
    if (!out.some((a) => a.tag === tag)) out.push({ tag, reason });
  };
  for (const s of h.surgeries ?? []) {
    if (!s.flags?.includes("HIP_ARTHROPLASTY")) continue;
    const when = s.year ? ` (${s.year})` : "";
    if (s.hipApproach === "POSTERIOR" || !s.hipApproach) add("HIP_REPLACEMENT_POSTERIOR", `Hip replacement, ${s.hipApproach ? "posterior" : "approach not recorded"}${when}`);
    if (s.hipApproach === "ANTERIOR" || !s.hipApproach) add("HIP_REPLACEMENT_ANTERIOR", `Hip replacement, ${s.hipApproach ? "anterior" : "approach not recorded"}${when}`);
    add("HIP_REPLACEMENT", `Hip replacement${when}`);
  }
  const conditions = new Set(h.conditions ?? []);
  const meds = h.medications ?? [];
  if (conditions.has("PREGNANT")) {
    // The history schema requires the weeks; if they are missing anyway, assume the later stage.
    const weeks = h.pregnancyWeeks;
    if (weeks === undefined || weeks >= PREGNANCY_POSITION_WEEKS) {
      const reason = weeks === undefined ? "Pregnant (weeks not recorded)" : `Pregnant, ${weeks} weeks`;
      add("PREGNANCY_SUPINE", reason);
      add("PREGNANCY_PRONE", reason);
    }
  }
  if (meds.some((m) => m.medClass === "ANTICOAGULANT")) add("BLEEDING_RISK", "Takes an anticoagulant");
  else if (conditions.has("BLEEDING_DISORDER")) add("BLEEDING_RISK", "Bleeding disorder");
  if (conditions.has("OSTEOPOROSIS")) add("OSTEOPOROSIS", "Osteoporosis");
  else if (meds.some((m) => m.medClass === "ORAL_CORTICOSTEROID" && m.longTerm)) add("OSTEOPOROSIS", "Long-term oral steroids");
  if (conditions.has("DVT_HISTORY")) add("DVT_HISTORY", "History of DVT");
  return out;
}
