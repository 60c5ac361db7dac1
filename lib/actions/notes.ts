"use server";
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { noteAddenda, noteSignatures, notes, staffProfiles, users, visits } from "@/db/schema";
import { signingProblems } from "@/lib/domain/notes/signing-facts";
import { sql } from "drizzle-orm";
import { selectSets } from "@/lib/data/batch";
import { signingFactsFromRow, signingFactsSql } from "@/lib/data/note-signing";
import { providerFromRow, providerSql, safetyContextFromRow, safetyContextSql } from "@/lib/data/treatment-safety";
import { getClinicSettings } from "@/lib/data/settings";
import { AppError, versionConflict } from "@/lib/errors";
import { zonedTimeToUtc } from "@/lib/time";
import { AddAddendumInput, CosignNoteInput, NoteContent, SaveNoteInput, SignNoteInput, StartNoteInput, VoidNoteInput } from "@/lib/validation/notes";
import type { Tx } from "@/db/client";
import { action } from "./action";
import { insertNoteDraft } from "./note-store";
import { hepSubjectiveLine } from "@/lib/data/hep";

async function signerLine(tx: Tx, userId: string, at: Date): Promise<string> {
  const [u] = await tx.select({ name: users.displayName, credentials: staffProfiles.credentials }).from(users)
    .leftJoin(staffProfiles, eq(staffProfiles.userId, users.id)).where(eq(users.id, userId));
  return attestationOf(u, at);
}

const attestationOf = (u: { name: string; credentials: string | null }, at: Date) =>
  `Electronically signed by ${u.name}${u.credentials ? `, ${u.credentials}` : ""} on ${at.toISOString()}`;

const contentHash = (n: NoteContent) => createHash("sha256").update(JSON.stringify([
  n.subjective, n.nprsNow, n.changeSinceLast, n.changePercent, n.hepAdherence, n.objective, n.assessment, n.plan,
  n.referralTo, n.referralReason, n.redFlagReasoning, n.evaluationComplexity, n.dischargeReason, n.returnToSport, n.recommendations, n.followUp, n.hepGiven,
])).digest("hex");

async function lockNote(tx: Tx, noteId: string) {
  const [note] = await tx.select().from(notes).where(eq(notes.id, noteId)).for("update");
  if (!note) throw new AppError("not_found", "That note was not found.");
  return note;
}

/** Open the note of a visit; a PTA's note is marked for co-signature by the supervising PT. */
export const startNote = action({
  name: "note.start",
  permission: "chart.clinical.write",
  input: StartNoteInput,
  async handler(input, ctx) {
    const [visit] = await ctx.tx.select({ patientId: visits.patientId, status: visits.status }).from(visits).where(eq(visits.id, input.visitId));
    if (!visit || visit.status === "cancelled") throw new AppError("not_found", "That visit was not found or was cancelled.");
    // Home-exercise adherence since the last week, offered as the first line of S (the clinician edits it).
    const hepLine = await hepSubjectiveLine(ctx.tx, ctx.caller!, visit.patientId, ctx.now);
    const noteId = await insertNoteDraft(ctx.tx, {
      visitId: input.visitId, patientId: visit.patientId, noteType: input.noteType, authorId: ctx.caller!.userId, at: ctx.now, subjective: hepLine ?? undefined,
    });
    if (!noteId) throw new AppError("duplicate", "This visit already has a note.");
    ctx.audit({ patientId: visit.patientId, entityType: "note", entityId: noteId });
    return { noteId };
  },
});

/** Save the draft on top of the version it was opened at; a stale save is refused, the text is kept in the form. */
export const saveNoteDraft = action({
  name: "note.save",
  permission: "chart.clinical.write",
  input: SaveNoteInput,
  async handler(input, ctx) {
    const note = await lockNote(ctx.tx, input.noteId);
    if (note.status !== "draft") throw new AppError("invalid", "This note is signed: add an addendum instead.");
    if (note.version !== input.version) throw versionConflict();
    const { noteId, version, ...content } = input;
    await ctx.tx.update(notes).set({ ...content, version: version + 1, updatedAt: ctx.now, updatedBy: ctx.caller!.userId }).where(eq(notes.id, noteId));
    ctx.audit({ patientId: note.patientId, entityType: "note", entityId: noteId });
    return { version: version + 1 };
  },
});

/** Sign: only the author, only a complete note, in one transaction with the visit's completion. */
export const signNote = action({
  name: "note.sign",
  permission: "chart.clinical.write",
  input: SignNoteInput,
  async handler(input, ctx) {
    const note = await lockNote(ctx.tx, input.noteId);
    if (note.authorId !== ctx.caller!.userId) throw new AppError("forbidden", "Only the treating clinician who wrote the note can sign it.");
    if (note.status !== "draft") throw new AppError("invalid", "This note is already signed.");
    if (note.version !== input.version) throw versionConflict();
    // Read after the lock, in one statement: the chart facts, the author's scope, the patient's safety context, the signer.
    const sets = await selectSets(ctx.tx, {
      facts: signingFactsSql(note.id), provider: providerSql(note.authorId), safety: safetyContextSql(note.patientId),
      signer: sql`select u.display_name as name, sp.credentials from users u left join staff_profiles sp on sp.user_id = u.id where u.id = ${ctx.caller!.userId}`,
    });
    const facts = signingFactsFromRow(sets.facts[0] as Parameters<typeof signingFactsFromRow>[0]);
    if (!facts) throw new AppError("not_found", "That note was not found.");
    // The rules of DOMAIN.md §8.1 for this note type, including scope, contraindications and procedure consents of every line.
    const author = providerFromRow(sets.provider[0] as Parameters<typeof providerFromRow>[0]);
    const safety = safetyContextFromRow(sets.safety[0] as Parameters<typeof safetyContextFromRow>[0]);
    const missing = signingProblems(facts, { contraindications: safety, scope: author.scope });
    if (Object.keys(missing).length > 0) throw new AppError("validation", "The note is not complete yet.", missing);
    const attestation = attestationOf(sets.signer[0] as { name: string; credentials: string | null }, ctx.now);
    // One statement writes the signature, completes the visit, signs the note and the audit row. The visit is
    // updated first (the note's update waits for it): once the note is signed, its visit is locked by trigger.
    const signed = await ctx.tx.execute(sql`
      with sig as (
        insert into note_signatures (note_id, signer_id, role, attestation, content_hash, signed_at)
        values (${note.id}, ${ctx.caller!.userId}, 'author', ${attestation}, ${contentHash(note)}, ${ctx.now.toISOString()}::timestamptz) returning 1),
      vis as (update visits set status = 'completed' where id = ${note.visitId} and status = 'in_progress' returning 1),
      aud as (${ctx.auditStatement({ patientId: note.patientId, entityType: "note", entityId: note.id, details: { signature: "author" } })} returning 1)
      update notes set status = 'signed'
      where id = ${note.id} and (select count(*) from vis) >= 0 and (select count(*) from sig) >= 0 and (select count(*) from aud) >= 0
      returning id`);
    if (signed.length !== 1) throw new Error("signing did not update the note");
    return { signed: true };
  },
});

/** The supervising PT co-signs a PTA's signed note; the original signature stays. */
export const cosignNote = action({
  name: "note.cosign",
  permission: "chart.clinical.write",
  input: CosignNoteInput,
  constraintMessages: { note_signatures_note_role_key: { message: "This note is already co-signed." } },
  async handler(input, ctx) {
    const note = await lockNote(ctx.tx, input.noteId);
    if (note.status !== "signed" || !note.requiresCosign) throw new AppError("invalid", "This note does not await a co-signature.");
    const [sup] = await ctx.tx.select({ supervisor: staffProfiles.supervisorUserId }).from(staffProfiles).where(eq(staffProfiles.userId, note.authorId));
    if (sup?.supervisor !== ctx.caller!.userId) throw new AppError("forbidden", "Only the author's supervising physical therapist can co-sign.");
    await ctx.tx.insert(noteSignatures).values({ noteId: note.id, signerId: ctx.caller!.userId, role: "cosigner", attestation: `Co-signed: ${await signerLine(ctx.tx, ctx.caller!.userId, ctx.now)}`, contentHash: contentHash(note), signedAt: ctx.now });
    ctx.audit({ patientId: note.patientId, entityType: "note", entityId: note.id, details: { signature: "cosigner" } });
    return { cosigned: true };
  },
});

/** Addendum, correction or late entry: a signed child record; the original never changes. */
export const addAddendum = action({
  name: "note.addendum",
  permission: "chart.clinical.write",
  input: AddAddendumInput,
  async handler(input, ctx) {
    const note = await lockNote(ctx.tx, input.noteId);
    if (note.status !== "signed") throw new AppError("invalid", note.status === "draft" ? "The note is still a draft: edit it directly." : "This note was voided.");
    const settings = await getClinicSettings(ctx.tx);
    const eventAt = input.kind === "LATE_ENTRY" && input.eventAt ? zonedTimeToUtc(input.eventAt, settings.timeZone) : null;
    const [row] = await ctx.tx.insert(noteAddenda).values({
      noteId: note.id, kind: input.kind, reason: input.reason, body: input.body, correctedText: input.correctedText || null, eventAt,
      authorId: ctx.caller!.userId, attestation: await signerLine(ctx.tx, ctx.caller!.userId, ctx.now), createdAt: ctx.now,
    }).returning({ id: noteAddenda.id });
    ctx.audit({ patientId: note.patientId, entityType: "note_addendum", entityId: row.id, details: { kind: input.kind } });
    return { addendumId: row.id };
  },
});

/** A note written on the wrong patient: voided with a reason, still readable, never deleted. */
export const voidNote = action({
  name: "note.void",
  permission: "chart.clinical.write",
  input: VoidNoteInput,
  async handler(input, ctx) {
    const note = await lockNote(ctx.tx, input.noteId);
    if (note.status !== "signed") throw new AppError("invalid", "Only a signed note is voided; a draft can simply be corrected.");
    await ctx.tx.update(notes).set({ status: "voided", voidedAt: ctx.now, voidedBy: ctx.caller!.userId, voidReason: input.reason }).where(eq(notes.id, note.id));
    ctx.audit({ patientId: note.patientId, entityType: "note", entityId: note.id });
    return { voided: true };
  },
});
