import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { redFlagFindings, visits } from "@/db/schema";
import { runAction } from "@/lib/actions/core";
import { openEpisode } from "@/lib/actions/episodes";
import { acknowledgeRedFlag, startIntake, saveIntakeAsClinician } from "@/lib/actions/intake";
import { cancelVisit, startVisit } from "@/lib/actions/visits";
import { createTestDatabase } from "./support";
import { makePatient, makeStaff, staffCaller } from "./factories";

const t = await createTestDatabase();
const dr = staffCaller(await makeStaff(t.db, ["clinician"], { discipline: "DC" }), ["clinician"]);
const desk = staffCaller(await makeStaff(t.db, ["front_desk"]), ["front_desk"]);

async function patientWithEpisode() {
  const { patient } = await makePatient(t.db, false);
  const ep = await runAction(t.db, dr, openEpisode.definition, { patientId: patient.id, title: "L piriformis pain" });
  if (!ep.ok) throw new Error(ep.error);
  return { patient, episodeId: ep.data.episodeId };
}

describe("visits", () => {
  it("a clinician starts and cancels a visit; the front desk cannot", async () => {
    const { patient, episodeId } = await patientWithEpisode();
    const r = await runAction(t.db, dr, startVisit.definition, { patientId: patient.id, episodeId, visitType: "INITIAL_EXAM" });
    expect(r).toMatchObject({ ok: true, redirectTo: expect.stringContaining(`/patients/${patient.id}/visits/`) });
    expect(await runAction(t.db, desk, startVisit.definition, { patientId: patient.id, episodeId, visitType: "TREATMENT" })).toMatchObject({ ok: false, code: "forbidden" });
    if (!r.ok) return;
    expect((await runAction(t.db, dr, cancelVisit.definition, { visitId: r.data.visitId, reason: "Started by mistake" })).ok).toBe(true);
    const [v] = await t.db.select().from(visits).where(eq(visits.id, r.data.visitId));
    expect(v.status).toBe("cancelled");
  });

  it("may be dated in the past (documented afterwards) but never in the future", async () => {
    const { patient, episodeId } = await patientWithEpisode();
    const future = await runAction(t.db, dr, startVisit.definition, { patientId: patient.id, episodeId, visitType: "TREATMENT", startsAt: "2999-01-01T09:00" });
    expect(future).toMatchObject({ ok: false, fieldErrors: { startsAt: [expect.any(String)] } });
    const past = await runAction(t.db, dr, startVisit.definition, { patientId: patient.id, episodeId, visitType: "INITIAL_EXAM", startsAt: "2026-01-05T09:30" });
    expect(past.ok).toBe(true);
    if (!past.ok) return;
    const [v] = await t.db.select().from(visits).where(eq(visits.id, past.data.visitId));
    expect(v.startsAt.toISOString()).toBe("2026-01-05T14:30:00.000Z"); // 09:30 in the clinic's New York zone
  });

  it("refuses an episode of another patient, in the action and in PostgreSQL", async () => {
    const a = await patientWithEpisode();
    const b = await patientWithEpisode();
    expect(await runAction(t.db, dr, startVisit.definition, { patientId: a.patient.id, episodeId: b.episodeId, visitType: "TREATMENT" }))
      .toMatchObject({ ok: false, fieldErrors: { episodeId: [expect.any(String)] } });
    await expect(t.ownerSql`insert into visits (patient_id, episode_id, clinician_id, visit_type, starts_at, created_at)
      values (${a.patient.id}, ${b.episodeId}, ${dr.userId}, 'INITIAL_EXAM', now(), now())`).rejects.toThrow(/another patient/);
  });

  it("blocks a treatment visit while an emergency red flag is unacknowledged (V3), and allows it after", async () => {
    const { patient, episodeId } = await patientWithEpisode();
    const started = await runAction(t.db, dr, startIntake.definition, { episodeId });
    if (!started.ok || !started.data.intakeId) throw new Error("intake");
    await runAction(t.db, dr, saveIntakeAsClinician.definition, { intakeId: started.data.intakeId, version: 1, answers: { redFlags: { "RF-CES-2": { answer: "YES" } } } });
    const blocked = await runAction(t.db, dr, startVisit.definition, { patientId: patient.id, episodeId, visitType: "TREATMENT" });
    expect(blocked).toMatchObject({ ok: false, fieldErrors: { visitType: [expect.stringMatching(/emergency red flag/)] } });
    // an exam to document the situation is still allowed
    expect((await runAction(t.db, dr, startVisit.definition, { patientId: patient.id, episodeId, visitType: "INITIAL_EXAM" })).ok).toBe(true);
    const [finding] = await t.db.select().from(redFlagFindings).where(eq(redFlagFindings.patientId, patient.id));
    await runAction(t.db, dr, acknowledgeRedFlag.definition, { findingId: finding.id, acknowledgement: "Sent to ED; cleared by neurosurgery" });
    expect((await runAction(t.db, dr, startVisit.definition, { patientId: patient.id, episodeId, visitType: "TREATMENT" })).ok).toBe(true);
  });
});

describe("cross-patient links are refused by PostgreSQL", () => {
  it("an outcome response cannot point at another patient's episode", async () => {
    const a = await patientWithEpisode();
    const b = await patientWithEpisode();
    await expect(t.ownerSql`insert into outcome_responses (patient_id, episode_id, measure, status, source, assigned_at)
      values (${a.patient.id}, ${b.episodeId}, 'ODI', 'assigned', 'clinic', now())`).rejects.toThrow(/different patients/);
  });
});
