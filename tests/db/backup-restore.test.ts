import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import { seedDemo } from "@/db/seed/demo";
import { withCredentials, withDatabase } from "@/db/urls";
import { setDiagnoses } from "@/lib/actions/coding";
import { runAction } from "@/lib/actions/core";
import { openEpisode } from "@/lib/actions/episodes";
import { saveNoteDraft, signNote, startNote } from "@/lib/actions/notes";
import { addTreatmentLine } from "@/lib/actions/treatment";
import { startVisit } from "@/lib/actions/visits";
import { makePatient, makeStaff, staffCaller } from "./factories";
import { createTestDatabase } from "./support";

/**
 * db:backup and db:restore, run as the commands an operator types, on the demo clinic: the copy
 * in a fresh database matches the original exactly (row count of every table, checksums of the
 * key tables), keeps its protections (append-only audit, app role grants), and can be replaced.
 */
const t = await createTestDatabase();
await seedDemo(t.owner);
await chartTwoNotes();
const server = inject("pgServerUrl");
const [{ name }] = await t.ownerSql<{ name: string }[]>`select current_database() as name`;
const sourceUrl = withDatabase(server, name);
const dir = mkdtempSync(path.join(tmpdir(), "kc-backup-"));
const admin = postgres(withDatabase(server, "postgres"), { max: 1, onnotice: () => {} });
const made: string[] = [];
afterAll(async () => {
  for (const db of made) await admin.unsafe(`drop database if exists ${db} with (force)`);
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
});

/** The demo has no visit notes yet: chart one signed and one draft note through the real actions. */
async function chartTwoNotes() {
  const pt = staffCaller(await makeStaff(t.db, ["clinician"], { discipline: "PT" }), ["clinician"]);
  const must = async <T,>(p: Promise<{ ok: true; data: T } | { ok: false; error: string }>) => {
    const r = await p;
    if (!r.ok) throw new Error(r.error);
    return r.data;
  };
  for (const sign of [true, false]) {
    const { patient } = await makePatient(t.db, false);
    const { episodeId } = await must(runAction(t.db, pt, openEpisode.definition, { patientId: patient.id, title: "R piriformis" }));
    const { visitId } = await must(runAction(t.db, pt, startVisit.definition, { patientId: patient.id, episodeId, visitType: "TREATMENT" }));
    await must(runAction(t.db, pt, addTreatmentLine.definition, { visitId, line: { componentCode: "KNEADING", side: "R", minutes: 10, params: { region: "BUTTOCK_UPPER", pressure: "MODERATE" } } }));
    await must(runAction(t.db, pt, setDiagnoses.definition, { visitId, codes: ["G57.01"] }));
    const { noteId } = await must(runAction(t.db, pt, startNote.definition, { visitId, noteType: "DAILY" }));
    await must(runAction(t.db, pt, saveNoteDraft.definition, {
      noteId, version: 1, subjective: "Sore after the long run", nprsNow: 3, changeSinceLast: "BETTER", changePercent: 20, hepAdherence: "FULL",
      objective: "R piriformis tender 2/3", assessment: "Improving", plan: "Continue twice a week",
    }));
    if (sign) await must(runAction(t.db, pt, signNote.definition, { noteId, version: 2 }));
  }
}

function npmScript(script: "db-backup" | "db-restore", args: string[]) {
  const r = spawnSync(path.join("node_modules", ".bin", "tsx"), [`scripts/${script}.ts`, ...args], {
    env: { ...process.env, DATABASE_URL: sourceUrl }, encoding: "utf8", timeout: 120_000,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

const KEY_TABLES = ["patients", "notes", "appointments", "audit_events"];

/** Row count of every table (public schema and the migration journal) and an md5 over every row of the key tables. */
async function fingerprint(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const tables = await sql<{ schema: string; table: string }[]>`
      select schemaname as schema, tablename as table from pg_tables where schemaname in ('public', 'drizzle') order by 1, 2`;
    const counts: Record<string, number> = {};
    for (const { schema, table } of tables) counts[`${schema}.${table}`] = (await sql<{ n: number }[]>`select count(*)::int as n from ${sql(schema)}.${sql(table)}`)[0].n;
    const sums: Record<string, string> = {};
    for (const table of KEY_TABLES) {
      sums[table] = (await sql<{ s: string }[]>`select md5(coalesce(string_agg(t::text, E'\n' order by t.id::text), '')) as s from ${sql(table)} t`)[0].s;
    }
    return { counts, sums };
  } finally {
    await sql.end();
  }
}

describe("backup and restore of the demo clinic", async () => {
  const original = await fingerprint(sourceUrl);

  it("the demo clinic has something in every key table", () => {
    for (const table of KEY_TABLES) expect(original.counts[`public.${table}`], table).toBeGreaterThan(0);
    expect(Object.keys(original.counts).length).toBeGreaterThan(40);
  });

  // "auto" uses pg_dump/pg_restore when one at least as new as the server exists (PostgreSQL 15 in CI's second run),
  // the built-in format otherwise (the embedded PostgreSQL 18); "builtin" always exercises the built-in format.
  it.each(["auto", "builtin"])("round-trips exactly into a fresh database (format %s)", async (format) => {
    const file = path.join(dir, `demo-${format}.dump`);
    const backup = npmScript("db-backup", ["--out", file, "--format", format]);
    expect(backup.out).toContain("Backed up to");
    expect(backup.status).toBe(0);
    const target = `kc_restore_${format}_${process.pid}`;
    made.push(target);
    const restore = npmScript("db-restore", [file, "--database", target]);
    expect(restore.out).toContain(`into database ${target}`);
    expect(restore.status).toBe(0);
    console.log(`backup format ${format}: ${backup.out.trim()}`);

    const copyUrl = withDatabase(server, target);
    expect(await fingerprint(copyUrl)).toEqual(original);

    // the copy keeps its protections and the app role's rights
    const app = postgres(withCredentials(copyUrl, "kinetic_app", inject("appPassword")), { max: 1, onnotice: () => {} });
    try {
      expect((await app`select count(*)::int as n from patients`)[0].n).toBe(original.counts["public.patients"]);
      await expect(app`update audit_events set action = 'tampered'`).rejects.toThrow();
      await expect(app`delete from notes`).rejects.toThrow();
    } finally {
      await app.end();
    }

    // restoring over data is refused unless --replace, which swaps it in one piece
    const refused = npmScript("db-restore", [file, "--database", target]);
    expect(refused.status).toBe(1);
    expect(refused.out).toMatch(/already has data|already exists|Restore failed/);
    const copy = postgres(copyUrl, { max: 1, onnotice: () => {} });
    await copy`insert into audit_events (at, action, outcome, actor_roles) values (now(), 'after.backup', 'ok', '{}')`;
    await copy.end();
    const replaced = npmScript("db-restore", [file, "--database", target, "--replace"]);
    expect(replaced.status).toBe(0);
    expect(await fingerprint(copyUrl)).toEqual(original);
  });

  it("refuses a file that is not a backup, with a message and exit code 1", () => {
    const r = npmScript("db-restore", ["package.json", "--database", "kc_never_made"]);
    expect(r.status).toBe(1);
    expect(r.out).toContain("is not a Kinetic Chart backup");
  });
});
