import { describe, expect, it } from "vitest";
import { seedDemo } from "@/db/seed/demo";
import { seedLargeClinic, sizesFor } from "@/db/seed/large";
import { createTestDatabase } from "./support";

/**
 * `npm run seed:large` at a tiny scale: the row counts it promises, data the app's rules accept
 * (PostgreSQL rebuilt every index and exclusion constraint after the load), and signed visits that
 * stay locked by the note triggers.
 */
const t = await createTestDatabase();
await seedDemo(t.owner);
const at = new Date("2026-06-10T15:00:00Z");
const result = await seedLargeClinic(t.ownerSql, { scale: 0.002, now: at });
const sizes = sizesFor(0.002);
const count = async (q: string) => Number((await t.ownerSql.unsafe<{ n: string }[]>(q))[0].n);

describe("the large clinic seed", () => {
  it("writes the sizes asked for (30 clinicians; the rest scaled) and reports its rows", async () => {
    expect(await count(`select count(*) as n from user_roles where role = 'clinician'`)).toBe(30);
    expect(await count(`select count(*) as n from patients`)).toBe(sizes.patients);
    expect(await count(`select count(*) as n from appointments`)).toBeGreaterThanOrEqual(sizes.appointments);
    expect(await count(`select count(*) as n from notes where status = 'signed'`)).toBe(sizes.notes);
    expect(await count(`select count(*) as n from note_signatures`)).toBe(sizes.notes);
    expect(await count(`select count(*) as n from outcome_responses`)).toBe(sizes.outcomes);
    expect(await count(`select count(*) as n from hep_programs`)).toBe(sizes.programs);
    expect(await count(`select count(*) as n from hep_logs`)).toBe(sizes.exerciseLogs);
    expect(result.totalRows).toBeGreaterThan(sizes.appointments + sizes.notes * 3);
    expect(result.steps.find((s) => s.step === "appointments")?.rows).toBe(sizes.appointments);
  });

  it("leaves every index and exclusion constraint in place and never double-books", async () => {
    expect(await count(`select count(*) as n from pg_constraint where conrelid = 'appointments'::regclass and contype = 'x'`)).toBe(3);
    expect(await count(`select count(*) as n from pg_indexes where indexname in ('hep_logs_idempotency_key', 'exam_findings_visit_code_side_site_key', 'appointments_clinician_idx')`)).toBe(3);
    expect(await count(`
      select count(*) as n from appointments a join appointments b on a.id < b.id and (a.clinician_id = b.clinician_id or a.patient_id = b.patient_id)
        and a.starts_at < b.ends_at and b.starts_at < a.ends_at
      where a.status in ('booked', 'arrived', 'completed') and b.status in ('booked', 'arrived', 'completed')`)).toBe(0);
  });

  it("makes consistent clinical rows: visits of the patient's episode, findings and lines under signed notes", async () => {
    expect(await count(`select count(*) as n from visits v join episodes e on e.id = v.episode_id where e.patient_id <> v.patient_id`)).toBe(0);
    expect(await count(`select count(*) as n from visits v where not exists (select 1 from notes n where n.visit_id = v.id)`)).toBe(0);
    expect(await count(`select count(*) as n from treatment_lines`)).toBe(sizes.notes * 2);
    expect(await count(`select count(*) as n from exam_findings`)).toBeGreaterThan(0);
    expect(await count(`select count(*) as n from appointments where starts_at < '${at.toISOString()}' and status = 'completed'`)).toBeGreaterThan(sizes.notes);
  });

  it("keeps signed visits locked for the app's role", async () => {
    const [finding] = await t.ownerSql<{ id: string }[]>`select f.id from exam_findings f limit 1`;
    await expect(t.appSql`update exam_findings set value_num = 1 where id = ${finding.id}`).rejects.toThrow(/signed/);
    const [note] = await t.ownerSql<{ id: string }[]>`select id from notes limit 1`;
    await expect(t.appSql`update notes set assessment = 'changed' where id = ${note.id}`).rejects.toThrow(/signed note cannot change/);
  });

  it("refuses to run twice on the same database", async () => {
    await expect(seedLargeClinic(t.ownerSql, { scale: 0.002, now: at })).rejects.toThrow(/already holds/);
  });
});
