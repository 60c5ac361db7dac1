"use server";
import { sql } from "drizzle-orm";
import { appointments, visits } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { StartVisitFromAppointmentInput, visitTypeForAppointment } from "@/lib/validation/visits";
import { action } from "./action";

/**
 * Open today's visit from the schedule (issue #5: "from the schedule once it exists"): the visit
 * takes the appointment's patient, episode (or the patient's only open episode) and type, and the
 * patient is checked in. Opening it again leads to the same visit (one visit per appointment, by a
 * unique index).
 */
export const startVisitFromAppointment = action({
  name: "visit.fromAppointment",
  permission: "chart.clinical.write",
  input: StartVisitFromAppointmentInput,
  constraintMessages: {
    visits_emergency_unacknowledged: { message: "An emergency red flag is open: record what was done before any treatment visit." },
  },
  async handler(input, ctx) {
    const [a] = await ctx.tx.execute<{
      id: string; patientId: string; status: string; startsAt: string; version: number; typeName: string; episodeId: string | null;
      openEpisodes: string[]; visitId: string | null;
    }>(sql`
      select a.id, a.patient_id as "patientId", a.status, a.starts_at as "startsAt", a.version, t.name as "typeName",
        (select e.id from episodes e where e.id = a.episode_id and e.status = 'open') as "episodeId",
        coalesce((select array_agg(e.id) from episodes e where e.patient_id = a.patient_id and e.status = 'open'), '{}') as "openEpisodes",
        (select v.id from visits v where v.appointment_id = a.id) as "visitId"
      from appointments a join appointment_types t on t.id = a.appointment_type_id
      where a.id = ${input.appointmentId} for update of a`);
    if (!a) throw new AppError("not_found", "That appointment was not found.");
    if (a.visitId) {
      ctx.redirectAfterCommit(`/patients/${a.patientId}/visits/${a.visitId}`);
      return { visitId: a.visitId };
    }
    if (a.status !== "booked" && a.status !== "arrived") throw new AppError("invalid", "Only a booked or checked-in appointment can be opened as a visit.");
    if (new Date(a.startsAt).getTime() > ctx.now.getTime() + 12 * 3_600_000) throw new AppError("invalid", "This appointment is not today: open the visit on the day.");
    const episodeId = a.episodeId ?? (a.openEpisodes.length === 1 ? a.openEpisodes[0] : null);
    if (!episodeId) {
      throw new AppError("invalid", a.openEpisodes.length === 0
        ? "The patient has no open episode: open one on the chart's Intake tab first."
        : "The patient has several open episodes: start the visit from the chart and choose one.");
    }
    const startsAt = new Date(Math.min(new Date(a.startsAt).getTime(), ctx.now.getTime()));
    const [row] = await ctx.tx.insert(visits).values({
      patientId: a.patientId, episodeId, clinicianId: ctx.caller!.userId, visitType: visitTypeForAppointment(a.typeName), startsAt, appointmentId: a.id, createdAt: ctx.now,
    }).returning({ id: visits.id });
    if (a.status === "booked") {
      await ctx.tx.update(appointments).set({ status: "arrived", arrivedAt: ctx.now, updatedAt: ctx.now, version: a.version + 1 }).where(sql`${appointments.id} = ${a.id}`);
    }
    ctx.audit({ patientId: a.patientId, entityType: "visit", entityId: row.id, details: { fromAppointment: a.id } });
    ctx.redirectAfterCommit(`/patients/${a.patientId}/visits/${row.id}`);
    return { visitId: row.id };
  },
});
