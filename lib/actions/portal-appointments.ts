"use server";
import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { icalFeeds, patientReminderPrefs } from "@/db/schema";
import { hashToken } from "@/lib/auth/tokens";
import { getClinicSettings } from "@/lib/data/settings";
import { AppError } from "@/lib/errors";
import { HOUR } from "@/lib/time";
import { IcalFeedInput, PortalCancelInput, ReminderPrefInput } from "@/lib/validation/scheduling";
import type { Tx } from "@/db/client";
import { action } from "./action";
import { cancelAppointment } from "./appointment-store";

/** A patient cancels their own appointment online, up to the clinic's cancellation window. */
export const cancelMyAppointment = action({
  name: "portal.appointment.cancel",
  permission: "portal.self",
  input: PortalCancelInput,
  async handler(input, ctx) {
    const settings = await getClinicSettings(ctx.tx);
    const notBefore = new Date(ctx.now.getTime() + settings.cancellationWindowHours * HOUR);
    const r = await cancelAppointment(ctx.tx, {
      appointmentId: input.appointmentId, reason: input.reason || "Cancelled by the patient online", patientIds: ctx.caller!.patientIds, notBefore,
    }, { userId: ctx.caller!.userId, now: ctx.now });
    ctx.audit({ patientId: r.patientId, entityType: "appointment", entityId: r.id, details: { status: "cancelled", channel: "portal" } });
    return { id: r.id };
  },
});

export const setMyReminderPref = action({
  name: "portal.reminders.set",
  permission: "portal.self",
  input: ReminderPrefInput,
  patientId: (input) => input.patientId,
  async handler(input, ctx) {
    await ctx.tx.insert(patientReminderPrefs).values({ patientId: input.patientId, remindersOptOut: input.optOut, updatedBy: ctx.caller!.userId, updatedAt: ctx.now })
      .onConflictDoUpdate({ target: patientReminderPrefs.patientId, set: { remindersOptOut: input.optOut, updatedBy: ctx.caller!.userId, updatedAt: ctx.now } });
    ctx.audit({ entityType: "patient", entityId: input.patientId, details: { remindersOptOut: input.optOut } });
    return { optOut: input.optOut };
  },
});

type FeedOwner = { patientId: string } | { clinicianId: string };

/** Revoke the live feed of the owner and, unless only revoking, issue a new secret (shown once). */
async function rotateFeed(tx: Tx, owner: FeedOwner, revokeOnly: boolean, userId: string, at: Date, origin: string) {
  const cond = "patientId" in owner ? eq(icalFeeds.patientId, owner.patientId) : eq(icalFeeds.clinicianId, owner.clinicianId);
  await tx.update(icalFeeds).set({ revokedAt: at }).where(and(cond, isNull(icalFeeds.revokedAt)));
  if (revokeOnly) return { url: null };
  const raw = randomBytes(32).toString("base64url");
  await tx.insert(icalFeeds).values({ ...owner, tokenHash: hashToken(raw), createdBy: userId, createdAt: at });
  return { url: `${origin}/api/ical/${raw}` };
}

/** A patient's own calendar feed (or a guarded minor's). */
export const rotateMyCalendarFeed = action({
  name: "portal.ical.rotate",
  permission: "portal.self",
  input: IcalFeedInput,
  patientId: (input) => input.patientId,
  async handler(input, ctx) {
    if (input.owner !== "patient" || !input.patientId) throw new AppError("invalid", "Choose whose calendar to share.");
    const r = await rotateFeed(ctx.tx, { patientId: input.patientId }, input.revoke, ctx.caller!.userId, ctx.now, ctx.origin);
    ctx.audit({ entityType: "ical_feed", details: { owner: "patient", revoked: input.revoke } });
    return r;
  },
});

/** A clinician's feed of their own schedule. */
export const rotateClinicianCalendarFeed = action({
  name: "schedule.ical.rotate",
  permission: "schedule.read",
  input: IcalFeedInput,
  async handler(input, ctx) {
    if (input.owner !== "clinician" || !ctx.caller!.roles.includes("clinician")) throw new AppError("forbidden", "Only clinicians have a schedule feed.");
    const r = await rotateFeed(ctx.tx, { clinicianId: ctx.caller!.userId }, input.revoke, ctx.caller!.userId, ctx.now, ctx.origin);
    ctx.audit({ entityType: "ical_feed", details: { owner: "clinician", revoked: input.revoke } });
    return r;
  },
});
