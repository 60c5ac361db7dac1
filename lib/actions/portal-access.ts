"use server";
import { and, eq, notInArray, sql } from "drizzle-orm";
import { patients, portalLinks, users } from "@/db/schema";
import { issueToken } from "@/lib/auth/tokens";
import { getClinicSettings } from "@/lib/data/settings";
import { portalInviteMessage } from "@/lib/domain/messages/templates";
import { AppError } from "@/lib/errors";
import { queueMessage } from "@/lib/outbox";
import { HOUR } from "@/lib/time";
import { PortalInviteInput } from "@/lib/validation/staff";
import { isMinor } from "@/lib/validation/patients";
import { utcToday } from "@/lib/validation/dates";
import { action } from "./action";

/**
 * Invite a patient (or the guardian of a minor) to the portal. The account is created without a
 * password and linked to the patient; the single-use link lets its owner choose one.
 */
export const invitePatientToPortal = action({
  name: "patient.portal_invite",
  permission: "patient.portal.invite",
  input: PortalInviteInput,
  patientId: (input) => input.patientId,
  idempotent: true,
  async handler(input, ctx) {
    const [patient] = await ctx.tx.select({ id: patients.id, dateOfBirth: patients.dateOfBirth }).from(patients)
      .where(and(eq(patients.id, input.patientId), notInArray(patients.status, ["voided", "merged"])));
    if (!patient) throw new AppError("not_found", "That patient was not found.");
    // A minor's portal account belongs to the parent or guardian, who acts for them.
    if (input.relationship === "self" && isMinor(patient.dateOfBirth, utcToday(ctx.now))) {
      throw new AppError("validation", "This patient is under 18: invite the parent or guardian.", { relationship: ["Choose the parent or guardian for a patient under 18"] });
    }
    const [existing] = await ctx.tx.select({ id: users.id, kind: users.kind, passwordHash: users.passwordHash }).from(users)
      .where(sql`lower(${users.email}) = ${input.email}`);
    if (existing && existing.kind !== "patient") {
      throw new AppError("validation", "That email belongs to a staff account.", { email: ["Use the patient's own email address"] });
    }
    const userId = existing?.id ?? (await ctx.tx.insert(users).values({ kind: "patient", email: input.email, displayName: input.displayName })
      .returning({ id: users.id }))[0].id;
    await ctx.tx.insert(portalLinks).values({ userId, patientId: input.patientId, relationship: input.relationship }).onConflictDoNothing();
    const settings = await getClinicSettings(ctx.tx);
    const token = await issueToken(ctx.tx, { purpose: existing?.passwordHash ? "reset" : "invite", userId, ttlMs: settings.inviteTtlHours * HOUR, createdBy: ctx.caller!.userId, now: ctx.now });
    const link = `${ctx.origin}/${existing?.passwordHash ? "reset-password" : "invite"}/${token}`;
    const msg = portalInviteMessage({ clinicName: settings.name, name: input.displayName, link, hours: settings.inviteTtlHours });
    await queueMessage(ctx.tx, { kind: "portal_invite", to: input.email, subject: msg.subject, body: msg.body, createdBy: ctx.caller!.userId }, ctx.now);
    ctx.audit({ entityType: "user", entityId: userId, details: { relationship: input.relationship } });
    return { userId, link };
  },
});
