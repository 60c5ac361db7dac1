import type postgres from "postgres";
import { LARGE_SEED_STEPS, type SeedStep } from "./large-steps";

/** Sizes of issue #9's large clinic; `scale` multiplies everything but the 30 clinicians. */
export const LARGE_CLINIC = {
  clinicians: 30,
  patients: 50_000,
  appointments: 500_000,
  notes: 250_000,
  outcomes: 100_000,
  programs: 20_000,
  exerciseLogs: 1_000_000,
} as const;

export type LargeSizes = { [K in keyof typeof LARGE_CLINIC]: number };

export function sizesFor(scale: number): LargeSizes {
  const s = (n: number, min: number) => Math.max(min, Math.round(n * scale));
  return {
    clinicians: LARGE_CLINIC.clinicians,
    patients: s(LARGE_CLINIC.patients, 60),
    appointments: s(LARGE_CLINIC.appointments, 600),
    notes: s(LARGE_CLINIC.notes, 200),
    outcomes: s(LARGE_CLINIC.outcomes, 50),
    programs: s(LARGE_CLINIC.programs, 20),
    exerciseLogs: s(LARGE_CLINIC.exerciseLogs, 200),
  };
}

export interface StepReport { step: string; rows: number; ms: number; helper?: boolean }

/** Tables whose indexes are dropped before the load and rebuilt after it (much faster than row-by-row upkeep). */
const BULK_TABLES = [
  "patients", "episodes", "appointments", "visits", "notes", "note_signatures", "treatment_lines", "visit_diagnoses",
  "exam_findings", "outcome_responses", "hep_programs", "hep_program_versions", "hep_program_items", "hep_logs", "care_plans",
];

/**
 * Fill a migrated database (reference content and the demo clinic already installed) with a large
 * clinic, generated inside PostgreSQL with `insert … select generate_series` (no rows cross the wire).
 * One transaction: secondary indexes and exclusion constraints are dropped, the rows inserted, then
 * everything is rebuilt and checked by PostgreSQL; a failure leaves the database as it was.
 * With a superuser owner, triggers and foreign-key checks are skipped during the load
 * (session_replication_role = replica); the rows are generated consistent anyway, in an order the
 * note-lock triggers allow (visit rows first, signed notes last), so a non-superuser load works too.
 */
export async function seedLargeClinic(
  sql: postgres.Sql,
  opts: { scale: number; now: Date; onStep?: (r: StepReport) => void },
): Promise<{ sizes: LargeSizes; steps: StepReport[]; totalRows: number; ms: number }> {
  const sizes = sizesFor(opts.scale);
  const steps: StepReport[] = [];
  const started = Date.now();
  await sql.begin(async (tx) => {
    await tx.unsafe(`set local synchronous_commit = off`);
    await tx.unsafe(`set local maintenance_work_mem = '256MB'`);
    await tx.unsafe(`set local work_mem = '64MB'`);
    const [{ su }] = await tx.unsafe<{ su: boolean }[]>(`select rolsuper as su from pg_roles where rolname = current_user`);
    if (su) await tx.unsafe(`set local session_replication_role = replica`);
    const [{ n }] = await tx.unsafe<{ n: number }[]>(`select count(*)::int as n from users where email like 'clinician-%@large.test'`);
    if (n > 0) throw new Error("This database already holds the large clinic.");

    const rebuild = await dropBulkIndexes(tx);
    const params: Record<string, string | number> = { ...sizes, now: opts.now.toISOString() };
    for (const step of LARGE_SEED_STEPS) {
      const report = await runStep(tx, step, params);
      steps.push(report);
      opts.onStep?.(report);
    }
    const t0 = Date.now();
    for (const statement of rebuild) await tx.unsafe(statement);
    const indexReport = { step: `rebuild ${rebuild.length} indexes and constraints`, rows: 0, ms: Date.now() - t0 };
    steps.push(indexReport);
    opts.onStep?.(indexReport);
  });
  const t1 = Date.now();
  await sql.unsafe(`analyze`);
  const analyze = { step: "analyze", rows: 0, ms: Date.now() - t1 };
  steps.push(analyze);
  opts.onStep?.(analyze);
  const totalRows = steps.reduce((s, r) => s + (r.helper ? 0 : r.rows), 0);
  return { sizes, steps, totalRows, ms: Date.now() - started };
}

async function runStep(tx: postgres.TransactionSql, step: SeedStep, params: Record<string, string | number>): Promise<StepReport> {
  const t0 = Date.now();
  // the parameters are numbers and an ISO instant produced here, never user input
  const text = step.sql.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`seed step ${step.name}: unknown parameter ${name}`);
    return typeof params[name] === "number" ? String(params[name]) : `'${params[name]}'`;
  });
  const result = await tx.unsafe(text);
  return { step: step.name, rows: result.count ?? 0, ms: Date.now() - t0, helper: step.helper };
}

/** Drop the secondary indexes and exclusion constraints of the bulk tables; return the statements that rebuild them. */
async function dropBulkIndexes(tx: postgres.TransactionSql): Promise<string[]> {
  const list = BULK_TABLES.map((t) => `'${t}'`).join(", ");
  const constraints = await tx.unsafe<{ table: string; name: string; def: string }[]>(`
    select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as def
    from pg_constraint c where c.contype = 'x' and c.conrelid::regclass::text in (${list})`);
  const indexes = await tx.unsafe<{ name: string; def: string }[]>(`
    select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
    from pg_index i
    where i.indrelid::regclass::text in (${list}) and not i.indisprimary
      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`);
  for (const c of constraints) await tx.unsafe(`alter table ${c.table} drop constraint ${c.name}`);
  for (const i of indexes) await tx.unsafe(`drop index ${i.name}`);
  return [
    ...indexes.map((i) => i.def),
    ...constraints.map((c) => `alter table ${c.table} add constraint ${c.name} ${c.def}`),
  ];
}
