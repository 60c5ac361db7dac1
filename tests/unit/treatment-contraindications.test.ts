import { describe, expect, it } from "vitest";
import { combinedRestrictions, evaluateRedFlags } from "@/lib/domain/intake/red-flag-rules";
import { RESTRICTION_CODES } from "@/lib/domain/intake/red-flags";
import { treatmentHistoryFrom, type ContraindicationContext } from "@/lib/domain/treatment/contraindication-context";
import { RESTRICTION_EFFECTS } from "@/lib/domain/treatment/contraindication-restrictions";
import { CONTRAINDICATION_ROWS, type Trigger } from "@/lib/domain/treatment/contraindication-rules";
import { checkLine } from "@/lib/domain/treatment/contraindications";
import type { LineParams, TreatmentLine } from "@/lib/domain/treatment/types";

/**
 * DOMAIN.md §4.3, every row, transcribed independently: what triggers it, and the tag sets it
 * blocks (hard stop) and warns on (acknowledgement). "ALL" = every line.
 */
const ROWS: { id: string; trigger: Trigger; blocks: (string[] | "ALL")[]; warns: string[][] }[] = [
  { id: "EMERGENCY_RED_FLAG", trigger: { restrictions: ["ALL_TREATMENT"] }, blocks: ["ALL"], warns: [] },
  { id: "URGENT_REFERRAL_RED_FLAG", trigger: { restrictions: ["HVLA_FLAGGED_REGION", "IMPACT_LOADING_FLAGGED_REGION"] }, blocks: [["THRUST"], ["IMPACT", "HEAVY_LOADING"]], warns: [["SOFT_TISSUE"]] },
  {
    id: "BONE_STRESS_INJURY", trigger: { restrictions: ["HVLA_SACRUM_SIJ", "DROP_TECHNIQUE_SACRUM_SIJ", "IMPACT_EXERCISE", "HOPPING_TESTS", "HIP_LOADING", "HIP_TRACTION_THRUST"] },
    blocks: [["THRUST", "DROP"], ["IMPACT"], ["RUNNING"]], warns: [["DEEP_PRESSURE"], ["E_STIM"]],
  },
  { id: "BLEEDING_RISK", trigger: { medicationClasses: ["ANTICOAGULANT"], conditions: ["BLEEDING_DISORDER"] }, blocks: [], warns: [["THRUST"], ["DRY_NEEDLING"], ["IASTM"], ["CUPPING"], ["DEEP_FRICTION"]] },
  { id: "LOW_BONE_DENSITY", trigger: { conditions: ["OSTEOPOROSIS"], longTermSteroids: true }, blocks: [["HIGH_FORCE_THRUST"]], warns: [["LOADED_SPINAL_FLEXION"], ["DEEP_PRESSURE"]] },
  { id: "IMPLANTED_DEVICE", trigger: { conditions: ["PACEMAKER_ICD", "IMPLANTED_STIMULATOR"] }, blocks: [["E_STIM"], ["DIATHERMY"]], warns: [["ULTRASOUND"]] },
  { id: "PREGNANCY", trigger: { conditions: ["PREGNANT"] }, blocks: [["E_STIM"], ["DRY_NEEDLING"]], warns: [["PRONE"], ["SUPINE"], ["DROP"]] },
  { id: "HIP_ARTHROPLASTY", trigger: { surgeryFlags: ["HIP_ARTHROPLASTY"] }, blocks: [["HIP_PRECAUTION_POSITION"]], warns: [] },
  { id: "SPINAL_FUSION", trigger: { surgeryFlags: ["SPINAL_FUSION"] }, blocks: [["THRUST"]], warns: [["THRUST"]] },
  { id: "SKIN_SENSORY_LOSS", trigger: { conditions: ["SKIN_SENSORY_LOSS"] }, blocks: [["HEAT", "COLD", "E_STIM"]], warns: [] },
  { id: "ADHESIVE_ALLERGY", trigger: { allergyKinds: ["ADHESIVE"] }, blocks: [["ADHESIVE_TAPE"], ["ADHESIVE_ELECTRODES"]], warns: [] },
  { id: "ACTIVE_DVT", trigger: { conditions: ["DVT_HISTORY"] }, blocks: [["SOFT_TISSUE", "E_STIM", "IASTM"]], warns: [] },
];

const sorted = (t: readonly string[] | "ALL") => (t === "ALL" ? "ALL" : [...t].sort().join("+"));

const line = (componentCode: string, params: LineParams, extra: Partial<TreatmentLine> = {}): TreatmentLine => ({ componentCode, params, ...extra });
const thrust = (segments: string[], side?: TreatmentLine["side"], technique = "DIVERSIFIED") => line("MANIPULATION", { segments, technique }, side ? { side } : {});
const tens = (region: string, electrode_type = "ADHESIVE") => line("TENS_CONVENTIONAL", { region, electrode_type, pulse_rate_hz: 100, pulse_width_us: 80, intensity_level: "SENSORY" }, { side: "R", minutes: 15 });
const needling = (muscles: string[], technique = "FAST_IN_OUT_PISTONING") => line("DRY_NEEDLING", { muscles, technique, needle_gauge_mm: 0.3, needle_length_mm: 75 }, { side: "R" });
const kneading = (region: string, side: TreatmentLine["side"] = "R") => line("KNEADING", { region, pressure: "MODERATE" }, { side, minutes: 5 });
const status = (l: TreatmentLine, ctx: ContraindicationContext) => checkLine(l, ctx).status;

describe("contraindication rules as data (DOMAIN.md §4.3)", () => {
  it("holds every row of §4.3", () => {
    expect(CONTRAINDICATION_ROWS.map((r) => r.id)).toEqual(ROWS.map((r) => r.id));
  });

  it.each(ROWS)("$id: trigger, blocks and warnings", (expected) => {
    const row = CONTRAINDICATION_ROWS.find((r) => r.id === expected.id)!;
    expect(row.trigger).toEqual(expected.trigger);
    for (const tags of expected.blocks) expect(row.blocks.map((e) => sorted(e.tags))).toContain(sorted(tags));
    for (const tags of expected.warns) expect(row.warns.map((e) => sorted(e.tags))).toContain(sorted(tags));
  });

  it("gives every red-flag restriction code a treatment meaning", () => {
    expect(Object.keys(RESTRICTION_EFFECTS).sort()).toEqual([...RESTRICTION_CODES].sort());
    for (const code of RESTRICTION_CODES) expect(RESTRICTION_EFFECTS[code].effects.length, code).toBeGreaterThan(0);
  });
});

describe("checkLine (V18)", () => {
  it("blocks manipulation of the sacrum and SI joint for a suspected sacral stress fracture, with no override", () => {
    const flags = evaluateRedFlags({ "RF-BSI-SACRAL": { answer: "YES" } }, { ageYears: 28, isRunner: true });
    const ctx: ContraindicationContext = { redFlagRestrictions: combinedRestrictions(flags), flaggedZones: ["SACRAL", "PELVIC"] };
    for (const l of [thrust(["SACRUM"]), thrust(["SIJ"], "R", "SIDE_POSTURE"), thrust(["SIJ"], "L", "THOMPSON_DROP"), thrust(["SACRUM"], undefined, "ACTIVATOR")]) {
      const r = checkLine(l, ctx);
      expect(r.status).toBe("blocked");
      expect(r.overridable).toBe(false);
      expect(r.reasons.join(" ")).toMatch(/stress fracture|sacrum/);
    }
    expect(status(line("GAIT_RETRAINING", { cues: ["INCREASE_CADENCE_5_10_PCT"] }), ctx)).toBe("blocked");
    expect(status(line("THERAPEUTIC_EXERCISE", { exercise_id: "EX-33", impact: true }), ctx)).toBe("blocked");
    // Non-thrust SI mobilisation is not HVLA; soft tissue to the flagged region needs acknowledgement.
    expect(status(line("JOINT_MOBILISATION", { joint: "SIJ", direction: "PA_UNILATERAL", system: "MAITLAND", grade: "II", sets: 2, duration_s: 30 }, { side: "R" }), ctx)).toBe("ok");
    expect(checkLine(kneading("SIJ"), ctx)).toMatchObject({ status: "caution", overridable: true });
    expect(status(kneading("THIGH_POSTERIOR"), ctx)).toBe("ok");
  });

  it("blocks every line while an EMERGENCY flag is open", () => {
    const flags = evaluateRedFlags({ "RF-CES-1": { answer: "YES" } }, { ageYears: 40 });
    const ctx = { redFlagRestrictions: combinedRestrictions(flags) };
    for (const l of [kneading("BUTTOCK_UPPER"), line("EFFLEURAGE", { region: "THIGH_LATERAL" }, { side: "L" }), line("SELF_CARE_INSTRUCTION", {})]) {
      expect(checkLine(l, ctx)).toMatchObject({ status: "blocked", overridable: false });
    }
  });

  it("asks for acknowledgement of dry needling, IASTM, cupping and HVLA with an anticoagulant", () => {
    const ctx = { history: { medicationClasses: ["ANTICOAGULANT"] } };
    for (const l of [needling(["PIRIFORMIS"]), line("IASTM", { tool: "GRASTON", region: "THIGH_LATERAL", duration_s: 60, pressure: "MODERATE" }, { side: "R" }), line("CUPPING", { region: "BUTTOCK_UPPER", cups_count: 4, type: "STATIC" }, { side: "R" }), thrust(["L5"])]) {
      const r = checkLine(l, ctx);
      expect(r.status, l.componentCode).toBe("caution");
      expect(r.overridable).toBe(true);
      expect(r.reasons[0]).toMatch(/Anticoagulant/);
    }
    expect(status(kneading("BUTTOCK_UPPER"), ctx)).toBe("ok");
    expect(status(needling(["PIRIFORMIS"]), { history: { conditions: ["BLEEDING_DISORDER"] } })).toBe("caution");
  });

  it("blocks every kind of e-stim with a pacemaker, and cautions ultrasound", () => {
    const ctx = { history: { conditions: ["PACEMAKER_ICD"] } };
    expect(checkLine(tens("LUMBAR_LOWER"), ctx)).toMatchObject({ status: "blocked", overridable: false });
    expect(status(line("IFC", { region: "SIJ" }, { side: "R" }), ctx)).toBe("blocked");
    expect(status(line("NMES", { region: "THIGH_ANTERIOR", attended: true }, { side: "R" }), ctx)).toBe("blocked");
    expect(status(needling(["PIRIFORMIS"], "ELECTRICAL_PERCUTANEOUS"), ctx)).toBe("blocked");
    expect(status(needling(["PIRIFORMIS"]), ctx)).toBe("ok");
    expect(status(line("ULTRASOUND", { region: "THIGH_LATERAL" }, { side: "R" }), ctx)).toBe("caution");
    expect(status(line("MOIST_HEAT", { region: "SIJ" }, { side: "R" }), ctx)).toBe("ok");
    expect(status(tens("LUMBAR_LOWER"), { history: { conditions: ["IMPLANTED_STIMULATOR"] } })).toBe("blocked");
  });

  it("applies the pregnancy rows by region and week", () => {
    const at = (weeks: number) => ({ history: { conditions: ["PREGNANT"], pregnancyWeeks: weeks } });
    expect(status(tens("LUMBAR_LOWER"), at(24))).toBe("blocked");
    expect(status(tens("THIGH_LATERAL"), at(24))).toBe("ok");
    expect(status(needling(["GLUTEUS_MEDIUS"]), at(10))).toBe("blocked");
    expect(status(needling(["GASTROCNEMIUS"]), at(10))).toBe("ok");
    expect(status(needling(["GLUTEUS_MEDIUS"]), at(20))).toBe("ok");
    expect(status(kneading("THIGH_LATERAL", "R"), at(10))).toBe("ok");
    expect(status({ ...kneading("THIGH_LATERAL"), position: "PRONE" }, at(24))).toBe("caution");
    expect(status({ ...kneading("THIGH_LATERAL"), position: "PRONE" }, at(10))).toBe("ok");
    expect(status({ ...kneading("THIGH_LATERAL"), position: "SUPINE" }, at(28))).toBe("caution");
    // Unknown weeks: the stricter reading.
    expect(status(needling(["PIRIFORMIS"]), { history: { conditions: ["PREGNANT"] } })).toBe("blocked");
  });

  it("blocks adhesive tape and adhesive electrodes, not sponge electrodes, with an adhesive allergy", () => {
    const ctx = { history: { allergyKinds: ["ADHESIVE"] } };
    expect(status(line("TAPING", { region: "SIJ", tape_type: "KINESIOLOGY", pattern: "Y" }, { side: "R" }), ctx)).toBe("blocked");
    expect(status(tens("LUMBAR_LOWER"), ctx)).toBe("blocked");
    expect(status(tens("LUMBAR_LOWER", "CARBON_SPONGE"), ctx)).toBe("ok");
  });

  it("blocks deep hip flexion with adduction after a posterior hip replacement, overridable per the surgeon's protocol", () => {
    const posterior = { history: { surgeryFlags: ["HIP_ARTHROPLASTY"], hipApproaches: ["POSTERIOR"] } };
    const ais = line("AIS", { muscle: "PIRIFORMIS", reps: 10, sets: 1, hold_s: 2 }, { side: "R" });
    expect(checkLine(ais, posterior)).toMatchObject({ status: "blocked", overridable: true });
    expect(status(line("THERAPEUTIC_EXERCISE", { exercise_id: "EX-01" }), posterior)).toBe("blocked");
    expect(status(line("AIS", { muscle: "HAMSTRINGS", reps: 10, sets: 1, hold_s: 2 }, { side: "R" }), posterior)).toBe("ok");
    expect(status(ais, { history: { surgeryFlags: ["HIP_ARTHROPLASTY"], hipApproaches: ["ANTERIOR"] } })).toBe("ok");
    expect(status(ais, { history: { surgeryFlags: ["HIP_ARTHROPLASTY"] } })).toBe("blocked");
  });

  it("blocks HVLA at fused segments, cautions adjacent levels and unknown levels", () => {
    const fused = { history: { surgeryFlags: ["SPINAL_FUSION"], fusedSegments: ["L4", "L5"] } };
    expect(status(thrust(["L5"]), fused)).toBe("blocked");
    expect(status(thrust(["L3"]), fused)).toBe("caution");
    expect(status(thrust(["S1"]), fused)).toBe("caution");
    expect(status(thrust(["T6"]), fused)).toBe("ok");
    expect(status(line("FLEXION_DISTRACTION", { segment: "L5" }), fused)).toBe("ok");
    expect(status(thrust(["T6"]), { history: { surgeryFlags: ["SPINAL_FUSION"] } })).toBe("caution");
  });

  it("lets the clinic choose block or warn for high-force HVLA with osteoporosis", () => {
    const ctx: ContraindicationContext = { history: { conditions: ["OSTEOPOROSIS"] } };
    expect(status(thrust(["L5"]), ctx)).toBe("blocked");
    expect(status(thrust(["L5"], undefined, "ACTIVATOR"), ctx)).toBe("ok");
    expect(status(thrust(["L5"]), { ...ctx, settings: { osteoporosisHighForceHvla: "warn" } })).toBe("caution");
    expect(status(line("THERAPEUTIC_EXERCISE", { exercise_id: "EX-25" }), ctx)).toBe("caution");
    expect(status(thrust(["L5"]), { history: { longTermSteroids: true } })).toBe("blocked");
  });

  it("uses the area of sensory loss and the DVT limb when they are recorded, and cautions when they are not", () => {
    const heat = line("MOIST_HEAT", { region: "LUMBAR_LOWER" }, { side: "CENTRAL" });
    expect(status(heat, { history: { conditions: ["SKIN_SENSORY_LOSS"] } })).toBe("caution");
    expect(status(heat, { history: { conditions: ["SKIN_SENSORY_LOSS"], sensoryLossZones: ["LUMBAR"] } })).toBe("blocked");
    expect(status(heat, { history: { conditions: ["SKIN_SENSORY_LOSS"], sensoryLossZones: ["FOOT"] } })).toBe("ok");
    const dvt = { history: { conditions: ["DVT_HISTORY"], activeDvt: { active: true, side: "R" as const } } };
    expect(status(kneading("THIGH_POSTERIOR", "R"), dvt)).toBe("blocked");
    expect(status(kneading("THIGH_POSTERIOR", "L"), dvt)).toBe("ok");
    expect(status(kneading("THIGH_POSTERIOR", "L"), { history: { conditions: ["DVT_HISTORY"] } })).toBe("caution");
    expect(status(kneading("THIGH_POSTERIOR", "L"), { history: { conditions: ["DVT_HISTORY"], activeDvt: { active: false } } })).toBe("ok");
  });

  it("applies regional red-flag restrictions to the flagged region only, and to region-less lines everywhere", () => {
    const infection = { redFlagRestrictions: combinedRestrictions(evaluateRedFlags({ "RF-INF": { answer: "YES" } }, { ageYears: 40 })), flaggedZones: ["LUMBAR" as const] };
    expect(status(kneading("LUMBAR_LOWER"), infection)).toBe("blocked");
    expect(status(kneading("THIGH_LATERAL"), infection)).toBe("ok");
    const impact = line("THERAPEUTIC_ACTIVITIES", { activity: "Drop jumps", impact: true });
    expect(status(impact, infection)).toBe("blocked");
    expect(status(impact, { ...infection, region: ["THIGH"] })).toBe("ok");
  });

  it("turns FLAG-level restrictions into precautions", () => {
    const anticoag = combinedRestrictions(evaluateRedFlags({ "RF-ANTICOAG": { answer: "YES" } }, { ageYears: 40 }));
    expect(checkLine(needling(["PIRIFORMIS"]), { redFlagRestrictions: anticoag })).toMatchObject({ status: "caution", overridable: true });
    expect(status(thrust(["L5"]), { redFlagRestrictions: anticoag })).toBe("blocked");
  });

  it("reads the stored history record", () => {
    const h = treatmentHistoryFrom({
      conditions: ["PREGNANT"], pregnancyWeeks: 30,
      medications: [{ name: "Prednisolone", medClass: "ORAL_CORTICOSTEROID", longTerm: true }],
      allergies: [{ name: "Tape", kind: "ADHESIVE" }],
      surgeries: [{ description: "THR", flags: ["HIP_ARTHROPLASTY"] }],
    });
    expect(h).toMatchObject({ conditions: ["PREGNANT"], pregnancyWeeks: 30, longTermSteroids: true, allergyKinds: ["ADHESIVE"], surgeryFlags: ["HIP_ARTHROPLASTY"], hipApproaches: ["UNKNOWN"] });
    expect(status(thrust(["L5"]), { history: h })).toBe("blocked");
  });

  it("blocks unknown components", () => {
    expect(checkLine(line("REIKI", {}))).toMatchObject({ status: "blocked", overridable: false });
  });
});
