/**
 * The safety gate every treatment line passes on the server (DOMAIN.md V17, V18), whichever way it
 * arrives: typed, from a protocol, or copied from the last visit. Plain module (not "use server"),
 * shared by the treatment actions.
 */
import type { Provider } from "@/lib/data/treatment-safety";
import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import type { ContraindicationContext } from "@/lib/domain/treatment/contraindication-context";
import { checkLine } from "@/lib/domain/treatment/contraindications";
import { findComponent } from "@/lib/domain/treatment/components/catalogue";
import { checkScope } from "@/lib/domain/treatment/scope";
import type { TreatmentLine } from "@/lib/domain/treatment/types";
import { AppError } from "@/lib/errors";

export type LineVerdict =
  | { ok: true; overrideReason: string | null; sources: string[] }
  | { ok: false; field: "line.componentCode" | "line.override.reason"; message: string };

/**
 * Scope first (never overridable: a massage therapist cannot record a thrust whatever the reason),
 * then contraindications: a hard block is refused with its reason; a block the domain leaves to the
 * clinician, or a caution, goes through only with an override reason, which is stored.
 */
export function judgeLine(line: TreatmentLine, provider: Provider, context: ContraindicationContext): LineVerdict {
  const { discipline } = provider;
  const label = findComponent(line.componentCode)?.label ?? line.componentCode;
  if (!discipline) {
    return { ok: false, field: "line.componentCode", message: "Only a clinician whose staff profile names a discipline (DC, PT, PTA, LMT) can record treatment." };
  }
  const scope = checkScope(discipline, line.componentCode, provider.scope);
  if (!scope.allowed) return { ok: false, field: "line.componentCode", message: `Refused: ${scope.reason}.` };
  const check = checkLine({ ...line, discipline }, context);
  if (check.status === "ok") return { ok: true, overrideReason: null, sources: [] };
  const why = check.reasons.join("; ");
  if (check.status === "blocked" && !check.overridable) return { ok: false, field: "line.componentCode", message: `Refused — ${label} is contraindicated: ${why}.` };
  const reason = line.override?.reason?.trim();
  if (!reason) {
    return { ok: false, field: "line.override.reason", message: `${label} needs an override: ${why}. Give your clinical reason to record it anyway.` };
  }
  return { ok: true, overrideReason: reason, sources: check.findings.map((f) => f.source) };
}

export function refuse(verdict: Extract<LineVerdict, { ok: false }>): never {
  throw new AppError(verdict.field === "line.componentCode" ? "forbidden" : "validation", verdict.message, { [verdict.field]: [verdict.message] });
}

export type OpenVisit = { id: string; patientId: string; episodeId: string; startsAt: string; visitType: string };

/**
 * Lock the visit row so concurrent adds number their lines in order, and refuse once the note is
 * signed (the database trigger refuses too; this gives the clinician a sentence instead of an error id).
 */
export async function lockOpenVisit(tx: Tx, visitId: string): Promise<OpenVisit> {
  const [v] = await tx.execute<OpenVisit & { status: string; locked: boolean }>(sql`
    select v.id, v.patient_id as "patientId", v.episode_id as "episodeId", v.starts_at as "startsAt", v.visit_type as "visitType", v.status, kc_visit_is_locked(v.id) as locked
    from visits v join patients p on p.id = v.patient_id
    where v.id = ${visitId} and p.status not in ('voided', 'merged') for update of v`);
  if (!v) throw new AppError("not_found", "That visit was not found.");
  if (v.locked) throw new AppError("invalid", "This visit's note is signed: its treatment cannot change. Add an addendum instead.");
  if (v.status !== "in_progress") throw new AppError("invalid", "This visit is no longer open for changes.");
  return { id: v.id, patientId: v.patientId, episodeId: v.episodeId, startsAt: v.startsAt, visitType: v.visitType };
}

export async function nextPosition(tx: Tx, visitId: string): Promise<number> {
  const [r] = await tx.execute<{ n: number }>(sql`select coalesce(max(position), 0)::int + 1 as n from treatment_lines where visit_id = ${visitId}`);
  return r.n;
}
