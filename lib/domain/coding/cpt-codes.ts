/**
 * CPT / HCPCS procedure codes (DOMAIN.md §7.3) with short paraphrased labels: CPT descriptors are
 * AMA-copyrighted, so the clinic ships these unless it holds a CPT licence. `timed` codes bill per
 * 15 minutes; `therapy` codes take the GP modifier under a therapy plan of care (§7.4).
 */

export type CptKind = "CMT_SPINAL" | "CMT_EXTRASPINAL" | "UNATTENDED_ESTIM" | "PROCEDURE" | "EVALUATION" | "E_M";

export interface CptCode {
  code: string;
  label: string;
  timed: boolean;
  kind: CptKind;
  therapy: boolean;
  billers: string;
  note?: string;
  verify?: boolean;
}

type Row = [code: string, label: string, timed: boolean, billers: string, extra?: Partial<CptCode>];
const rows = (kind: CptKind, therapy: boolean, list: Row[]): CptCode[] => list.map(([code, label, timed, billers, extra]) => ({ code, label, timed, kind, therapy, billers, ...extra }));

export const CPT_CODES: readonly CptCode[] = [
  ...rows("CMT_SPINAL", false, [
    ["98940", "Chiropractic manipulative treatment (CMT), spinal, 1–2 regions", false, "DC", { note: "Medicare: AT modifier for active care" }],
    ["98941", "CMT, spinal, 3–4 regions", false, "DC"],
    ["98942", "CMT, spinal, 5 regions", false, "DC"],
  ]),
  ...rows("CMT_EXTRASPINAL", false, [["98943", "CMT, extraspinal, one or more regions", false, "DC", { note: "Not covered by Medicare" }]]),
  ...rows("PROCEDURE", true, [
    ["97140", "Manual therapy, one or more regions", true, "PT, DC", { note: "With CMT on the same day needs a separate region and modifier 59/XS", verify: true }],
    ["97110", "Therapeutic exercise", true, "PT, DC, PTA"],
    ["97112", "Neuromuscular re-education", true, "PT, DC, PTA"],
    ["97530", "Therapeutic activities, one-on-one", true, "PT, PTA, DC", { verify: true }],
    ["97535", "Self-care / home-management training", true, "PT, PTA"],
    ["97116", "Gait training", true, "PT", { verify: true }],
    ["97124", "Massage", true, "LMT, PT, DC", { note: "Not with 97140 for the same region or time" }],
    ["97010", "Hot or cold packs", false, "all", { note: "Bundled by Medicare and many payers" }],
    ["97012", "Mechanical traction", false, "PT, DC"],
    ["97014", "Electrical stimulation, unattended", false, "PT, DC", { kind: "UNATTENDED_ESTIM", note: "Medicare does not accept: use G0283" }],
    ["97032", "Electrical stimulation, attended, each 15 min", true, "PT, DC"],
    ["97035", "Ultrasound, each 15 min", true, "PT, DC"],
    ["97026", "Infrared", false, ""],
    ["97750", "Physical performance test with written report, each 15 min", true, "PT"],
    ["97150", "Group therapeutic procedures", false, "PT"],
    ["97799", "Unlisted physical medicine / rehabilitation service", false, "", { note: "Needs a description" }],
  ]),
  ...rows("UNATTENDED_ESTIM", true, [["G0283", "Electrical stimulation, unattended, non-wound, under a therapy plan of care", false, "PT (Medicare)"]]),
  ...rows("EVALUATION", true, [
    ["97161", "PT evaluation, low complexity", false, "PT", { verify: true }],
    ["97162", "PT evaluation, moderate complexity", false, "PT"],
    ["97163", "PT evaluation, high complexity", false, "PT"],
    ["97164", "PT re-evaluation", false, "PT", { verify: true }],
  ]),
  ...rows("E_M", false, [
    ...[2, 3, 4, 5].map((n): Row => [`9920${n}`, `New-patient office visit, level ${n}`, false, "DC, MD/DO/NP/PA", { verify: true }]),
    ...[1, 2, 3, 4, 5].map((n): Row => [`9921${n}`, `Established-patient office visit, level ${n}`, false, "DC", { verify: true }]),
  ]),
  ...rows("PROCEDURE", false, [
    ["20560", "Needle insertion without injection (dry needling), 1–2 muscles", false, "PT / DC where permitted", { verify: true }],
    ["20561", "Needle insertion without injection (dry needling), 3 or more muscles", false, "PT / DC where permitted", { verify: true }],
    ["S8990", "Physical or manipulative therapy for maintenance (commercial payers)", false, "DC", { verify: true }],
  ]),
];

export const CPT_BY_CODE: ReadonlyMap<string, CptCode> = new Map(CPT_CODES.map((c) => [c.code, c]));

export function findCpt(code: string): CptCode | undefined {
  return CPT_BY_CODE.get(code);
}

export const isTimedCode = (code: string): boolean => CPT_BY_CODE.get(code)?.timed === true;
export const isUnattendedEstim = (code: string): boolean => code === "97014" || code === "G0283";
