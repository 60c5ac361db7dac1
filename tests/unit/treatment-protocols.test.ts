import { describe, expect, it } from "vitest";
import { CPT_BY_CODE } from "@/lib/domain/coding/cpt-codes";
import { isBillableIcd } from "@/lib/domain/coding/icd10";
import { findComponent } from "@/lib/domain/treatment/components/catalogue";
import { lineParamsSchema, validateLine } from "@/lib/domain/treatment/line-schema";
import { PROTOCOLS, applyProtocol, findProtocol, toTreatmentLine } from "@/lib/domain/treatment/protocols";

/** DOMAIN.md §4.4: the six named protocols and the components each step uses, in order. */
const EXPECTED: Record<string, { name: RegExp; steps: string[][] }> = {
  P1: { name: /Piriformis/, steps: [["MANIPULATION", "MANIPULATION", "JOINT_MOBILISATION"], ["IFC", "TENS_CONVENTIONAL"], ["TRIGGER_POINT"], ["KNEADING"], ["AIS"], ["THERAPEUTIC_EXERCISE"], ["SELF_CARE_INSTRUCTION"]] },
  P2: { name: /Hip-flexor/, steps: [["COMPRESSION"], ["TRIGGER_POINT"], ["TRIGGER_POINT"], ["KNEADING"], ["CROSS_FRICTION"], ["AIS"], ["AIS"], ["MYOFASCIAL_RELEASE"]] },
  P3: { name: /SI joint/, steps: [["MANIPULATION", "MANIPULATION", "JOINT_MOBILISATION"], ["KNEADING"], ["COLD_PACK", "MOIST_HEAT"], ["IFC"], ["NEUROMUSCULAR_REEDUCATION"]] },
  P4: { name: /Acute mechanical low back/, steps: [["MANIPULATION", "FLEXION_DISTRACTION"], ["MOIST_HEAT"], ["IFC"], ["KNEADING"], ["THERAPEUTIC_EXERCISE", "THERAPEUTIC_EXERCISE"]] },
  P5: { name: /Iliotibial band/, steps: [["KNEADING"], ["IASTM"], ["CROSS_FRICTION"], ["COLD_PACK"], ["THERAPEUTIC_EXERCISE"], ["NEUROMUSCULAR_REEDUCATION"]] },
  P6: { name: /disc-related sciatica/, steps: [["THERAPEUTIC_EXERCISE"], ["FLEXION_DISTRACTION", "JOINT_MOBILISATION"], ["THERAPEUTIC_EXERCISE"], ["IFC", "TENS_CONVENTIONAL"], ["SELF_CARE_INSTRUCTION"]] },
};

const allChoices = PROTOCOLS.flatMap((p) => p.steps.flatMap((s, i) => s.choices.map((c, j) => ({ label: `${p.id} step ${i + 1} choice ${j + 1} (${c.componentCode})`, c }))));

describe("named protocols (DOMAIN.md §4.4)", () => {
  it("seeds the six protocols with their components in order", () => {
    expect(PROTOCOLS.map((p) => p.id)).toEqual(Object.keys(EXPECTED));
    for (const p of PROTOCOLS) {
      expect(p.name).toMatch(EXPECTED[p.id].name);
      expect(p.steps.map((s) => s.choices.map((c) => c.componentCode))).toEqual(EXPECTED[p.id].steps);
    }
  });

  it.each(allChoices)("$label: default parameters pass the component's schema", ({ c }) => {
    const r = lineParamsSchema(c.componentCode).safeParse(c.params);
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
  });

  it.each(allChoices)("$label: the whole line is valid for a left, right or bilateral complaint", ({ c }) => {
    for (const side of ["L", "R", "BIL"] as const) expect(validateLine(toTreatmentLine(c, side, "DC"))).toEqual([]);
  });

  it("suggests only billable diagnosis codes of the seed list and CPT codes of the §7.3 table", () => {
    for (const p of PROTOCOLS) {
      for (const group of p.suggestedDiagnoses) for (const code of group.codes) expect(isBillableIcd(code), `${p.id} ${code}`).toBe(true);
      for (const code of p.suggestedCpt) expect(CPT_BY_CODE.has(code), `${p.id} ${code}`).toBe(true);
      for (const item of p.hepBundle) expect(item.exerciseId).toMatch(/^EX-\d{2}$/);
    }
  });

  it("records the running modification, frequency and exclusions DOMAIN.md gives", () => {
    expect(findProtocol("P1")?.runningModification).toMatch(/30–50 %/);
    expect(findProtocol("P1")?.hepBundle.map((h) => h.exerciseId)).toEqual(["EX-01", "EX-02", "EX-04", "EX-40", "EX-26", "EX-20", "EX-18"]);
    expect(findProtocol("P3")?.excludeFirst.join(" ")).toMatch(/RF-BSI-SACRAL/);
    expect(findProtocol("P6")?.cautions?.join(" ")).toMatch(/No high-force HVLA/);
    expect(findProtocol("P9")).toBeUndefined();
  });
});

describe("applyProtocol", () => {
  it("fills the affected side, takes the first alternative and keeps fixed sides", () => {
    const lines = applyProtocol(findProtocol("P1")!, { side: "L", discipline: "DC" });
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatchObject({ componentCode: "MANIPULATION", side: "L", discipline: "DC", params: { segments: ["SIJ"], technique: "SIDE_POSTURE" } });
    expect(lines[1]).toMatchObject({ componentCode: "IFC", minutes: 15, params: { carrier_hz: 4000 } });
    expect(applyProtocol(findProtocol("P4")!, { side: "R" })[1]).toMatchObject({ componentCode: "MOIST_HEAT", side: "CENTRAL" });
  });

  it("lets the clinician pick alternatives and leave steps out", () => {
    const lines = applyProtocol(findProtocol("P1")!, { side: "R", pick: { 0: 2, 1: 1 }, skip: [5] });
    expect(lines.map((l) => l.componentCode)).toEqual(["JOINT_MOBILISATION", "TENS_CONVENTIONAL", "TRIGGER_POINT", "KNEADING", "AIS", "SELF_CARE_INSTRUCTION"]);
    expect(() => applyProtocol(findProtocol("P1")!, { side: "R", pick: { 0: 9 } })).toThrow(/no alternative/);
  });

  it("copies parameters so editing a patient's line never changes the seed", () => {
    const [first] = applyProtocol(findProtocol("P5")!, { side: "R" });
    (first.params as Record<string, unknown>).pressure = "LIGHT";
    expect(findProtocol("P5")!.steps[0].choices[0].params.pressure).toBe("FIRM");
    expect(findComponent(first.componentCode)).toBeDefined();
  });
});
