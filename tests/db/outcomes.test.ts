import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outboxMessages, outcomeResponses } from "@/db/schema";
import { runAction } from "@/lib/actions/core";
import { openEpisode } from "@/lib/actions/episodes";
import { assignOutcome, cancelOutcome, completeMyOutcome, recordOutcome } from "@/lib/actions/outcomes";
import { startVisit } from "@/lib/actions/visits";
import { getMyOutcome, getPatientOutcomes, getMyOutcomeSummary, listMyOutcomeScores } from "@/lib/data/outcomes";
import { ODI } from "@/lib/domain/outcomes/odi";
import { createTestDatabase } from "./support";
import { makePatient, makeStaff, patientCaller, staffCaller } from "./factories";

const t = await createTestDatabase();
const dr = staffCaller(await makeStaff(t.db, ["clinician"], { discipline: "PT" }), ["clinician"]);
const desk = staffCaller(await makeStaff(t.db, ["front_desk"]), ["front_desk"]);

/** ODI answers: the first `n` sections, each marked `value`. */
const odi = (n: number, value: number) => Object.fromEntries(ODI.items.slice(0, n).map((i) => [i.id, value]));

async function patientWithEpisode(withPortal = true) {
  const { patient, user } = await makePatient(t.db, withPortal);
  const ep = await runAction(t.db, dr, openEpisode.definition, { patientId: patient.id, title: "R SI joint pain when running" });
  if (!ep.ok) throw new Error(ep.error);
  return { patient, user, me: user ? patientCaller(user, [patient.id]) : null, episodeId: ep.data.episodeId };
}

const rowOf = async (id: string) => (await t.db.select().from(outcomeResponses).where(eq(outcomeResponses.id, id)))[0];

describe("outcome measures in the clinic", () => {
  it("stores the score and band the server computes, never one the client sends", async () => {
    const { patient, episodeId } = await patientWithEpisode(false);
    const r = await runAction(t.db, dr, recordOutcome.definition, {
      patientId: patient.id, episodeId, version: "ODI_2_1A", answers: { ...odi(10, 2), PAIN_INTENSITY: "4" }, activities: {}, score: 3, band: "MINIMAL",
    });
    expect(r).toMatchObject({ ok: true, data: { score: 44, band: "SEVERE" } }); // (4 + 9 × 2) / 50 = 44 %
    if (!r.ok) return;
    expect(await rowOf(r.data.responseId)).toMatchObject({
      status: "completed", source: "clinic", measure: "ODI", score: 44, band: "SEVERE", completedBy: dr.userId,
      answers: { version: "ODI_2_1A", items: expect.objectContaining({ PAIN_INTENSITY: 4, TRAVELLING: 2 }) },
    });
  });

  it("refuses an ODI with 7 sections, saying why and which sections are missing", async () => {
    const { patient, episodeId } = await patientWithEpisode(false);
    const r = await runAction(t.db, dr, recordOutcome.definition, { patientId: patient.id, episodeId, version: "ODI_2_1A", answers: odi(7, 1), activities: {} });
    expect(r).toMatchObject({ ok: false, code: "validation" });
    if (r.ok) return;
    expect(r.fieldErrors!.score[0]).toMatch(/7 of 10 sections answered; at least 8 needed/);
    expect(r.fieldErrors!.score[0]).toMatch(/Sex life.*Social life.*Travelling/);
    expect(r.fieldErrors!["answers.TRAVELLING"]).toEqual(["Answer this question"]);
    expect(await t.db.select().from(outcomeResponses).where(eq(outcomeResponses.patientId, patient.id))).toHaveLength(0);
    // 8 sections are enough (V6)
    expect((await runAction(t.db, dr, recordOutcome.definition, { patientId: patient.id, episodeId, version: "ODI_2_1A", answers: odi(8, 1), activities: {} })).ok).toBe(true);
  });

  it("refuses answers outside the definition, an episode or visit of another patient", async () => {
    const a = await patientWithEpisode(false);
    const b = await patientWithEpisode(false);
    const bad = await runAction(t.db, dr, recordOutcome.definition, { patientId: a.patient.id, episodeId: a.episodeId, version: "NPRS_NOW", answers: { NOW: 11, KNEE: 2 }, activities: {} });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { "answers.NOW": ["Choose a number from 0 to 10"], "answers.KNEE": [expect.stringMatching(/not part/)] } });
    const otherEpisode = await runAction(t.db, dr, recordOutcome.definition, { patientId: a.patient.id, episodeId: b.episodeId, version: "NPRS_NOW", answers: { NOW: 5 }, activities: {} });
    expect(otherEpisode).toMatchObject({ ok: false, fieldErrors: { episodeId: [expect.any(String)] } });
    const visit = await runAction(t.db, dr, startVisit.definition, { patientId: b.patient.id, episodeId: b.episodeId, visitType: "INITIAL_EXAM" });
    if (!visit.ok) throw new Error(visit.error);
    const otherVisit = await runAction(t.db, dr, recordOutcome.definition, { patientId: a.patient.id, episodeId: a.episodeId, visitId: visit.data.visitId, version: "NPRS_NOW", answers: { NOW: 5 }, activities: {} });
    expect(otherVisit).toMatchObject({ ok: false, fieldErrors: { visitId: [expect.any(String)] } });
    const own = await runAction(t.db, dr, recordOutcome.definition, { patientId: b.patient.id, episodeId: b.episodeId, visitId: visit.data.visitId, version: "NPRS_NOW", answers: { NOW: 5 }, activities: {} });
    expect(own).toMatchObject({ ok: true, data: { score: 5, band: "MODERATE" } });
  });

  it("refuses the front desk every outcome action and shows it nothing", async () => {
    const { patient, episodeId } = await patientWithEpisode();
    expect(await runAction(t.db, desk, recordOutcome.definition, { patientId: patient.id, episodeId, version: "NPRS_NOW", answers: { NOW: 3 }, activities: {} }))
      .toMatchObject({ ok: false, code: "forbidden" });
    expect(await runAction(t.db, desk, assignOutcome.definition, { patientId: patient.id, episodeId, version: "ODI_2_1A" })).toMatchObject({ ok: false, code: "forbidden" });
    const assigned = await runAction(t.db, dr, assignOutcome.definition, { patientId: patient.id, episodeId, version: "ODI_2_1A" });
    if (!assigned.ok) throw new Error(assigned.error);
    expect(await runAction(t.db, desk, cancelOutcome.definition, { responseId: assigned.data.responseId })).toMatchObject({ ok: false, code: "forbidden" });
    expect((await rowOf(assigned.data.responseId)).status).toBe("assigned");
  });
});

describe("assigned to the portal", () => {
  it("assigns with a portal link in the outbox; the patient completes it once; the server scores it", async () => {
    const { patient, user, me, episodeId } = await patientWithEpisode();
    const a = await runAction(t.db, dr, assignOutcome.definition, { patientId: patient.id, episodeId, version: "ODI_2_1A" });
    expect(a).toMatchObject({ ok: true, data: { link: expect.stringMatching(/\/portal\/outcomes\/[0-9a-f-]{36}$/) } });
    if (!a.ok) return;
    const id = a.data.responseId;
    expect(await rowOf(id)).toMatchObject({ status: "assigned", source: "portal", score: null, assignedBy: dr.userId });
    const [msg] = await t.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, user!.email));
    expect(msg.bodyText).toContain(`/portal/outcomes/${id}`);
    expect(msg.bodyText).not.toMatch(/Oswestry|back/i);
    // the same questionnaire twice is refused while one is waiting
    expect(await runAction(t.db, dr, assignOutcome.definition, { patientId: patient.id, episodeId, version: "ODI_2_1A" })).toMatchObject({ ok: false, code: "duplicate" });
    expect(await getMyOutcomeSummary(t.db, me!)).toEqual({ assigned: [expect.objectContaining({ id, name: "Oswestry Disability Index" })], hasResults: false });

    const incomplete = await runAction(t.db, me!, completeMyOutcome.definition, { responseId: id, version: "ODI_2_1A", answers: odi(6, 3), activities: {} });
    expect(incomplete).toMatchObject({ ok: false, code: "validation", fieldErrors: { "answers.SLEEPING": ["Answer this question"], score: [expect.stringMatching(/Still to answer: Sleeping; Sex life/)] } });

    const done = await runAction(t.db, me!, completeMyOutcome.definition, { responseId: id, version: "ODI_2_1A", answers: odi(9, 3), activities: {} });
    expect(done).toMatchObject({ ok: true, redirectTo: "/portal?outcome=sent" });
    expect(await rowOf(id)).toMatchObject({ status: "completed", source: "portal", score: 60, band: "SEVERE", completedBy: user!.id });
    expect(await runAction(t.db, me!, completeMyOutcome.definition, { responseId: id, version: "ODI_2_1A", answers: odi(10, 0), activities: {} }))
      .toMatchObject({ ok: false, code: "invalid" });
    expect((await rowOf(id)).score).toBe(60);

    // what the patient sees of it: the score and band, nothing else
    expect(await getMyOutcomeSummary(t.db, me!)).toEqual({ assigned: [], hasResults: true });
    const mine = await listMyOutcomeScores(t.db, me!);
    expect(mine).toEqual([{ id, name: "Oswestry Disability Index", completedAt: expect.any(String), score: 60, scoreMax: 100, bandLabel: "Severe disability", patientFirstName: "Test" }]);
  });

  it("another patient's account gets not_found and changes nothing", async () => {
    const { patient, episodeId } = await patientWithEpisode();
    const { me: mallory } = await patientWithEpisode();
    const a = await runAction(t.db, dr, assignOutcome.definition, { patientId: patient.id, episodeId, version: "NPRS_NOW" });
    if (!a.ok) throw new Error(a.error);
    const r = await runAction(t.db, mallory!, completeMyOutcome.definition, { responseId: a.data.responseId, version: "NPRS_NOW", answers: { NOW: 9 }, activities: {} });
    expect(r).toMatchObject({ ok: false, code: "not_found" });
    expect(await rowOf(a.data.responseId)).toMatchObject({ status: "assigned", score: null, answers: { version: "NPRS_NOW" } });
    expect(await getMyOutcome(t.db, mallory!, a.data.responseId)).toBeNull();
    expect(await getMyOutcomeSummary(t.db, mallory!)).toEqual({ assigned: [], hasResults: false });
    // staff cannot complete it as the patient either
    expect(await runAction(t.db, dr, completeMyOutcome.definition, { responseId: a.data.responseId, version: "NPRS_NOW", answers: { NOW: 1 }, activities: {} }))
      .toMatchObject({ ok: false, code: "forbidden" });
  });

  it("a cancelled assignment cannot be completed", async () => {
    const { patient, me, episodeId } = await patientWithEpisode();
    const a = await runAction(t.db, dr, assignOutcome.definition, { patientId: patient.id, episodeId, version: "NPRS_NOW" });
    if (!a.ok) throw new Error(a.error);
    expect((await runAction(t.db, dr, cancelOutcome.definition, { responseId: a.data.responseId })).ok).toBe(true);
    expect(await runAction(t.db, me!, completeMyOutcome.definition, { responseId: a.data.responseId, version: "NPRS_NOW", answers: { NOW: 2 }, activities: {} }))
      .toMatchObject({ ok: false, code: "invalid", error: expect.stringMatching(/withdrawn/) });
    expect(await runAction(t.db, dr, cancelOutcome.definition, { responseId: a.data.responseId })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("the app role cannot DELETE a response", async () => {
    const { patient, episodeId } = await patientWithEpisode(false);
    const r = await runAction(t.db, dr, recordOutcome.definition, { patientId: patient.id, episodeId, version: "NPRS_NOW", answers: { NOW: 4 }, activities: {} });
    if (!r.ok) throw new Error(r.error);
    await expect(t.appSql`delete from outcome_responses where id = ${r.data.responseId}`).rejects.toThrow(/permission denied/);
    expect(await rowOf(r.data.responseId)).toBeDefined();
  });
});

describe("re-assessment", () => {
  it("locks PSFS activities named at baseline; new activities may be added", async () => {
    const { patient, me, episodeId } = await patientWithEpisode();
    const base = await runAction(t.db, dr, recordOutcome.definition, {
      patientId: patient.id, episodeId, version: "PSFS_5", answers: { A1: 2, A2: "4" }, activities: { A1: "Run 5 km", A2: "Sit through a 1-hour meeting" },
    });
    expect(base).toMatchObject({ ok: true, data: { score: 3 } });
    const edited = await runAction(t.db, dr, recordOutcome.definition, {
      patientId: patient.id, episodeId, version: "PSFS_5", answers: { A1: 6, A2: 6 }, activities: { A1: "Run 10 km" },
    });
    expect(edited).toMatchObject({ ok: false, code: "validation", fieldErrors: { "activities.A1": [expect.stringMatching(/named "Run 5 km" at baseline/)] } });
    const unnamed = await runAction(t.db, dr, recordOutcome.definition, { patientId: patient.id, episodeId, version: "PSFS_5", answers: { A1: 6, A3: 5 }, activities: {} });
    expect(unnamed).toMatchObject({ ok: false, fieldErrors: { "activities.A3": ["Name the activity you rated"] } });

    // in the portal: the baseline's names are kept, a new one is added
    const a = await runAction(t.db, dr, assignOutcome.definition, { patientId: patient.id, episodeId, version: "PSFS_5" });
    if (!a.ok) throw new Error(a.error);
    expect((await getMyOutcome(t.db, me!, a.data.responseId))?.lockedActivities).toEqual({ A1: "Run 5 km", A2: "Sit through a 1-hour meeting" });
    const re = await runAction(t.db, me!, completeMyOutcome.definition, {
      responseId: a.data.responseId, version: "PSFS_5", answers: { A1: 7, A2: 6, A3: 4 }, activities: { A1: "run  5 KM", A3: "Hop on one leg" },
    });
    expect(re.ok).toBe(true);
    expect((await rowOf(a.data.responseId)).answers).toEqual({
      version: "PSFS_5", items: { A1: 7, A2: 6, A3: 4 }, activities: { A1: "Run 5 km", A2: "Sit through a 1-hour meeting", A3: "Hop on one leg" },
    });

    const outcomes = await getPatientOutcomes(t.db, dr, patient.id);
    const psfs = outcomes.series.find((s) => s.measureId === "PSFS")!;
    expect(psfs.results.map((x) => x.score)).toEqual([3, 5.7]);
    // the change is over the activities rated both times: (7 + 6) / 2 − (2 + 4) / 2 = 3.5
    expect(psfs.results[1].change).toMatchObject({ change: 3.5, direction: "IMPROVED", flag: "MCID_MET", magnitude: "LARGE", newItems: ["A3"] });
    expect(outcomes.lockedPsfs[episodeId]).toMatchObject({ A1: "Run 5 km", A3: "Hop on one leg" });
  });

  it("computes change since baseline and the MCID flag from stored rows, per episode and measure", async () => {
    const { patient, episodeId } = await patientWithEpisode(false);
    const record = (answers: Record<string, number>, version = "ODI_2_1A") =>
      runAction(t.db, dr, recordOutcome.definition, { patientId: patient.id, episodeId, version, answers, activities: {} });
    await record(odi(10, 3)); // 60 %
    await record(odi(10, 3)); // unchanged
    await record({ ...odi(10, 3), PAIN_INTENSITY: 0, LIFTING: 0 }); // 48 %: 12 points but 20 %: MCID by points
    await record(odi(10, 1)); // 20 %
    await record({ NOW: 6 }, "NPRS_NOW");
    await record({ NOW: 5 }, "NPRS_NOW");
    const { series, assigned } = await getPatientOutcomes(t.db, dr, patient.id);
    expect(assigned).toEqual([]);
    const odiSeries = series.find((s) => s.measureId === "ODI")!;
    expect(odiSeries.results.map((r) => [r.score, r.bandLabel, r.isBaseline, r.change?.flag ?? null])).toEqual([
      [60, "Severe disability", true, null],
      [60, "Severe disability", false, "NOT_YET"],
      [48, "Severe disability", false, "MCID_MET"],
      [20, "Minimal disability", false, "MCID_MET"],
    ]);
    expect(odiSeries.results[3].change).toMatchObject({ change: -40, pctChange: -66.7, direction: "IMPROVED" });
    const nprs = series.find((s) => s.measureId === "NPRS")!;
    expect(nprs.results[1].change).toMatchObject({ change: -1, flag: "NOT_YET" });
    expect(series.every((s) => s.episodeId === episodeId)).toBe(true);
  });
});
