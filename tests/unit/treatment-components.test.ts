import { describe, expect, it } from "vitest";
import { CPT_BY_CODE } from "@/lib/domain/coding/cpt-codes";
import { ANATOMY_LISTS, SEGMENTS } from "@/lib/domain/treatment/anatomy";
import { COMPONENTS, findComponent } from "@/lib/domain/treatment/components/catalogue";
import { MANIPULATION_TECHNIQUES } from "@/lib/domain/treatment/components/manual";
import { COMPONENT_CODES, type BillingSpec } from "@/lib/domain/treatment/components/types";
import { consentNeeded, missingAttestations, tagsOfLine, zonesOfLine } from "@/lib/domain/treatment/line-facts";
import { defaultParams, lineParamsSchema, validateLine } from "@/lib/domain/treatment/line-schema";
import type { LineParams, TreatmentLine } from "@/lib/domain/treatment/types";

/**
 * DOMAIN.md §4.2 / §7.3 / §4.1 / §4.0, transcribed independently of the data files:
 * [code, category, code billed by a non-DC provider (null: none by default), timed, consent kind, §4.0 row].
 */
const EXPECTED: [string, string, string | null, boolean, string | null, string][] = [
  ["MANIPULATION", "MANIPULATION", "97140", true, "HVLA", "HVLA_MANIPULATION"],
  ["JOINT_MOBILISATION", "MOBILISATION", "97140", true, null, "JOINT_MOBILISATION"],
  ["FLEXION_DISTRACTION", "TRACTION", "97140", true, null, "JOINT_MOBILISATION"],
  ["MECHANICAL_TRACTION", "TRACTION", "97012", false, null, "MODALITIES"],
  ["AIS", "STRETCHING", "97140", true, null, "AIS_PNF_STRETCHING"],
  ["PNF_CONTRACT_RELAX", "STRETCHING", "97140", true, null, "AIS_PNF_STRETCHING"],
  ["STATIC_STRETCH", "STRETCHING", "97140", true, null, "AIS_PNF_STRETCHING"],
  ["MET", "STRETCHING", "97140", true, null, "AIS_PNF_STRETCHING"],
  ["COMPRESSION", "SOFT_TISSUE", "97124", true, null, "SOFT_TISSUE"],
  ["TRIGGER_POINT", "TRIGGER_POINT", "97140", true, null, "SOFT_TISSUE"],
  ["KNEADING", "SOFT_TISSUE", "97124", true, null, "SOFT_TISSUE"],
  ["EFFLEURAGE", "SOFT_TISSUE", "97124", true, null, "SOFT_TISSUE"],
  ["CROSS_FRICTION", "SOFT_TISSUE", "97140", true, null, "SOFT_TISSUE"],
  // Only when done with cups or an instrument (bruising risk, §4.1).
  ["MYOFASCIAL_RELEASE", "SOFT_TISSUE", "97140", true, "BRUISING_RISK", "SOFT_TISSUE"],
  ["TAPOTEMENT_VIBRATION", "SOFT_TISSUE", "97124", true, null, "SOFT_TISSUE"],
  ["IASTM", "IASTM", "97140", true, "BRUISING_RISK", "SOFT_TISSUE"],
  ["ART", "ART", "97140", true, null, "SOFT_TISSUE"],
  ["CUPPING", "CUPPING", "97140", true, "BRUISING_RISK", "SOFT_TISSUE"],
  ["TENS_CONVENTIONAL", "ELECTROTHERAPY", "97014", false, null, "MODALITIES"],
  ["TENS_ACUPUNCTURE_LIKE", "ELECTROTHERAPY", "97014", false, null, "MODALITIES"],
  ["TENS_BURST", "ELECTROTHERAPY", "97014", false, null, "MODALITIES"],
  ["IFC", "ELECTROTHERAPY", "97014", false, null, "MODALITIES"],
  ["NMES", "ELECTROTHERAPY", "97014", false, null, "MODALITIES"],
  ["RUSSIAN_CURRENT", "ELECTROTHERAPY", "97014", false, null, "MODALITIES"],
  ["HVPC", "ELECTROTHERAPY", "97014", false, null, "MODALITIES"],
  ["MICROCURRENT", "ELECTROTHERAPY", "97014", false, null, "MODALITIES"],
  ["ULTRASOUND", "ULTRASOUND", "97035", true, null, "MODALITIES"],
  ["MOIST_HEAT", "HEAT_COLD", "97010", false, null, "MODALITIES"],
  ["COLD_PACK", "HEAT_COLD", "97010", false, null, "MODALITIES"],
  ["ICE_MASSAGE", "HEAT_COLD", "97010", false, null, "MODALITIES"],
  ["INFRARED_LASER", "PHOTOBIOMODULATION", "97026", false, null, "MODALITIES"],
  ["DRY_NEEDLING", "DRY_NEEDLING", "20560", false, "DRY_NEEDLING", "DRY_NEEDLING"],
  ["TAPING", "TAPING", null, false, null, "KINESIOLOGY_TAPING"],
  ["THERAPEUTIC_EXERCISE", "EXERCISE", "97110", true, null, "THERAPEUTIC_EXERCISE"],
  ["NEUROMUSCULAR_REEDUCATION", "EXERCISE", "97112", true, null, "THERAPEUTIC_EXERCISE"],
  ["THERAPEUTIC_ACTIVITIES", "EXERCISE", "97530", true, null, "THERAPEUTIC_EXERCISE"],
  ["SELF_CARE_INSTRUCTION", "EXERCISE", "97535", true, null, "HOME_EXERCISE"],
  ["GAIT_RETRAINING", "EXERCISE", "97116", true, null, "THERAPEUTIC_EXERCISE"],
];

/** The base (non-DC, unattended, first-option) code a billing spec names. */
const baseCode = (b: BillingSpec): string | null => {
  switch (b.kind) {
    case "CPT": return b.code;
    case "CMT_FOR_DC": return b.otherwise;
    case "ESTIM": return "97014";
    case "DRY_NEEDLING": return "20560";
    case "BY_PARAM": return Object.values(b.codes).find((c) => c !== null) ?? null;
    case "NONE": return null;
  }
};

const issues = (code: string, params: LineParams) => {
  const r = lineParamsSchema(code).safeParse(params);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};
const line = (componentCode: string, params: LineParams, extra: Partial<TreatmentLine> = {}): TreatmentLine => ({ componentCode, params, ...extra });

describe("component catalogue (DOMAIN.md §4.2)", () => {
  it("holds every component of the table exactly once", () => {
    expect(COMPONENTS.map((c) => c.code).sort()).toEqual(EXPECTED.map((e) => e[0]).sort());
    expect(new Set(COMPONENTS.map((c) => c.code)).size).toBe(COMPONENTS.length);
    expect([...COMPONENT_CODES].sort()).toEqual(COMPONENTS.map((c) => c.code).sort());
  });

  it.each(EXPECTED)("%s: category, billing code, timed, consent and scope row", (code, category, cpt, timed, consent, scope) => {
    const c = findComponent(code)!;
    expect(c.category).toBe(category);
    expect(baseCode(c.billing)).toBe(cpt);
    expect(c.scope).toBe(scope);
    expect(c.consent?.kind ?? null).toBe(consent);
    if (cpt) expect(CPT_BY_CODE.get(cpt)?.timed).toBe(timed);
    // The component's own `timed` agrees with the code table (DEPENDS: CMT vs 97140, attended NMES).
    if (c.timed !== "DEPENDS") expect(c.timed).toBe(timed);
  });

  it("bills only codes that exist in the §7.3 table", () => {
    for (const c of COMPONENTS) {
      const b = c.billing;
      const codes = [baseCode(b), ...(b.kind === "CPT" ? b.alternatives ?? [] : []), ...(b.kind === "ESTIM" && b.attendedCode ? [b.attendedCode] : [])].filter((x): x is string => x !== null);
      for (const code of codes) expect(CPT_BY_CODE.has(code), `${c.code} → ${code}`).toBe(true);
    }
  });

  it("keeps every default, typical range and anatomy reference inside its own limits", () => {
    for (const c of COMPONENTS) {
      for (const p of c.params) {
        if (p.kind === "int" || p.kind === "number") {
          expect(p.range.min, `${c.code}.${p.key}`).toBeLessThanOrEqual(p.range.max);
          if (p.typical) expect(p.typical.min >= p.range.min && p.typical.max <= p.range.max, `${c.code}.${p.key} typical`).toBe(true);
          if (p.default !== undefined) expect(issues(c.code, { [p.key]: p.default }).filter((m) => m.startsWith(`${p.key}:`)), `${c.code}.${p.key} default`).toEqual([]);
        }
        if (p.kind === "enum" && p.default !== undefined) expect(p.options.map((o) => o.value)).toContain(p.default);
        if (p.kind === "anatomy") expect(ANATOMY_LISTS[p.list].length).toBeGreaterThan(0);
      }
      if (c.minutes?.default !== undefined) expect(c.minutes.default >= c.minutes.range.min && c.minutes.default <= c.minutes.range.max, c.code).toBe(true);
    }
  });

  it("offers the manipulation techniques of §4.2.1", () => {
    const techniques = MANIPULATION_TECHNIQUES.map((t) => t.value);
    for (const t of ["DIVERSIFIED", "SIDE_POSTURE", "GONSTEAD", "THOMPSON_DROP", "ACTIVATOR", "INSTRUMENT_OTHER", "FLEXION_DISTRACTION", "SOT_BLOCKING", "LOGAN_BASIC", "MOBILISATION_WITH_IMPULSE", "MANUAL_TRACTION_THRUST"]) {
      expect(techniques).toContain(t);
    }
  });

  it("gives every manipulation segment a CMT region, sacral and pelvic kept apart", () => {
    for (const s of SEGMENTS) expect(s.cmtRegion, s.value).toBeDefined();
    const region = (v: string) => SEGMENTS.find((s) => s.value === v)?.cmtRegion;
    expect(region("SACRUM")).toBe("SACRAL");
    expect(region("SIJ")).toBe("PELVIC");
    expect(region("T12")).toBe("THORACIC");
    expect(region("HIP")).toBe("LOWER_EXTREMITY");
  });
});

describe("lineParamsSchema: parameters validated from the catalogue, messages name the range", () => {
  it("keeps AIS (1.5–2 s holds) apart from PNF contract–relax (3–10 s contractions)", () => {
    const ais = { muscle: "PIRIFORMIS", reps: 10, sets: 1, hold_s: 2 };
    expect(issues("AIS", ais)).toEqual([]);
    expect(issues("AIS", { ...ais, hold_s: 1.5 })).toEqual([]);
    const tooLong = issues("AIS", { ...ais, hold_s: 4 });
    expect(tooLong).toHaveLength(1);
    expect(tooLong[0]).toMatch(/1\.5 to 2 s/);
    expect(tooLong[0]).toMatch(/PNF contract–relax/);
    expect(issues("AIS", { ...ais, hold_s: 1.7 })[0]).toMatch(/steps of 0\.5 s/);
    const pnf = { muscle: "PIRIFORMIS", variant: "CR", contraction_s: 5, stretch_hold_s: 20, reps: 3 };
    expect(issues("PNF_CONTRACT_RELAX", pnf)).toEqual([]);
    expect(issues("PNF_CONTRACT_RELAX", { ...pnf, contraction_s: 3 })).toEqual([]);
    expect(issues("PNF_CONTRACT_RELAX", { ...pnf, contraction_s: 2 })[0]).toMatch(/3 to 10 s/);
  });

  it("grades mobilisation I–IV and sends grade V to manipulation", () => {
    const mob = { joint: "SIJ", direction: "PA_UNILATERAL", system: "MAITLAND", grade: "IV", sets: 3, duration_s: 45 };
    expect(issues("JOINT_MOBILISATION", mob)).toEqual([]);
    const v = issues("JOINT_MOBILISATION", { ...mob, grade: "V" });
    expect(v[0]).toMatch(/I, II, III or IV/);
    expect(v[0]).toMatch(/manipulation/);
    expect(issues("JOINT_MOBILISATION", { ...mob, system: "KALTENBORN" })).toEqual(["grade: Kaltenborn grades are I to III"]);
    expect(issues("JOINT_MOBILISATION", { ...mob, sets: 6 })[0]).toMatch(/1 to 5 sets/);
    expect(issues("JOINT_MOBILISATION", { joint: "SIJ", direction: "LATERAL_GLIDE", system: "MULLIGAN_MWM", reps: 8, sets: 2 })).toEqual([]);
    expect(issues("JOINT_MOBILISATION", { joint: "SIJ", direction: "LATERAL_GLIDE", system: "MULLIGAN_MWM", sets: 2 })[0]).toMatch(/repetitions \(6 to 10\)/);
  });

  it("refuses a TENS rate outside its mode and points to the right component", () => {
    const tens = { region: "LUMBAR_LOWER", electrode_type: "ADHESIVE", pulse_rate_hz: 100, pulse_width_us: 80, intensity_level: "SENSORY" };
    expect(issues("TENS_CONVENTIONAL", tens)).toEqual([]);
    const low = issues("TENS_CONVENTIONAL", { ...tens, pulse_rate_hz: 3 });
    expect(low[0]).toMatch(/80 to 120 Hz/);
    expect(low[0]).toMatch(/acupuncture-like/);
  });

  it("requires manipulation segments and a technique, and checks technique against segments", () => {
    expect(issues("MANIPULATION", { segments: ["L5", "SIJ"], technique: "DIVERSIFIED" })).toEqual([]);
    expect(issues("MANIPULATION", { technique: "DIVERSIFIED" })[0]).toMatch(/^segments/);
    expect(issues("MANIPULATION", { segments: [], technique: "DIVERSIFIED" })[0]).toMatch(/at least one/);
    expect(issues("MANIPULATION", { segments: ["C5"], technique: "SIDE_POSTURE" })[0]).toMatch(/lumbar \/ sacro-iliac/);
    expect(issues("MANIPULATION", { segments: ["SIJ", "SIJ"], technique: "DIVERSIFIED" })[0]).toMatch(/each value once/);
  });

  it("refuses unknown parameters, wrong types and unknown options with readable messages", () => {
    expect(issues("KNEADING", { region: "BUTTOCK_UPPER", pressure: "MODERATE", colour: "red" })[0]).toMatch(/Not a parameter of Kneading/);
    expect(issues("KNEADING", { region: "BUTTOCK_UPPER", pressure: "HARD" })[0]).toMatch(/LIGHT, MODERATE, FIRM or DEEP/);
    expect(issues("TRIGGER_POINT", { muscle: "PIRIFORMIS", technique: "PINCER", hold_s: "long", reps: 2 })[0]).toMatch(/must be a number \(10 to 120 s\)/);
    expect(issues("THERAPEUTIC_EXERCISE", { exercise_id: "EX1" })[0]).toMatch(/EX-01/);
    expect(() => lineParamsSchema("REIKI")).toThrow(/Unknown treatment component/);
  });

  it("checks cross-parameter rules only once the single parameters are valid", () => {
    expect(issues("IFC", { region: "SIJ", electrode_type: "ADHESIVE", configuration: "QUADRIPOLAR_4_PAD", carrier_hz: 4000, beat_hz: 100, sweep_low_hz: 150, sweep_high_hz: 80 }))
      .toEqual(["sweep_high_hz: The sweep must go from a lower to a higher frequency"]);
    expect(issues("DRY_NEEDLING", { muscles: ["PIRIFORMIS"], needle_gauge_mm: 0.3, needle_length_mm: 75, technique: "STATIC_RETAINED" }))
      .toEqual(["retention_min: Static retained needling: record a retention of 5 to 20 min"]);
  });

  it("prefills forms with the catalogue defaults", () => {
    expect(defaultParams("AIS")).toMatchObject({ reps: 10, sets: 1, hold_s: 2 });
  });
});

describe("whole treatment line (§4.1, V4)", () => {
  it("needs a side for paired structures and refuses one for midline structures", () => {
    const ais = { muscle: "PIRIFORMIS", reps: 10, sets: 1, hold_s: 2 };
    expect(validateLine(line("AIS", ais, { side: "R" }))).toEqual([]);
    expect(validateLine(line("AIS", ais))).toEqual([{ path: "side", message: "Choose the side for Piriformis: L, R or BIL" }]);
    expect(validateLine(line("AIS", ais, { side: "CENTRAL" }))[0].path).toBe("side");
    expect(validateLine(line("MOIST_HEAT", { region: "SACRUM" }, { side: "R", minutes: 15 }))[0].message).toMatch(/midline/);
    expect(validateLine(line("MOIST_HEAT", { region: "LUMBAR_LOWER" }, { side: "CENTRAL", minutes: 15 }))).toEqual([]);
    // A vertebra takes its side from the listing; a paired segment on the same line needs the side.
    expect(validateLine(line("MANIPULATION", { segments: ["L5"], technique: "DIVERSIFIED" }))).toEqual([]);
    expect(validateLine(line("MANIPULATION", { segments: ["L5", "SIJ"], technique: "DIVERSIFIED" }))[0].path).toBe("side");
  });

  it("checks minutes against the component's range and reports parameter errors under params", () => {
    expect(validateLine(line("MOIST_HEAT", { region: "SIJ" }, { side: "L", minutes: 45 }))[0].message).toMatch(/5 to 30/);
    expect(validateLine(line("AIS", { muscle: "PIRIFORMIS", reps: 10, sets: 1, hold_s: 5 }, { side: "L" }))[0].path).toBe("params.hold_s");
    expect(validateLine(line("AIS", { muscle: "PIRIFORMIS", reps: 10, sets: 1, hold_s: 2 }, { side: "L", preNprs: 11 }))[0].path).toBe("preNprs");
    expect(validateLine({ componentCode: "REIKI", params: {} })[0].path).toBe("componentCode");
  });
});

describe("line facts: consent, attestations, zones and tags", () => {
  it("asks for the §4.1 consents: HVLA, written for dry needling, bruising risk for IASTM / cupping", () => {
    expect(consentNeeded(line("MANIPULATION", { segments: ["SIJ"], technique: "SIDE_POSTURE" }))?.kind).toBe("HVLA");
    expect(consentNeeded(line("MANIPULATION", { segments: ["SACRUM"], technique: "SOT_BLOCKING" }))).toBeNull();
    expect(consentNeeded(line("DRY_NEEDLING", { muscles: ["PIRIFORMIS"] }))?.types).toEqual(["WRITTEN"]);
    expect(consentNeeded(line("IASTM", { region: "THIGH_LATERAL" }))?.kind).toBe("BRUISING_RISK");
    expect(consentNeeded(line("CUPPING", { region: "BUTTOCK_UPPER" }))?.kind).toBe("BRUISING_RISK");
    expect(consentNeeded(line("MYOFASCIAL_RELEASE", { region: "BUTTOCK_UPPER", technique: "CUPPING" }))?.kind).toBe("BRUISING_RISK");
    expect(consentNeeded(line("MYOFASCIAL_RELEASE", { region: "BUTTOCK_UPPER", technique: "SUSTAINED" }))).toBeNull();
    expect(consentNeeded(line("KNEADING", { region: "BUTTOCK_UPPER" }))).toBeNull();
  });

  it("lists attestations still due at signature", () => {
    expect(missingAttestations(line("DRY_NEEDLING", { muscles: ["PIRIFORMIS"] }))).toEqual(["Clean technique used", "Sharps disposed of safely"]);
    expect(missingAttestations(line("DRY_NEEDLING", { muscles: ["PIRIFORMIS"], clean_technique_attested: true, sharps_disposed: true }))).toEqual([]);
    expect(missingAttestations(line("TAPING", { region: "SIJ" }))).toEqual(["Adhesive allergy checked"]);
  });

  it("derives where a line acts and what it does", () => {
    expect(zonesOfLine(line("MANIPULATION", { segments: ["L5", "SIJ"], technique: "DIVERSIFIED" })).sort()).toEqual(["LUMBAR", "PELVIC"]);
    expect(zonesOfLine(line("MECHANICAL_TRACTION", { spine_region: "CERVICAL" }))).toEqual(["CERVICAL"]);
    expect(tagsOfLine(line("MANIPULATION", { segments: ["SIJ"], technique: "THOMPSON_DROP" }))).toEqual(expect.arrayContaining(["THRUST", "DROP"]));
    expect(tagsOfLine(line("MANIPULATION", { segments: ["L5"], technique: "ACTIVATOR" }))).not.toContain("HIGH_FORCE_THRUST");
    expect(tagsOfLine(line("MANIPULATION", { segments: ["L5"], technique: "FLEXION_DISTRACTION" }))).not.toContain("THRUST");
    expect(tagsOfLine(line("TENS_CONVENTIONAL", { region: "SIJ", electrode_type: "VACUUM" }))).not.toContain("ADHESIVE_ELECTRODES");
    expect(tagsOfLine(line("DRY_NEEDLING", { muscles: ["PIRIFORMIS"], technique: "ELECTRICAL_PERCUTANEOUS" }))).toContain("E_STIM");
    expect(tagsOfLine(line("AIS", { muscle: "PIRIFORMIS" }, { position: "PRONE" }))).toEqual(expect.arrayContaining(["HIP_PRECAUTION_POSITION", "PRONE"]));
    expect(tagsOfLine(line("THERAPEUTIC_EXERCISE", { exercise_id: "EX-25" }))).toContain("LOADED_SPINAL_FLEXION");
  });
});
