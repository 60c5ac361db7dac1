import type { Db } from "@/db/client";
import { appointmentFacts, notifyOnce } from "@/lib/actions/appointment-notify";

/**
 * The reminder job. It re-reads the appointment under a row lock: if the appointment was moved
 * (version or start changed), cancelled or marked no-show since the job was queued, nothing is
 * sent. A reminder for one version is decided exactly once, whichever worker gets there first.
 */
export async function sendAppointmentReminder(db: Db, payload: Record<string, unknown>, at: Date): Promise<void> {
  const appointmentId = String(payload.appointmentId ?? "");
  if (!/^[0-9a-f-]{36}$/i.test(appointmentId)) return;
  await db.transaction(async (tx) => {
    const f = await appointmentFacts(tx, appointmentId, true);
    if (!f) return;
    const current = f.version === Number(payload.version) && new Date(f.startsAt).toISOString() === String(payload.startsAt);
    if (!current || f.status !== "booked") return; // superseded: the newer version has its own job
    if (new Date(f.startsAt).getTime() <= at.getTime()) return; // too late to remind
    await notifyOnce(tx, f, "reminder", at, null);
  });
}
