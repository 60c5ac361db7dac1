import type { Option } from "@/lib/domain/intake/options";

/** Patient-level history value sets (DOMAIN.md §1.3). */
const opts = (...items: [string, string][]): Option[] => items.map(([value, label]) => ({ value, label }));

export const CONDITIONS = opts(
  ["OSTEOPOROSIS", "Osteoporosis"], ["OSTEOPENIA", "Osteopenia"], ["CANCER_HISTORY", "Cancer (current or past)"], ["INFLAMMATORY_ARTHRITIS", "Inflammatory arthritis"],
  ["DIABETES", "Diabetes"], ["PERIPHERAL_NEUROPATHY", "Peripheral neuropathy"], ["BLEEDING_DISORDER", "Bleeding disorder"], ["HYPERMOBILITY", "Hypermobility"],
  ["PACEMAKER_ICD", "Pacemaker / ICD"], ["IMPLANTED_STIMULATOR", "Implanted stimulator"], ["PREGNANT", "Pregnant"], ["RECENT_POSTPARTUM", "Recently postpartum"],
  ["DVT_HISTORY", "History of DVT"], ["CARDIOVASCULAR", "Cardiovascular disease"], ["EPILEPSY", "Epilepsy"], ["SKIN_SENSORY_LOSS", "Skin sensory loss"],
  ["AAA_KNOWN", "Known abdominal aortic aneurysm"], ["IMMUNOSUPPRESSED", "Immunosuppressed"], ["IV_DRUG_USE", "IV drug use"],
);

export const MEDICATION_CLASSES = opts(
  ["NSAID", "NSAID"], ["ACETAMINOPHEN", "Acetaminophen"], ["OPIOID", "Opioid"], ["MUSCLE_RELAXANT", "Muscle relaxant"], ["GABAPENTINOID", "Gabapentinoid"],
  ["ORAL_CORTICOSTEROID", "Oral corticosteroid"], ["ANTICOAGULANT", "Anticoagulant"], ["ANTIPLATELET", "Antiplatelet"], ["BISPHOSPHONATE", "Bisphosphonate"],
  ["HORMONAL_CONTRACEPTIVE", "Hormonal contraceptive"], ["OTHER", "Other"],
);

export const ALLERGY_KINDS = opts(["LATEX", "Latex"], ["ADHESIVE", "Adhesive (tape, electrodes)"], ["LOTION_NUT_OIL", "Lotion / nut oil"], ["MEDICATION", "Medication"], ["OTHER", "Other"]);

export const SURGERY_FLAGS = opts(["SPINAL_FUSION", "Spinal fusion"], ["HIP_ARTHROPLASTY", "Hip replacement"], ["HARDWARE", "Metal hardware"]);
export const HIP_APPROACHES = opts(["POSTERIOR", "Posterior"], ["ANTERIOR", "Anterior"], ["LATERAL", "Lateral"]);
export const SMOKING = opts(["NEVER", "Never"], ["FORMER", "Former"], ["CURRENT", "Current"]);
