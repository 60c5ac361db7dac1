import type { Appointment, CarePlan, Consent, DocumentReference, Observation } from "@medplum/fhirtypes";
import { BundleError, LOCAL, codeIn, fromBase64, readCode, readDate, readDateTime, readExt, readInt, readJson, readString } from "./codes";
import { APPOINTMENT_STATUS } from "./map-care";
import { idOfRef } from "./map-people";
import type {
  AppointmentRow, ConsentRow, DocumentRow, HepItemRow, HepLogRow, HepVersionRow, LocationRow,
} from "./record";

const APPOINTMENT_FROM_FHIR = Object.fromEntries(Object.entries(APPOINTMENT_STATUS).map(([k, v]) => [v, k])) as Record<string, AppointmentRow["status"]>;

function missing(what: string): never {
  throw new BundleError(`The bundle is missing ${what}.`);
}

interface CareInput {
  appointments: Appointment[]; carePlans: CarePlan[]; consents: Consent[]; documents: DocumentReference[]; logs: Observation[];
  locations: LocationRow[]; patientId: string;
}

/** The scheduling, exercise-program, consent and document parts of a bundle back into record rows. */
export function parseCare(input: CareInput) {
  const locationIds = new Set(input.locations.map((l) => l.id));
  const rooms = new Set(input.locations.filter((l) => l.partOfId).map((l) => l.id));
  const appointments = input.appointments.map((a): AppointmentRow => {
    const actors = (a.participant ?? []).map((p) => idOfRef(p.actor)).filter((x): x is string => Boolean(x));
    const places = actors.filter((id) => locationIds.has(id));
    const clinicianId = actors.find((id) => id !== input.patientId && !locationIds.has(id)) ?? missing("an appointment's clinician");
    const roomId = places.find((id) => rooms.has(id)) ?? null;
    return {
      id: a.id ?? missing("an appointment id"), clinicianId, locationId: places.find((id) => !rooms.has(id)) ?? missing("an appointment's location"), roomId,
      typeName: a.appointmentType?.text ?? "Follow-up", episodeId: idOfRef(readExt(a, "episode")?.valueReference),
      startsAt: a.start ?? missing("an appointment start"), endsAt: a.end ?? missing("an appointment end"), status: APPOINTMENT_FROM_FHIR[a.status] ?? "booked",
      cancelReason: a.cancelationReason?.text ?? null, cancelledAt: readDateTime(a, "cancelled-at"), arrivedAt: readDateTime(a, "arrived-at"),
      createdAt: a.created ?? a.start ?? missing("an appointment date"),
    };
  });

  const hepPlans = input.carePlans.filter((c) => codeIn(c.category?.[0], LOCAL.recordKind) === "home-exercise-program");
  const hepVersions = hepPlans.map((c): HepVersionRow => ({
    id: c.id ?? missing("a care plan id"), programId: c.identifier?.find((i) => i.system === LOCAL.hepProgram)?.value ?? c.id!, programTitle: c.title ?? "Home exercises",
    programStatus: readString(c, "program-status") === "ended" ? "ended" : "active", programEndedAt: readDateTime(c, "program-ended-at"),
    episodeId: idOfRef(c.supportingInfo?.[0]) ?? missing("a program's episode"), version: readInt(c, "program-version") ?? 1,
    status: c.status === "active" || !readDate(c, "superseded-on") ? "assigned" : "superseded",
    assignedOn: c.period?.start ?? missing("a program's start"), assignedAt: readDateTime(c, "assigned-at") ?? `${c.period?.start}T00:00:00.000Z`,
    assignedBy: idOfRef(c.author) ?? missing("a program's author"), supersededOn: readDate(c, "superseded-on"),
    items: (c.activity ?? []).map((a, i): HepItemRow => {
      const dosing = readJson<Omit<HepItemRow, "exerciseName">>(a, "exercise-dosing");
      return {
        ...(dosing ?? { position: i + 1, phase: 1, side: "NA", sets: 1, reps: 10, holdSeconds: null, repHoldSeconds: null, durationSeconds: null, restSeconds: null, timesPerDay: 1, daysPerWeek: 7, load: null, loadKg: null, notes: null, progressionNote: null, painRule: "" }),
        exerciseCode: codeIn(a.detail?.code, LOCAL.exercise) ?? missing("an exercise code"), exerciseName: a.detail?.code?.text ?? "",
      };
    }),
  }));

  const hepLogs = input.logs.map((o): HepLogRow => ({
    id: o.id ?? missing("a log id"), versionId: idOfRef(o.basedOn?.[0]) ?? missing("a log's program"), itemPosition: readInt(o, "item-position") ?? 1,
    logDate: (o.effectiveDateTime ?? missing("a log date")).slice(0, 10), done: o.valueBoolean ?? true,
    setsDone: o.component?.find((c) => codeIn(c.code, LOCAL.hepLog) === "sets-done")?.valueInteger ?? 0,
    pain: o.component?.find((c) => codeIn(c.code, LOCAL.hepLog) === "pain")?.valueInteger ?? null, comment: o.note?.[0]?.text ?? null,
    createdAt: readDateTime(o, "logged-at") ?? `${o.effectiveDateTime}T12:00:00.000Z`,
  }));

  const consents = input.consents.map((c): ConsentRow => ({
    id: c.id ?? missing("a consent id"), kind: codeIn(c.category?.[0], LOCAL.consentKind) ?? "consent_to_treat", textVersion: readInt(c, "text-version") ?? 1,
    title: c.sourceAttachment?.title ?? c.category?.[0]?.text ?? "Consent", body: fromBase64(c.sourceAttachment?.data ?? ""),
    signedName: readString(c, "signed-name") ?? "", signedOn: readDate(c, "signed-on") ?? (c.dateTime ?? "").slice(0, 10), signedAt: c.dateTime ?? missing("a consent date"),
    channel: readCode(c, "channel") === "portal" ? "portal" : "desk", signerRelationship: readCode(c, "signer-relationship") === "guardian" ? "guardian" : "self",
  }));

  const documents = input.documents.map((d): DocumentRow => ({
    id: d.id ?? missing("a document id"), kind: codeIn(d.type, LOCAL.documentKind) ?? "other", title: d.description ?? "Document",
    filename: d.content?.[0]?.attachment.title ?? "document", contentType: d.content?.[0]?.attachment.contentType ?? "application/pdf",
    contentBase64: d.content?.[0]?.attachment.data ?? "", uploadedAt: d.date ?? missing("a document date"),
  }));

  return { appointments, hepVersions, hepLogs, consents, documents };
}
