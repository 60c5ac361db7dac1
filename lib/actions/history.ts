"use server";
import { and, eq, sql } from "drizzle-orm";
import { patientHistories } from "@/db/schema";
import { versionConflict } from "@/lib/errors";
import { SaveHistoryInput } from "@/lib/validation/history";
import { action } from "./action";

/** Save the patient-level history; a save based on an outdated version is refused, never merged silently. */
export const saveHistory = action({
  name: "history.save",
  permission: "chart.clinical.write",
  input: SaveHistoryInput,
  patientId: (input) => input.patientId,
  async handler(input, ctx) {
    if (input.version === 0) {
      const inserted = await ctx.tx.insert(patientHistories)
        .values({ patientId: input.patientId, data: input.data, version: 1, updatedAt: ctx.now, updatedBy: ctx.caller!.userId })
        .onConflictDoNothing().returning({ version: patientHistories.version });
      if (inserted.length === 0) throw versionConflict();
      ctx.audit({ entityType: "history", entityId: input.patientId });
      return { version: 1 };
    }
    const rows = await ctx.tx.update(patientHistories)
      .set({ data: input.data, version: sql`${patientHistories.version} + 1`, updatedAt: ctx.now, updatedBy: ctx.caller!.userId })
      .where(and(eq(patientHistories.patientId, input.patientId), eq(patientHistories.version, input.version)))
      .returning({ version: patientHistories.version });
    if (rows.length === 0) throw versionConflict();
    ctx.audit({ entityType: "history", entityId: input.patientId });
    return { version: rows[0].version };
  },
});
