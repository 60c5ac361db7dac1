import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Bundle } from "@medplum/fhirtypes";
import { auditEvents, clinicExports } from "@/db/schema";
import { runAction } from "@/lib/actions/core";
import { startClinicExport } from "@/lib/actions/fhir-export";
import { importPatientBundle } from "@/lib/actions/fhir-import";
import { recordToBundle } from "@/lib/domain/fhir/bundle";
import { jobHandlers } from "@/lib/jobs/handlers";
import { runDueJobs } from "@/lib/jobs/worker";
import { fid, richRecord } from "../support/fhir-fixture";
import { fhirValidator, schemaErrors } from "../support/fhir-schema";
import { makePatient, makeStaff, staffCaller } from "./factories";
import { createTestDatabase } from "./support";
import { seedDemo } from "@/db/seed/demo";
import { DEMO_PATIENTS } from "@/db/seed/demo-people";

const t = await createTestDatabase();
const admin = staffCaller(await makeStaff(t.db, ["admin"]), ["admin"]);
const clinician = staffCaller(await makeStaff(t.db, ["clinician"]), ["clinician"]);
const desk = staffCaller(await makeStaff(t.db, ["front_desk"]), ["front_desk"]);

// the demo clinic's patients, plus one with a full record
await seedDemo(t.owner);
const imported = await runAction(t.db, admin, importPatientBundle, { bundle: recordToBundle(richRecord(), "2026-03-20T10:00:00.000Z"), allowDuplicate: true });
if (!imported.ok) throw new Error(imported.error);
await makePatient(t.db);
await makePatient(t.db, false);

function unzip(zip: Buffer): Record<string, string> {
  const dir = mkdtempSync(path.join(tmpdir(), "kc-export-"));
  try {
    writeFileSync(path.join(dir, "x.zip"), zip);
    execFileSync("python3", ["-c", "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; z.extractall(sys.argv[2])", path.join(dir, "x.zip"), path.join(dir, "out")]);
    const names = ["patients.ndjson", "patients.csv", "appointments.csv", "visits.csv", "README.txt"];
    return Object.fromEntries(names.map((n) => [n, readFileSync(path.join(dir, "out", n), "utf8")]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("whole-clinic export", () => {
  beforeAll(() => { fhirValidator(); }, 60_000);
  it("only an admin may start one", async () => {
    expect(await runAction(t.db, clinician, startClinicExport.definition, {})).toMatchObject({ ok: false, code: "forbidden" });
    expect(await runAction(t.db, desk, startClinicExport.definition, {})).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("a background job builds a zip of one valid bundle per patient plus CSV files, with progress on the row", async () => {
    const started = await runAction(t.db, admin, startClinicExport.definition, {});
    if (!started.ok) throw new Error(started.error);
    expect(await runAction(t.db, admin, startClinicExport.definition, {})).toMatchObject({ ok: false, code: "conflict" });
    const [queued] = await t.db.select().from(clinicExports).where(eq(clinicExports.id, started.data.exportId));
    expect(queued).toMatchObject({ status: "queued", done: 0 });

    await runDueJobs(t.db, "test-worker", jobHandlers);
    const [row] = await t.db.select().from(clinicExports).where(eq(clinicExports.id, started.data.exportId));
    const patients = Number((await t.db.execute<{ n: string }>(sql`select count(*) as n from patients where status not in ('voided', 'merged')`))[0].n);
    expect(row).toMatchObject({ status: "done", total: patients, done: patients });
    const files = unzip(row.content!);
    const bundles = files["patients.ndjson"].trim().split("\n").map((l) => JSON.parse(l) as Bundle);
    expect(bundles).toHaveLength(patients);
    for (const b of bundles) expect(schemaErrors(b)).toEqual([]);
    // every demo patient's bundle is there and valid (checked above)
    for (const demo of DEMO_PATIENTS) expect(bundles.some((b) => b.entry?.[0].resource?.id === demo.id)).toBe(true);
    const durand = bundles.find((b) => b.entry?.[0].resource?.id === imported.data.patientId)!;
    expect(durand.entry!.some((e) => e.resource?.resourceType === "Provenance")).toBe(true);
    expect(files["patients.csv"].split("\r\n")[0]).toMatch(/^id,mrn,legal_first_name/);
    expect(files["patients.csv"].trim().split("\r\n")).toHaveLength(patients + 1);
    expect(files["appointments.csv"]).toContain("Work trip");
    expect(files["visits.csv"]).toMatch(/INITIAL_EXAM,2026-03-02T09:00:00Z,completed,Dr\. Maya Okafor,signed/);
    const [audit] = await t.db.select().from(auditEvents).where(sql`${auditEvents.action} = 'fhir.clinic_export.start' and ${auditEvents.entityId} = ${started.data.exportId}`);
    expect(audit).toMatchObject({ actorUserId: admin.userId, outcome: "ok" });
    expect(fid(1)).not.toBe(imported.data.patientId);
  });
});
