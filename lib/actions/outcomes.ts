"use server";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { episodes, outcomeResponses, patients, portalLinks, users, visits } from "@/db/schema";
import { getClinicSettings } from "@/lib/data/settings";
import { AppError } from "@/lib/errors";
import { queueMessage } from "@/lib/outbox";
import { AssignOutcomeInput, CancelOutcomeInput, CompleteMyOutcomeInput, RecordOutcomeInput, measureByVersion } from "@/lib/validation/outcomes";
import { action } from "./action";
import { scoreForEpisode } from "./outcome-store";

const definitionOf = (version: string) => {
  const def = measureByVersion(version);
  if (!def) throw new AppError("validation", "Choose a questionnaire.", { version: ["Choose a questionnaire"] });
  return def;
};

/** The episode must be this patient's (a live record) and still open: outcomes follow one complaint. */
async function openEpisodeOf(tx: Tx, patientId: string, episodeId: string) {
  const [episode] = await tx.select({ status: episodes.status }).from(episodes)
    .innerJoin(patients, eq(patients.id, episodes.patientId))
    .where(and(eq(episodes.id, episodeId), eq(episodes.patientId, patientId), sql`${patients.status} not in ('voided', 'merged')`));
  if (!episode) throw new AppError("validation", "Choose an episode of this patient.", { episodeId: ["Choose an episode of this patient"] });
  if (episode.status !== "open") throw new AppError("validation", "That episode is closed.", { episodeId: ["That episode is closed: open a new one"] });
}

/** A clinician records a measure in the clinic; the server scores it and stores the score and band. */
export const recordOutcome = action({
  name: "outcome.record",
  permission: "chart.clinical.write",
  input: RecordOutcomeInput,
  patientId: (input) => input.patientId,
  async handler(input, ctx) {
    const def = definitionOf(input.version);
    await openEpisodeOf(ctx.tx, input.patientId, input.episodeId);
    if (input.visitId) {
      const [visit] = await ctx.tx.select({ id: visits.id }).from(visits)
        .where(and(eq(visits.id, input.visitId), eq(visits.patientId, input.patientId), eq(visits.episodeId, input.episodeId)));
      if (!visit) throw new AppError("validation", "Choose a visit of this episode.", { visitId: ["Choose a visit of this patient's episode, or none"] });
    }
    const scored = await scoreForEpisode(ctx.tx, def, input.episodeId, input.answers, input.activities);
    const [row] = await ctx.tx.insert(outcomeResponses).values({
      patientId: input.patientId, episodeId: input.episodeId, visitId: input.visitId ?? null, measure: def.id, status: "completed",
      answers: scored.answers, score: scored.score, band: scored.band, source: "clinic",
      assignedBy: ctx.caller!.userId, assignedAt: ctx.now, completedBy: ctx.caller!.userId, completedAt: ctx.now,
    }).returning({ id: outcomeResponses.id });
    ctx.audit({ entityType: "outcome_response", entityId: row.id, details: { measure: def.id, version: def.version } });
    return { responseId: row.id, score: scored.score, band: scored.band };
  },
});

/**
 * A clinician assigns a measure to the patient's portal: the link goes to every active portal
 * account of the patient through the outbox (the message names no measure or condition).
 */
export const assignOutcome = action({
  name: "outcome.assign",
  permission: "chart.clinical.write",
  input: AssignOutcomeInput,
  patientId: (input) => input.patientId,
  async handler(input, ctx) {
    const def = definitionOf(input.version);
    await openEpisodeOf(ctx.tx, input.patientId, input.episodeId);
    const accounts = await ctx.tx.select({ email: users.email }).from(portalLinks)
      .innerJoin(users, eq(users.id, portalLinks.userId))
      .where(and(eq(portalLinks.patientId, input.patientId), eq(users.active, true)));
    if (accounts.length === 0) throw new AppError("invalid", "This patient has no portal account yet: send a portal invitation first, or record it in the clinic.");
    // Serialise assignments per patient, so two clicks cannot leave the same questionnaire waiting twice.
    await ctx.tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`outcome.assign:${input.patientId}`}, 0))`);
    const [waiting] = await ctx.tx.select({ id: outcomeResponses.id }).from(outcomeResponses)
      .where(and(eq(outcomeResponses.patientId, input.patientId), eq(outcomeResponses.episodeId, input.episodeId),
        eq(outcomeResponses.measure, def.id), eq(outcomeResponses.status, "assigned")));
    if (waiting) throw new AppError("duplicate", `A ${def.name} is already waiting for the patient in this episode. Cancel it first to send a new one.`);
    const [row] = await ctx.tx.insert(outcomeResponses).values({
      patientId: input.patientId, episodeId: input.episodeId, measure: def.id, status: "assigned", answers: { version: def.version },
      source: "portal", assignedBy: ctx.caller!.userId, assignedAt: ctx.now,
    }).returning({ id: outcomeResponses.id });
    const settings = await getClinicSettings(ctx.tx);
    const link = `${ctx.origin}/portal/outcomes/${row.id}`;
    for (const a of accounts) {
      await queueMessage(ctx.tx, {
        kind: "portal_invite", to: a.email, subject: `A short questionnaire from ${settings.name}`,
        body: `Your clinician has asked you to fill in a short questionnaire about how you are doing. It takes about 5 minutes:\n\n${link}\n`,
        createdBy: ctx.caller!.userId,
      }, ctx.now);
    }
    ctx.audit({ entityType: "outcome_response", entityId: row.id, details: { measure: def.id, version: def.version } });
    return { responseId: row.id, link };
  },
});

/** Withdraw an assignment the patient has not completed; completed results are never cancelled here. */
export const cancelOutcome = action({
  name: "outcome.cancel",
  permission: "chart.clinical.write",
  input: CancelOutcomeInput,
  async handler(input, ctx) {
    const rows = await ctx.tx.update(outcomeResponses).set({ status: "cancelled" })
      .where(and(eq(outcomeResponses.id, input.responseId), eq(outcomeResponses.status, "assigned")))
      .returning({ patientId: outcomeResponses.patientId, measure: outcomeResponses.measure });
    if (rows.length === 0) throw new AppError("not_found", "That questionnaire was not found, or the patient has already sent it.");
    ctx.audit({ patientId: rows[0].patientId, entityType: "outcome_response", entityId: input.responseId, details: { measure: rows[0].measure } });
    return { responseId: input.responseId };
  },
});

/**
 * The patient sends an assigned questionnaire from the portal. The row is found with the caller's
 * portal links in the WHERE clause, so another patient's id is simply not found.
 */
export const completeMyOutcome = action({
  name: "portal.outcome.complete",
  permission: "portal.self",
  input: CompleteMyOutcomeInput,
  async handler(input, ctx) {
    const [row] = await ctx.tx.select({
      id: outcomeResponses.id, patientId: outcomeResponses.patientId, episodeId: outcomeResponses.episodeId, measure: outcomeResponses.measure,
      status: outcomeResponses.status, version: sql<string>`${outcomeResponses.answers}->>'version'`,
    }).from(outcomeResponses)
      .innerJoin(patients, eq(patients.id, outcomeResponses.patientId))
      .where(and(eq(outcomeResponses.id, input.responseId), sql`${patients.status} not in ('voided', 'merged')`,
        sql`${outcomeResponses.patientId} in (select pl.patient_id from portal_links pl where pl.user_id = ${ctx.caller!.userId})`))
      .for("update", { of: outcomeResponses });
    if (!row) throw new AppError("not_found", "That questionnaire was not found.");
    if (row.status !== "assigned") {
      throw new AppError("invalid", row.status === "completed" ? "You have already sent this questionnaire. Thank you." : "The clinic has withdrawn this questionnaire.");
    }
    const def = definitionOf(input.version);
    if (def.id !== row.measure || def.version !== row.version) throw new AppError("invalid", "This page is out of date: reload it and answer again.");
    const scored = await scoreForEpisode(ctx.tx, def, row.episodeId, input.answers, input.activities);
    await ctx.tx.update(outcomeResponses).set({
      status: "completed", answers: scored.answers, score: scored.score, band: scored.band, source: "portal",
      completedBy: ctx.caller!.userId, completedAt: ctx.now,
    }).where(eq(outcomeResponses.id, row.id));
    ctx.audit({ patientId: row.patientId, entityType: "outcome_response", entityId: row.id, details: { measure: def.id } });
    ctx.redirectAfterCommit("/portal?outcome=sent");
    return { responseId: row.id };
  },
});
