import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type RedFlagAnswer,
  type RedFlagAnswers,
  type RedFlagContext,
  type RedFlagResult,
  RED_FLAG_THRESHOLDS,
  combinedRestrictions,
  evaluateRedFlags,
  highestAction,
  requiresAcknowledgement,
} from "@/lib/domain/intake/red-flag-rules";
import {
  ACTION_LABELS,
  ACTION_RANK,
  CES_IDS,
  RED_FLAG_ACTIONS,
  RED_FLAGS,
  RESTRICTIONS,
  SHORT_FORM_IDS,
  type RedFlagAction,
} from "@/lib/domain/intake/red-flags";

const ADULT: RedFlagContext = { ageYears: 35 };
const yes = (followUps?: RedFlagAnswer["followUps"]): RedFlagAnswer => ({ answer: "YES", followUps });
const run = (answers: RedFlagAnswers, ctx: RedFlagContext = ADULT) => evaluateRedFlags(answers, ctx);
const one = (id: string, answers: RedFlagAnswers, ctx: RedFlagContext = ADULT): RedFlagResult | undefined => run(answers, ctx).find((r) => r.id === id);
const actionOf = (id: string, answers: RedFlagAnswers, ctx: RedFlagContext = ADULT) => one(id, answers, ctx)?.action;

/** DOMAIN.md §1.6, transcribed independently of the data file: [id, base action, restricts, staffOnly, runnerOnly]. */
const EXPECTED: [string, RedFlagAction, string[], boolean, boolean][] = [
  ["RF-CES-1", "EMERGENCY", ["ALL_TREATMENT"], false, false],
  ["RF-CES-2", "EMERGENCY", ["ALL_TREATMENT"], false, false],
  ["RF-CES-3", "EMERGENCY", ["ALL_TREATMENT"], false, false],
  ["RF-CES-4", "URGENT_REFERRAL", ["ALL_TREATMENT"], false, false],
  ["RF-CES-5", "URGENT_REFERRAL", ["HVLA_LUMBAR"], false, false],
  ["RF-NEURO", "URGENT_REFERRAL", ["HVLA_LUMBAR", "TRACTION"], false, false],
  ["RF-UMN", "URGENT_REFERRAL", ["SPINAL_MANIPULATION_ALL"], true, false],
  ["RF-CA", "FLAG", ["HVLA_SUSPECTED_SITE", "DEEP_PRESSURE_SUSPECTED_SITE"], false, false],
  ["RF-WT", "FLAG", [], false, false],
  ["RF-NIGHT", "FLAG", ["HVLA_ALL"], false, false],
  ["RF-INF", "URGENT_REFERRAL", ["MANUAL_THERAPY_REGION"], false, false],
  ["RF-TRAUMA", "FLAG", ["HVLA_ALL"], false, false],
  ["RF-OSTEO", "FLAG", ["HIGH_FORCE_HVLA", "LOADED_SPINAL_FLEXION"], false, false],
  ["RF-AGE", "FLAG", [], false, false],
  ["RF-AAA", "URGENT_REFERRAL", ["LUMBAR_MANUAL_THERAPY"], false, false],
  ["RF-VISC", "ROUTINE_REFERRAL", [], false, false],
  ["RF-INFL", "ROUTINE_REFERRAL", ["HVLA_SIJ_INFLAMED"], false, false],
  ["RF-BSI-SACRAL", "URGENT_REFERRAL", ["HVLA_SACRUM_SIJ", "DROP_TECHNIQUE_SACRUM_SIJ", "IMPACT_EXERCISE", "HOPPING_TESTS"], false, true],
  ["RF-BSI-FN", "URGENT_REFERRAL", ["HIP_LOADING", "HIP_TRACTION_THRUST"], false, true],
  ["RF-BSI-PUBIC", "URGENT_REFERRAL", ["IMPACT_EXERCISE"], false, true],
  ["RF-DVT", "URGENT_REFERRAL", ["LIMB_MASSAGE_COMPRESSION_ESTIM"], false, false],
  ["RF-PREG", "FLAG", ["ESTIM_TRUNK_PELVIS", "PRONE_LATE_PREGNANCY", "DRY_NEEDLING", "DROP_TABLE_PREGNANCY"], false, false],
  ["RF-ANTICOAG", "FLAG", ["DRY_NEEDLING", "IASTM", "CUPPING", "DEEP_FRICTION", "HIGH_FORCE_HVLA"], false, false],
  ["RF-FAIL", "ROUTINE_REFERRAL", [], true, false],
];

describe("red-flag data (DOMAIN.md §1.6)", () => {
  it("has exactly the flags of the table, each once", () => {
    expect(RED_FLAGS.map((f) => f.id).sort()).toEqual(EXPECTED.map((e) => e[0]).sort());
  });
  it.each(EXPECTED)("%s has base action %s and restricts %j", (id, action, restricts, staffOnly, runnerOnly) => {
    const def = RED_FLAGS.find((f) => f.id === id);
    expect(def).toBeDefined();
    expect(def!.baseAction).toBe(action);
    expect([...def!.restricts].sort()).toEqual([...restricts].sort());
    expect(def!.staffOnly).toBe(staffOnly);
    expect(def!.runnerOnly ?? false).toBe(runnerOnly);
    expect(def!.patientQuestion.length).toBeGreaterThan(10);
    expect(def!.suspected.length).toBeGreaterThan(0);
  });
  it("uses only known restriction codes, with labels, and unique follow-up keys", () => {
    for (const def of RED_FLAGS) {
      for (const r of def.restricts) expect(RESTRICTIONS[r]).toBeTruthy();
      const keys = def.followUps.map((f) => f.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const f of def.followUps) if (f.kind === "choice") expect(f.options?.length).toBeGreaterThan(1);
    }
  });
  it("has the follow-ups the escalation rules need", () => {
    const keys = (id: string) => RED_FLAGS.find((f) => f.id === id)!.followUps.map((f) => f.key);
    expect(keys("RF-CES-5")).toEqual(expect.arrayContaining(["bilateralWeakness", "bilateralNumbness"]));
    expect(keys("RF-WT")).toEqual(expect.arrayContaining(["kgLost", "bodyWeightKg", "overMonths"]));
    expect(keys("RF-NEURO")).toEqual(expect.arrayContaining(["bothLegs", "severe", "progressing"]));
    expect(keys("RF-INF")).toContain("feverNow");
    expect(keys("RF-TRAUMA")).toContain("severity");
    expect(keys("RF-AAA")).toEqual(expect.arrayContaining(["pulsatileMassWithPain", "suddenSevere"]));
    expect(keys("RF-NIGHT")).toContain("nightPainType");
    expect(keys("RF-VISC")).toContain("systemicSigns");
  });
  it("defines CES ids, the short form and action labels/ranks", () => {
    expect([...CES_IDS]).toEqual(["RF-CES-1", "RF-CES-2", "RF-CES-3", "RF-CES-4", "RF-CES-5"]);
    expect([...SHORT_FORM_IDS].sort()).toEqual([...CES_IDS, "RF-NEURO", "RF-INF"].sort());
    expect([...RED_FLAG_ACTIONS]).toEqual(["EMERGENCY", "URGENT_REFERRAL", "ROUTINE_REFERRAL", "FLAG"]);
    const ranks = RED_FLAG_ACTIONS.map((a) => ACTION_RANK[a]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(new Set(ranks).size).toBe(4);
    for (const a of RED_FLAG_ACTIONS) expect(ACTION_LABELS[a].length).toBeGreaterThan(10);
  });
  it("marks the exam/system items as staff-only and nothing else", () => {
    expect(RED_FLAGS.filter((f) => f.staffOnly).map((f) => f.id).sort()).toEqual(["RF-FAIL", "RF-UMN"]);
  });
});

describe("evaluateRedFlags: basics", () => {
  it("produces nothing for NO answers, UNSURE on non-CES items, or no answers", () => {
    const allNo = Object.fromEntries(RED_FLAGS.map((f) => [f.id, { answer: "NO" } as RedFlagAnswer]));
    expect(run(allNo, { ageYears: 35, isRunner: true, firstEpisode: false })).toEqual([]);
    expect(run({}, ADULT)).toEqual([]);
    expect(run({ "RF-DVT": { answer: "UNSURE" }, "RF-NEURO": { answer: "UNSURE" } })).toEqual([]);
  });
  it("ignores unknown ids", () => {
    expect(run({ "RF-NOPE": yes() })).toEqual([]);
  });
  it("fires each simple flag at its base action with its restrictions", () => {
    expect(one("RF-DVT", { "RF-DVT": yes() })).toMatchObject({ action: "URGENT_REFERRAL", needsClarification: false });
    expect(one("RF-DVT", { "RF-DVT": yes() })!.restricts).toContain("LIMB_MASSAGE_COMPRESSION_ESTIM");
    expect(one("RF-ANTICOAG", { "RF-ANTICOAG": yes() })!.restricts.sort()).toEqual(["CUPPING", "DEEP_FRICTION", "DRY_NEEDLING", "HIGH_FORCE_HVLA", "IASTM"]);
    expect(actionOf("RF-INFL", { "RF-INFL": yes() })).toBe("ROUTINE_REFERRAL");
    expect(actionOf("RF-PREG", { "RF-PREG": yes() })).toBe("FLAG");
    expect(actionOf("RF-UMN", { "RF-UMN": yes() })).toBe("URGENT_REFERRAL");
  });
  it("adds ALL_TREATMENT to every EMERGENCY and HVLA/impact of the region to every URGENT_REFERRAL (§4.3, V3)", () => {
    const r = run({ "RF-CES-1": yes(), "RF-DVT": yes(), "RF-PREG": yes() });
    expect(r.find((x) => x.id === "RF-CES-1")!.restricts).toEqual(["ALL_TREATMENT"]);
    expect(r.find((x) => x.id === "RF-DVT")!.restricts).toEqual(expect.arrayContaining(["HVLA_FLAGGED_REGION", "IMPACT_LOADING_FLAGGED_REGION"]));
    expect(r.find((x) => x.id === "RF-PREG")!.restricts).not.toContain("HVLA_FLAGGED_REGION");
  });
  it("returns results in table order with non-empty reasons", () => {
    const r = run({ "RF-DVT": yes(), "RF-CES-2": yes(), "RF-WT": yes({ kgLost: 1, bodyWeightKg: 80, overMonths: 3 }) });
    expect(r.map((x) => x.id)).toEqual(["RF-CES-2", "RF-WT", "RF-DVT"]);
    for (const x of r) expect(x.reasons.length).toBeGreaterThan(0);
  });
});

describe("CES items", () => {
  it.each(["RF-CES-1", "RF-CES-2", "RF-CES-3"])("%s YES is an emergency", (id) => {
    expect(one(id, { [id]: yes() })).toMatchObject({ action: "EMERGENCY", restricts: ["ALL_TREATMENT"], needsClarification: false });
  });
  it("UNSURE on a CES item fires at least the base action with needsClarification", () => {
    expect(one("RF-CES-1", { "RF-CES-1": { answer: "UNSURE" } })).toMatchObject({ action: "EMERGENCY", needsClarification: true });
    expect(one("RF-CES-4", { "RF-CES-4": { answer: "UNSURE" } })).toMatchObject({ action: "URGENT_REFERRAL", needsClarification: true });
    expect(one("RF-CES-5", { "RF-CES-5": { answer: "UNSURE" } })).toMatchObject({ action: "URGENT_REFERRAL", needsClarification: true });
  });
  it("RF-CES-4 alone is urgent; with another CES item or bilateral legs it is an emergency", () => {
    expect(one("RF-CES-4", { "RF-CES-4": yes() })).toMatchObject({ action: "URGENT_REFERRAL", restricts: expect.arrayContaining(["ALL_TREATMENT"]) });
    expect(actionOf("RF-CES-4", { "RF-CES-4": yes(), "RF-CES-2": yes() })).toBe("EMERGENCY");
    expect(actionOf("RF-CES-4", { "RF-CES-4": yes(), "RF-CES-5": yes({ bilateralWeakness: false, bilateralNumbness: false }) })).toBe("EMERGENCY");
    expect(actionOf("RF-CES-4", { "RF-CES-4": yes(), "RF-CES-2": { answer: "NO" } })).toBe("URGENT_REFERRAL");
  });
  it("RF-CES-5: weakness or numbness in both legs is an emergency with all treatment blocked", () => {
    const w = one("RF-CES-5", { "RF-CES-5": yes({ bilateralWeakness: true, bilateralNumbness: false }) })!;
    expect(w.action).toBe("EMERGENCY");
    expect(w.restricts).toContain("ALL_TREATMENT");
    expect(w.reasons).toContain("weakness in both legs");
    expect(actionOf("RF-CES-5", { "RF-CES-5": yes({ bilateralWeakness: false, bilateralNumbness: true }) })).toBe("EMERGENCY");
  });
  it("RF-CES-5: pain or tingling alone is urgent with HVLA lumbar blocked, emergency with any CES item", () => {
    const fu = { bilateralWeakness: false, bilateralNumbness: false };
    const u = one("RF-CES-5", { "RF-CES-5": yes(fu) })!;
    expect(u).toMatchObject({ action: "URGENT_REFERRAL", needsClarification: false });
    expect(u.restricts).toContain("HVLA_LUMBAR");
    expect(u.restricts).not.toContain("ALL_TREATMENT");
    expect(actionOf("RF-CES-5", { "RF-CES-5": yes(fu), "RF-CES-3": yes() })).toBe("EMERGENCY");
  });
  it("RF-CES-5 without the deficit follow-ups stays urgent but needs clarification", () => {
    expect(one("RF-CES-5", { "RF-CES-5": yes() })).toMatchObject({ action: "URGENT_REFERRAL", needsClarification: true });
  });
});

describe("escalation rules", () => {
  it("RF-NEURO: one leg urgent; both legs severe or progressing emergency", () => {
    expect(actionOf("RF-NEURO", { "RF-NEURO": yes({ bothLegs: false, severe: true, progressing: true }) })).toBe("URGENT_REFERRAL");
    expect(actionOf("RF-NEURO", { "RF-NEURO": yes({ bothLegs: true, severe: false, progressing: false }) })).toBe("URGENT_REFERRAL");
    expect(actionOf("RF-NEURO", { "RF-NEURO": yes({ bothLegs: true, severe: true, progressing: false }) })).toBe("EMERGENCY");
    expect(actionOf("RF-NEURO", { "RF-NEURO": yes({ bothLegs: true, severe: false, progressing: true }) })).toBe("EMERGENCY");
    expect(one("RF-NEURO", { "RF-NEURO": yes() })).toMatchObject({ action: "URGENT_REFERRAL", needsClarification: true });
    expect(one("RF-NEURO", { "RF-NEURO": yes({ bothLegs: false }) })!.restricts).toEqual(expect.arrayContaining(["HVLA_LUMBAR", "TRACTION"]));
  });
  it("RF-CA: flag alone; urgent with age > 50, weight loss, night pain or ≥ 4 weeks without improvement", () => {
    const ca = { "RF-CA": yes() };
    expect(actionOf("RF-CA", ca, { ageYears: 50 })).toBe("FLAG");
    expect(actionOf("RF-CA", ca, { ageYears: 51 })).toBe("URGENT_REFERRAL");
    expect(actionOf("RF-CA", { ...ca, "RF-WT": yes({ kgLost: 1, bodyWeightKg: 80, overMonths: 2 }) })).toBe("URGENT_REFERRAL");
    expect(actionOf("RF-CA", { ...ca, "RF-NIGHT": yes({ nightPainType: "POSITIONAL" }) })).toBe("URGENT_REFERRAL");
    expect(actionOf("RF-CA", ca, { ageYears: 35, noImprovementWeeks: 3 })).toBe("FLAG");
    expect(actionOf("RF-CA", ca, { ageYears: 35, noImprovementWeeks: 4 })).toBe("URGENT_REFERRAL");
    expect(actionOf("RF-CA", {}, { ageYears: 35, conditions: { cancerHistory: true } })).toBe("FLAG");
  });
  it("RF-WT: kg threshold 4.4 vs 4.5 within 6 months", () => {
    expect(RED_FLAG_THRESHOLDS.weightLossKg).toBe(4.5);
    expect(actionOf("RF-WT", { "RF-WT": yes({ kgLost: 4.4, bodyWeightKg: 100, overMonths: 6 }) })).toBe("FLAG");
    expect(actionOf("RF-WT", { "RF-WT": yes({ kgLost: 4.5, bodyWeightKg: 100, overMonths: 6 }) })).toBe("URGENT_REFERRAL");
  });
  it("RF-WT: 5 % of pre-loss body weight threshold", () => {
    // 3 kg from 60 kg (57 now) = 5.0 %; 2.9 kg from 60 kg = 4.8 %
    expect(actionOf("RF-WT", { "RF-WT": yes({ kgLost: 3, bodyWeightKg: 57, overMonths: 4 }) })).toBe("URGENT_REFERRAL");
    expect(actionOf("RF-WT", { "RF-WT": yes({ kgLost: 2.9, bodyWeightKg: 57.1, overMonths: 4 }) })).toBe("FLAG");
  });
  it("RF-WT: 6-month window, and missing data needs clarification", () => {
    expect(actionOf("RF-WT", { "RF-WT": yes({ kgLost: 8, bodyWeightKg: 70, overMonths: 7 }) })).toBe("FLAG");
    expect(actionOf("RF-WT", { "RF-WT": yes({ kgLost: 8, bodyWeightKg: 70, overMonths: 6 }) })).toBe("URGENT_REFERRAL");
    expect(one("RF-WT", { "RF-WT": yes({ kgLost: null }) })).toMatchObject({ action: "URGENT_REFERRAL", needsClarification: true });
  });
  it("RF-NIGHT: constant urgent, positional flag", () => {
    expect(actionOf("RF-NIGHT", { "RF-NIGHT": yes({ nightPainType: "CONSTANT_UNRELIEVED" }) })).toBe("URGENT_REFERRAL");
    expect(actionOf("RF-NIGHT", { "RF-NIGHT": yes({ nightPainType: "POSITIONAL" }) })).toBe("FLAG");
    expect(one("RF-NIGHT", { "RF-NIGHT": yes({ nightPainType: "POSITIONAL" }) })!.restricts).toEqual(["HVLA_ALL"]);
  });
  it("RF-INF: urgent; emergency only with fever plus a neurological deficit", () => {
    expect(actionOf("RF-INF", { "RF-INF": yes({ feverNow: true }) })).toBe("URGENT_REFERRAL");
    expect(actionOf("RF-INF", { "RF-INF": yes({ feverNow: false }), "RF-NEURO": yes() })).toBe("URGENT_REFERRAL");
    expect(actionOf("RF-INF", { "RF-INF": yes({ feverNow: true }), "RF-NEURO": yes() })).toBe("EMERGENCY");
    expect(actionOf("RF-INF", { "RF-INF": yes({ feverNow: true }), "RF-CES-5": yes({ bilateralWeakness: true }) })).toBe("EMERGENCY");
    expect(actionOf("RF-INF", { "RF-INF": yes({ feverNow: true }), "RF-CES-5": yes({ bilateralWeakness: false, bilateralNumbness: false }) })).toBe("URGENT_REFERRAL");
    const r = one("RF-INF", { "RF-INF": yes() }, { ageYears: 40, conditions: { diabetes: true } })!;
    expect(r.reasons.join(" ")).toContain("diabetes");
    expect(r.restricts).toContain("MANUAL_THERAPY_REGION");
  });
  it("RF-TRAUMA: major urgent; minor urgent only with age > 50, osteoporosis or steroids", () => {
    expect(actionOf("RF-TRAUMA", { "RF-TRAUMA": yes({ severity: "MAJOR" }) })).toBe("URGENT_REFERRAL");
    expect(actionOf("RF-TRAUMA", { "RF-TRAUMA": yes({ severity: "MINOR" }) }, { ageYears: 50 })).toBe("FLAG");
    expect(actionOf("RF-TRAUMA", { "RF-TRAUMA": yes({ severity: "MINOR" }) }, { ageYears: 51 })).toBe("URGENT_REFERRAL");
    expect(actionOf("RF-TRAUMA", { "RF-TRAUMA": yes({ severity: "MINOR" }) }, { ageYears: 30, conditions: { osteoporosis: true } })).toBe("URGENT_REFERRAL");
    expect(actionOf("RF-TRAUMA", { "RF-TRAUMA": yes({ severity: "MINOR" }) }, { ageYears: 30, conditions: { longTermSteroids: true } })).toBe("URGENT_REFERRAL");
    expect(one("RF-TRAUMA", { "RF-TRAUMA": yes() })).toMatchObject({ action: "URGENT_REFERRAL", needsClarification: true });
  });
  it("RF-AAA: emergency with painful pulsatile mass or sudden severe pain, else urgent", () => {
    expect(actionOf("RF-AAA", { "RF-AAA": yes({ pulsatileMassWithPain: true, suddenSevere: false }) })).toBe("EMERGENCY");
    expect(actionOf("RF-AAA", { "RF-AAA": yes({ pulsatileMassWithPain: false, suddenSevere: true }) })).toBe("EMERGENCY");
    expect(one("RF-AAA", { "RF-AAA": yes({ pulsatileMassWithPain: false, suddenSevere: false }) })).toMatchObject({ action: "URGENT_REFERRAL", needsClarification: false });
    expect(one("RF-AAA", { "RF-AAA": yes() })).toMatchObject({ action: "URGENT_REFERRAL", needsClarification: true });
    expect(one("RF-AAA", { "RF-AAA": yes({ suddenSevere: true }) })!.restricts).toEqual(expect.arrayContaining(["ALL_TREATMENT", "LUMBAR_MANUAL_THERAPY"]));
  });
  it("RF-VISC: routine, urgent with systemic signs", () => {
    expect(actionOf("RF-VISC", { "RF-VISC": yes({ systemicSigns: false }) })).toBe("ROUTINE_REFERRAL");
    expect(actionOf("RF-VISC", { "RF-VISC": yes({ systemicSigns: true }) })).toBe("URGENT_REFERRAL");
  });
  it("RF-AGE: first episode under 20 or over 50 (from context), boundaries exclusive", () => {
    const age = (ageYears: number, firstEpisode = true) => actionOf("RF-AGE", {}, { ageYears, firstEpisode });
    expect(age(19)).toBe("FLAG");
    expect(age(20)).toBeUndefined();
    expect(age(50)).toBeUndefined();
    expect(age(51)).toBe("FLAG");
    expect(age(60, false)).toBeUndefined();
    expect(actionOf("RF-AGE", { "RF-AGE": yes() })).toBe("FLAG");
  });
  it("RF-OSTEO fires from context (osteoporosis, steroids, age > 70) even without a YES", () => {
    expect(actionOf("RF-OSTEO", {}, { ageYears: 70 })).toBeUndefined();
    expect(actionOf("RF-OSTEO", {}, { ageYears: 71 })).toBe("FLAG");
    expect(actionOf("RF-OSTEO", {}, { ageYears: 40, conditions: { osteoporosis: true } })).toBe("FLAG");
    expect(actionOf("RF-OSTEO", {}, { ageYears: 40, conditions: { longTermSteroids: true } })).toBe("FLAG");
    expect(actionOf("RF-OSTEO", { "RF-OSTEO": yes() })).toBe("FLAG");
    expect(one("RF-OSTEO", {}, { ageYears: 80 })!.restricts.sort()).toEqual(["HIGH_FORCE_HVLA", "LOADED_SPINAL_FLEXION"]);
  });
  it("RF-FAIL fires after ≥ 4 weeks without improvement", () => {
    expect(actionOf("RF-FAIL", {}, { ageYears: 40, noImprovementWeeks: 3 })).toBeUndefined();
    expect(actionOf("RF-FAIL", {}, { ageYears: 40, noImprovementWeeks: 4 })).toBe("ROUTINE_REFERRAL");
    expect(actionOf("RF-FAIL", { "RF-FAIL": yes() })).toBe("ROUTINE_REFERRAL");
  });
  it("RF-BSI-* only for runners", () => {
    const bsi = { "RF-BSI-SACRAL": yes(), "RF-BSI-FN": yes(), "RF-BSI-PUBIC": yes() };
    expect(run(bsi, { ageYears: 25, isRunner: false })).toEqual([]);
    const r = run(bsi, { ageYears: 25, isRunner: true });
    expect(r.map((x) => x.action)).toEqual(["URGENT_REFERRAL", "URGENT_REFERRAL", "URGENT_REFERRAL"]);
    expect(combinedRestrictions(r)).toEqual(expect.arrayContaining(["HVLA_SACRUM_SIJ", "HOPPING_TESTS", "HIP_LOADING", "HIP_TRACTION_THRUST", "IMPACT_EXERCISE"]));
  });
});

describe("aggregation helpers", () => {
  const mk = (id: string, action: RedFlagAction, restricts: RedFlagResult["restricts"] = []): RedFlagResult => ({ id, action, restricts, reasons: ["x"], needsClarification: false });
  it("highestAction orders EMERGENCY > URGENT > ROUTINE > FLAG and is null when empty", () => {
    expect(highestAction([])).toBeNull();
    expect(highestAction([mk("a", "FLAG")])).toBe("FLAG");
    expect(highestAction([mk("a", "FLAG"), mk("b", "ROUTINE_REFERRAL")])).toBe("ROUTINE_REFERRAL");
    expect(highestAction([mk("a", "ROUTINE_REFERRAL"), mk("b", "URGENT_REFERRAL"), mk("c", "FLAG")])).toBe("URGENT_REFERRAL");
    expect(highestAction([mk("a", "URGENT_REFERRAL"), mk("b", "EMERGENCY"), mk("c", "FLAG")])).toBe("EMERGENCY");
  });
  it("combinedRestrictions deduplicates", () => {
    const r = combinedRestrictions([mk("a", "FLAG", ["HIGH_FORCE_HVLA", "DRY_NEEDLING"]), mk("b", "FLAG", ["DRY_NEEDLING", "IASTM", "HIGH_FORCE_HVLA"])]);
    expect(r.sort()).toEqual(["DRY_NEEDLING", "HIGH_FORCE_HVLA", "IASTM"]);
    expect(combinedRestrictions([])).toEqual([]);
  });
  it("requiresAcknowledgement for EMERGENCY or URGENT_REFERRAL only", () => {
    expect(requiresAcknowledgement([])).toBe(false);
    expect(requiresAcknowledgement([mk("a", "FLAG"), mk("b", "ROUTINE_REFERRAL")])).toBe(false);
    expect(requiresAcknowledgement([mk("a", "FLAG"), mk("b", "URGENT_REFERRAL")])).toBe(true);
    expect(requiresAcknowledgement([mk("a", "EMERGENCY")])).toBe(true);
    expect(requiresAcknowledgement(run({ "RF-PREG": yes(), "RF-ANTICOAG": yes() }))).toBe(false);
    expect(requiresAcknowledgement(run({ "RF-CES-2": yes() }))).toBe(true);
  });
});

describe("properties", () => {
  const followUpValue = fc.oneof(fc.boolean(), fc.double({ min: 0, max: 200, noNaN: true }), fc.constantFrom("MAJOR", "MINOR", "POSITIONAL", "CONSTANT_UNRELIEVED"), fc.constant(null));
  const answerArb: fc.Arbitrary<RedFlagAnswer> = fc.record({
    answer: fc.constantFrom("YES", "NO", "UNSURE") as fc.Arbitrary<"YES" | "NO" | "UNSURE">,
    followUps: fc.dictionary(
      fc.constantFrom("bilateralWeakness", "bilateralNumbness", "bothLegs", "severe", "progressing", "kgLost", "bodyWeightKg", "overMonths", "nightPainType", "feverNow", "severity", "pulsatileMassWithPain", "suddenSevere", "systemicSigns"),
      followUpValue,
    ),
  });
  const ids = RED_FLAGS.map((f) => f.id);
  const answersArb = fc.dictionary(fc.constantFrom(...ids), answerArb);
  const ctxArb: fc.Arbitrary<RedFlagContext> = fc.record({
    ageYears: fc.integer({ min: 0, max: 105 }),
    isRunner: fc.option(fc.boolean(), { nil: undefined }),
    firstEpisode: fc.option(fc.boolean(), { nil: undefined }),
    noImprovementWeeks: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    conditions: fc.record({ osteoporosis: fc.boolean(), longTermSteroids: fc.boolean(), cancerHistory: fc.boolean(), diabetes: fc.boolean() }),
  });
  const rank = (a: RedFlagAction | null) => (a === null ? 0 : ACTION_RANK[a]);

  it("adding a YES answer never lowers highestAction", () => {
    fc.assert(
      fc.property(answersArb, ctxArb, fc.constantFrom(...ids), (answers, ctx, id) => {
        const before = highestAction(evaluateRedFlags(answers, ctx));
        const after = highestAction(evaluateRedFlags({ ...answers, [id]: { ...answers[id], answer: "YES" } }, ctx));
        expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
      }),
    );
  });
  it("results are never below base action, EMERGENCY always blocks all treatment, and acknowledgement matches highestAction", () => {
    fc.assert(
      fc.property(answersArb, ctxArb, (answers, ctx) => {
        const results = evaluateRedFlags(answers, ctx);
        for (const r of results) {
          const def = RED_FLAGS.find((f) => f.id === r.id)!;
          expect(ACTION_RANK[r.action]).toBeGreaterThanOrEqual(ACTION_RANK[def.baseAction]);
          if (r.action === "EMERGENCY") expect(r.restricts).toContain("ALL_TREATMENT");
          expect(new Set(r.restricts).size).toBe(r.restricts.length);
        }
        expect(requiresAcknowledgement(results)).toBe(rank(highestAction(results)) >= ACTION_RANK.URGENT_REFERRAL);
      }),
    );
  });
});
