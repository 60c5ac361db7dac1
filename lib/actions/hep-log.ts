"use server";
import { sql } from "drizzle-orm";
import { patientScope } from "@/lib/data/patients";
import { getClinicSettings } from "@/lib/data/settings";
import { addDays } from "@/lib/domain/hep/dates";
import { dateInZone } from "@/lib/domain/hep/format";
import { AppError } from "@/lib/errors";
import { LogExerciseInput } from "@/lib/validation/hep-programs";
import { action } from "./action";

/** How far back a tap kept on a phone without signal may still be sent. */
const LOG_WINDOW_DAYS = 7;

/**
 * The patient marks an exercise done (with how it felt). The line must belong to a patient of the
 * caller's own account, found in SQL from the line id: an id from another patient is simply not found.
 * The key is unique, so the same tap sent twice records one completion; sending it again with a pain
 * score or comment adds them to that one log.
 */
export const logExercise = action({
  name: "hep.log",
  permission: "portal.self",
  input: LogExerciseInput,
  async handler(input, ctx) {
    const { timeZone } = await getClinicSettings(ctx.tx);
    const today = dateInZone(ctx.now, timeZone);
    // A phone a time zone ahead may already be on tomorrow.
    if (input.date > addDays(today, 1)) throw new AppError("validation", "That day has not come yet.", { date: ["That day has not come yet"] });
    if (input.date < addDays(today, -LOG_WINDOW_DAYS)) {
      throw new AppError("invalid", `Sessions older than ${LOG_WINDOW_DAYS} days cannot be logged here: tell your clinician at your next visit.`);
    }
    const rows = await ctx.tx.execute<{ id: string; patientId: string; inserted: boolean }>(sql`
      insert into hep_logs (patient_id, item_id, log_date, done, sets_done, pain, comment, idempotency_key, logged_by, created_at, updated_at)
      select i.patient_id, i.id, ${input.date}, true, i.sets, ${input.pain ?? null}, ${input.comment ?? null}, ${input.key}, ${ctx.caller!.userId},
        ${ctx.now.toISOString()}, ${ctx.now.toISOString()}
      from hep_program_items i join hep_program_versions v on v.id = i.version_id join hep_programs pr on pr.id = v.program_id
        join patients p on p.id = i.patient_id
      where i.id = ${input.itemId} and v.status <> 'draft' and pr.status = 'active' and ${patientScope(ctx.caller!)}
      on conflict (idempotency_key) do update
        set pain = coalesce(excluded.pain, hep_logs.pain), comment = coalesce(excluded.comment, hep_logs.comment), updated_at = excluded.updated_at
        where hep_logs.patient_id = excluded.patient_id and hep_logs.item_id = excluded.item_id
      returning id, patient_id as "patientId", (xmax = 0) as inserted`);
    const row = rows[0];
    if (!row) throw new AppError("not_found", "That exercise is not in your current program.");
    // The comment is the patient's own words: it stays in the row, not in the audit log.
    ctx.audit({ patientId: row.patientId, entityType: "hep_log", entityId: row.id, details: { repeat: !row.inserted } });
    return { logId: row.id, recorded: row.inserted };
  },
});
