import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMERCIAL_BILLING, MEDICARE_BILLING, cmtCodeForSpinalRegions, deriveBillingLines, type BillingOptions } from "@/lib/domain/coding/cpt";
import { EIGHT_MINUTE_TABLE, allocateUnits, perCodeUnits, totalMinuteUnits, unitsForMinutes } from "@/lib/domain/coding/timed-units";
import type { LineParams, TreatmentLine } from "@/lib/domain/treatment/types";

const line = (componentCode: string, params: LineParams, extra: Partial<TreatmentLine> = {}): TreatmentLine => ({ componentCode, params, ...extra });
const adjust = (segments: string[], side?: TreatmentLine["side"]) => line("MANIPULATION", { segments, technique: "DIVERSIFIED" }, { discipline: "DC", ...(side ? { side } : {}) });
const exercise = (minutes: number) => line("THERAPEUTIC_EXERCISE", { exercise_id: "EX-20" }, { minutes });
const manual = (minutes: number) => line("TRIGGER_POINT", { muscle: "PIRIFORMIS", technique: "PINCER", hold_s: 60, reps: 2 }, { side: "R", minutes });
const neuro = (minutes: number) => line("NEUROMUSCULAR_REEDUCATION", { activity: "Single-leg balance" }, { minutes });
const tens = (minutes = 15) => line("TENS_CONVENTIONAL", { region: "LUMBAR_LOWER" }, { side: "CENTRAL", minutes });
const PLAIN: BillingOptions = { unitRule: "TOTAL_TIMED_MINUTES", useG0283: false, gpOnTherapyCodes: false, atOnCmt: false };
const codes = (lines: TreatmentLine[], o: BillingOptions = PLAIN) => deriveBillingLines(lines, o).lines.map((l) => `${l.code}×${l.units}${l.modifiers.length ? `-${l.modifiers.join("-")}` : ""}`);

/** DOMAIN.md §7.4, written out independently: [total timed minutes, units]. */
const TABLE_EDGES: [number, number][] = [
  [0, 0], [7, 0], [8, 1], [22, 1], [23, 2], [37, 2], [38, 3], [52, 3], [53, 4], [67, 4], [68, 5], [82, 5], [83, 6], [97, 6], [98, 7], [112, 7], [113, 8],
];

describe("CMT region counting (V11)", () => {
  it("codes by the number of spinal regions: 1–2 → 98940, 3–4 → 98941, 5 → 98942", () => {
    expect([0, 1, 2, 3, 4, 5].map(cmtCodeForSpinalRegions)).toEqual([null, "98940", "98940", "98941", "98941", "98942"]);
  });

  it("L5 + right SIJ is lumbar + pelvic = 2 regions → 98940 (DOMAIN.md example)", () => {
    expect(codes([adjust(["L5"]), adjust(["SIJ"], "R")])).toEqual(["98940×1"]);
  });

  it("L4, L5, sacrum, right SIJ, T12 = thoracic + lumbar + sacral + pelvic = 4 → 98941 (DOMAIN.md example)", () => {
    expect(codes([adjust(["L4", "L5"]), adjust(["SACRUM"]), adjust(["SIJ"], "R"), adjust(["T12"])])).toEqual(["98941×1"]);
  });

  it("counts sacral and pelvic as separate regions, each region once a day", () => {
    expect(codes([adjust(["SACRUM", "SIJ"], "L")])).toEqual(["98940×1"]);
    expect(codes([adjust(["SACRUM", "SIJ", "L5"], "L")])).toEqual(["98941×1"]);
    expect(codes([adjust(["SIJ"], "L"), adjust(["SIJ"], "R"), adjust(["ILIUM"], "R")])).toEqual(["98940×1"]);
    expect(codes([adjust(["C5", "T4", "L3", "S1", "SIJ"], "R")])).toEqual(["98942×1"]);
  });

  it("bills extraspinal regions as 98943, alongside the spinal code", () => {
    expect(codes([adjust(["HIP"], "R")])).toEqual(["98943×1"]);
    expect(codes([adjust(["L5"]), adjust(["HIP"], "R")])).toEqual(["98940×1", "98943×1"]);
  });

  it("counts a DC's flexion-distraction as CMT and bills a PT's manipulation as timed 97140", () => {
    expect(codes([line("FLEXION_DISTRACTION", { segment: "L5" }, { discipline: "DC" }), adjust(["SIJ"], "R")])).toEqual(["98940×1"]);
    expect(codes([line("MANIPULATION", { segments: ["SIJ"], technique: "DIVERSIFIED" }, { side: "R", discipline: "PT", minutes: 8 })])).toEqual(["97140×1"]);
  });

  it("adds AT for Medicare active care, GY on a DC's non-covered services, and checks the M99.0x diagnoses (V12)", () => {
    const medicare = { ...MEDICARE_BILLING(true), diagnoses: ["M99.03", "M54.50"] };
    const r = deriveBillingLines([adjust(["L5"]), adjust(["SIJ"], "R"), adjust(["HIP"], "R")], medicare);
    expect(r.lines.map((l) => `${l.code}-${l.modifiers.join("-")}`)).toEqual(["98940-AT", "98943-GY"]);
    expect(r.warnings).toEqual(["CMT pelvic region billed without its M99.05 diagnosis (V12)"]);
    expect(codes([adjust(["L5"])], MEDICARE_BILLING(false))).toEqual(["98940×1"]);
  });
});

describe("timed codes and the 8-minute rule (V13)", () => {
  it.each(TABLE_EDGES)("%i total timed minutes → %i units", (minutes, units) => {
    expect(unitsForMinutes(minutes)).toBe(units);
    expect(deriveBillingLines(minutes > 0 ? [exercise(minutes)] : [], PLAIN).timedUnits).toBe(units);
  });

  it("keeps the §7.4 table as data that agrees with the arithmetic", () => {
    for (const [min, max, units] of EIGHT_MINUTE_TABLE) for (let m = min; m <= max; m++) expect(unitsForMinutes(m)).toBe(units);
  });

  it("gives units to the codes with the most minutes first", () => {
    // 33 + 7 = 40 min → 3 units: exercise 2, manual 1 (the 7-minute code gets the last unit).
    expect(codes([exercise(33), manual(7)])).toEqual(["97110×2", "97140×1"]);
    // 24 + 23 = 47 → 3 units: one each, then the larger remainder.
    expect(codes([neuro(24), exercise(23)])).toEqual(["97112×2", "97110×1"]);
    // 7 + 7 + 7 = 21 → 1 unit only.
    const r = deriveBillingLines([exercise(7), manual(7), neuro(7)], PLAIN);
    expect(r.timedUnits).toBe(1);
    expect(r.notBilled.map((n) => n.code)).toHaveLength(2);
  });

  it("adds minutes of lines that share a code", () => {
    const r = deriveBillingLines([manual(5), line("AIS", { muscle: "PIRIFORMIS", reps: 10, sets: 1, hold_s: 2 }, { side: "R", minutes: 4 })], PLAIN);
    expect(r.lines).toEqual([{ code: "97140", units: 1, minutes: 9, modifiers: [], lines: [0, 1] }]);
  });

  it("applies the per-code ≥ 8 minutes payer setting", () => {
    const lines = [exercise(10), manual(7), neuro(7)];
    expect(codes(lines, { ...PLAIN, unitRule: "PER_CODE" })).toEqual(["97110×1"]);
    expect(deriveBillingLines(lines, { ...PLAIN, unitRule: "PER_CODE" }).notBilled.map((n) => n.reason)).toEqual(["fewer than 8 minutes for this code", "fewer than 8 minutes for this code"]);
    expect(codes(lines)).toEqual(["97110×1", "97140×1"]);
  });

  it("never counts unattended e-stim toward timed minutes; it is one untimed unit", () => {
    const r = deriveBillingLines([exercise(20), tens(20)], PLAIN);
    expect(r.totalTimedMinutes).toBe(20);
    expect(r.totalTreatmentMinutes).toBe(40);
    expect(r.lines.map((l) => `${l.code}×${l.units}`)).toEqual(["97110×1", "97014×1"]);
  });

  it("bills attended NMES as timed 97032", () => {
    const nmes = line("NMES", { region: "THIGH_ANTERIOR", attended: true }, { side: "R", minutes: 15 });
    const r = deriveBillingLines([exercise(10), nmes], PLAIN);
    expect(r.totalTimedMinutes).toBe(25);
    expect(r.lines.map((l) => `${l.code}×${l.units}`)).toEqual(["97032×1", "97110×1"]);
  });

  it("warns when a timed line has no minutes", () => {
    const r = deriveBillingLines([line("THERAPEUTIC_EXERCISE", { exercise_id: "EX-20" })], PLAIN);
    expect(r.warnings[0]).toMatch(/97110 is a timed code, record the minutes/);
  });
});

describe("payer rules (V14) and untimed codes", () => {
  it("replaces 97014 with G0283 for Medicare and adds GP to therapy codes", () => {
    expect(codes([exercise(15), tens()], MEDICARE_BILLING(true))).toEqual(["97110×1-GP", "G0283×1-GP"]);
    expect(codes([exercise(15), tens()], COMMERCIAL_BILLING)).toEqual(["97110×1-GP", "97014×1-GP"]);
    expect(codes([exercise(15)], { ...PLAIN, kxOnTherapyCodes: true, gpOnTherapyCodes: true })).toEqual(["97110×1-GP-KX"]);
  });

  it("bills untimed codes once whatever the number of lines or minutes", () => {
    const heat = line("MOIST_HEAT", { region: "LUMBAR_LOWER" }, { side: "CENTRAL", minutes: 15 });
    const ice = line("COLD_PACK", { region: "SIJ" }, { side: "R", minutes: 12 });
    expect(codes([heat, ice])).toEqual(["97010×1"]);
  });

  it("counts needled muscles, not needles: 1–2 → 20560, 3+ → 20561, bilateral counts twice", () => {
    const dn = (muscles: string[], side: TreatmentLine["side"] = "R") => line("DRY_NEEDLING", { muscles }, { side, discipline: "PT" });
    expect(codes([dn(["PIRIFORMIS", "GLUTEUS_MEDIUS"])])).toEqual(["20560×1"]);
    expect(codes([dn(["PIRIFORMIS", "GLUTEUS_MEDIUS"]), dn(["PIRIFORMIS"])])).toEqual(["20560×1"]);
    expect(codes([dn(["PIRIFORMIS", "GLUTEUS_MEDIUS", "QUADRATUS_LUMBORUM"])])).toEqual(["20561×1"]);
    expect(codes([dn(["PIRIFORMIS"], "BIL")])).toEqual(["20560×1"]);
    expect(codes([dn(["PIRIFORMIS", "GLUTEUS_MEDIUS"], "BIL")])).toEqual(["20561×1"]);
  });

  it("uses the clinician's code override and warns about unbilled or unknown codes and NCCI pairs", () => {
    expect(codes([{ ...exercise(15), cptOverride: "97530" }])).toEqual(["97530×1"]);
    const r = deriveBillingLines([line("TAPING", { region: "SIJ" }, { side: "R" }), { ...tens(), cptOverride: "97999" }, adjust(["L5"]), manual(10), line("KNEADING", { region: "BUTTOCK_UPPER" }, { side: "R", minutes: 15 })], PLAIN);
    expect(r.warnings.join("\n")).toMatch(/Line 1 is not billed: Kinesiology \/ rigid taping/);
    expect(r.warnings.join("\n")).toMatch(/97999 is not in the code table/);
    expect(r.warnings.join("\n")).toMatch(/59\/XS/);
    expect(r.warnings.join("\n")).toMatch(/97124 and 97140/);
  });
});

describe("unit arithmetic properties", () => {
  const minutes = fc.integer({ min: 0, max: 240 });

  it("never gives more units than total minutes / 8", () => {
    fc.assert(fc.property(minutes, (m) => unitsForMinutes(m) <= m / 8));
  });

  it("is monotone in minutes and adds at most one unit per 15 minutes", () => {
    fc.assert(fc.property(minutes, fc.integer({ min: 0, max: 60 }), (m, extra) => {
      const a = unitsForMinutes(m);
      const b = unitsForMinutes(m + extra);
      return a <= b && b - a <= Math.ceil(extra / 15);
    }));
  });

  const codeMinutes = fc.uniqueArray(fc.record({ code: fc.constantFrom("97110", "97112", "97140", "97530", "97535", "97035"), minutes: fc.integer({ min: 0, max: 60 }) }), { selector: (c) => c.code, maxLength: 6 });

  it("shares out exactly the units the total supports, at most one per started 15 minutes of a code", () => {
    fc.assert(fc.property(codeMinutes, (list) => {
      const total = list.reduce((s, c) => s + c.minutes, 0);
      const units = totalMinuteUnits(list);
      const sum = [...units.values()].reduce((s, u) => s + u, 0);
      expect(sum).toBe(unitsForMinutes(total));
      for (const c of list) expect(units.get(c.code)!).toBeLessThanOrEqual(Math.ceil(c.minutes / 15));
    }));
  });

  it("gives each code under the per-code rule no more than its minutes / 8", () => {
    fc.assert(fc.property(codeMinutes, (list) => {
      const per = perCodeUnits(list);
      for (const c of list) expect(per.get(c.code)!).toBeLessThanOrEqual(c.minutes / 8);
    }));
  });

  it("keeps billed timed units within total timed minutes / 8 for any set of lines", () => {
    const anyLine = fc.oneof(
      fc.integer({ min: 1, max: 45 }).map(exercise),
      fc.integer({ min: 1, max: 45 }).map(manual),
      fc.integer({ min: 1, max: 45 }).map(neuro),
      fc.integer({ min: 5, max: 40 }).map(tens),
    );
    fc.assert(fc.property(fc.array(anyLine, { maxLength: 8 }), fc.constantFrom<BillingOptions>(PLAIN, { ...PLAIN, unitRule: "PER_CODE" }), (lines, options) => {
      const r = deriveBillingLines(lines, options);
      expect(r.timedUnits).toBeLessThanOrEqual(r.totalTimedMinutes / 8);
      expect(r.totalTimedMinutes).toBe(lines.filter((l) => l.componentCode !== "TENS_CONVENTIONAL").reduce((s, l) => s + (l.minutes ?? 0), 0));
    }));
  });

  it("gives the next unit to the largest remainder", () => {
    expect([...allocateUnits([{ code: "A", minutes: 9 }, { code: "B", minutes: 30 }], 3)]).toEqual([["A", 1], ["B", 2]]);
  });
});
