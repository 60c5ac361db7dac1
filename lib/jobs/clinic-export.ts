import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clinicExports } from "@/db/schema";
import { loadPatientRecords } from "@/lib/data/fhir-records";
import { recordToBundle } from "@/lib/domain/fhir/bundle";
import { toCsv, type Cell } from "@/lib/domain/fhir/csv";
import { buildZip } from "@/lib/domain/fhir/zip";

export const CLINIC_EXPORT_JOB = "fhir.clinic-export";
const BATCH = 25;

type Row = Record<string, Cell>;

const PATIENT_COLUMNS = ["id", "mrn", "legal_first_name", "legal_last_name", "preferred_name", "date_of_birth", "sex", "phone", "email", "address_line1",
  "address_line2", "city", "region", "postal_code", "emergency_contact_name", "emergency_contact_phone", "emergency_contact_relation", "referral_source", "status"];
const APPOINTMENT_COLUMNS = ["id", "patient_id", "mrn", "starts_at", "ends_at", "status", "appointment_type", "clinician", "location", "room", "cancel_reason"];
const VISIT_COLUMNS = ["id", "patient_id", "mrn", "episode", "visit_type", "starts_at", "status", "clinician", "note_status"];

/**
 * Build a whole-clinic export: one FHIR bundle per patient (NDJSON, a bundle per line) and CSV
 * files of patients, appointments and visits, zipped. Patients are loaded in batches (a fixed number
 * of queries each), and the row's done/total is updated after every batch for the progress bar.
 */
export async function runClinicExport(db: Db, payload: Record<string, unknown>, at: Date): Promise<void> {
  const exportId = String(payload.exportId ?? "");
  if (!/^[0-9a-f-]{36}$/i.test(exportId)) return;
  const [row] = await db.select({ status: clinicExports.status }).from(clinicExports).where(eq(clinicExports.id, exportId));
  if (!row || row.status === "done") return;
  try {
    const ids = (await db.execute<{ id: string }>(sql`select id from patients where status not in ('voided', 'merged') order by mrn`)).map((r) => r.id);
    await db.update(clinicExports).set({ status: "running", total: ids.length, done: 0 }).where(eq(clinicExports.id, exportId));
    const lines: string[] = [];
    for (let i = 0; i < ids.length; i += BATCH) {
      const records = await loadPatientRecords(db, ids.slice(i, i + BATCH), { portal: false });
      for (const r of records) lines.push(JSON.stringify(recordToBundle(r, at.toISOString())));
      await db.update(clinicExports).set({ done: Math.min(ids.length, i + BATCH) }).where(eq(clinicExports.id, exportId));
    }
    const [patients, appointments, visits] = await Promise.all([
      db.execute<Row>(sql`select id, mrn, legal_first_name, legal_last_name, preferred_name, to_char(date_of_birth, 'YYYY-MM-DD') as date_of_birth, sex,
          phone, email, address_line1, address_line2, city, region, postal_code, emergency_contact_name, emergency_contact_phone,
          emergency_contact_relation, referral_source, status
        from patients where status not in ('voided', 'merged') order by mrn`),
      db.execute<Row>(sql`select a.id, a.patient_id, p.mrn, to_char(a.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as starts_at,
          to_char(a.ends_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as ends_at, a.status, t.name as appointment_type, u.display_name as clinician,
          l.name as location, r.name as room, a.cancel_reason
        from appointments a join patients p on p.id = a.patient_id join appointment_types t on t.id = a.appointment_type_id join users u on u.id = a.clinician_id
          join locations l on l.id = a.location_id left join rooms r on r.id = a.room_id
        where p.status not in ('voided', 'merged') order by a.starts_at, a.id`),
      db.execute<Row>(sql`select v.id, v.patient_id, p.mrn, e.title as episode, v.visit_type, to_char(v.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as starts_at,
          v.status, u.display_name as clinician, coalesce(n.status, 'none') as note_status
        from visits v join patients p on p.id = v.patient_id join episodes e on e.id = v.episode_id join users u on u.id = v.clinician_id
          left join notes n on n.visit_id = v.id
        where p.status not in ('voided', 'merged') order by v.starts_at, v.id`),
    ]);
    const stamp = at.toISOString().slice(0, 10);
    const zip = buildZip([
      { name: "patients.ndjson", data: Buffer.from(lines.map((l) => `${l}\n`).join(""), "utf8"), modified: at },
      { name: "patients.csv", data: Buffer.from(toCsv(PATIENT_COLUMNS, [...patients]), "utf8"), modified: at },
      { name: "appointments.csv", data: Buffer.from(toCsv(APPOINTMENT_COLUMNS, [...appointments]), "utf8"), modified: at },
      { name: "visits.csv", data: Buffer.from(toCsv(VISIT_COLUMNS, [...visits]), "utf8"), modified: at },
      { name: "README.txt", data: Buffer.from(README, "utf8"), modified: at },
    ]);
    await db.update(clinicExports).set({
      status: "done", content: zip, sizeBytes: zip.length, filename: `kinetic-chart-export-${stamp}.zip`, finishedAt: new Date(),
    }).where(eq(clinicExports.id, exportId));
  } catch (e) {
    await db.update(clinicExports).set({ status: "failed", error: e instanceof Error ? e.message.slice(0, 300) : "export failed", finishedAt: new Date() })
      .where(eq(clinicExports.id, exportId));
    throw e;
  }
}

const README = `Kinetic Chart clinic export

patients.ndjson   one FHIR R4 Bundle (type "collection") per line, one per patient: Patient, EpisodeOfCare,
                  Encounter, Observation, Condition, Procedure, ChargeItem, QuestionnaireResponse,
                  DocumentReference (signed notes and uploaded documents), Provenance (signatures), CarePlan,
                  Appointment, Consent. References inside a bundle are urn:uuid fullUrls.
patients.csv      demographics, one row per patient
appointments.csv  every appointment, with its status
visits.csv        every visit, with the status of its note
`;
