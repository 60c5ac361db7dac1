"use server";
import { sql } from "drizzle-orm";
import { queueContacts } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { QueueContactInput } from "@/lib/validation/care-plans";
import { action } from "./action";

/** The front desk reached a dropped-off or no-show patient: logged, and the row leaves the queue for a while. */
export const logQueueContact = action({
  name: "work_queue.contact",
  permission: "schedule.write",
  input: QueueContactInput,
  patientId: (input) => input.patientId,
  async handler(input, ctx) {
    const [patient] = await ctx.tx.execute<{ id: string }>(sql`select id from patients where id = ${input.patientId} and status not in ('voided', 'merged')`);
    if (!patient) throw new AppError("not_found", "That patient was not found.");
    const [row] = await ctx.tx.insert(queueContacts).values({
      patientId: input.patientId, episodeId: input.episodeId ?? null, kind: input.kind, note: input.note ?? "",
      contactedBy: ctx.caller!.userId, contactedAt: ctx.now,
    }).returning({ id: queueContacts.id });
    ctx.audit({ entityType: "queue_contact", entityId: row.id, details: { kind: input.kind } });
    return { contactId: row.id };
  },
});
