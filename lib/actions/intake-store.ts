import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { intakeRevisions, intakes, patientHistories, patients, redFlagFindings } from "@/db/schema";
import { redFlagConditions } from "@/lib/domain/history/red-flag-conditions";
import type { Caller } from "@/lib/auth/caller";
import { changedFields, redFlagsOfIntake } from "@/lib/domain/intake/evaluate-intake";
import { ACTION_RANK } from "@/lib/domain/intake/red-flags";
import { AppError, versionConflict } from "@/lib/errors";
import type { IntakeDraftAnswers } from "@/lib/validation/intake";

export type IntakeRow = typeof intakes.$inferSelect;

/**
 * Load an intake for writing, with the caller's scope in the WHERE clause: a portal account
 * reaches only intakes of the patients it is linked to. Locks the row for the transaction.
 */
export async function lockIntake(tx: Tx, caller: Caller, intakeId: string): Promise<IntakeRow> {
  const scope = caller.kind === "staff"
    ? sql`true`
    : sql`${intakes.patientId} in (select patient_id from portal_links where user_id = ${caller.userId})`;
  const [row] = await tx.select().from(intakes).where(and(eq(intakes.id, intakeId), scope)).for("update");
  if (!row) throw new AppError("not_found", "That intake was not found.");
  return row;
}

/**
 * Save answers on top of `expectedVersion`: a stale version is refused (the caller keeps their
 * text), and every change is attributed in intake_revisions with the previous values.
 */
export async function saveAnswers(
  tx: Tx, caller: Caller, intake: IntakeRow, expectedVersion: number, answers: IntakeDraftAnswers,
  now: Date, patch: Partial<Pick<IntakeRow, "status" | "submittedAt" | "submittedBy" | "acceptedAt" | "acceptedBy">> = {},
): Promise<{ version: number; changed: string[] }> {
  if (intake.version !== expectedVersion) throw versionConflict();
  const before = intake.answers as Record<string, unknown>;
  const after = answers as Record<string, unknown>;
  const changed = changedFields(before, after);
  if (changed.length === 0 && Object.keys(patch).length === 0) return { version: intake.version, changed };
  const version = intake.version + 1;
  await tx.update(intakes).set({ answers: after, version, updatedAt: now, updatedBy: caller.userId, ...patch }).where(eq(intakes.id, intake.id));
  if (changed.length > 0) {
    const previous = Object.fromEntries(changed.map((k) => [k, before[k] ?? null]));
    await tx.insert(intakeRevisions).values({ intakeId: intake.id, version, changedBy: caller.userId, changedAt: now, fields: changed, previous });
  }
  return { version, changed };
}

/**
 * Record the red flags an intake raises. A flag that escalates (or is new) needs a fresh
 * acknowledgement; one already acknowledged at the same or a higher level keeps it.
 */
export async function recordRedFlags(tx: Tx, intake: IntakeRow, answers: IntakeDraftAnswers, now: Date): Promise<{ raised: string[] }> {
  const [patient] = await tx.select({ dateOfBirth: patients.dateOfBirth, history: patientHistories.data }).from(patients)
    .leftJoin(patientHistories, eq(patientHistories.patientId, patients.id)).where(eq(patients.id, intake.patientId));
  const results = redFlagsOfIntake(answers, { dateOfBirth: patient.dateOfBirth, conditions: redFlagConditions(patient.history ?? {}) }, now);
  const existing = await tx.select().from(redFlagFindings).where(eq(redFlagFindings.episodeId, intake.episodeId));
  const byFlag = new Map(existing.map((f) => [f.flagId, f]));
  for (const r of results) {
    const prior = byFlag.get(r.id);
    const values = {
      action: r.action, restricts: r.restricts, reasons: r.reasons,
      needsClarification: r.needsClarification ? ("yes" as const) : ("no" as const),
    };
    if (!prior) {
      await tx.insert(redFlagFindings).values({ patientId: intake.patientId, episodeId: intake.episodeId, intakeId: intake.id, flagId: r.id, raisedAt: now, ...values });
    } else if (ACTION_RANK[r.action] > ACTION_RANK[prior.action]) {
      await tx.update(redFlagFindings).set({ ...values, raisedAt: now, acknowledgedAt: null, acknowledgedBy: null, acknowledgement: null }).where(eq(redFlagFindings.id, prior.id));
    } else {
      await tx.update(redFlagFindings).set(values).where(eq(redFlagFindings.id, prior.id));
    }
  }
  return { raised: results.map((r) => r.id) };
}
