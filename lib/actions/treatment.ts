"use server";
import { and, eq, sql } from "drizzle-orm";
import { procedureConsents, protocols, treatmentLines } from "@/db/schema";
import { loadProvider, loadSafetyContext } from "@/lib/data/treatment-safety";
import { findComponent } from "@/lib/domain/treatment/components/catalogue";
import { treatmentLineSchema } from "@/lib/domain/treatment/line-schema";
import { toTreatmentLine, type ProtocolStep } from "@/lib/domain/treatment/protocols";
import type { TreatmentLine } from "@/lib/domain/treatment/types";
import { AppError } from "@/lib/errors";
import {
  AddTreatmentLineInput, ApplyProtocolInput, CopyLastVisitInput, RecordProcedureConsentInput, RemoveTreatmentLineInput, UpdateTreatmentLineInput,
} from "@/lib/validation/treatment";
import type { Tx } from "@/db/client";
import { action } from "./action";
import { copyPlanAndDiagnoses } from "./copy-forward";
import { judgeLine, lockOpenVisit, nextPosition, refuse, type OpenVisit } from "./treatment-checks";

/** The line as the table stores it (the discipline comes from the staff profile, consent from the episode). */
const columnsOf = (line: TreatmentLine) => ({
  componentCode: line.componentCode, params: { ...line.params } as Record<string, unknown>, side: line.side ?? null, minutes: line.minutes ?? null,
  patientPosition: line.position ?? null, response: line.response ?? null, preNprs: line.preNprs ?? null, postNprs: line.postNprs ?? null,
});

async function lockLine(tx: Tx, lineId: string) {
  const [row] = await tx.select({ id: treatmentLines.id, visitId: treatmentLines.visitId }).from(treatmentLines).where(eq(treatmentLines.id, lineId));
  if (!row) throw new AppError("not_found", "That treatment line was not found.");
  return { visit: await lockOpenVisit(tx, row.visitId), lineId: row.id };
}

/** Add one typed line after the scope and contraindication checks. */
export const addTreatmentLine = action({
  name: "treatment.add",
  permission: "chart.clinical.write",
  input: AddTreatmentLineInput,
  async handler(input, ctx) {
    const visit = await lockOpenVisit(ctx.tx, input.visitId);
    const verdict = judgeLine(input.line, await loadProvider(ctx.tx, ctx.caller!.userId), await loadSafetyContext(ctx.tx, visit.patientId));
    if (!verdict.ok) refuse(verdict);
    const [row] = await ctx.tx.insert(treatmentLines).values({
      visitId: visit.id, patientId: visit.patientId, position: await nextPosition(ctx.tx, visit.id), ...columnsOf(input.line),
      overrideReason: verdict.overrideReason, createdBy: ctx.caller!.userId, createdAt: ctx.now,
    }).returning({ id: treatmentLines.id });
    ctx.audit({ patientId: visit.patientId, entityType: "treatment_line", entityId: row.id, details: { component: input.line.componentCode, override: verdict.sources } });
    return { lineId: row.id };
  },
});

/** Change a line's parameters; the edited line passes the same checks as a new one. */
export const updateTreatmentLine = action({
  name: "treatment.update",
  permission: "chart.clinical.write",
  input: UpdateTreatmentLineInput,
  async handler(input, ctx) {
    const { visit, lineId } = await lockLine(ctx.tx, input.lineId);
    const verdict = judgeLine(input.line, await loadProvider(ctx.tx, ctx.caller!.userId), await loadSafetyContext(ctx.tx, visit.patientId));
    if (!verdict.ok) refuse(verdict);
    await ctx.tx.update(treatmentLines).set({ ...columnsOf(input.line), overrideReason: verdict.overrideReason }).where(eq(treatmentLines.id, lineId));
    ctx.audit({ patientId: visit.patientId, entityType: "treatment_line", entityId: lineId, details: { component: input.line.componentCode, override: verdict.sources } });
    return { lineId };
  },
});

export const removeTreatmentLine = action({
  name: "treatment.remove",
  permission: "chart.clinical.write",
  input: RemoveTreatmentLineInput,
  async handler(input, ctx) {
    const { visit, lineId } = await lockLine(ctx.tx, input.lineId);
    await ctx.tx.delete(treatmentLines).where(eq(treatmentLines.id, lineId));
    ctx.audit({ patientId: visit.patientId, entityType: "treatment_line", entityId: lineId, details: { removed: true } });
    return { removed: true };
  },
});

export type SkippedLine = { component: string; reason: string };

/**
 * Insert lines that came in bulk (a protocol, the last visit). Each passes the same checks as a
 * typed line; a line that is refused, or that would need an override reason, is reported back and
 * not added, so nothing contraindicated is recorded without a clinician's reason.
 */
async function insertChecked(tx: Tx, visit: OpenVisit, userId: string, at: Date, lines: { line: TreatmentLine; protocolId: string | null }[]) {
  const provider = await loadProvider(tx, userId);
  const context = await loadSafetyContext(tx, visit.patientId);
  let position = await nextPosition(tx, visit.id);
  const added: string[] = [];
  const skipped: SkippedLine[] = [];
  for (const { line, protocolId } of lines) {
    const label = findComponent(line.componentCode)?.label ?? line.componentCode;
    const parsed = treatmentLineSchema.safeParse(line);
    if (!parsed.success) { skipped.push({ component: label, reason: parsed.error.issues[0]?.message ?? "invalid parameters" }); continue; }
    const verdict = judgeLine(parsed.data, provider, context);
    if (!verdict.ok) { skipped.push({ component: label, reason: verdict.message }); continue; }
    const [row] = await tx.insert(treatmentLines).values({
      visitId: visit.id, patientId: visit.patientId, position: position++, ...columnsOf(parsed.data), protocolId,
      overrideReason: null, createdBy: userId, createdAt: at,
    }).returning({ id: treatmentLines.id });
    added.push(row.id);
  }
  return { added: added.length, skipped };
}

/** Apply an active protocol version: each step's default alternative, on the patient's affected side. */
export const applyProtocol = action({
  name: "treatment.applyProtocol",
  permission: "chart.clinical.write",
  input: ApplyProtocolInput,
  async handler(input, ctx) {
    const visit = await lockOpenVisit(ctx.tx, input.visitId);
    const [protocol] = await ctx.tx.select().from(protocols).where(and(eq(protocols.id, input.protocolId), eq(protocols.status, "active")));
    if (!protocol) throw new AppError("not_found", "That protocol was not found or has been retired.", { protocolId: ["Choose an active protocol"] });
    const steps = protocol.lines as unknown as ProtocolStep[];
    const skip = new Set(input.skip ?? []);
    const lines = steps.flatMap((s, i) => {
      if (skip.has(i)) return [];
      const choice = s.choices[input.pick?.[String(i)] ?? 0];
      if (!choice) throw new AppError("validation", `Step ${i + 1} has no such alternative.`, { pick: [`Step ${i + 1}: choose one of its alternatives`] });
      return [{ line: toTreatmentLine(choice, input.side), protocolId: protocol.id }];
    });
    if (lines.length === 0) throw new AppError("validation", "Every step was left out: keep at least one.", { skip: ["Keep at least one step"] });
    const result = await insertChecked(ctx.tx, visit, ctx.caller!.userId, ctx.now, lines);
    ctx.audit({ patientId: visit.patientId, entityType: "visit", entityId: visit.id, details: { protocol: `${protocol.code} v${protocol.version}`, added: result.added, skipped: result.skipped.length } });
    return result;
  },
});

/** Copy the treatment of the previous visit of the same episode (override reasons are not copied: they are asked again). */
export const copyLastVisitTreatment = action({
  name: "treatment.copyLast",
  permission: "chart.clinical.write",
  input: CopyLastVisitInput,
  async handler(input, ctx) {
    const visit = await lockOpenVisit(ctx.tx, input.visitId);
    const rows = await ctx.tx.execute<{ visitId: string; componentCode: string; side: string | null; params: Record<string, unknown>; minutes: number | null; position: string | null; protocolId: string | null }>(sql`
      with prev as (
        select pv.id from visits pv
        where pv.episode_id = ${visit.episodeId} and pv.id <> ${visit.id} and pv.starts_at < ${visit.startsAt} and pv.status <> 'cancelled'
          and exists (select 1 from treatment_lines x where x.visit_id = pv.id)
        order by pv.starts_at desc limit 1
      )
      select l.visit_id as "visitId", l.component_code as "componentCode", l.side, l.params, l.minutes, l.patient_position as position, l.protocol_id as "protocolId"
      from treatment_lines l join prev on prev.id = l.visit_id order by l.position`);
    if (rows.length === 0) throw new AppError("not_found", "No earlier visit of this episode has treatment to copy.");
    const lines = rows.map((r) => ({
      // Position carries over (same set-up as last time); today's response and pain scores do not.
      line: { componentCode: r.componentCode, params: r.params, ...(r.side ? { side: r.side } : {}), ...(r.minutes !== null ? { minutes: r.minutes } : {}), ...(r.position ? { position: r.position } : {}) } as TreatmentLine,
      protocolId: r.protocolId,
    }));
    const result = await insertChecked(ctx.tx, visit, ctx.caller!.userId, ctx.now, lines);
    const copied = await copyPlanAndDiagnoses(ctx.tx, visit, rows[0].visitId, ctx.caller!.userId, ctx.now);
    ctx.audit({ patientId: visit.patientId, entityType: "visit", entityId: visit.id, details: { copiedFromLastVisit: result.added, skipped: result.skipped.length, ...copied } });
    return { ...result, ...copied };
  },
});

/** Procedure consent for the visit's episode (DOMAIN.md §4.1): once per episode and kind. */
export const recordProcedureConsent = action({
  name: "treatment.consent",
  permission: "chart.clinical.write",
  input: RecordProcedureConsentInput,
  constraintMessages: { procedure_consents_episode_kind_key: { field: "kind", message: "A consent of this kind is already recorded for this episode." } },
  async handler(input, ctx) {
    const visit = await lockOpenVisit(ctx.tx, input.visitId);
    if (input.kind === "DRY_NEEDLING" && input.consentType !== "WRITTEN") {
      throw new AppError("validation", "Dry needling needs written consent.", { consentType: ["Dry needling needs written consent"] });
    }
    const [row] = await ctx.tx.insert(procedureConsents).values({
      patientId: visit.patientId, episodeId: visit.episodeId, kind: input.kind, consentType: input.consentType, notes: input.notes || null,
      recordedBy: ctx.caller!.userId, recordedAt: ctx.now,
    }).returning({ id: procedureConsents.id });
    ctx.audit({ patientId: visit.patientId, entityType: "procedure_consent", entityId: row.id, details: { kind: input.kind, type: input.consentType } });
    return { consentId: row.id };
  },
});
