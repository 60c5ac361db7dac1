import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { consents } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { todayIn } from "@/lib/validation/dates";
import { isMinor } from "@/lib/validation/patients";
import type { SignerRelationship } from "@/lib/validation/consents";

export type LockedPatient = { id: string; dateOfBirth: string; relationship: SignerRelationship | null };

// FOR NO KEY UPDATE serialises two signings for one patient (double click, desk and portal at once)
// so the existence check below cannot race, without blocking other inserts that reference the patient.

/** The desk may record for any live patient of the clinic. */
export async function lockPatientForDesk(tx: Tx, patientId: string): Promise<LockedPatient | null> {
  const rows = await tx.execute<LockedPatient>(sql`
    select p.id, to_char(p.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth", null as relationship
    from patients p where p.id = ${patientId} and p.status not in ('voided', 'merged')
    for no key update of p`);
  return rows[0] ?? null;
}

/** A portal account reaches only patients it is linked to; the link says whether it signs as self or guardian. */
export async function lockPatientForPortal(tx: Tx, userId: string, patientId: string): Promise<LockedPatient | null> {
  const rows = await tx.execute<LockedPatient>(sql`
    select p.id, to_char(p.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth", pl.relationship
    from patients p join portal_links pl on pl.patient_id = p.id and pl.user_id = ${userId}
    where p.id = ${patientId} and p.status not in ('voided', 'merged')
    for no key update of p`);
  return rows[0] ?? null;
}

type ConsentTextRow = { id: string; kind: string; version: number; title: string; isLatest: boolean; effectiveOn: string };

export type StoredSignature = { consentId: string; consentTextId: string; kind: string; version: number; alreadySigned: boolean };

export interface Signature {
  consentTextId: string;
  signedName: string;
  signedOn: string;
  userId: string;
  channel: "portal" | "desk";
  relationship: SignerRelationship;
}

const fieldError = (field: string, message: string) => new AppError("validation", message, { [field]: [message] });

/**
 * Store one signature against the exact text version shown. Only the latest version of a kind may
 * be newly signed; signing what is already signed returns the existing row (no duplicate).
 * The patient row must already be locked (lockPatientFor*).
 */
export async function storeSignature(
  tx: Tx, patient: LockedPatient, s: Signature, ctx: { now: Date; timeZone: string },
): Promise<StoredSignature> {
  const [text] = await tx.execute<ConsentTextRow>(sql`
    select ct.id, ct.kind, ct.version, ct.title,
      ct.version = (select max(v.version) from consent_texts v where v.kind = ct.kind) as "isLatest",
      to_char(ct.effective_from at time zone ${ctx.timeZone}, 'YYYY-MM-DD') as "effectiveOn"
    from consent_texts ct where ct.id = ${s.consentTextId}`);
  if (!text) throw new AppError("not_found", "That consent text was not found.");
  // Refused before the duplicate check: a stale page must not report "signed" while a newer version is owed.
  if (!text.isLatest) {
    throw new AppError("invalid", `“${text.title}” has been updated since this page was opened. Reload the page to read and sign the current version.`);
  }
  const today = todayIn(ctx.timeZone, ctx.now);
  if (isMinor(patient.dateOfBirth, today) && s.relationship !== "guardian") {
    throw fieldError("signerRelationship", "A parent or guardian must sign for a patient under 18.");
  }
  // The shared schema allows "today anywhere on Earth"; here we know the clinic's day.
  if (s.signedOn > today) throw fieldError("signedOn", `The date cannot be after today (${today}).`);
  if (s.signedOn < text.effectiveOn) throw fieldError("signedOn", `This version took effect on ${text.effectiveOn}; the date cannot be earlier.`);

  const [existing] = await tx.select({ id: consents.id }).from(consents)
    .where(and(eq(consents.patientId, patient.id), eq(consents.consentTextId, text.id))).limit(1);
  const base = { consentTextId: text.id, kind: text.kind, version: text.version };
  if (existing) return { consentId: existing.id, ...base, alreadySigned: true };
  const [row] = await tx.insert(consents).values({
    patientId: patient.id, consentTextId: text.id, signedName: s.signedName, signedOn: s.signedOn, signedAt: ctx.now,
    signedByUserId: s.userId, channel: s.channel, signerRelationship: s.relationship,
  }).returning({ id: consents.id });
  return { consentId: row.id, ...base, alreadySigned: false };
}
