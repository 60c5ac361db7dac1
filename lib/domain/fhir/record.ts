/**
 * A patient's whole record as plain values: what lib/data/fhir-export.ts loads and what the
 * import parses back out of a bundle. Ids are the source system's; timestamps are ISO strings.
 * Staff-internal columns (who created a row, versions, audit) are not part of it on purpose.
 */

export type Iso = string;
export type Json = unknown;

export interface PatientRow {
  id: string; mrn: string; legalFirstName: string; legalLastName: string; preferredName: string | null;
  dateOfBirth: string; sex: "female" | "male" | "intersex" | "unknown"; phone: string | null; email: string | null;
  addressLine1: string | null; addressLine2: string | null; city: string | null; region: string | null; postalCode: string | null;
  emergencyContactName: string | null; emergencyContactPhone: string | null; emergencyContactRelation: string | null;
  referralSource: string | null; guardianName: string | null; guardianRelation: string | null; guardianPhone: string | null; guardianEmail: string | null;
}

/** A staff member named by the record (clinician, author, signer): name and credentials only. */
export type PractitionerRow = { id: string; name: string; credentials: string | null };
/** A clinic location, or a room (partOfId = its location). */
export type LocationRow = { id: string; name: string; partOfId: string | null };

export interface EpisodeRow { id: string; title: string; status: "open" | "closed"; openedOn: string; closedOn: string | null; closeReason: string | null }

export interface IntakeRow {
  id: string; episodeId: string; status: "requested" | "draft" | "submitted" | "accepted"; answers: Record<string, Json>;
  submittedAt: Iso | null; acceptedAt: Iso | null; updatedAt: Iso;
}

export interface VisitRow {
  id: string; episodeId: string; clinicianId: string; visitType: string; startsAt: Iso;
  status: "in_progress" | "completed" | "cancelled"; appointmentId: string | null; cancelReason: string | null;
  /** the visit's note is signed: its findings, lines and codes are final */
  signed: boolean;
}

export interface FindingRow {
  id: string; visitId: string; code: string; side: string; site: string; valueNum: number | null; valueText: string | null;
  valueJson: Json | null; extras: Record<string, Json> | null; modifier: "-" | "+" | null; unit: string | null; method: string | null;
  familiarPain: boolean | null; comment: string | null; recordedBy: string; recordedAt: Iso;
}

export interface OutcomeRow {
  id: string; episodeId: string; visitId: string | null; measure: string; status: "assigned" | "completed" | "cancelled";
  answers: Record<string, Json>; score: number | null; band: string | null; source: "clinic" | "portal"; assignedAt: Iso; completedAt: Iso | null;
}

export interface TreatmentLineRow {
  id: string; visitId: string; position: number; componentCode: string; side: string | null; params: Record<string, Json>;
  minutes: number | null; patientPosition: string | null; response: string | null; preNprs: number | null; postNprs: number | null;
  protocolCode: string | null; protocolVersion: number | null; overrideReason: string | null; createdBy: string; createdAt: Iso;
}

export interface DiagnosisRow { id: string; visitId: string; rank: number; icdCode: string; createdBy: string; createdAt: Iso }

export interface BillingLineRow {
  id: string; visitId: string; position: number; code: string; units: number; minutes: number | null; modifiers: string[];
  diagnosisPointers: number[]; createdBy: string; createdAt: Iso;
}

/** The structured content of a note (every column the note form edits). */
export interface NoteContentRow {
  subjective: string; nprsNow: number | null; changeSinceLast: string | null; changePercent: number | null; hepAdherence: string | null;
  objective: string; assessment: string; plan: string; referralTo: string; referralReason: string; redFlagReasoning: string;
  evaluationComplexity: string | null; dischargeReason: string | null; returnToSport: string; recommendations: string; followUp: string;
  hepGiven: boolean | null;
}

export interface SignatureRow { id: string; signerId: string; role: "author" | "cosigner"; attestation: string; contentHash: string; signedAt: Iso }
export interface AddendumRow {
  id: string; kind: "ADDENDUM" | "CORRECTION" | "LATE_ENTRY"; reason: string; body: string; correctedText: string | null;
  eventAt: Iso | null; authorId: string; attestation: string; createdAt: Iso;
}

/** Signed notes only: a draft is not part of the record until it is signed. */
export interface NoteRow {
  id: string; visitId: string; noteType: string; content: NoteContentRow; requiresCosign: boolean; authorId: string;
  createdAt: Iso; updatedAt: Iso; signatures: SignatureRow[]; addenda: AddendumRow[];
}

export interface AppointmentRow {
  id: string; clinicianId: string; locationId: string; roomId: string | null; typeName: string; episodeId: string | null;
  startsAt: Iso; endsAt: Iso; status: "booked" | "arrived" | "completed" | "cancelled" | "no_show"; cancelReason: string | null;
  cancelledAt: Iso | null; arrivedAt: Iso | null; createdAt: Iso;
}

export interface HepItemRow {
  position: number; phase: number; exerciseCode: string; exerciseName: string; side: string; sets: number; reps: number | null;
  holdSeconds: number | null; repHoldSeconds: number | null; durationSeconds: number | null; restSeconds: number | null;
  timesPerDay: number; daysPerWeek: number; load: string | null; loadKg: number | null; notes: string | null; progressionNote: string | null; painRule: string;
}

/** One assigned (or superseded) version of a home-exercise program; drafts are not exported. */
export interface HepVersionRow {
  id: string; programId: string; programTitle: string; programStatus: "active" | "ended"; programEndedAt: Iso | null; episodeId: string;
  version: number; status: "assigned" | "superseded"; assignedOn: string; assignedAt: Iso; assignedBy: string; supersededOn: string | null;
  items: HepItemRow[];
}

export interface HepLogRow {
  id: string; versionId: string; itemPosition: number; logDate: string; done: boolean; setsDone: number; pain: number | null;
  comment: string | null; createdAt: Iso;
}

export interface ConsentRow {
  id: string; kind: string; textVersion: number; title: string; body: string; signedName: string; signedOn: string; signedAt: Iso;
  channel: "portal" | "desk"; signerRelationship: "self" | "guardian";
}

export interface DocumentRow { id: string; kind: string; title: string; filename: string; contentType: string; contentBase64: string; uploadedAt: Iso }

/** A SMART goal of a care plan (DOMAIN.md §5.3), as the care-plans issue stores it. */
export interface GoalRow {
  type: string; domain: string; description: string; measure: string; baselineValue: number; targetValue: number; currentValue?: number | null;
  unit: string; comparator: "<=" | ">="; targetDate: string; status: string; statusReason?: string | null;
}

/** One version of a plan of care (phases × weeks, goals, re-exam cadence); a change is a new version. */
export interface CarePlanRow {
  id: string; episodeId: string; version: number; isCurrent: boolean; status: "active" | "completed" | "discontinued"; startDate: string;
  phases: { visitsPerWeek: number; weeks: number }[]; goals: GoalRow[]; reexamEveryVisits: number | null; reexamEveryDays: number | null;
  outcomeMeasures: { measure: string; everyVisits: number }[]; dischargeCriteria: string; preferredTimes: { weekday: number; time: string }[];
  changeReason: string | null; createdBy: string; createdAt: Iso; supersededAt: Iso | null;
}

/** Patient-level history (conditions, surgeries, medications, allergies) as the history form stores it. */
export interface HistoryRow { data: Record<string, Json>; updatedAt: Iso }

/** A red flag raised by an intake's screen, and what the clinician recorded when acknowledging it. */
export interface RedFlagRow {
  id: string; episodeId: string; intakeId: string | null; flagId: string; action: "EMERGENCY" | "URGENT_REFERRAL" | "ROUTINE_REFERRAL" | "FLAG";
  restricts: string[]; reasons: string[]; needsClarification: "yes" | "no"; raisedAt: Iso; acknowledgedAt: Iso | null; acknowledgedBy: string | null;
  acknowledgement: string | null;
}

export interface PatientRecord {
  patient: PatientRow;
  history: HistoryRow | null;
  redFlags: RedFlagRow[];
  practitioners: PractitionerRow[];
  locations: LocationRow[];
  episodes: EpisodeRow[];
  intakes: IntakeRow[];
  visits: VisitRow[];
  findings: FindingRow[];
  outcomes: OutcomeRow[];
  treatmentLines: TreatmentLineRow[];
  diagnoses: DiagnosisRow[];
  billingLines: BillingLineRow[];
  notes: NoteRow[];
  appointments: AppointmentRow[];
  hepVersions: HepVersionRow[];
  hepLogs: HepLogRow[];
  consents: ConsentRow[];
  documents: DocumentRow[];
  carePlans: CarePlanRow[];
}
