import { deliverMessage } from "@/lib/outbox";
import { REMINDER_JOB } from "@/lib/actions/appointment-notify";
import { sendAppointmentReminder } from "./appointment-reminder";
import { CLINIC_EXPORT_JOB, runClinicExport } from "./clinic-export";
import type { JobHandlers } from "./worker";

/** Every job kind the worker knows. Later issues add reminders here. */
export const jobHandlers: JobHandlers = {
  "outbox.send": async (payload, { db, now }) => deliverMessage(db, String(payload.messageId), now),
  [REMINDER_JOB]: async (payload, { db, now }) => sendAppointmentReminder(db, payload, now),
  [CLINIC_EXPORT_JOB]: async (payload, { db, now }) => runClinicExport(db, payload, now),
};
