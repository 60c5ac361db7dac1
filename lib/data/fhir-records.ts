// No "server-only" marker: the whole-clinic export job (lib/jobs, started from instrumentation) loads this
// too. It makes no access decision: callers check permission and patient scope first.
import type { DbOrTx } from "@/db/client";
import type { LocationRow, PatientRecord, PractitionerRow } from "@/lib/domain/fhir/record";
import { locationsQuery, practitionersQuery, recordQueries } from "./fhir-record-queries";

type Row = Record<string, unknown>;

const TIMESTAMP_KEYS = new Set([
  "submittedAt", "acceptedAt", "updatedAt", "startsAt", "endsAt", "recordedAt", "assignedAt", "completedAt", "createdAt", "signedAt",
  "eventAt", "cancelledAt", "arrivedAt", "programEndedAt", "uploadedAt", "supersededAt", "raisedAt", "acknowledgedAt",
]);
const NUMERIC_KEYS = new Set(["valueNum", "score", "loadKg"]);

/** Timestamps as ISO instants and numerics as numbers, however the driver or json_agg handed them over. */
function normalise(value: unknown, key = ""): unknown {
  if (value === null || value === undefined) return null;
  if (TIMESTAMP_KEYS.has(key) && (typeof value === "string" || value instanceof Date)) return new Date(value).toISOString();
  if (NUMERIC_KEYS.has(key) && typeof value === "string") return Number(value);
  if (Array.isArray(value)) return value.map((v) => normalise(v));
  if (typeof value === "object" && !(value instanceof Date) && key !== "answers" && key !== "data" && key !== "valueJson" && key !== "extras" && key !== "params") {
    return Object.fromEntries(Object.entries(value as Row).map(([k, v]) => [k, normalise(v, k)]));
  }
  return value;
}

const KINDS = [
  "history", "redFlags", "episodes", "intakes", "visits", "findings", "outcomes", "treatmentLines", "diagnoses", "billingLines", "notes", "appointments",
  "hepVersions", "hepLogs", "consents", "documents", "carePlans",
] as const;

/**
 * The whole record of each given patient, in a fixed number of queries whatever the number of
 * patients or rows (one per kind of record, then one for the staff and one for the places they
 * name). Callers check access first: this function does not look at who is asking.
 */
export async function loadPatientRecords(db: DbOrTx, patientIds: string[], opts: { portal: boolean }): Promise<PatientRecord[]> {
  if (patientIds.length === 0) return [];
  const q = recordQueries(patientIds, opts.portal);
  const patients = (await db.execute<Row>(q.patients)).map((r) => normalise(r) as Row);
  const results = await Promise.all(KINDS.map(async (k) => [k, (await db.execute<Row>(q[k])).map((r) => normalise(r) as Row)] as const));
  const byKind = Object.fromEntries(results) as Record<(typeof KINDS)[number], Row[]>;

  const staffIds = new Set<string>();
  const placeIds = new Set<string>();
  const add = (set: Set<string>, v: unknown) => { if (typeof v === "string") set.add(v); };
  for (const v of byKind.visits) add(staffIds, v.clinicianId);
  for (const f of byKind.redFlags) add(staffIds, f.acknowledgedBy);
  for (const f of byKind.findings) add(staffIds, f.recordedBy);
  for (const l of [...byKind.treatmentLines, ...byKind.diagnoses, ...byKind.billingLines]) add(staffIds, l.createdBy);
  for (const n of byKind.notes) {
    add(staffIds, n.authorId);
    for (const s of n.signatures as Row[]) add(staffIds, s.signerId);
    for (const a of n.addenda as Row[]) add(staffIds, a.authorId);
  }
  for (const a of byKind.appointments) { add(staffIds, a.clinicianId); add(placeIds, a.locationId); add(placeIds, a.roomId); }
  for (const v of byKind.hepVersions) add(staffIds, v.assignedBy);
  for (const c of byKind.carePlans) add(staffIds, c.createdBy);
  const [staff, places] = await Promise.all([
    db.execute<PractitionerRow>(practitionersQuery([...staffIds])),
    db.execute<LocationRow>(locationsQuery([...placeIds])),
  ]);

  return patients.map((p) => {
    const mine = (k: (typeof KINDS)[number]) => byKind[k].filter((r) => r.patientId === p.id).map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== "patientId")));
    const { history, ...rows } = Object.fromEntries(KINDS.map((k) => [k, mine(k)])) as unknown as Omit<PatientRecord, "patient" | "practitioners" | "locations" | "history"> & { history: PatientRecord["history"][] };
    const usedStaff = new Set<string>();
    const usedPlaces = new Set<string>();
    for (const v of rows.visits) usedStaff.add(v.clinicianId);
    for (const f of rows.redFlags) if (f.acknowledgedBy) usedStaff.add(f.acknowledgedBy);
    for (const f of rows.findings) usedStaff.add(f.recordedBy);
    for (const l of [...rows.treatmentLines, ...rows.diagnoses, ...rows.billingLines]) usedStaff.add(l.createdBy);
    for (const n of rows.notes) {
      usedStaff.add(n.authorId);
      n.signatures.forEach((s) => usedStaff.add(s.signerId));
      n.addenda.forEach((a) => usedStaff.add(a.authorId));
    }
    for (const a of rows.appointments) { usedStaff.add(a.clinicianId); usedPlaces.add(a.locationId); if (a.roomId) usedPlaces.add(a.roomId); }
    for (const v of rows.hepVersions) usedStaff.add(v.assignedBy);
    for (const c of rows.carePlans) usedStaff.add(c.createdBy);
    return {
      ...rows,
      patient: p as unknown as PatientRecord["patient"],
      history: history[0] ?? null,
      practitioners: staff.filter((s) => usedStaff.has(s.id)).map((s) => ({ id: s.id, name: s.name, credentials: s.credentials })),
      locations: places.filter((l) => usedPlaces.has(l.id)).map((l) => ({ id: l.id, name: l.name, partOfId: l.partOfId })),
    };
  });
}

