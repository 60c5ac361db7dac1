import { z } from "zod";
import { isoDate } from "./dates";
import { requiredText, uuid } from "./common";

export const DISCIPLINE_OPTIONS = ["DC", "PT", "PTA", "LMT"] as const;
export const WEEKDAY_LABELS: Record<number, string> = { 1: "Monday", 2: "Tuesday", 3: "Wednesday", 4: "Thursday", 5: "Friday", 6: "Saturday", 7: "Sunday" };
export const STATUS_LABELS: Record<string, string> = { booked: "Booked", arrived: "Arrived", completed: "Completed", cancelled: "Cancelled", no_show: "No-show" };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const wallTime = (label: string) => z.string({ error: `${label} is required` }).trim().regex(TIME, `${label}: use 24-hour time like 09:00`);
/** An instant chosen from the slot list (ISO 8601 with offset or Z). */
const instant = (label: string) => z.string({ error: `Choose ${label}` }).trim().min(1, `Choose ${label}`)
  .refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)), `Choose ${label} from the list`);
const optionalUuid = (label: string) => z.union([z.literal(""), uuid(label)]).optional().transform((v) => (v ? v : null));
const version = z.coerce.number().int().min(1);

// ---- admin ----
export const AppointmentTypeInput = z.object({
  id: optionalUuid("appointment type"),
  name: requiredText(80, "Name"),
  durationMinutes: z.coerce.number({ error: "Duration is required" }).int("Whole minutes").min(5, "At least 5 minutes").max(480, "At most 480 minutes"),
  // a checkbox group gives false (none), a string (one) or an array
  defaultDisciplines: z.preprocess((v) => (Array.isArray(v) ? v : typeof v === "string" && v ? [v] : []), z.array(z.enum(DISCIPLINE_OPTIONS, { error: "Choose from DC, PT, PTA, LMT" }))),
  active: z.boolean().default(true),
});
export type AppointmentTypeInput = z.input<typeof AppointmentTypeInput>;

export const RetireAppointmentTypeInput = z.object({ id: uuid("appointment type"), active: z.boolean() });

export const AvailabilityRuleInput = z.object({
  clinicianId: uuid("clinician"),
  locationId: uuid("location"),
  weekday: z.coerce.number({ error: "Choose a day" }).int().min(1, "Choose a day").max(7, "Choose a day"),
  startTime: wallTime("Start"),
  endTime: wallTime("End"),
}).refine((v) => v.startTime < v.endTime, { message: "End must be after start", path: ["endTime"] });
export type AvailabilityRuleInput = z.input<typeof AvailabilityRuleInput>;

export const AvailabilityExceptionInput = z.object({
  clinicianId: uuid("clinician"),
  date: isoDate("Date"),
  allDay: z.boolean().default(true),
  startTime: z.string().trim().optional().default(""),
  endTime: z.string().trim().optional().default(""),
  reason: requiredText(200, "Reason"),
}).superRefine((v, c) => {
  if (v.allDay) return;
  if (!TIME.test(v.startTime)) c.addIssue({ code: "custom", path: ["startTime"], message: "From: use 24-hour time like 13:00" });
  if (!TIME.test(v.endTime)) c.addIssue({ code: "custom", path: ["endTime"], message: "Until: use 24-hour time like 17:00" });
  else if (TIME.test(v.startTime) && v.startTime >= v.endTime) c.addIssue({ code: "custom", path: ["endTime"], message: "Until must be after from" });
});
export type AvailabilityExceptionInput = z.input<typeof AvailabilityExceptionInput>;

export const RemoveAvailabilityInput = z.object({ id: uuid("availability"), kind: z.enum(["rule", "exception"]) });

export const RoomInput = z.object({ locationId: uuid("location"), name: requiredText(60, "Room name") });
export const RenameRoomInput = z.object({ roomId: uuid("room"), name: requiredText(60, "Room name") });

// ---- front desk ----
export const BookAppointmentInput = z.object({
  patientId: uuid("patient"),
  clinicianId: uuid("clinician"),
  appointmentTypeId: uuid("appointment type"),
  roomId: optionalUuid("room"),
  episodeId: optionalUuid("episode"),
  startsAt: instant("a free slot"),
});
export type BookAppointmentInput = z.input<typeof BookAppointmentInput>;

export const MoveAppointmentInput = z.object({
  appointmentId: uuid("appointment"),
  version,
  startsAt: instant("a new slot"),
  clinicianId: uuid("clinician"),
  roomId: optionalUuid("room"),
});
export type MoveAppointmentInput = z.input<typeof MoveAppointmentInput>;

export const CancelAppointmentInput = z.object({ appointmentId: uuid("appointment"), version, reason: requiredText(300, "Reason") });
export type CancelAppointmentInput = z.input<typeof CancelAppointmentInput>;

export const MarkAppointmentInput = z.object({ appointmentId: uuid("appointment"), version, status: z.enum(["arrived", "no_show", "booked"]) });

export const ReminderPrefInput = z.object({ patientId: uuid("patient"), optOut: z.boolean() });

// ---- portal ----
export const PortalCancelInput = z.object({
  appointmentId: uuid("appointment"),
  reason: z.string().trim().max(300, "Reason must be at most 300 characters").optional().default(""),
});
export type PortalCancelInput = z.input<typeof PortalCancelInput>;

export const IcalFeedInput = z.object({ owner: z.enum(["patient", "clinician"]), patientId: optionalUuid("patient"), revoke: z.boolean().default(false) });
