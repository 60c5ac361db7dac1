"use server";
import { getClinicSettings } from "@/lib/data/settings";
import { AppError } from "@/lib/errors";
import { RecordDeskConsentInput, SignMyConsentInput } from "@/lib/validation/consents";
import { action } from "./action";
import { lockPatientForDesk, lockPatientForPortal, storeSignature, type StoredSignature } from "./consent-store";
import type { ActionContext } from "./core";

const notFound = () => new AppError("not_found", "That patient was not found.");

/** Ids, kind, version and channel only: the typed name stays out of the audit log. */
function auditSignature(ctx: ActionContext, r: StoredSignature, channel: "portal" | "desk", signerRelationship: string) {
  ctx.audit({
    entityType: "consent", entityId: r.consentId,
    details: { consentTextId: r.consentTextId, kind: r.kind, version: r.version, channel, signerRelationship, alreadySigned: r.alreadySigned },
  });
}

/** The patient (or their guardian) signs on the desk's screen; the staff member is recorded as who captured it. */
export const recordDeskConsent = action({
  name: "consent.record_desk",
  permission: "patient.demographics.write",
  input: RecordDeskConsentInput,
  patientId: (input) => input.patientId,
  async handler(input, ctx) {
    const patient = await lockPatientForDesk(ctx.tx, input.patientId);
    if (!patient) throw notFound();
    const { timeZone } = await getClinicSettings(ctx.tx);
    const r = await storeSignature(ctx.tx, patient, {
      consentTextId: input.consentTextId, signedName: input.signedName, signedOn: input.signedOn,
      userId: ctx.caller!.userId, channel: "desk", relationship: input.signerRelationship,
    }, { now: ctx.now, timeZone });
    auditSignature(ctx, r, "desk", input.signerRelationship);
    ctx.redirectAfterCommit(`/patients/${patient.id}/consents?signed=${r.kind}`);
    return r;
  },
});

/**
 * A portal account signs for itself or for a minor it is guardian of. The scope is in SQL (the
 * portal link), not only in the session's list, and the link decides self or guardian.
 */
export const signMyConsent = action({
  name: "portal.consent.sign",
  permission: "portal.self",
  input: SignMyConsentInput,
  patientId: (input) => input.patientId,
  async handler(input, ctx) {
    const patient = await lockPatientForPortal(ctx.tx, ctx.caller!.userId, input.patientId);
    if (!patient?.relationship) throw notFound();
    const { timeZone } = await getClinicSettings(ctx.tx);
    const r = await storeSignature(ctx.tx, patient, {
      consentTextId: input.consentTextId, signedName: input.signedName, signedOn: input.signedOn,
      userId: ctx.caller!.userId, channel: "portal", relationship: patient.relationship,
    }, { now: ctx.now, timeZone });
    auditSignature(ctx, r, "portal", patient.relationship);
    ctx.redirectAfterCommit("/portal?consent=signed");
    return r;
  },
});
