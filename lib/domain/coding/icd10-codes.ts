/**
 * ICD-10-CM seed list for runners' low back / SI / hip / piriformis (DOMAIN.md §7.1), as data.
 * Titles are abbreviated paraphrases. Codes that need a 7th character are stored by their
 * 6-character base including placeholder X's (`S33.5XX`) with the 7th characters they accept;
 * `validateDiagnoses` builds and checks the full code. Header (category) codes are listed with
 * `billable: false` so they can be refused with a pointer to their children.
 *
 * Code-set maintenance (§7): ICD-10-CM changes every 1 October; `effectiveFrom` / `effectiveTo`
 * are recorded where §7.1 names a change.
 */

export type IcdLaterality = "R" | "L" | "BIL" | "UNSPECIFIED" | "NONE";
export type IcdGroup = "LUMBAR" | "SACRUM_SIJ_PELVIS" | "HIP_THIGH_NERVE" | "EXTERNAL_STATUS" | "SEGMENTAL_DYSFUNCTION";

export interface IcdCode {
  code: string;
  label: string;
  group: IcdGroup;
  laterality: IcdLaterality;
  billable: boolean;
  /** 7th characters accepted after the 6-character base (injuries, fatigue / stress fractures). */
  seventh?: readonly string[];
  note?: string;
  verify?: boolean;
  effectiveFrom?: string;
  effectiveTo?: string;
  /** Not in §7.1: added so every CMT region has its M99.0x pair (§7.2 Medicare chiropractic, V12). */
  added?: boolean;
}

/** §7.2: S- injuries A/D/S; M48.4- A/D/G/S; M84.3- A/D/G/K/P/S. */
export const SEVENTH_INJURY = ["A", "D", "S"] as const;
export const SEVENTH_M48_4 = ["A", "D", "G", "S"] as const;
export const SEVENTH_M84_3 = ["A", "D", "G", "K", "P", "S"] as const;
export const SEVENTH_LABELS: Readonly<Record<string, string>> = {
  A: "initial encounter", D: "subsequent encounter", G: "subsequent encounter with delayed healing",
  K: "subsequent encounter with nonunion", P: "subsequent encounter with malunion", S: "sequela",
};

type Row = [code: string, label: string, laterality: IcdLaterality, extra?: Partial<IcdCode>];
const group = (g: IcdGroup, rows: Row[]): IcdCode[] => rows.map(([code, label, laterality, extra]) => ({ code, label, group: g, laterality, billable: true, ...extra }));
const header = (children: string): Partial<IcdCode> => ({ billable: false, note: `Header code: use ${children}` });

export const ICD10_CODES: readonly IcdCode[] = [
  ...group("LUMBAR", [
    ["M54.50", "Low back pain, unspecified", "NONE", { note: "Default low-back-pain code since 1 Oct 2021", effectiveFrom: "2021-10-01" }],
    ["M54.51", "Vertebrogenic low back pain", "NONE", { note: "Endplate (Modic) pain confirmed by imaging; not a synonym for ordinary LBP", effectiveFrom: "2021-10-01" }],
    ["M54.59", "Other low back pain", "NONE", { effectiveFrom: "2021-10-01" }],
    ["M54.5", "Low back pain (header)", "NONE", { ...header("M54.50, M54.51 or M54.59"), note: "Invalid on claims since 1 Oct 2021: use M54.50, M54.51 or M54.59", effectiveTo: "2021-09-30" }],
    ["M54.89", "Other dorsalgia", "NONE"],
    ["M54.9", "Dorsalgia, unspecified", "NONE"],
    ["M54.16", "Radiculopathy, lumbar region", "NONE"],
    ["M54.17", "Radiculopathy, lumbosacral region", "NONE"],
    ["M54.30", "Sciatica, unspecified side", "UNSPECIFIED"],
    ["M54.31", "Sciatica, right side", "R"],
    ["M54.32", "Sciatica, left side", "L"],
    ["M54.40", "Lumbago with sciatica, unspecified side", "UNSPECIFIED"],
    ["M54.41", "Lumbago with sciatica, right side", "R"],
    ["M54.42", "Lumbago with sciatica, left side", "L"],
    ["M51.16", "Intervertebral disc disorders with radiculopathy, lumbar region", "NONE"],
    ["M51.17", "Intervertebral disc disorders with radiculopathy, lumbosacral region", "NONE"],
    ["M51.26", "Other intervertebral disc displacement, lumbar region", "NONE"],
    ["M51.27", "Other intervertebral disc displacement, lumbosacral region", "NONE"],
    ["M51.36", "Other intervertebral disc degeneration, lumbar region (header)", "NONE", { ...header("M51.360–M51.369"), effectiveTo: "2024-09-30", verify: true }],
    ["M51.360", "Other disc degeneration, lumbar, with discogenic back pain only", "NONE", { effectiveFrom: "2024-10-01", verify: true }],
    ["M51.361", "Other disc degeneration, lumbar, with lower-extremity pain only", "NONE", { effectiveFrom: "2024-10-01", verify: true }],
    ["M51.362", "Other disc degeneration, lumbar, with discogenic back pain and lower-extremity pain", "NONE", { effectiveFrom: "2024-10-01", verify: true }],
    ["M51.369", "Other disc degeneration, lumbar, without mention of back or lower-extremity pain", "NONE", { effectiveFrom: "2024-10-01", verify: true }],
    ["M51.37", "Other intervertebral disc degeneration, lumbosacral region (header)", "NONE", { ...header("M51.370–M51.379"), effectiveTo: "2024-09-30", verify: true }],
    ["M51.370", "Other disc degeneration, lumbosacral, with discogenic back pain only", "NONE", { effectiveFrom: "2024-10-01", verify: true }],
    ["M51.371", "Other disc degeneration, lumbosacral, with lower-extremity pain only", "NONE", { effectiveFrom: "2024-10-01", verify: true }],
    ["M51.372", "Other disc degeneration, lumbosacral, with discogenic back pain and lower-extremity pain", "NONE", { effectiveFrom: "2024-10-01", verify: true }],
    ["M51.379", "Other disc degeneration, lumbosacral, without mention of back or lower-extremity pain", "NONE", { effectiveFrom: "2024-10-01", verify: true }],
    ["M47.816", "Spondylosis without myelopathy or radiculopathy, lumbar region", "NONE", { note: "Facet arthropathy" }],
    ["M47.817", "Spondylosis without myelopathy or radiculopathy, lumbosacral region", "NONE"],
    ["M48.061", "Spinal stenosis, lumbar region, without neurogenic claudication", "NONE"],
    ["M48.062", "Spinal stenosis, lumbar region, with neurogenic claudication", "NONE"],
    ["M43.06", "Spondylolysis, lumbar region", "NONE", { note: "Young runners with extension pain: pars stress injury" }],
    ["M43.16", "Spondylolisthesis, lumbar region", "NONE"],
    ["M43.17", "Spondylolisthesis, lumbosacral region", "NONE"],
    ["M53.2X6", "Spinal instabilities, lumbar region", "NONE"],
    ["M53.2X7", "Spinal instabilities, lumbosacral region", "NONE"],
    ["M53.86", "Other specified dorsopathies, lumbar region", "NONE"],
    ["M62.830", "Muscle spasm of back", "NONE", { note: "Secondary code when spasm is documented" }],
    ["M62.838", "Other muscle spasm", "NONE", { note: "e.g. gluteal / piriformis spasm", verify: true }],
    ["M79.1", "Myalgia (header)", "NONE", { ...header("M79.10–M79.18"), effectiveTo: "2022-09-30", verify: true }],
    ["M79.18", "Myalgia, other site", "NONE", { effectiveFrom: "2022-10-01", verify: true }],
    ["S39.012", "Strain of muscle, fascia and tendon of lower back", "NONE", { seventh: SEVENTH_INJURY, note: "Acute lifting / twisting strain" }],
    ["S33.5XX", "Sprain of ligaments of lumbar spine", "NONE", { seventh: SEVENTH_INJURY }],
    ["M48.46X", "Fatigue (stress) fracture of vertebra, lumbar region", "NONE", { seventh: SEVENTH_M48_4, note: "Lumbar vertebral stress fracture" }],
  ]),
  ...group("SACRUM_SIJ_PELVIS", [
    ["M53.3", "Sacrococcygeal disorders, not elsewhere classified", "NONE", { note: "Includes coccygodynia; not an exact fit for SI joint dysfunction", verify: true }],
    ["M53.2X8", "Spinal instabilities, sacral and sacrococcygeal region", "NONE", { note: "Sometimes used for SIJ hypermobility / dysfunction", verify: true }],
    ["M53.88", "Other specified dorsopathies, sacral and sacrococcygeal region", "NONE", { verify: true }],
    ["M46.1", "Sacroiliitis, not elsewhere classified", "NONE", { note: "Implies inflammation: not for purely mechanical SIJ pain" }],
    ["S33.6XX", "Sprain of sacroiliac joint", "NONE", { seventh: SEVENTH_INJURY, note: "Traumatic onset" }],
    ["M48.48X", "Fatigue fracture of vertebra, sacral and sacrococcygeal region", "NONE", { seventh: SEVENTH_M48_4, note: "Sacral stress fracture in runners" }],
    ["M84.350", "Stress fracture, pelvis", "NONE", { seventh: SEVENTH_M84_3, note: "Pubic ramus / ilium stress fracture" }],
    ["Z87.312", "Personal history of (healed) stress fracture", "NONE", { note: "Risk flag for future episodes" }],
  ]),
  ...group("SEGMENTAL_DYSFUNCTION", [
    ["M99.00", "Segmental and somatic dysfunction of head region", "NONE", { added: true }],
    ["M99.01", "Segmental and somatic dysfunction of cervical region", "NONE", { added: true }],
    ["M99.02", "Segmental and somatic dysfunction of thoracic region", "NONE", { added: true }],
    ["M99.03", "Segmental and somatic dysfunction of lumbar region", "NONE", { note: "Chiropractic subluxation code" }],
    ["M99.04", "Segmental and somatic dysfunction of sacral region", "NONE"],
    ["M99.05", "Segmental and somatic dysfunction of pelvic region", "NONE", { note: "SI joint / ilium (CMT pelvic region)" }],
    ["M99.06", "Segmental and somatic dysfunction of lower extremity", "NONE", { added: true }],
    ["M99.07", "Segmental and somatic dysfunction of upper extremity", "NONE", { added: true }],
    ["M99.08", "Segmental and somatic dysfunction of rib cage", "NONE", { added: true }],
    ["M99.09", "Segmental and somatic dysfunction of abdomen and other regions", "NONE", { added: true }],
  ]),
  ...group("HIP_THIGH_NERVE", [
    ["G57.00", "Lesion of sciatic nerve, unspecified lower limb", "UNSPECIFIED", { note: "Conventional code for piriformis syndrome" }],
    ["G57.01", "Lesion of sciatic nerve, right lower limb", "R", { note: "Piriformis syndrome" }],
    ["G57.02", "Lesion of sciatic nerve, left lower limb", "L", { note: "Piriformis syndrome" }],
    ["G57.03", "Lesion of sciatic nerve, bilateral lower limbs", "BIL", { note: "Piriformis syndrome" }],
    ["G57.10", "Meralgia paresthetica, unspecified lower limb", "UNSPECIFIED"],
    ["G57.11", "Meralgia paresthetica, right lower limb", "R"],
    ["G57.12", "Meralgia paresthetica, left lower limb", "L"],
    ["M25.551", "Pain in right hip", "R"],
    ["M25.552", "Pain in left hip", "L"],
    ["M25.559", "Pain in unspecified hip", "UNSPECIFIED"],
    ["M70.61", "Trochanteric bursitis, right hip", "R"],
    ["M70.62", "Trochanteric bursitis, left hip", "L"],
    ["M70.71", "Other bursitis of hip, right hip", "R"],
    ["M70.72", "Other bursitis of hip, left hip", "L"],
    ["M76.01", "Gluteal tendinitis, right hip", "R", { note: "Gluteal tendinopathy / GTPS" }],
    ["M76.02", "Gluteal tendinitis, left hip", "L"],
    ["M76.11", "Psoas tendinitis, right hip", "R", { note: "Iliopsoas overuse" }],
    ["M76.12", "Psoas tendinitis, left hip", "L"],
    ["M76.30", "Iliotibial band syndrome, unspecified leg", "UNSPECIFIED"],
    ["M76.31", "Iliotibial band syndrome, right leg", "R"],
    ["M76.32", "Iliotibial band syndrome, left leg", "L"],
    ["M84.351", "Stress fracture, right femur", "R", { seventh: SEVENTH_M84_3, note: "Femoral neck stress fracture", verify: true }],
    ["M84.352", "Stress fracture, left femur", "L", { seventh: SEVENTH_M84_3, verify: true }],
    ["M84.359", "Stress fracture, hip, unspecified", "UNSPECIFIED", { seventh: SEVENTH_M84_3, verify: true }],
    ["M16.11", "Unilateral primary osteoarthritis, right hip", "R"],
    ["M16.12", "Unilateral primary osteoarthritis, left hip", "L"],
    ["M25.851", "Other specified joint disorders, right hip", "R", { note: "Sometimes used for FAI", verify: true }],
    ["M25.852", "Other specified joint disorders, left hip", "L", { verify: true }],
    ["S76.011", "Strain of muscle, fascia and tendon of right hip", "R", { seventh: SEVENTH_INJURY, note: "Hip flexor / gluteal strain" }],
    ["S76.012", "Strain of muscle, fascia and tendon of left hip", "L", { seventh: SEVENTH_INJURY }],
    ["S76.111", "Strain of right quadriceps muscle, fascia and tendon", "R", { seventh: SEVENTH_INJURY }],
    ["S76.112", "Strain of left quadriceps muscle, fascia and tendon", "L", { seventh: SEVENTH_INJURY }],
    ["S76.211", "Strain of adductor muscle, fascia and tendon of right thigh", "R", { seventh: SEVENTH_INJURY }],
    ["S76.212", "Strain of adductor muscle, fascia and tendon of left thigh", "L", { seventh: SEVENTH_INJURY }],
    ["S76.311", "Strain of posterior muscle group at thigh level, right (hamstring)", "R", { seventh: SEVENTH_INJURY }],
    ["S76.312", "Strain of posterior muscle group at thigh level, left (hamstring)", "L", { seventh: SEVENTH_INJURY }],
    ["M79.651", "Pain in right thigh", "R"],
    ["M79.652", "Pain in left thigh", "L"],
    ["M79.604", "Pain in right leg", "R"],
    ["M79.605", "Pain in left leg", "L"],
    ["M21.751", "Unequal limb length (acquired), right femur", "R", { note: "Site = the short bone", verify: true }],
    ["M21.752", "Unequal limb length (acquired), left femur", "L", { verify: true }],
    ["M62.81", "Muscle weakness (generalized)", "NONE"],
    ["R26.89", "Other abnormalities of gait and mobility", "NONE"],
    ["R26.2", "Difficulty in walking", "NONE"],
    ["G54.4", "Lumbosacral root disorders, not elsewhere classified", "NONE"],
    ["G54.1", "Lumbosacral plexus disorders", "NONE"],
  ]),
  ...group("EXTERNAL_STATUS", [
    ["Y93.02", "Activity, running", "NONE", { note: "Report once, at the initial encounter", verify: true }],
    ["Y93.55", "Activity, bike riding", "NONE", { verify: true }],
    ["Y99.8", "Other external cause status (leisure / recreation)", "NONE", { verify: true }],
    ["X50.3XX", "Overexertion from repetitive movements", "NONE", { seventh: SEVENTH_INJURY, verify: true }],
    ["Z79.01", "Long-term (current) use of anticoagulants", "NONE"],
    ["Z79.52", "Long-term (current) use of systemic steroids", "NONE"],
    ["Z96.641", "Presence of right artificial hip joint", "R"],
    ["Z96.642", "Presence of left artificial hip joint", "L"],
    ["Z98.1", "Arthrodesis status (spinal fusion)", "NONE"],
    ["Z71.82", "Exercise counselling", "NONE"],
  ]),
];

/** §7.2 Excludes1 pairs (never together), as code prefixes (verify against the current tabular). */
export const EXCLUDES1_PAIRS: readonly (readonly [string, string])[] = [
  ["M54.5", "M54.4"], ["M54.5", "S39.012"], ["M54.5", "M51.2"], ["M54.3", "M54.4"],
  ["M54.3", "G57.0"], ["M54.3", "M51.1"], ["M54.4", "M51.1"], ["M54.1", "M51.1"],
];

/** §7.2 "Max on claim": CMS-1500 holds up to 12 diagnoses (A–L). */
export const MAX_DIAGNOSES_ON_CLAIM = 12;
