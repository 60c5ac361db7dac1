import type { Appointment, CarePlan, CarePlanActivity, Observation } from "@medplum/fhirtypes";
import { LOCAL, coding, compact, extDate, extDateTime, extInt, extJson, extString, extensionUrl } from "./codes";
import { ref } from "./map-people";
import type { AppointmentRow, HepItemRow, HepLogRow, HepVersionRow } from "./record";

export const APPOINTMENT_STATUS: Record<AppointmentRow["status"], Appointment["status"]> = {
  booked: "booked", arrived: "arrived", completed: "fulfilled", cancelled: "cancelled", no_show: "noshow",
};

export function mapAppointment(a: AppointmentRow, patientId: string): Appointment {
  return compact({
    resourceType: "Appointment" as const,
    id: a.id,
    extension: [...extDateTime("cancelled-at", a.cancelledAt), ...extDateTime("arrived-at", a.arrivedAt), ...(a.episodeId ? [{ url: extensionUrl("episode"), valueReference: ref(a.episodeId) }] : [])],
    status: APPOINTMENT_STATUS[a.status],
    cancelationReason: a.cancelReason ? { text: a.cancelReason } : undefined,
    appointmentType: { coding: [coding(LOCAL.appointmentType, a.typeName.toLowerCase().replace(/[^a-z0-9]+/g, "-"), a.typeName)], text: a.typeName },
    start: a.startsAt,
    end: a.endsAt,
    minutesDuration: Math.round((Date.parse(a.endsAt) - Date.parse(a.startsAt)) / 60_000),
    created: a.createdAt,
    participant: [
      { actor: ref(patientId), status: "accepted" as const },
      { actor: ref(a.clinicianId), status: "accepted" as const },
      { actor: ref(a.roomId ?? a.locationId), status: "accepted" as const },
      ...(a.roomId ? [{ actor: ref(a.locationId), status: "accepted" as const }] : []),
    ],
  });
}

/** The dosing of one exercise as a person reads it: "3 × 10, 1×/day, 5 days/week". */
export function dosingText(i: HepItemRow): string {
  const dose = i.reps ? `${i.sets} × ${i.reps}${i.repHoldSeconds ? ` (hold ${i.repHoldSeconds} s)` : ""}` : i.holdSeconds ? `${i.sets} × hold ${i.holdSeconds} s` : `${i.sets} × ${i.durationSeconds} s`;
  const side = i.side === "NA" ? "" : ` ${i.side}`;
  return `${i.exerciseName}${side}: ${dose}, ${i.timesPerDay}×/day, ${i.daysPerWeek} days/week${i.load ? `, load ${i.load}` : ""}`;
}

function activity(i: HepItemRow, status: "in-progress" | "stopped"): CarePlanActivity {
  const dosing = { ...i, exerciseName: undefined };
  return {
    extension: extJson("exercise-dosing", dosing),
    detail: compact({
      kind: "ServiceRequest" as const,
      code: { coding: [coding(LOCAL.exercise, i.exerciseCode, i.exerciseName)], text: i.exerciseName },
      status,
      description: dosingText(i),
      scheduledString: `${i.timesPerDay}×/day, ${i.daysPerWeek} days/week`,
    }),
  };
}

/**
 * One assigned version of a home-exercise program (a progression is a new version, the old one
 * is kept): a CarePlan whose activities are the exercises with their dosing. Versions of one
 * program share an identifier and each replaces the one before.
 */
export function mapHepVersion(v: HepVersionRow, previous: HepVersionRow | undefined, patientId: string): CarePlan {
  const current = v.status === "assigned" && v.programStatus === "active";
  return compact({
    resourceType: "CarePlan" as const,
    id: v.id,
    extension: [...extInt("program-version", v.version), ...extDate("superseded-on", v.supersededOn), ...extDateTime("assigned-at", v.assignedAt), ...extDateTime("program-ended-at", v.programEndedAt), ...extString("program-status", v.programStatus)],
    identifier: [{ system: LOCAL.hepProgram, value: v.programId }],
    replaces: previous ? [ref(previous.id)] : [],
    status: current ? ("active" as const) : ("completed" as const),
    intent: "plan" as const,
    category: [{ coding: [coding(LOCAL.recordKind, "home-exercise-program", "Home exercise program")] }],
    title: v.programTitle,
    subject: ref(patientId),
    period: compact({ start: v.assignedOn, end: v.supersededOn ?? undefined }),
    author: ref(v.assignedBy),
    activity: v.items.map((i) => activity(i, current ? "in-progress" : "stopped")),
    supportingInfo: [ref(v.episodeId)],
  });
}

/** A session the patient logged for one exercise of a program version. */
export function mapHepLog(l: HepLogRow, patientId: string, exerciseCode: string): Observation {
  return compact({
    resourceType: "Observation" as const,
    id: l.id,
    extension: [...extInt("item-position", l.itemPosition), ...extDateTime("logged-at", l.createdAt)],
    basedOn: [ref(l.versionId)],
    status: "final" as const,
    category: [{ coding: [coding("http://terminology.hl7.org/CodeSystem/observation-category", "activity", "Activity")] }],
    code: { coding: [coding(LOCAL.hepLog, "exercise-session", "Home exercise session")], text: `Home exercise session: ${exerciseCode}` },
    subject: ref(patientId),
    effectiveDateTime: l.logDate,
    valueBoolean: l.done,
    component: [
      { code: { coding: [coding(LOCAL.hepLog, "sets-done", "Sets done")] }, valueInteger: l.setsDone },
      ...(l.pain != null ? [{ code: { coding: [coding(LOCAL.hepLog, "pain", "Pain 0-10")] }, valueInteger: l.pain }] : []),
    ],
    note: l.comment ? [{ text: l.comment }] : [],
  });
}
