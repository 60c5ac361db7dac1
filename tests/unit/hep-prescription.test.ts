import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXERCISES } from "@/lib/domain/hep/library/library";
import { DEFAULT_PAIN_RULE_TEXT } from "@/lib/domain/hep/pain-rule";
import { historyPrecautions, PRESENTATION_TAGS } from "@/lib/domain/hep/precaution-tags";
import { checkPrescription, defaultPrescription, defaultSide } from "@/lib/domain/hep/prescription";
import { checkExerciseImage, checkExerciseImageMeta } from "@/lib/domain/hep/exercise-image";
import { describeDose } from "@/lib/domain/hep/format";
import { PrescriptionItemInput, prescriptionItemSchema } from "@/lib/validation/hep";
import { ClinicExerciseInput, LogExerciseInput } from "@/lib/validation/hep-programs";
import type { HistoryData } from "@/lib/validation/history";

const REPS = { exerciseCode: "EX-20", sets: 3, reps: 10, timesPerDay: 1, daysPerWeek: 4 };
const HOLD = { exerciseCode: "EX-01", side: "R", sets: 3, holdSeconds: 30, timesPerDay: 1, daysPerWeek: 7 };
const SMR = { exerciseCode: "EX-37", side: "BIL", sets: 1, durationSeconds: 60, timesPerDay: 1, daysPerWeek: 7 };

const parse = (input: Record<string, unknown>) => PrescriptionItemInput.safeParse(input);
/** Messages at one path, or [] when the input is accepted there. */
const errorsAt = (input: Record<string, unknown>, path: string) => {
  const r = parse(input);
  return r.success ? [] : r.error.issues.filter((i) => i.path.join(".") === path).map((i) => i.message);
};
const accepted = (input: Record<string, unknown>) => parse(input).success;

describe("PrescriptionItemInput: V19 ranges at their edges", () => {
  it.each([
    ["sets", 0, false], ["sets", 1, true], ["sets", 6, true], ["sets", 7, false], ["sets", 2.5, false],
    ["timesPerDay", 0, false], ["timesPerDay", 1, true], ["timesPerDay", 6, true], ["timesPerDay", 7, false],
    ["daysPerWeek", 0, false], ["daysPerWeek", 1, true], ["daysPerWeek", 7, true], ["daysPerWeek", 8, false],
    ["reps", 1, true], ["reps", 50, true], ["reps", 51, false],
    ["restSeconds", 0, true], ["restSeconds", 180, true], ["restSeconds", 181, false],
  ] as const)("%s = %s → accepted %s", (field, value, ok) => {
    expect(accepted({ ...REPS, [field]: value })).toBe(ok);
  });

  it("names the valid range in the message", () => {
    expect(errorsAt({ ...REPS, sets: 7 }, "sets")).toEqual(["Sets must be a whole number from 1 to 6"]);
    expect(errorsAt({ ...REPS, sets: 0 }, "sets")).toEqual(["Sets must be a whole number from 1 to 6"]);
    expect(errorsAt({ ...REPS, timesPerDay: 7 }, "timesPerDay")[0]).toContain("1 to 6");
    expect(errorsAt({ ...REPS, daysPerWeek: 8 }, "daysPerWeek")[0]).toContain("1 to 7");
    expect(errorsAt({ ...HOLD, holdSeconds: 181 }, "holdSeconds")[0]).toContain("0 to 180 seconds");
    expect(errorsAt({ ...REPS, sets: undefined }, "sets")[0]).toContain("1 to 6");
  });

  it("hold: 180 s accepted, 181 s refused", () => {
    expect(accepted({ ...HOLD, holdSeconds: 180 })).toBe(true);
    expect(accepted({ ...HOLD, holdSeconds: 181 })).toBe(false);
  });
});

describe("PrescriptionItemInput: exactly one of reps / hold (V19)", () => {
  it("refuses both reps and hold", () => {
    expect(errorsAt({ ...REPS, holdSeconds: 30 }, "holdSeconds")).toEqual(["Give reps or a hold time, not both"]);
  });
  it("refuses neither", () => {
    expect(errorsAt({ ...REPS, reps: undefined }, "reps")).toEqual(["Give either reps or a hold time"]);
    expect(errorsAt({ ...REPS, reps: null, holdSeconds: 0 }, "reps")).toEqual(["Give either reps or a hold time"]);
  });
  it("treats a zero hold as no hold", () => {
    expect(accepted({ ...REPS, holdSeconds: 0 })).toBe(true);
  });
  it("lets a stretch be prescribed as reps or as a hold", () => {
    expect(accepted({ ...HOLD, holdSeconds: undefined, reps: 10 })).toBe(true);
  });
  it("takes a hold per rep with reps only", () => {
    expect(accepted({ ...REPS, repHoldSeconds: 3 })).toBe(true);
    expect(errorsAt({ ...HOLD, repHoldSeconds: 3 }, "repHoldSeconds")).toEqual(["A hold per rep needs reps"]);
    expect(accepted({ ...REPS, repHoldSeconds: 31 })).toBe(false);
  });
  it("refuses a duration on a non-SMR item", () => {
    expect(errorsAt({ ...REPS, durationSeconds: 60 }, "durationSeconds")[0]).toContain("self-massage only");
  });
});

describe("PrescriptionItemInput: self-myofascial release uses duration (30–180 s)", () => {
  it("needs a duration", () => {
    expect(errorsAt({ ...SMR, durationSeconds: undefined }, "durationSeconds")).toEqual(["Self-massage needs a duration from 30 to 180 seconds"]);
  });
  it.each([[29, false], [30, true], [180, true], [181, false]])("duration %s s → accepted %s", (s, ok) => {
    expect(accepted({ ...SMR, durationSeconds: s })).toBe(ok);
  });
  it("refuses reps or a hold", () => {
    expect(errorsAt({ ...SMR, reps: 10 }, "reps")).toEqual(["Self-massage is dosed in seconds per area, not reps or holds"]);
    expect(errorsAt({ ...SMR, holdSeconds: 30 }, "holdSeconds")).toHaveLength(1);
  });
});

describe("PrescriptionItemInput: side, load, notes, pain rule", () => {
  it("requires L, R or BIL on a paired exercise", () => {
    expect(errorsAt({ ...HOLD, side: undefined }, "side")).toEqual(["Choose left, right or both sides for this exercise"]);
    expect(accepted({ ...HOLD, side: "NA" })).toBe(false);
    for (const side of ["L", "R", "BIL"]) expect(accepted({ ...HOLD, side })).toBe(true);
    expect(accepted({ ...HOLD, side: "CENTRAL" })).toBe(false);
  });
  it("fills NA on an unpaired exercise and refuses a side there", () => {
    const r = PrescriptionItemInput.parse(REPS);
    expect(r.side).toBe("NA");
    expect(accepted({ ...REPS, side: "NA" })).toBe(true);
    expect(errorsAt({ ...REPS, side: "L" }, "side")[0]).toContain("not done one side at a time");
  });
  it("needs kg with load KG, and only then", () => {
    expect(errorsAt({ ...REPS, load: "KG" }, "loadKg")[0]).toContain("0.5 to 300");
    expect(accepted({ ...REPS, load: "KG", loadKg: 5 })).toBe(true);
    expect(accepted({ ...REPS, load: "BAND_LIGHT", loadKg: 5 })).toBe(false);
    expect(accepted({ ...REPS, load: "KETTLEBELL" })).toBe(false);
  });
  it("caps notes at 500 characters", () => {
    expect(accepted({ ...REPS, notes: "x".repeat(500), progressionNote: "y".repeat(500) })).toBe(true);
    expect(errorsAt({ ...REPS, notes: "x".repeat(501) }, "notes")).toEqual(["Notes must be at most 500 characters"]);
    expect(accepted({ ...REPS, progressionNote: "y".repeat(501) })).toBe(false);
  });
  it("always carries a pain rule: the §6.1 default when none or an empty one is given", () => {
    expect(PrescriptionItemInput.parse(REPS).painRule).toBe(DEFAULT_PAIN_RULE_TEXT);
    expect(PrescriptionItemInput.parse({ ...REPS, painRule: "   " }).painRule).toBe(DEFAULT_PAIN_RULE_TEXT);
    expect(PrescriptionItemInput.parse({ ...REPS, painRule: "Stop at 2/10." }).painRule).toBe("Stop at 2/10.");
  });
  it("refuses an unknown exercise", () => {
    expect(errorsAt({ ...REPS, exerciseCode: "EX-41" }, "exerciseCode")).toEqual(["Unknown exercise"]);
  });
});

describe("defaultPrescription", () => {
  it("gives every exercise a line the schema accepts, on every allowed side", () => {
    for (const e of EXERCISES) {
      for (const side of e.paired ? (["L", "R", "BIL"] as const) : (["NA"] as const)) {
        const line = defaultPrescription(e.code, side)!;
        const r = PrescriptionItemInput.safeParse(line);
        expect(r.success, `${e.code} ${side} ${r.success ? "" : JSON.stringify(r.error.issues)}`).toBe(true);
      }
    }
  });
  it("starts at the low end of DOMAIN's ranges", () => {
    expect(defaultPrescription("EX-16")).toMatchObject({ side: "NA", sets: 2, reps: 10, repHoldSeconds: 3, timesPerDay: 1, daysPerWeek: 4, load: "BODYWEIGHT" });
    expect(defaultPrescription("EX-05")).toMatchObject({ side: "BIL", sets: 2, holdSeconds: 30, daysPerWeek: 7 });
    expect(defaultPrescription("EX-40")).toMatchObject({ durationSeconds: 60, timesPerDay: 1 });
    expect(defaultPrescription("EX-26")).toMatchObject({ load: "BAND_LIGHT" });
    expect(defaultPrescription("EX-40")!.painRule).toContain("5/10");
    expect(defaultPrescription("EX-99")).toBeUndefined();
    expect(defaultSide("EX-01")).toBe("BIL");
    expect(defaultSide("EX-17")).toBe("NA");
  });
});

const hip = (hipApproach?: "POSTERIOR" | "ANTERIOR" | "LATERAL"): Partial<HistoryData> => ({
  surgeries: [{ description: "Total hip replacement", year: 2024, flags: ["HIP_ARTHROPLASTY"], ...(hipApproach ? { hipApproach } : {}) }],
});
const lines = (...codes: string[]) => codes.map((exerciseCode) => ({ exerciseCode }));
const ALL = EXERCISES.map((e) => ({ exerciseCode: e.code }));

describe("checkPrescription: hip replacement", () => {
  it("blocks the supine piriformis stretch after a posterior approach, saying why", () => {
    const r = checkPrescription(lines("EX-20", "EX-01"), hip("POSTERIOR"));
    expect(r.blocked).toBe(true);
    expect(r.warnings).toEqual([expect.objectContaining({ index: 1, exerciseCode: "EX-01", tag: "HIP_REPLACEMENT_POSTERIOR", level: "BLOCK", reason: "Hip replacement, posterior (2024)" })]);
  });
  it("blocks exactly the deep-flexion / adduction / internal-rotation items after a posterior approach", () => {
    const r = checkPrescription(ALL, hip("POSTERIOR"));
    const blocked = r.warnings.filter((w) => w.level === "BLOCK").map((w) => w.exerciseCode);
    expect(blocked).toEqual(["EX-01", "EX-02", "EX-03", "EX-04", "EX-05", "EX-14", "EX-35", "EX-36"]);
  });
  it("reports one hip warning per item: the stronger of the approach-specific and the general one", () => {
    const r = checkPrescription(lines("EX-02"), hip("POSTERIOR"));
    expect(r.warnings.map((w) => [w.tag, w.level])).toEqual([["HIP_REPLACEMENT_POSTERIOR", "BLOCK"]]);
  });
  it("after an anterior approach: no block on flexion stretches, a warning on hip extension", () => {
    const r = checkPrescription(lines("EX-01", "EX-02", "EX-09", "EX-10"), hip("ANTERIOR"));
    expect(r.blocked).toBe(false);
    expect(r.warnings.map((w) => [w.exerciseCode, w.tag])).toEqual([["EX-02", "HIP_REPLACEMENT"], ["EX-09", "HIP_REPLACEMENT_ANTERIOR"], ["EX-10", "HIP_REPLACEMENT_ANTERIOR"]]);
  });
  it("lateral approach: only the general precautions (pigeon still blocked)", () => {
    const r = checkPrescription(lines("EX-01", "EX-05"), hip("LATERAL"));
    expect(r.warnings.map((w) => [w.exerciseCode, w.tag, w.level])).toEqual([["EX-05", "HIP_REPLACEMENT", "BLOCK"]]);
  });
  it("approach not recorded: both approaches' precautions apply until it is", () => {
    const r = checkPrescription(lines("EX-01", "EX-09"), hip());
    expect(r.warnings.map((w) => [w.exerciseCode, w.level])).toEqual([["EX-01", "BLOCK"], ["EX-09", "WARN"]]);
    expect(r.warnings[0].reason).toContain("approach not recorded");
  });
  it("nothing without a hip replacement", () => {
    expect(checkPrescription(ALL, { surgeries: [{ description: "Fusion L4-5", flags: ["SPINAL_FUSION"] }] }).warnings).toEqual([]);
    expect(checkPrescription(ALL, null).warnings).toEqual([]);
    expect(checkPrescription(ALL, {}).warnings).toEqual([]);
  });
});

describe("checkPrescription: other history and presentation tags", () => {
  it("pregnancy: position warnings from 20 weeks, none before", () => {
    const early = checkPrescription(lines("EX-20", "EX-19"), { conditions: ["PREGNANT"], pregnancyWeeks: 19 });
    expect(early.warnings).toEqual([]);
    const late = checkPrescription(lines("EX-20", "EX-19"), { conditions: ["PREGNANT"], pregnancyWeeks: 20 });
    expect(late.warnings.map((w) => [w.exerciseCode, w.tag, w.level])).toEqual([["EX-20", "PREGNANCY_SUPINE", "WARN"], ["EX-19", "PREGNANCY_PRONE", "BLOCK"]]);
    expect(late.warnings[0].reason).toBe("Pregnant, 20 weeks");
  });
  it("anticoagulants: lighter pressure on every self-massage item", () => {
    const r = checkPrescription(ALL, { medications: [{ name: "Apixaban", medClass: "ANTICOAGULANT" }] });
    expect(r.warnings.map((w) => w.exerciseCode)).toEqual(["EX-37", "EX-38", "EX-39", "EX-40"]);
    expect(r.blocked).toBe(false);
  });
  it("long-term oral steroids count as osteoporosis for the curl-up (§4.3)", () => {
    const steroid = { medications: [{ name: "Prednisolone", medClass: "ORAL_CORTICOSTEROID" as const, longTerm: true }] };
    expect(checkPrescription(lines("EX-25"), steroid).warnings.map((w) => w.tag)).toEqual(["OSTEOPOROSIS"]);
    expect(checkPrescription(lines("EX-25"), { medications: [{ name: "Prednisolone", medClass: "ORAL_CORTICOSTEROID" }] }).warnings).toEqual([]);
  });
  it("presentation tags: neural symptoms suggest the slider; a progressive deficit blocks it", () => {
    const r = checkPrescription(lines("EX-06", "EX-18"), {}, ["ACUTE_RADICULAR"]);
    expect(r.warnings.map((w) => [w.exerciseCode, w.level, w.substitute])).toEqual([["EX-06", "WARN", "EX-18"], ["EX-18", "WARN", undefined]]);
    expect(checkPrescription(lines("EX-18"), {}, ["PROGRESSIVE_NEURO_DEFICIT"]).blocked).toBe(true);
    expect(checkPrescription(lines("EX-14"), {}, ["FLEXION_INTOLERANT"]).warnings[0]).toMatchObject({ level: "BLOCK", substitute: "EX-19" });
  });
  it("ignores unknown codes", () => {
    expect(checkPrescription(lines("EX-99"), hip("POSTERIOR"))).toEqual({ warnings: [], blocked: false });
  });
  it("only ever adds warnings when more presentation tags apply", () => {
    fc.assert(fc.property(fc.subarray(PRESENTATION_TAGS), fc.subarray(PRESENTATION_TAGS), (a, b) => {
      const few = checkPrescription(ALL, {}, a).warnings.length;
      const more = checkPrescription(ALL, {}, [...new Set([...a, ...b])]).warnings.length;
      expect(more).toBeGreaterThanOrEqual(few);
    }));
  });
});

describe("historyPrecautions", () => {
  it("derives tags with the fact that triggered them, once each", () => {
    const tags = historyPrecautions({
      conditions: ["OSTEOPOROSIS", "DVT_HISTORY", "BLEEDING_DISORDER"],
      surgeries: [hip("POSTERIOR").surgeries![0], { description: "Revision", flags: ["HIP_ARTHROPLASTY"], hipApproach: "POSTERIOR" }],
    });
    expect(tags.map((t) => t.tag)).toEqual(["HIP_REPLACEMENT_POSTERIOR", "HIP_REPLACEMENT", "BLEEDING_RISK", "OSTEOPOROSIS", "DVT_HISTORY"]);
    expect(tags.find((t) => t.tag === "BLEEDING_RISK")!.reason).toBe("Bleeding disorder");
  });
});

describe("prescriptionItemSchema: the same V19 rules for clinic-made exercises", () => {
  const clinic = prescriptionItemSchema((code) => (code === "CX-ABC123" ? { paired: false, doseKind: "HOLD" } : code === "CX-SMR001" ? { paired: true, doseKind: "DURATION" } : undefined));
  it("accepts a clinic exercise the library does not know, and still refuses unknown codes", () => {
    expect(clinic.safeParse({ exerciseCode: "CX-ABC123", sets: 3, holdSeconds: 30, timesPerDay: 1, daysPerWeek: 3 }).success).toBe(true);
    expect(PrescriptionItemInput.safeParse({ exerciseCode: "CX-ABC123", sets: 3, holdSeconds: 30, timesPerDay: 1, daysPerWeek: 3 }).success).toBe(false);
    expect(clinic.safeParse({ ...HOLD, exerciseCode: "EX-99" }).success).toBe(false);
  });
  it("applies the exercise's own dose kind and sidedness", () => {
    const both = clinic.safeParse({ exerciseCode: "CX-ABC123", sets: 3, holdSeconds: 30, reps: 10, timesPerDay: 1, daysPerWeek: 3 });
    expect(both.success ? [] : both.error.issues.map((i) => i.message)).toEqual(["Give reps or a hold time, not both"]);
    const noSide = clinic.safeParse({ exerciseCode: "CX-SMR001", sets: 1, durationSeconds: 60, timesPerDay: 1, daysPerWeek: 7 });
    expect(noSide.success ? [] : noSide.error.issues.map((i) => i.path[0])).toEqual(["side"]);
  });
  it("keeps phases between 1 and 6", () => {
    expect(PrescriptionItemInput.safeParse({ ...HOLD, phase: 6 }).success).toBe(true);
    for (const phase of [0, 7, 1.5]) expect(PrescriptionItemInput.safeParse({ ...HOLD, phase }).success, String(phase)).toBe(false);
  });
});

describe("clinic exercise defaults follow V19 too", () => {
  const base = { name: "Wall sit", region: "THIGH_ANTERIOR", category: "STRENGTH", doseKind: "HOLD", defaultSets: "3", defaultHoldSeconds: "30", defaultTimesPerDay: "1", defaultDaysPerWeek: "3", steps: "Lean on the wall\nSlide down", cautions: "" };
  it("accepts form strings and splits steps per line", () => {
    const r = ClinicExerciseInput.safeParse(base);
    expect(r.success && r.data).toMatchObject({ defaultSets: 3, defaultHoldSeconds: 30, steps: ["Lean on the wall", "Slide down"] });
  });
  it("needs the figure of its dose kind and no other, within range", () => {
    const r = ClinicExerciseInput.safeParse({ ...base, defaultHoldSeconds: "", defaultReps: "10", defaultSets: "7" });
    expect(r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path[0], i.message]))).toEqual({
      defaultSets: "Sets must be a whole number from 1 to 6", defaultHoldSeconds: "Give a hold time in seconds",
      defaultReps: "Leave this empty: the exercise is dosed in a hold time in seconds",
    });
  });
  it("takes only https video links", () => {
    expect(ClinicExerciseInput.safeParse({ ...base, videoUrl: "javascript:alert(1)" }).success).toBe(false);
    expect(ClinicExerciseInput.safeParse({ ...base, videoUrl: "https://video.example/wall-sit" }).success).toBe(true);
  });
});

describe("clinic exercise pictures: PNG, JPEG or WebP by content, at most 2 MB", () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
  const webp = new Uint8Array([...new TextEncoder().encode("RIFF"), 1, 2, 3, 4, ...new TextEncoder().encode("WEBPVP8 ")]);
  it("accepts each format when the name agrees with the bytes", () => {
    expect(checkExerciseImage({ name: "a.png", type: "image/png", bytes: png })).toEqual({ ok: true, contentType: "image/png" });
    expect(checkExerciseImage({ name: "a.webp", type: "image/webp", bytes: webp })).toEqual({ ok: true, contentType: "image/webp" });
  });
  it("refuses a renamed file, a PDF, and anything over 2 MB", () => {
    expect(checkExerciseImage({ name: "a.webp", type: "", bytes: png })).toMatchObject({ ok: false, message: expect.stringMatching(/PNG picture, but its name/) });
    expect(checkExerciseImage({ name: "a.png", type: "", bytes: new TextEncoder().encode("%PDF-1.7 xxxxxxx") })).toMatchObject({ ok: false });
    expect(checkExerciseImageMeta({ name: "a.png", type: "image/png", size: 2 * 1024 * 1024 + 1 })).toMatch(/larger than 2 MB/);
    expect(checkExerciseImageMeta({ name: "a.gif", type: "image/gif", size: 100 })).toMatch(/PNG, JPEG or WebP/);
  });
});

describe("dosing in plain words", () => {
  it("reads holds, reps with a hold per rep, and self-massage", () => {
    expect(describeDose({ side: "BIL", sets: 3, holdSeconds: 30, timesPerDay: 2, daysPerWeek: 7 })).toBe("3 sets, hold 30 seconds, each side · Twice a day, every day");
    expect(describeDose({ side: "NA", sets: 2, reps: 10, repHoldSeconds: 2, timesPerDay: 1, daysPerWeek: 4, load: "BAND_LIGHT" })).toBe("2 sets of 10 reps (hold 2 seconds each), light band · Once a day, 4 days a week");
    expect(describeDose({ side: "R", sets: 1, durationSeconds: 90, timesPerDay: 1, daysPerWeek: 1 })).toBe("1 round of 90 seconds, right side · Once a day, 1 day a week");
  });
});

describe("a portal log's key", () => {
  const itemId = "0b6f1d2e-1111-4222-8333-944455556666";
  it("names the same line and day as the log, and a session 1–9", () => {
    expect(LogExerciseInput.safeParse({ itemId, date: "2026-11-16", key: `${itemId}:2026-11-16:1`, pain: 3 }).success).toBe(true);
    for (const key of [`${itemId}:2026-11-17:1`, `0b6f1d2e-1111-4222-8333-000000000000:2026-11-16:1`, `${itemId}:2026-11-16:0`, "anything"]) {
      expect(LogExerciseInput.safeParse({ itemId, date: "2026-11-16", key }).success, key).toBe(false);
    }
  });
  it("takes pain 0–10 or none", () => {
    for (const pain of [0, 10, null, undefined]) expect(LogExerciseInput.safeParse({ itemId, date: "2026-11-16", key: `${itemId}:2026-11-16:1`, pain }).success).toBe(true);
    for (const pain of [-1, 11, 2.5]) expect(LogExerciseInput.safeParse({ itemId, date: "2026-11-16", key: `${itemId}:2026-11-16:1`, pain }).success).toBe(false);
  });
});
