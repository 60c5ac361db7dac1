import { and, desc, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { auditEvents, consentTexts, consents, patients, portalLinks, users } from "@/db/schema";
import { runAction } from "@/lib/actions/core";
import { recordDeskConsent, signMyConsent } from "@/lib/actions/consents";
import { getChartHeader } from "@/lib/data/chart";
import { getPatientConsents, getPortalConsent, listMyOutstandingConsents } from "@/lib/data/consents";
import { setClock } from "@/lib/time";
import { todayIn } from "@/lib/validation/dates";
import { createTestDatabase } from "./support";
import { makePatient, makeStaff, patientCaller, staffCaller } from "./factories";

const t = await createTestDatabase();
const desk = await makeStaff(t.db, ["front_desk"]);
const deskCaller = staffCaller(desk, ["front_desk"]);
const TREAT = "Consent to examination and treatment";
const PRIVACY = "Acknowledgement of the notice of privacy practices";
const clinicToday = () => todayIn("America/New_York", new Date());

afterEach(() => setClock(null));

/** The latest text of a kind, looked up each time: one test below publishes a new version. */
async function latest(kind: "consent_to_treat" | "privacy_notice") {
  const [row] = await t.db.select().from(consentTexts).where(eq(consentTexts.kind, kind)).orderBy(desc(consentTexts.version)).limit(1);
  return row;
}
const rowsOf = (patientId: string) => t.db.select().from(consents).where(eq(consents.patientId, patientId));
const missing = async (patientId: string) => (await getChartHeader(t.db, deskCaller, patientId))!.missingConsents;
const sign = (patientId: string, consentTextId: string, extra: Record<string, unknown> = {}) =>
  ({ patientId, consentTextId, signedName: "Test Patient", signedOn: clinicToday(), agree: true, ...extra });

async function guardedMinor() {
  const { patient } = await makePatient(t.db, false);
  await t.owner.update(patients).set({ dateOfBirth: "2015-06-01", guardianName: "Grace Guardian" }).where(eq(patients.id, patient.id));
  const [g] = await t.db.insert(users).values({ kind: "patient", email: `g-${patient.id.slice(0, 8)}@test.example`, displayName: "Grace Guardian" }).returning();
  await t.db.insert(portalLinks).values({ userId: g.id, patientId: patient.id, relationship: "guardian" });
  return { minor: patient, guardian: patientCaller(g, [patient.id]) };
}

describe("signing at the desk", () => {
  it("stores the exact text version, channel desk, and clears that title from the chart's missing list", async () => {
    const { patient } = await makePatient(t.db, false);
    expect(await missing(patient.id)).toEqual([TREAT, PRIVACY]);
    const text = await latest("consent_to_treat");
    const r = await runAction(t.db, deskCaller, recordDeskConsent.definition, sign(patient.id, text.id, { signerRelationship: "self", signedName: "  Léa Fontaine " }));
    expect(r).toMatchObject({ ok: true, data: { alreadySigned: false, version: text.version }, redirectTo: `/patients/${patient.id}/consents?signed=consent_to_treat` });
    const [row] = await rowsOf(patient.id);
    expect(row).toMatchObject({ consentTextId: text.id, signedName: "Léa Fontaine", signedOn: clinicToday(), channel: "desk", signerRelationship: "self", signedByUserId: desk.id });
    expect(await missing(patient.id)).toEqual([PRIVACY]);

    const view = (await getPatientConsents(t.db, deskCaller, patient.id))!;
    expect(view.current.map((c) => [c.kind, c.signature?.signedName ?? null])).toEqual([["consent_to_treat", "Léa Fontaine"], ["privacy_notice", null]]);
    expect(view.current[0].signature).toMatchObject({ channel: "desk", recordedByName: desk.displayName });

    // audited with ids and version only: the typed name never reaches the audit log
    const [audit] = await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, "consent.record_desk"), eq(auditEvents.entityId, row.id)));
    expect(audit).toMatchObject({ outcome: "ok", patientId: patient.id, entityType: "consent", actorUserId: desk.id });
    expect(audit.details).toMatchObject({ kind: "consent_to_treat", version: text.version, channel: "desk" });
    expect(JSON.stringify(audit.details)).not.toContain("Fontaine");
  });

  it("signing the same version twice (even at the same moment) keeps one row and returns it", async () => {
    const { patient } = await makePatient(t.db, false);
    const text = await latest("privacy_notice");
    const input = sign(patient.id, text.id, { signerRelationship: "self" });
    const [a, b] = await Promise.all([
      runAction(t.db, deskCaller, recordDeskConsent.definition, input),
      runAction(t.db, deskCaller, recordDeskConsent.definition, input),
    ]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.data.consentId).toBe(b.data.consentId);
    expect([a.data.alreadySigned, b.data.alreadySigned].sort()).toEqual([false, true]);
    expect(await rowsOf(patient.id)).toHaveLength(1);
  });

  it("waits for a signing in progress for the same patient, then returns it instead of adding a second row", async () => {
    const { patient } = await makePatient(t.db, false);
    const text = await latest("consent_to_treat");
    let pending: ReturnType<typeof runAction> | undefined;
    let otherId = "";
    await t.ownerSql.begin(async (other) => {
      await other`select 1 from patients where id = ${patient.id} for no key update`;
      [{ id: otherId }] = await other`insert into consents (patient_id, consent_text_id, signed_name, signed_on, signed_at, signed_by_user_id, channel)
        values (${patient.id}, ${text.id}, 'Test Patient', ${clinicToday()}, now(), ${desk.id}, 'desk') returning id`;
      // without the row lock the action would not wait here, would not see this uncommitted row, and would add its own
      pending = runAction(t.db, deskCaller, recordDeskConsent.definition, sign(patient.id, text.id, { signerRelationship: "self" }));
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(await pending).toMatchObject({ ok: true, data: { consentId: otherId, alreadySigned: true } });
    expect(await rowsOf(patient.id)).toHaveLength(1);
  });

  it("needs a guardian for a minor, refuses dates after the clinic's today or before the text took effect", async () => {
    const { minor } = await guardedMinor();
    const text = await latest("consent_to_treat");
    const asSelf = await runAction(t.db, deskCaller, recordDeskConsent.definition, sign(minor.id, text.id, { signerRelationship: "self" }));
    expect(asSelf).toMatchObject({ ok: false, code: "validation", fieldErrors: { signerRelationship: ["A parent or guardian must sign for a patient under 18."] } });

    // 02:00 UTC on 15 March is still 14 March in New York; the shared schema cannot know that
    setClock(new Date("2026-03-15T02:00:00Z"));
    const tomorrow = await runAction(t.db, deskCaller, recordDeskConsent.definition, sign(minor.id, text.id, { signerRelationship: "guardian", signedOn: "2026-03-15" }));
    expect(tomorrow).toMatchObject({ ok: false, fieldErrors: { signedOn: ["The date cannot be after today (2026-03-14)."] } });
    const early = await runAction(t.db, deskCaller, recordDeskConsent.definition, sign(minor.id, text.id, { signerRelationship: "guardian", signedOn: "2025-06-01" }));
    expect(early).toMatchObject({ ok: false, code: "validation" });
    expect(await rowsOf(minor.id)).toHaveLength(0);

    const ok = await runAction(t.db, deskCaller, recordDeskConsent.definition, sign(minor.id, text.id, { signerRelationship: "guardian", signedOn: "2026-03-14", signedName: "Grace Guardian" }));
    expect(ok.ok).toBe(true);
    expect((await rowsOf(minor.id))[0]).toMatchObject({ signerRelationship: "guardian", signedName: "Grace Guardian", signedOn: "2026-03-14" });
  });

  it("refuses a patient account, and an unknown or voided patient", async () => {
    const { patient, user } = await makePatient(t.db);
    const text = await latest("privacy_notice");
    const asPatient = await runAction(t.db, patientCaller(user!, [patient.id]), recordDeskConsent.definition, sign(patient.id, text.id, { signerRelationship: "self" }));
    expect(asPatient).toMatchObject({ ok: false, code: "forbidden" });
    await t.owner.update(patients).set({ status: "voided", voidReason: "duplicate" }).where(eq(patients.id, patient.id));
    const voided = await runAction(t.db, deskCaller, recordDeskConsent.definition, sign(patient.id, text.id, { signerRelationship: "self" }));
    expect(voided).toMatchObject({ ok: false, code: "not_found" });
    expect(await rowsOf(patient.id)).toHaveLength(0);
  });
});

describe("signing in the portal", () => {
  it("a patient signs for themself: channel portal, relationship from the link, listed as outstanding until then", async () => {
    const { patient, user } = await makePatient(t.db);
    const me = patientCaller(user!, [patient.id]);
    const text = await latest("privacy_notice");
    expect((await listMyOutstandingConsents(t.db, me)).map((o) => o.kind)).toEqual(["consent_to_treat", "privacy_notice"]);
    const r = await runAction(t.db, me, signMyConsent.definition, sign(patient.id, text.id));
    expect(r).toMatchObject({ ok: true, redirectTo: "/portal?consent=signed" });
    expect((await rowsOf(patient.id))[0]).toMatchObject({ consentTextId: text.id, channel: "portal", signerRelationship: "self", signedByUserId: user!.id });
    expect((await listMyOutstandingConsents(t.db, me)).map((o) => o.kind)).toEqual(["consent_to_treat"]);
    expect((await getPortalConsent(t.db, me, text.id, patient.id))!.signature).toMatchObject({ signedName: "Test Patient" });
  });

  it("a guardian signs for the minor they act for, as guardian", async () => {
    const { minor, guardian } = await guardedMinor();
    const text = await latest("consent_to_treat");
    expect((await listMyOutstandingConsents(t.db, guardian)).map((o) => [o.patientId, o.relationship])).toContainEqual([minor.id, "guardian"]);
    const r = await runAction(t.db, guardian, signMyConsent.definition, sign(minor.id, text.id, { signedName: "Grace Guardian" }));
    expect(r.ok).toBe(true);
    expect((await rowsOf(minor.id))[0]).toMatchObject({ signerRelationship: "guardian", signedName: "Grace Guardian", channel: "portal" });
  });

  it("a portal account can never sign for a patient it is not linked to: not_found and no row", async () => {
    const { patient: victim } = await makePatient(t.db);
    const { patient: own, user: mallory } = await makePatient(t.db);
    const text = await latest("consent_to_treat");
    const honest = await runAction(t.db, patientCaller(mallory!, [own.id]), signMyConsent.definition, sign(victim.id, text.id));
    expect(honest).toMatchObject({ ok: false, code: "not_found" });
    // even a caller whose session list were wrong is stopped by the portal link in SQL
    const forged = await runAction(t.db, patientCaller(mallory!, [own.id, victim.id]), signMyConsent.definition, sign(victim.id, text.id));
    expect(forged).toMatchObject({ ok: false, code: "not_found" });
    expect(await rowsOf(victim.id)).toHaveLength(0);
    expect(await getPortalConsent(t.db, patientCaller(mallory!, [own.id]), text.id, victim.id)).toBeNull();
    expect(await getPatientConsents(t.db, patientCaller(mallory!, [own.id]), victim.id)).toBeNull();
    const denied = await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, "portal.consent.sign"), eq(auditEvents.patientId, victim.id)));
    expect(denied.map((d) => d.outcome)).toEqual(["denied"]);
  });

  it("staff cannot use the portal action", async () => {
    const { patient } = await makePatient(t.db, false);
    const r = await runAction(t.db, deskCaller, signMyConsent.definition, sign(patient.id, (await latest("privacy_notice")).id));
    expect(r).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("signed consents are permanent", () => {
  it("the app's database role can neither change nor DELETE a signature (a merge may only move it)", async () => {
    const { patient } = await makePatient(t.db, false);
    await runAction(t.db, deskCaller, recordDeskConsent.definition, sign(patient.id, (await latest("privacy_notice")).id, { signerRelationship: "self" }));
    const [row] = await rowsOf(patient.id);
    await expect(t.appSql`update consents set signed_name = 'Someone Else' where id = ${row.id}`).rejects.toThrow(/cannot change/);
    await expect(t.ownerSql`update consents set signed_on = '2020-01-01' where id = ${row.id}`).rejects.toThrow(/cannot change/);
    await expect(t.appSql`delete from consents where id = ${row.id}`).rejects.toThrow(/permission denied/);
    await expect(t.appSql`truncate consents`).rejects.toThrow(/permission denied/);
    expect((await rowsOf(patient.id))[0].signedName).toBe("Test Patient");
  });
});

// Last: publishing a new version changes what "current" means for every test after it.
describe("a new version of a text", () => {
  it("refuses the outdated version, asks everyone for the new one, and keeps the old signature as history", async () => {
    const { patient: signedV1 } = await makePatient(t.db, false);
    const { patient: fresh, user } = await makePatient(t.db);
    const v1 = await latest("consent_to_treat");
    expect((await runAction(t.db, deskCaller, recordDeskConsent.definition, sign(signedV1.id, v1.id, { signerRelationship: "self" }))).ok).toBe(true);

    const [v2] = await t.owner.insert(consentTexts).values({
      kind: "consent_to_treat", version: v1.version + 1, title: `${TREAT} (revised)`, body: "Revised wording.", effectiveFrom: new Date("2026-02-01T00:00:00Z"),
    }).returning();
    const stale = await runAction(t.db, patientCaller(user!, [fresh.id]), signMyConsent.definition, sign(fresh.id, v1.id));
    expect(stale).toMatchObject({ ok: false, code: "invalid", error: expect.stringMatching(/has been updated since this page was opened/) });
    expect(await rowsOf(fresh.id)).toHaveLength(0);

    expect(await missing(signedV1.id)).toEqual([`${TREAT} (revised)`, PRIVACY]);
    const view = (await getPatientConsents(t.db, deskCaller, signedV1.id))!;
    expect(view.current.find((c) => c.kind === "consent_to_treat")).toMatchObject({ textId: v2.id, signature: null });
    expect(view.history).toEqual([expect.objectContaining({ textId: v1.id, version: v1.version, signature: expect.objectContaining({ channel: "desk" }) })]);

    const ok = await runAction(t.db, patientCaller(user!, [fresh.id]), signMyConsent.definition, sign(fresh.id, v2.id));
    expect(ok).toMatchObject({ ok: true, data: { version: v2.version } });
    expect(await getPortalConsent(t.db, patientCaller(user!, [fresh.id]), v1.id, fresh.id)).toBeNull();
  });
});
