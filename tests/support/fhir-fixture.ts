import type { PatientRecord } from "@/lib/domain/fhir/record";

/** Deterministic uuids for fixtures: id(1) = 00000000-0000-4000-8000-000000000001. */
export const fid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

const T = (day: number, hh = 9, mm = 0) => new Date(Date.UTC(2026, 2, day, hh, mm)).toISOString();

/** One patient with a bit of everything a chart holds: two visits (one signed), codes, outcomes, a program, appointments. */
export function richRecord(): PatientRecord {
  const [P, DC, PT, LOC, ROOM, EP, INT, V1, V2, AP1, AP2] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(fid);
  return {
    patient: {
      id: P, mrn: "KC-001001", legalFirstName: "Michèle", legalLastName: "Durand", preferredName: "Mimi", dateOfBirth: "1991-04-12", sex: "female",
      phone: "+1 555 0101", email: "michele@example.test", addressLine1: "1 River Rd", addressLine2: "Apt 2", city: "Riverside", region: "NY", postalCode: "10001",
      emergencyContactName: "Paul Durand", emergencyContactPhone: "+1 555 0199", emergencyContactRelation: "Brother", referralSource: "Running club",
      guardianName: null, guardianRelation: null, guardianPhone: null, guardianEmail: null,
    },
    history: { data: { conditions: ["ASTHMA"], medications: "Salbutamol as needed", surgeries: [], smoker: false, pregnant: null }, updatedAt: T(1, 8, 10) },
    redFlags: [
      { id: fid(15), episodeId: EP, intakeId: INT, flagId: "RF-BSI-SACRAL", action: "URGENT_REFERRAL", restricts: ["HVLA_SACRUM_SIJ"], reasons: ["Focal sacral tenderness"], needsClarification: "no", raisedAt: T(1, 8), acknowledgedAt: T(2, 9, 1), acknowledgedBy: DC, acknowledgement: "Hop test negative; MRI not needed" },
      { id: fid(16), episodeId: EP, intakeId: null, flagId: "RF-NIGHT-PAIN", action: "FLAG", restricts: [], reasons: [], needsClarification: "yes", raisedAt: T(1, 8), acknowledgedAt: null, acknowledgedBy: null, acknowledgement: null },
    ],
    practitioners: [{ id: DC, name: "Dr. Maya Okafor", credentials: "DC" }, { id: PT, name: "Sam Rivera", credentials: "PT, DPT" }],
    locations: [{ id: LOC, name: "Main clinic", partOfId: null }, { id: ROOM, name: "Treatment room 1", partOfId: LOC }],
    episodes: [{ id: EP, title: "R buttock pain when running", status: "open", openedOn: "2026-03-01", closedOn: null, closeReason: null }],
    intakes: [{
      id: INT, episodeId: EP, status: "accepted", answers: { chiefComplaint: "Right buttock pain", painNow: 6, runsPerWeek: 4, worseWithSitting: true, painLocations: [{ region: "BUTTOCK", side: "R" }] },
      submittedAt: T(1, 8), acceptedAt: T(2, 9), updatedAt: T(2, 9),
    }],
    visits: [
      { id: V1, episodeId: EP, clinicianId: DC, visitType: "INITIAL_EXAM", startsAt: T(2), status: "completed", appointmentId: AP1, cancelReason: null, signed: true },
      { id: V2, episodeId: EP, clinicianId: PT, visitType: "TREATMENT", startsAt: T(9), status: "in_progress", appointmentId: null, cancelReason: null, signed: false },
    ],
    findings: [
      { id: fid(20), visitId: V1, code: "ROM-LUMB-FLEX", side: "NA", site: "", valueNum: 45, valueText: null, valueJson: null, extras: { endFeel: "FIRM" }, modifier: null, unit: "deg", method: "inclinometer", familiarPain: null, comment: "Pulling in R buttock", recordedBy: DC, recordedAt: T(2, 9, 10) },
      { id: fid(21), visitId: V1, code: "T-SI-DIST", side: "R", site: "", valueNum: null, valueText: "POS", valueJson: null, extras: null, modifier: null, unit: null, method: null, familiarPain: true, comment: null, recordedBy: DC, recordedAt: T(2, 9, 12) },
      { id: fid(22), visitId: V1, code: "PALP", side: "R", site: "PIRIFORMIS", valueNum: 2, valueText: null, valueJson: null, extras: null, modifier: "+", unit: "grade", method: null, familiarPain: null, comment: null, recordedBy: DC, recordedAt: T(2, 9, 14) },
      { id: fid(23), visitId: V2, code: "ROM-LUMB-EXT", side: "NA", site: "", valueNum: null, valueText: null, valueJson: { high_side: "L", diff_mm: 4 }, extras: null, modifier: null, unit: null, method: null, familiarPain: null, comment: null, recordedBy: PT, recordedAt: T(9, 9, 5) },
    ],
    outcomes: [
      { id: fid(30), episodeId: EP, visitId: V1, measure: "ODI", status: "completed", answers: { PAIN_INTENSITY: 2, PERSONAL_CARE: 1, version: "ODI_2_1A" }, score: 24, band: "MODERATE", source: "clinic", assignedAt: T(2, 9), completedAt: T(2, 9, 20) },
      { id: fid(31), episodeId: EP, visitId: null, measure: "NPRS", status: "completed", answers: { NOW: 5 }, score: 5, band: "MODERATE", source: "portal", assignedAt: T(5), completedAt: T(5, 18) },
      { id: fid(32), episodeId: EP, visitId: null, measure: "LEFS", status: "assigned", answers: {}, score: null, band: null, source: "portal", assignedAt: T(9), completedAt: null },
    ],
    treatmentLines: [
      { id: fid(40), visitId: V1, position: 1, componentCode: "MANIPULATION", side: "R", params: { segments: ["SIJ"], technique: "SIDE_POSTURE" }, minutes: null, patientPosition: "side-lying", response: "Improved", preNprs: 6, postNprs: 4, protocolCode: null, protocolVersion: null, overrideReason: null, createdBy: DC, createdAt: T(2, 9, 30) },
      { id: fid(41), visitId: V1, position: 2, componentCode: "KNEADING", side: "R", params: { region: "BUTTOCK_UPPER", pressure: "MODERATE" }, minutes: 8, patientPosition: null, response: null, preNprs: null, postNprs: null, protocolCode: "P3", protocolVersion: 1, overrideReason: "Tolerated well before", createdBy: DC, createdAt: T(2, 9, 31) },
    ],
    diagnoses: [
      { id: fid(50), visitId: V1, rank: 1, icdCode: "M53.3", createdBy: DC, createdAt: T(2, 9, 40) },
      { id: fid(51), visitId: V1, rank: 2, icdCode: "M54.50", createdBy: DC, createdAt: T(2, 9, 40) },
    ],
    billingLines: [{ id: fid(60), visitId: V1, position: 1, code: "98940", units: 1, minutes: null, modifiers: ["AT"], diagnosisPointers: [1, 2], createdBy: DC, createdAt: T(2, 9, 45) }],
    notes: [{
      id: fid(70), visitId: V1, noteType: "INITIAL_EVALUATION", requiresCosign: false, authorId: DC, createdAt: T(2, 9, 50), updatedAt: T(2, 10),
      content: {
        subjective: "R buttock pain after increasing volume.", nprsNow: 6, changeSinceLast: null, changePercent: null, hepAdherence: null, objective: "SI distraction positive R.",
        assessment: "R SI joint dysfunction.", plan: "2x/week for 4 weeks.", referralTo: "", referralReason: "", redFlagReasoning: "", evaluationComplexity: null,
        dischargeReason: null, returnToSport: "", recommendations: "", followUp: "", hepGiven: true,
      },
      signatures: [{ id: fid(71), signerId: DC, role: "author", attestation: "Electronically signed by Dr. Maya Okafor, DC", contentHash: "abc123", signedAt: T(2, 10) }],
      addenda: [{ id: fid(72), kind: "LATE_ENTRY", reason: "Forgot to record", body: "Patient also reports morning stiffness.", correctedText: null, eventAt: T(2, 9, 5), authorId: DC, attestation: "Signed by Dr. Maya Okafor", createdAt: T(3, 8) }],
    }],
    appointments: [
      { id: AP1, clinicianId: DC, locationId: LOC, roomId: ROOM, typeName: "Initial exam", episodeId: EP, startsAt: T(2), endsAt: T(2, 10), status: "completed", cancelReason: null, cancelledAt: null, arrivedAt: T(2, 8, 55), createdAt: T(1, 12) },
      { id: AP2, clinicianId: PT, locationId: LOC, roomId: null, typeName: "Follow-up", episodeId: null, startsAt: T(12, 14), endsAt: T(12, 14, 30), status: "cancelled", cancelReason: "Work trip", cancelledAt: T(10), arrivedAt: null, createdAt: T(9, 11) },
    ],
    hepVersions: [
      { id: fid(80), programId: fid(79), programTitle: "SI stability", programStatus: "active", programEndedAt: null, episodeId: EP, version: 1, status: "superseded", assignedOn: "2026-03-02", assignedAt: T(2, 10, 5), assignedBy: DC, supersededOn: "2026-03-09", items: [
        { position: 1, phase: 1, exerciseCode: "EX-15", exerciseName: "Exercise fifteen", side: "R", sets: 3, reps: 10, holdSeconds: null, repHoldSeconds: 3, durationSeconds: null, restSeconds: 30, timesPerDay: 1, daysPerWeek: 5, load: null, loadKg: null, notes: "Slowly", progressionNote: null, painRule: "Stop if pain > 3" },
      ] },
      { id: fid(81), programId: fid(79), programTitle: "SI stability", programStatus: "active", programEndedAt: null, episodeId: EP, version: 2, status: "assigned", assignedOn: "2026-03-09", assignedAt: T(9, 10), assignedBy: PT, supersededOn: null, items: [
        { position: 1, phase: 1, exerciseCode: "EX-15", exerciseName: "Exercise fifteen", side: "R", sets: 3, reps: 12, holdSeconds: null, repHoldSeconds: null, durationSeconds: null, restSeconds: null, timesPerDay: 1, daysPerWeek: 5, load: "band", loadKg: 2.5, notes: null, progressionNote: "Add a band", painRule: "Stop if pain > 3" },
        { position: 2, phase: 1, exerciseCode: "EX-17", exerciseName: "Exercise seventeen", side: "BIL", sets: 2, reps: null, holdSeconds: 30, repHoldSeconds: null, durationSeconds: null, restSeconds: null, timesPerDay: 2, daysPerWeek: 7, load: null, loadKg: null, notes: null, progressionNote: null, painRule: "Mild stretch only" },
      ] },
    ],
    hepLogs: [{ id: fid(90), versionId: fid(81), itemPosition: 1, logDate: "2026-03-10", done: true, setsDone: 3, pain: 2, comment: "Easy", createdAt: T(10, 19) }],
    consents: [{ id: fid(95), kind: "consent_to_treat", textVersion: 1, title: "Consent to treatment", body: "I agree to be examined and treated.", signedName: "Michèle Durand", signedOn: "2026-03-01", signedAt: T(1, 8, 30), channel: "portal", signerRelationship: "self" }],
    documents: [{ id: fid(96), kind: "referral", title: "Referral from Dr. Smith", filename: "referral.pdf", contentType: "application/pdf", contentBase64: Buffer.from("%PDF-1.4 test").toString("base64"), uploadedAt: T(1, 15) }],
    carePlans: [
      {
        id: fid(97), episodeId: EP, version: 1, isCurrent: false, status: "active", startDate: "2026-03-02", phases: [{ visitsPerWeek: 2, weeks: 3 }],
        goals: [{ type: "SHORT_TERM", domain: "PAIN", description: "Run 5 km with pain at most 2/10", measure: "NPRS", baselineValue: 6, targetValue: 2, unit: "", comparator: "<=", targetDate: "2026-03-30", status: "NOT_STARTED" }],
        reexamEveryVisits: 6, reexamEveryDays: null, outcomeMeasures: [{ measure: "ODI", everyVisits: 4 }], dischargeCriteria: "Goals met", preferredTimes: [{ weekday: 2, time: "08:00" }],
        changeReason: null, createdBy: DC, createdAt: T(2, 10, 2), supersededAt: T(9, 10, 30),
      },
      {
        id: fid(98), episodeId: EP, version: 2, isCurrent: true, status: "active", startDate: "2026-03-02", phases: [{ visitsPerWeek: 2, weeks: 2 }, { visitsPerWeek: 1, weeks: 4 }],
        goals: [
          { type: "SHORT_TERM", domain: "PAIN", description: "Run 5 km with pain at most 2/10", measure: "NPRS", baselineValue: 6, targetValue: 2, unit: "", comparator: "<=", targetDate: "2026-03-30", status: "PROGRESSING" },
          { type: "LONG_TERM", domain: "SPORT", description: "Run a half marathon", measure: "OTHER", baselineValue: 5, targetValue: 21, currentValue: 8, unit: "km", comparator: ">=", targetDate: "2026-06-01", status: "PROGRESSING", statusReason: null },
        ],
        reexamEveryVisits: 6, reexamEveryDays: 30, outcomeMeasures: [{ measure: "ODI", everyVisits: 4 }], dischargeCriteria: "Goals met or plateau", preferredTimes: [],
        changeReason: "Progressing faster than planned", createdBy: PT, createdAt: T(9, 10, 30), supersededAt: null,
      },
    ],
  };
}
