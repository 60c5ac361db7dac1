import { describe, expect, it } from "vitest";
import { checkNewAmendment, patientAmendmentDueDate, type Amendment, type OriginalNote } from "@/lib/domain/notes/amendments";
import type { NoteContent } from "@/lib/domain/notes/note-content";
import { missingForSignature, needsCoSignature, requirementsFor } from "@/lib/domain/notes/note-rules";
import { NOTE_TYPES, NOTE_TYPE_BY_ID } from "@/lib/domain/notes/note-types";
import type { TreatmentLine } from "@/lib/domain/treatment/types";

const heat: TreatmentLine = { componentCode: "MOIST_HEAT", params: { region: "LUMBAR_LOWER", skin_check_pre_post: true }, side: "CENTRAL", minutes: 15 };
const exercise: TreatmentLine = { componentCode: "THERAPEUTIC_EXERCISE", params: { exercise_id: "EX-22", sets: 2, reps: 8 }, minutes: 12 };
const sijThrust: TreatmentLine = { componentCode: "MANIPULATION", params: { segments: ["SIJ"], technique: "SIDE_POSTURE" }, side: "R", discipline: "DC" };

/** A complete daily treatment note: nothing should block signing. */
const daily: NoteContent = {
  subjective: { nprsNow: 3, change: "BETTER", hepAdherence: "PARTIAL" },
  objective: { findings: [{ code: "T-KEMP" }] },
  treatmentLines: [heat, exercise],
  assessment: { diagnoses: ["M54.50", "M99.03"], documentedSides: ["CENTRAL"], text: "Mechanical LBP, improving" },
  plan: { text: "Continue 2x/week" },
};

const messages = (type: (typeof NOTE_TYPES)[number], note: NoteContent, ctx = {}) => missingForSignature(type, note, ctx).map((m) => m.message);
const ids = (type: (typeof NOTE_TYPES)[number], note: NoteContent, ctx = {}) => [...new Set(missingForSignature(type, note, ctx).map((m) => m.requirement))];

describe("note types (DOMAIN.md §8.1)", () => {
  it("defines every note type once, with its requirements", () => {
    for (const t of NOTE_TYPES) expect(NOTE_TYPE_BY_ID.get(t)?.requirements.length, t).toBeGreaterThan(0);
    expect(NOTE_TYPE_BY_ID.get("DAILY_TREATMENT")?.requirements).toEqual(expect.arrayContaining(["TREATMENT_SUBJECTIVE", "TREATMENT_LINES", "DIAGNOSES"]));
    expect(NOTE_TYPE_BY_ID.get("INITIAL_EVALUATION")?.requirements).toEqual(expect.arrayContaining(["INTAKE_COMPLETE", "RED_FLAG_SCREEN", "EXAM_COMPLETE", "BASELINE_OUTCOMES", "CARE_PLAN_WITH_GOALS", "CONSENT_TO_TREAT", "EVALUATION_COMPLEXITY"]));
    expect(requirementsFor("COMMUNICATION", {})).not.toContain("REFERRAL_IF_RED_FLAG");
  });
});

describe("missingForSignature", () => {
  it("lets a complete daily note be signed", () => {
    expect(missingForSignature("DAILY_TREATMENT", daily)).toEqual([]);
  });

  it("requires NPRS, change since last visit and home-exercise adherence on a daily note", () => {
    const m = missingForSignature("DAILY_TREATMENT", { ...daily, subjective: {} });
    expect(m.map((x) => x.section)).toEqual(["S", "S", "S"]);
    expect(m.map((x) => x.message)).toEqual(["Record pain now (NPRS 0–10)", "Record the change since the last visit (better / same / worse)", "Record home-exercise adherence (full / partial / none)"]);
    expect(messages("DAILY_TREATMENT", { ...daily, subjective: { ...daily.subjective, nprsNow: 11 } })).toEqual(["Record pain now (NPRS 0–10)"]);
  });

  it("requires treatment on a daily note and minutes on every timed code", () => {
    expect(ids("DAILY_TREATMENT", { ...daily, treatmentLines: [] })).toContain("TREATMENT_LINES");
    const noMinutes = { ...daily, treatmentLines: [heat, { ...exercise, minutes: undefined }] };
    expect(messages("DAILY_TREATMENT", noMinutes)).toEqual(["Line 2 (Therapeutic exercise (in clinic)): 97110 is timed, record the minutes"]);
    // Heat (97010) is untimed: no minutes needed for billing.
    expect(messages("DAILY_TREATMENT", { ...daily, treatmentLines: [{ ...heat, minutes: undefined }, exercise] })).toEqual([]);
  });

  it("needs a recorded consent for lines that need one, on the line or on file", () => {
    const withThrust: NoteContent = { ...daily, objective: { findings: [{ code: "T-KEMP" }, { zones: ["PELVIC"] }] }, treatmentLines: [sijThrust, exercise] };
    expect(ids("DAILY_TREATMENT", withThrust)).toEqual(["LINES_CONSENT"]);
    expect(messages("DAILY_TREATMENT", { ...withThrust, treatmentLines: [{ ...sijThrust, consent: { type: "VERBAL" } }, exercise] })).toEqual([]);
    expect(messages("DAILY_TREATMENT", { ...withThrust, consentsOnFile: [{ kind: "HVLA", type: "WRITTEN" }] })).toEqual([]);
    const needling: TreatmentLine = {
      componentCode: "DRY_NEEDLING", side: "R", discipline: "PT",
      params: { muscles: ["PIRIFORMIS"], needle_gauge_mm: 0.3, needle_length_mm: 75, technique: "FAST_IN_OUT_PISTONING", clean_technique_attested: true, sharps_disposed: true },
      consent: { type: "VERBAL" },
    };
    const dnNote: NoteContent = { ...daily, objective: { findings: [{ code: "T-FAIR" }] }, treatmentLines: [needling] };
    const inScope = { scope: { credentials: ["DRY_NEEDLING_SCOPE" as const] } };
    expect(messages("DAILY_TREATMENT", dnNote, inScope)).toEqual([expect.stringMatching(/record the written consent/)]);
    expect(messages("DAILY_TREATMENT", { ...dnNote, consentsOnFile: [{ kind: "DRY_NEEDLING", type: "WRITTEN" }] }, inScope)).toEqual([]);
    // Without the provider's dry-needling scope flag the line cannot be signed at all (V17).
    expect(messages("DAILY_TREATMENT", { ...dnNote, consentsOnFile: [{ kind: "DRY_NEEDLING", type: "WRITTEN" }] })[0]).toMatch(/dry-needling scope flag/);
  });

  it("needs the safety attestations of the lines", () => {
    const unchecked = { ...daily, treatmentLines: [{ ...heat, params: { region: "LUMBAR_LOWER" } }, exercise] };
    expect(messages("DAILY_TREATMENT", unchecked)).toEqual(['Line 1 (Moist heat (hydrocollator pack)): confirm "Skin checked before and after"']);
  });

  it("needs an objective finding tied to the treated region", () => {
    expect(ids("DAILY_TREATMENT", { ...daily, objective: { findings: [{ code: "T-NOBLE" }] } })).toEqual(["FINDING_TREATED_REGION"]);
    expect(ids("DAILY_TREATMENT", { ...daily, objective: {} })).toEqual(["FINDING_TREATED_REGION"]);
    expect(messages("DAILY_TREATMENT", { ...daily, objective: { findings: [{ zones: ["LUMBAR"] }] } })).toEqual([]);
  });

  it("refuses invalid diagnoses (header codes, laterality)", () => {
    expect(messages("DAILY_TREATMENT", { ...daily, assessment: { ...daily.assessment, diagnoses: ["M54.5"] } })[0]).toMatch(/header code/);
    expect(ids("DAILY_TREATMENT", { ...daily, assessment: { ...daily.assessment, diagnoses: [] } })).toEqual(["DIAGNOSES"]);
    expect(ids("DAILY_TREATMENT", { ...daily, assessment: { ...daily.assessment, diagnoses: ["G57.01"], documentedSides: ["L"] } })).toEqual(["DIAGNOSES"]);
  });

  it("needs a referral in the plan when a red flag was raised, and reasoning for a flag", () => {
    const urgent: NoteContent = { ...daily, redFlags: [{ id: "RF-BSI-SACRAL", action: "URGENT_REFERRAL" }] };
    expect(missingForSignature("DAILY_TREATMENT", urgent)).toEqual([
      { requirement: "REFERRAL_IF_RED_FLAG", section: "P", message: "Red flag RF-BSI-SACRAL raised: record the referral (to whom and why) in the plan" },
    ]);
    expect(messages("DAILY_TREATMENT", { ...urgent, plan: { ...daily.plan, referrals: [{ to: "Sports physician", reason: "MRI for suspected sacral stress fracture" }] } })).toEqual([]);
    const flag: NoteContent = { ...daily, redFlags: [{ id: "RF-PREG", action: "FLAG" }] };
    expect(ids("DAILY_TREATMENT", flag)).toEqual(["RED_FLAG_REASONING"]);
    expect(messages("DAILY_TREATMENT", { ...flag, assessment: { ...daily.assessment, redFlagReasoning: "18 weeks; no e-stim, side-lying only" } })).toEqual([]);
  });

  it("refuses treatment while an EMERGENCY red flag is open (V3)", () => {
    const emergency: NoteContent = { ...daily, redFlags: [{ id: "RF-CES-1", action: "EMERGENCY" }], plan: { ...daily.plan, referrals: [{ to: "Emergency department", reason: "Saddle numbness" }] } };
    expect(ids("DAILY_TREATMENT", emergency)).toEqual(["NO_TREATMENT_WITH_EMERGENCY"]);
  });

  it("checks scope when the signer's role is known (V17)", () => {
    const lmt = { ...daily, objective: { findings: [{ zones: ["PELVIC" as const] }, { code: "T-KEMP" }] }, treatmentLines: [{ ...sijThrust, discipline: undefined, consent: { type: "VERBAL" as const } }, exercise] };
    expect(messages("DAILY_TREATMENT", lmt, { discipline: "LMT" })).toContainEqual(expect.stringMatching(/Manipulation .* outside the scope of a Massage therapist/));
    expect(messages("DAILY_TREATMENT", lmt, { discipline: "DC" })).toEqual([]);
  });

  it("checks contraindications when the patient context is given (V18), accepting overrides with a reason", () => {
    const tens: TreatmentLine = {
      componentCode: "TENS_CONVENTIONAL", side: "CENTRAL", minutes: 15,
      params: { region: "LUMBAR_LOWER", electrode_type: "ADHESIVE", pulse_rate_hz: 100, pulse_width_us: 80, intensity_level: "SENSORY" },
    };
    const note = { ...daily, treatmentLines: [tens, exercise] };
    expect(messages("DAILY_TREATMENT", note, { contraindications: { history: { conditions: ["PACEMAKER_ICD"] } } })[0]).toMatch(/contraindicated: Pacemaker/);
    const anticoag = { contraindications: { history: { medicationClasses: ["ANTICOAGULANT"] } } };
    const cupping: TreatmentLine = { componentCode: "CUPPING", params: { region: "LUMBAR_LOWER", cups_count: 4, type: "STATIC" }, side: "BIL", minutes: 5, consent: { type: "VERBAL" } };
    expect(messages("DAILY_TREATMENT", { ...daily, treatmentLines: [cupping] }, anticoag)[0]).toMatch(/acknowledge with a reason/);
    expect(messages("DAILY_TREATMENT", { ...daily, treatmentLines: [{ ...cupping, override: { reason: "INR stable, light static cups only" } }] }, anticoag)).toEqual([]);
    // A hard stop cannot be overridden.
    expect(messages("DAILY_TREATMENT", { ...note, treatmentLines: [{ ...tens, override: { reason: "Patient insisted" } }, exercise] }, { contraindications: { history: { conditions: ["PACEMAKER_ICD"] } } })).toHaveLength(1);
  });

  it("lists what an initial evaluation needs, with evaluation complexity only for PTs", () => {
    const m = ids("INITIAL_EVALUATION", {});
    expect(m).toEqual(["INTAKE_COMPLETE", "RED_FLAG_SCREEN", "EXAM_COMPLETE", "BASELINE_OUTCOMES", "DIAGNOSES", "CARE_PLAN_WITH_GOALS", "CONSENT_TO_TREAT", "ASSESSMENT_WRITTEN", "PLAN_WRITTEN"]);
    expect(ids("INITIAL_EVALUATION", {}, { discipline: "PT" })).toContain("EVALUATION_COMPLEXITY");
    const complete: NoteContent = {
      intakeComplete: true, redFlagScreenDone: true, consentToTreat: true,
      objective: { examComplete: true, outcomeMeasures: ["ODI", "NPRS"] },
      assessment: { diagnoses: ["G57.01"], documentedSides: ["R"], evaluationComplexity: "MODERATE", text: "R piriformis syndrome" },
      plan: { carePlan: { frequency: "2–3×/week", durationWeeks: 4, goalsCount: 3 }, text: "2–3×/week for 4 weeks" },
    };
    expect(messages("INITIAL_EVALUATION", complete, { discipline: "PT" })).toEqual([]);
  });

  it("lists what a re-exam and a discharge summary need", () => {
    expect(ids("RE_EXAM", {})).toEqual(["TREATMENT_SUBJECTIVE", "REMEASURED_OUTCOMES", "COMPARED_WITH_BASELINE", "GOAL_STATUS", "CARE_PLAN_UPDATED", "RED_FLAG_SCREEN", "DIAGNOSES", "ASSESSMENT_WRITTEN", "PLAN_WRITTEN"]);
    expect(messages("RE_EXAM", { assessment: { goals: [{ id: "G1", status: "MET" }, { id: "G2" }] } })).toContain("Give a status for goal G2");
    expect(ids("DISCHARGE_SUMMARY", {})).toEqual(["DISCHARGE_REASON", "EPISODE_DATES", "TOTAL_VISITS", "DIAGNOSES", "INTERVENTIONS_USED", "OUTCOMES_BASELINE_FINAL", "GOAL_STATUS", "HEP_GIVEN", "RETURN_TO_SPORT", "RECOMMENDATIONS", "FOLLOW_UP"]);
  });

  it("keeps massage notes SOAP-lite and communications free of treatment", () => {
    expect(ids("MASSAGE_SESSION", {})).toEqual(["HEALTH_CHANGES", "AREAS_TREATED", "TREATMENT_LINES", "PRESSURE", "SESSION_DURATION", "CLIENT_RESPONSE", "SELF_CARE_ADVICE"]);
    const call: NoteContent = { communication: { at: "2025-03-04T10:00:00Z", with: "Patient", content: "Flare after long run", advice: "Ice, rest 2 days" } };
    expect(messages("COMMUNICATION", call)).toEqual([]);
    expect(messages("COMMUNICATION", { ...call, treatmentLines: [exercise] })[0]).toMatch(/records no treatment/);
    expect(ids("MISSED_VISIT", { missedVisit: { date: "2025-03-04", reason: "Sick" } })).toEqual(["MISSED_RESCHEDULED"]);
  });

  it("routes PTA and student notes (and LMT notes where required) for co-signature", () => {
    expect(needsCoSignature({ discipline: "PTA" })).toBe(true);
    expect(needsCoSignature({ discipline: "PT", isStudent: true })).toBe(true);
    expect(needsCoSignature({ discipline: "PT" })).toBe(false);
    expect(needsCoSignature({ discipline: "LMT" })).toBe(false);
    expect(needsCoSignature({ discipline: "LMT" }, { lmtNotesNeedCoSignature: true })).toBe(true);
  });
});

describe("addenda, corrections and late entries (DOMAIN.md §8.3, V20)", () => {
  const now = new Date("2025-03-10T15:00:00Z");
  const author = { userId: "u1", name: "Jane Doe", credentials: "DC" };
  const signed: OriginalNote = { status: "SIGNED", signedAt: "2025-03-07T18:00:00Z", text: "Right SIJ adjusted. NPRS 5/10.", claimStatus: "SUBMITTED" };
  const base = { noteId: "n1", dateOfService: "2025-03-07", writtenAt: now.toISOString(), author };
  const addendum: Amendment = { ...base, kind: "ADDENDUM", reason: "Omitted HEP review", content: "Reviewed EX-22 and EX-24 technique." };

  it("accepts a prompt addendum to a signed note", () => {
    expect(checkNewAmendment(addendum, signed, now)).toEqual({ errors: [], complianceReview: [] });
  });

  it("refuses amendments to drafts, back-dating and missing reasons or authors", () => {
    expect(checkNewAmendment(addendum, { status: "DRAFT" }, now).errors).toEqual(["The note is still a draft: edit it directly instead of adding an amendment"]);
    expect(checkNewAmendment({ ...addendum, writtenAt: "2025-03-08T09:00:00Z" }, signed, now).errors[0]).toMatch(/actual current time/);
    expect(checkNewAmendment({ ...addendum, reason: "" }, signed, now).errors).toEqual(["Give the reason for the amendment"]);
    expect(checkNewAmendment({ ...addendum, author: { ...author, credentials: "" } }, signed, now).errors[0]).toMatch(/credentials/);
  });

  it("requires a correction to quote the erroneous text exactly and change it", () => {
    const correction: Amendment = { ...base, kind: "CORRECTION", reason: "Wrong side", erroneousText: "Right SIJ adjusted", correctedText: "Left SIJ adjusted" };
    expect(checkNewAmendment(correction, signed, now).errors).toEqual([]);
    expect(checkNewAmendment({ ...correction, erroneousText: "Right SI joint" }, signed, now).errors).toEqual(["The incorrect text must be quoted exactly as it appears in the note"]);
    expect(checkNewAmendment({ ...correction, correctedText: "Right SIJ adjusted" }, signed, now).errors).toEqual(["The corrected text is the same as the original"]);
  });

  it("accepts a late entry only when it is late, from the author's own recollection, with a reason", () => {
    const late: Amendment = { ...base, kind: "LATE_ENTRY", eventAt: "2025-03-07T16:30:00Z", reasonForDelay: "System outage", content: "Treatment as planned.", fromOwnRecollection: true };
    expect(checkNewAmendment(late, { status: "DRAFT" }, now).errors).toEqual([]);
    expect(checkNewAmendment({ ...late, eventAt: "2025-03-10T09:00:00Z" }, { status: "DRAFT" }, now).errors[0]).toMatch(/not a late entry/);
    expect(checkNewAmendment({ ...late, fromOwnRecollection: false }, { status: "DRAFT" }, now).errors).toEqual(["A late entry may only be written from the author's own recollection or notes"]);
    expect(checkNewAmendment({ ...late, eventAt: "2025-03-11T09:00:00Z" }, { status: "DRAFT" }, now).errors[0]).toMatch(/after the time of writing/);
  });

  it("flags amendments after a denial or long after the visit for compliance review", () => {
    expect(checkNewAmendment(addendum, { ...signed, claimStatus: "DENIED" }, now).complianceReview).toEqual(["Written after a claim denial"]);
    const later = new Date("2025-04-20T10:00:00Z");
    expect(checkNewAmendment({ ...addendum, writtenAt: later.toISOString() }, signed, later).complianceReview).toEqual(["Written more than 7 days after the date of service"]);
  });

  it("gives patient amendment requests 60 days, 90 with the extension", () => {
    expect(patientAmendmentDueDate("2025-01-01")).toBe("2025-03-02");
    expect(patientAmendmentDueDate("2025-01-01", true)).toBe("2025-04-01");
  });
});
