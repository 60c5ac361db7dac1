"use server";
import { and, desc, eq, isNull } from "drizzle-orm";
import { episodes, intakes, portalLinks, redFlagFindings, users } from "@/db/schema";
import { getClinicSettings } from "@/lib/data/settings";
import { AppError } from "@/lib/errors";
import { queueMessage } from "@/lib/outbox";
import { todayIn } from "@/lib/validation/dates";
import { AcknowledgeRedFlagInput, RequestIntakeInput, StartIntakeInput } from "@/lib/validation/episodes";
import { AcceptIntakeInput, SaveIntakeDraftInput } from "@/lib/validation/intake";
import { action } from "./action";
import { lockIntake, recordRedFlags, saveAnswers } from "./intake-store";

/**
 * Front desk or clinician: ask the patient to fill the intake in the portal before the visit.
 * Uses the open episode (or opens one to be named from the complaint) and sends the link to
 * every portal account of the patient through the outbox; the link is also returned to copy.
 */
export const requestIntake = action({
  name: "intake.request",
  permission: "patient.portal.invite",
  input: RequestIntakeInput,
  patientId: (input) => input.patientId,
  async handler(input, ctx) {
    const accounts = await ctx.tx.select({ email: users.email }).from(portalLinks)
      .innerJoin(users, eq(users.id, portalLinks.userId))
      .where(and(eq(portalLinks.patientId, input.patientId), eq(users.active, true)));
    if (accounts.length === 0) throw new AppError("invalid", "This patient has no portal account yet: send a portal invitation first.");
    const settings = await getClinicSettings(ctx.tx);
    let [episode] = await ctx.tx.select({ id: episodes.id }).from(episodes)
      .where(and(eq(episodes.patientId, input.patientId), eq(episodes.status, "open"))).orderBy(desc(episodes.openedOn)).limit(1);
    episode ??= (await ctx.tx.insert(episodes).values({
      patientId: input.patientId, title: "New complaint (from intake)", openedOn: todayIn(settings.timeZone, ctx.now), createdBy: ctx.caller!.userId, createdAt: ctx.now,
    }).returning({ id: episodes.id }))[0];
    const [intake] = await ctx.tx.insert(intakes).values({
      episodeId: episode.id, patientId: input.patientId, status: "requested", updatedAt: ctx.now, createdAt: ctx.now, updatedBy: ctx.caller!.userId,
    }).onConflictDoUpdate({ target: intakes.episodeId, set: { updatedAt: ctx.now } }).returning({ id: intakes.id, status: intakes.status });
    if (intake.status === "accepted") throw new AppError("invalid", "The intake for the open episode has already been accepted.");
    const link = `${ctx.origin}/portal/intake/${intake.id}`;
    for (const a of accounts) {
      await queueMessage(ctx.tx, {
        kind: "portal_invite", to: a.email, subject: `Before your visit at ${settings.name}`,
        body: `Please answer a few questions about your pain before your first visit. It takes about 10 minutes and saves as you go:\n\n${link}\n`,
        createdBy: ctx.caller!.userId,
      }, ctx.now);
    }
    ctx.audit({ entityType: "intake", entityId: intake.id });
    return { intakeId: intake.id, link };
  },
});

/** Clinician starts an intake for an episode (at the desk or in the room). */
export const startIntake = action({
  name: "intake.start",
  permission: "chart.clinical.write",
  input: StartIntakeInput,
  async handler(input, ctx) {
    const [episode] = await ctx.tx.select({ id: episodes.id, patientId: episodes.patientId }).from(episodes).where(eq(episodes.id, input.episodeId));
    if (!episode) throw new AppError("not_found", "That episode was not found.");
    const [intake] = await ctx.tx.insert(intakes).values({
      episodeId: episode.id, patientId: episode.patientId, status: "draft", updatedAt: ctx.now, createdAt: ctx.now, updatedBy: ctx.caller!.userId,
    }).onConflictDoNothing().returning({ id: intakes.id });
    ctx.audit({ patientId: episode.patientId, entityType: "intake", entityId: intake?.id ?? null });
    return { intakeId: intake?.id ?? null };
  },
});

/** Clinician edits (each change attributed); the red flags are re-evaluated on every save. */
export const saveIntakeAsClinician = action({
  name: "intake.save",
  permission: "chart.clinical.write",
  input: SaveIntakeDraftInput,
  async handler(input, ctx) {
    const intake = await lockIntake(ctx.tx, ctx.caller!, input.intakeId);
    const status = intake.status === "requested" ? "draft" : intake.status;
    const saved = await saveAnswers(ctx.tx, ctx.caller!, intake, input.version, input.answers, ctx.now, status !== intake.status ? { status } : {});
    if (input.answers.redFlags) await recordRedFlags(ctx.tx, intake, input.answers, ctx.now);
    ctx.audit({ patientId: intake.patientId, entityType: "intake", entityId: intake.id, details: { fields: saved.changed } });
    return { version: saved.version };
  },
});

/** Clinician accepts the intake into the chart: complete answers required. */
export const acceptIntake = action({
  name: "intake.accept",
  permission: "chart.clinical.write",
  input: AcceptIntakeInput,
  async handler(input, ctx) {
    const intake = await lockIntake(ctx.tx, ctx.caller!, input.intakeId);
    const saved = await saveAnswers(ctx.tx, ctx.caller!, intake, input.version, input.answers, ctx.now, {
      status: "accepted", acceptedAt: ctx.now, acceptedBy: ctx.caller!.userId,
    });
    await recordRedFlags(ctx.tx, intake, input.answers, ctx.now);
    // The episode takes its name from the complaint when it was opened by an intake request.
    if (input.answers.chiefComplaint) {
      await ctx.tx.update(episodes).set({ title: input.answers.chiefComplaint.slice(0, 200) })
        .where(and(eq(episodes.id, intake.episodeId), eq(episodes.title, "New complaint (from intake)")));
    }
    ctx.audit({ patientId: intake.patientId, entityType: "intake", entityId: intake.id, details: { fields: saved.changed } });
    return { version: saved.version };
  },
});

/** Clinician records what was done about an emergency/urgent red flag; the banner then clears. */
export const acknowledgeRedFlag = action({
  name: "red_flag.acknowledge",
  permission: "chart.clinical.write",
  input: AcknowledgeRedFlagInput,
  async handler(input, ctx) {
    const rows = await ctx.tx.update(redFlagFindings)
      .set({ acknowledgedAt: ctx.now, acknowledgedBy: ctx.caller!.userId, acknowledgement: input.acknowledgement })
      .where(and(eq(redFlagFindings.id, input.findingId), isNull(redFlagFindings.acknowledgedAt)))
      .returning({ patientId: redFlagFindings.patientId, flagId: redFlagFindings.flagId });
    if (rows.length === 0) throw new AppError("not_found", "That red flag was not found or was already acknowledged.");
    ctx.audit({ patientId: rows[0].patientId, entityType: "red_flag", entityId: input.findingId, details: { flag: rows[0].flagId } });
    return { findingId: input.findingId };
  },
});

