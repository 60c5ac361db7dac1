import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { consentTexts, consents, intakes, outcomeResponses, redFlagFindings } from "@/db/schema";
import { saveCarePlan } from "@/lib/actions/care-plans";
import { saveExam } from "@/lib/actions/exams";
import { setDiagnoses } from "@/lib/actions/coding";
import { runAction } from "@/lib/actions/core";
import { openEpisode } from "@/lib/actions/episodes";
import { saveNoteDraft, signNote, startNote } from "@/lib/actions/notes";
import { addTreatmentLine } from "@/lib/actions/treatment";
import { startVisit } from "@/lib/actions/visits";
import { makePatient, makeStaff, staffCaller } from "./factories";
import { createTestDatabase } from "./support";

/** signNote applies DOMAIN.md §8.1's rules per note type, reading the chart (red flags, intake, outcomes, consents). */
const t = await createTestDatabase();
const pt = staffCaller(await makeStaff(t.db, ["clinician"], { discipline: "PT" }), ["clinician"]);
const lmt = staffCaller(await makeStaff(t.db, ["clinician"], { discipline: "LMT" }), ["clinician"]);

async function must<T>(p: Promise<{ ok: true; data: T } | { ok: false; error: string }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`${r.error} ${JSON.stringify((r as { fieldErrors?: unknown }).fieldErrors ?? {})}`);
  return r.data;
}

const kneading = { componentCode: "KNEADING", side: "R", minutes: 10, params: { region: "BUTTOCK_UPPER", pressure: "MODERATE" } };
const soap = { subjective: "Sore after the long run", nprsNow: 3, changeSinceLast: "BETTER" as const, changePercent: 20, hepAdherence: "FULL" as const, objective: "R piriformis tender 2/3", assessment: "Improving", plan: "Continue twice a week" };

async function noteFor(author: typeof pt, visitType: "TREATMENT" | "INITIAL_EXAM" | "DISCHARGE", noteType: "DAILY" | "INITIAL_EVALUATION" | "DISCHARGE") {
  const { patient } = await makePatient(t.db, false);
  const { episodeId } = await must(runAction(t.db, author, openEpisode.definition, { patientId: patient.id, title: "R piriformis" }));
  const { visitId } = await must(runAction(t.db, author, startVisit.definition, { patientId: patient.id, episodeId, visitType }));
  await must(runAction(t.db, author, addTreatmentLine.definition, { visitId, line: kneading }));
  await must(runAction(t.db, author, setDiagnoses.definition, { visitId, codes: ["G57.01"] }));
  const { noteId } = await must(runAction(t.db, author, startNote.definition, { visitId, noteType }));
  return { patientId: patient.id, episodeId, visitId, noteId };
}

const sign = (author: typeof pt, noteId: string, version: number) => runAction(t.db, author, signNote.definition, { noteId, version });

describe("signing rules by note type", () => {
  it("an open referral-level red flag needs the referral in the plan; a FLAG needs the clinician's reasoning", async () => {
    const n = await noteFor(pt, "TREATMENT", "DAILY");
    await t.db.insert(redFlagFindings).values([
      { patientId: n.patientId, episodeId: n.episodeId, flagId: "RF-NIGHT-PAIN", action: "ROUTINE_REFERRAL", raisedAt: new Date() },
      { patientId: n.patientId, episodeId: n.episodeId, flagId: "RF-PREG", action: "FLAG", raisedAt: new Date() },
    ]);
    await must(runAction(t.db, pt, saveNoteDraft.definition, { noteId: n.noteId, version: 1, ...soap }));
    const refused = await sign(pt, n.noteId, 2);
    expect(refused).toMatchObject({ ok: false, fieldErrors: {
      referralTo: [expect.stringMatching(/RF-NIGHT-PAIN raised: record the referral/)],
      redFlagReasoning: [expect.stringMatching(/RF-PREG: document your clinical reasoning/)],
    } });
    await must(runAction(t.db, pt, saveNoteDraft.definition, { noteId: n.noteId, version: 2, ...soap, referralTo: "GP", referralReason: "Night pain: bloods and review", redFlagReasoning: "18 weeks pregnant: no prone work, no e-stim" }));
    expect(await sign(pt, n.noteId, 3)).toMatchObject({ ok: true });
  });

  it("a PT's initial evaluation lists what the chart still lacks, and the evaluation complexity", async () => {
    const n = await noteFor(pt, "INITIAL_EXAM", "INITIAL_EVALUATION");
    await must(runAction(t.db, pt, saveNoteDraft.definition, { noteId: n.noteId, version: 1, ...soap }));
    const r = await sign(pt, n.noteId, 2);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors?.evaluationComplexity).toEqual(["Choose the evaluation complexity (low / moderate / high)"]);
    expect(r.fieldErrors?.record).toEqual(expect.arrayContaining(["Complete the intake", "Complete the red-flag screen", "Complete the examination", "Score at least one baseline outcome measure", "Record consent to treat"]));
  });

  it("a PT's initial evaluation signs once intake, exam, baseline outcome, consent, care plan with goals and complexity are there", async () => {
    const n = await noteFor(pt, "INITIAL_EXAM", "INITIAL_EVALUATION");
    const at = new Date();
    await t.owner.insert(intakes).values({ episodeId: n.episodeId, patientId: n.patientId, status: "accepted", acceptedBy: pt.userId, acceptedAt: at, createdAt: at, updatedAt: at });
    await must(runAction(t.db, pt, saveExam.definition, { visitId: n.visitId, findings: [{ code: "T-FAIR", side: "R", value: "POS" }] }));
    await t.owner.insert(outcomeResponses).values({ patientId: n.patientId, episodeId: n.episodeId, visitId: n.visitId, measure: "NPRS", status: "completed", score: 6, source: "clinic", assignedAt: at, completedAt: at, completedBy: pt.userId });
    const [text] = await t.owner.select().from(consentTexts).where(eq(consentTexts.kind, "consent_to_treat")).limit(1);
    await t.owner.insert(consents).values({ patientId: n.patientId, consentTextId: text.id, signedName: "Test Patient", signedOn: "2026-11-22", signedAt: at, signedByUserId: pt.userId, channel: "desk" });
    await must(runAction(t.db, pt, saveNoteDraft.definition, { noteId: n.noteId, version: 1, ...soap, evaluationComplexity: "MODERATE" }));
    const noPlan = await sign(pt, n.noteId, 2);
    expect(noPlan).toMatchObject({ ok: false, fieldErrors: { record: ["Set the plan of care: frequency, duration in weeks and at least one goal"] } });
    await must(runAction(t.db, pt, saveCarePlan.definition, {
      patientId: n.patientId, episodeId: n.episodeId, baseVersion: 0, status: "active", startDate: "2026-11-23",
      phases: [{ visitsPerWeek: 2, weeks: 3 }, { visitsPerWeek: 1, weeks: 2 }],
      goals: [{ type: "LONG_TERM", domain: "SPORT", description: "Run 5 km with pain at most 2/10", measure: "NPRS", baselineValue: 6, targetValue: 2, unit: "/10", comparator: "<=", targetDate: "2026-12-20", status: "NOT_STARTED" }],
      reexamEveryVisits: 6, reexamEveryDays: 30, outcomeMeasures: [{ measure: "NPRS", everyVisits: 3 }], dischargeCriteria: "Goals met", preferredTimes: [],
    }));
    const signed = await sign(pt, n.noteId, 2);
    expect(signed, JSON.stringify(signed)).toMatchObject({ ok: true });
  });

  it("a discharge summary needs its reason, home program, return to sport, recommendations and follow-up", async () => {
    const n = await noteFor(pt, "DISCHARGE", "DISCHARGE");
    const r = await sign(pt, n.noteId, 1);
    expect(r).toMatchObject({ ok: false, fieldErrors: {
      dischargeReason: ["Choose the discharge reason"], hepGiven: ["Record the home-exercise program given"], returnToSport: [expect.any(String)],
      recommendations: [expect.any(String)], followUp: [expect.any(String)],
    } });
  });

  it("a massage therapist's session note is SOAP-lite: pressure, areas and minutes come from the treatment lines", async () => {
    const n = await noteFor(lmt, "TREATMENT", "DAILY");
    expect(await sign(lmt, n.noteId, 1)).toMatchObject({ ok: false, fieldErrors: { subjective: [expect.stringMatching(/health changes/)], assessment: [expect.stringMatching(/response/)], plan: [expect.stringMatching(/self-care/)] } });
    await must(runAction(t.db, lmt, saveNoteDraft.definition, { noteId: n.noteId, version: 1, subjective: "No health changes; tight after race", nprsNow: null, changeSinceLast: null, changePercent: null, hepAdherence: null, objective: "Hypertonic R glute max and piriformis", assessment: "Relaxed, less tender", plan: "Foam roller daily" }));
    const signed = await sign(lmt, n.noteId, 2);
    expect(signed, JSON.stringify(signed)).toMatchObject({ ok: true });
  });
});
