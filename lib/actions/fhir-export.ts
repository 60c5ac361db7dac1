"use server";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { clinicExports } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/queue";
import { CLINIC_EXPORT_JOB } from "@/lib/jobs/clinic-export";
import { AppError } from "@/lib/errors";
import { action } from "./action";

/** Start a whole-clinic export; the job builds it in the background and the admin page shows its progress. */
export const startClinicExport = action({
  name: "fhir.clinic_export.start",
  permission: "data.export",
  input: z.object({}),
  idempotent: true,
  async handler(_input, ctx) {
    const running = await ctx.tx.execute(sql`select 1 from clinic_exports where status in ('queued', 'running') limit 1`);
    if (running.length) throw new AppError("conflict", "An export is already being prepared. Wait for it to finish.");
    const [row] = await ctx.tx.insert(clinicExports).values({ requestedBy: ctx.caller!.userId, createdAt: ctx.now }).returning({ id: clinicExports.id });
    await enqueueJob(ctx.tx, CLINIC_EXPORT_JOB, { exportId: row.id }, ctx.now);
    ctx.audit({ entityType: "clinic_export", entityId: row.id });
    return { exportId: row.id };
  },
});
