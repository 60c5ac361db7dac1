import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/core";
import { registerPatient, updatePatient, voidPatient } from "@/lib/actions/patients";
import { findLikelyDuplicates, searchPatients } from "@/lib/data/patient-search";
import { createTestDatabase } from "./support";
import { makeStaff, staffCaller } from "./factories";

const t = await createTestDatabase();
const desk = await makeStaff(t.db, ["front_desk"]);
const caller = staffCaller(desk, ["front_desk"]);

async function register(first: string, last: string, dob: string, extra: Record<string, unknown> = {}) {
  const r = await runAction(t.db, caller, registerPatient.definition, { legalFirstName: first, legalLastName: last, dateOfBirth: dob, sex: "female", ...extra });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data;
}

const michele = await register("Michèle", "Durand", "1991-04-12", { phone: "+1 (555) 010-1234" });
await register("Michelle", "Dupont", "1988-02-02");
await register("Michel", "Miche", "1975-07-07");
await register("Ana", "Michelson", "2000-01-01");

describe("patient search", () => {
  it('finds "Michèle" for "miche", accent- and case-insensitively', async () => {
    const { rows } = await searchPatients(t.db, caller, "MICHE");
    expect(rows.map((r) => r.name)).toContain("Durand, Michèle");
  });

  it("ranks an exact name word first", async () => {
    const { rows } = await searchPatients(t.db, caller, "miche");
    expect(rows[0].name).toBe("Miche, Michel");
  });

  it("matches either name and requires every word", async () => {
    expect((await searchPatients(t.db, caller, "durand")).rows.map((r) => r.name)).toEqual(["Durand, Michèle"]);
    expect((await searchPatients(t.db, caller, "michele durand")).rows.map((r) => r.name)).toEqual(["Durand, Michèle"]);
  });

  it("finds by date of birth in either format, and by phone digits", async () => {
    expect((await searchPatients(t.db, caller, "1991-04-12")).rows.map((r) => r.name)).toEqual(["Durand, Michèle"]);
    expect((await searchPatients(t.db, caller, "4/12/1991")).rows.map((r) => r.name)).toEqual(["Durand, Michèle"]);
    expect((await searchPatients(t.db, caller, "555 010")).rows.map((r) => r.name)).toEqual(["Durand, Michèle"]);
  });

  it("treats SQL and wildcards as plain text", async () => {
    expect((await searchPatients(t.db, caller, "%")).rows).toHaveLength(0);
    expect((await searchPatients(t.db, caller, "'; drop table patients; --")).rows).toHaveLength(0);
  });

  it("hides voided records", async () => {
    const v = await register("Voided", "Person", "1999-09-09");
    if (v.status !== "created") throw new Error("not created");
    const r = await runAction(t.db, caller, voidPatient.definition, { patientId: v.patientId, reason: "Entered twice by mistake" });
    expect(r.ok).toBe(true);
    expect((await searchPatients(t.db, caller, "voided")).rows).toHaveLength(0);
  });
});

describe("registration", () => {
  it("warns about a likely duplicate before creating, and creates when confirmed", async () => {
    const warn = await runAction(t.db, caller, registerPatient.definition, { legalFirstName: "michele", legalLastName: "DURAND", dateOfBirth: "1991-04-12", sex: "female" });
    expect(warn).toMatchObject({ ok: true, data: { status: "possible_duplicate" } });
    expect(await findLikelyDuplicates(t.db, { legalFirstName: "Michele", legalLastName: "Durand", dateOfBirth: "1991-04-12" })).toHaveLength(1);
    const confirmed = await runAction(t.db, caller, registerPatient.definition,
      { legalFirstName: "Michele", legalLastName: "Durand", dateOfBirth: "1991-04-12", sex: "female", confirmNotDuplicate: true });
    expect(confirmed).toMatchObject({ ok: true, data: { status: "created" } });
  });

  it("requires a guardian for a minor and refuses a future date of birth", async () => {
    const minor = await runAction(t.db, caller, registerPatient.definition, { legalFirstName: "Kid", legalLastName: "Runner", dateOfBirth: "2015-01-01", sex: "male" });
    expect(minor).toMatchObject({ ok: false, fieldErrors: { guardianName: [expect.any(String)], guardianPhone: [expect.any(String)] } });
    const future = await runAction(t.db, caller, registerPatient.definition, { legalFirstName: "Not", legalLastName: "Born", dateOfBirth: "2999-01-01", sex: "male" });
    expect(future).toMatchObject({ ok: false, fieldErrors: { dateOfBirth: ["Date of birth cannot be in the future"] } });
  });

  it("refuses a stale demographics save instead of overwriting", async () => {
    if (michele.status !== "created") throw new Error("setup");
    const base = { patientId: michele.patientId, legalFirstName: "Michèle", legalLastName: "Durand", dateOfBirth: "1991-04-12", sex: "female" };
    const first = await runAction(t.db, caller, updatePatient.definition, { ...base, version: 1, phone: "555-0000" });
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await runAction(t.db, caller, updatePatient.definition, { ...base, version: 1, phone: "555-9999" });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
  });

  it("is refused to a clinician-less patient caller and to a role without demographics write", async () => {
    const admin = await makeStaff(t.db, ["clinician"], { discipline: "LMT" });
    // clinicians may register; patients may not
    const r = await runAction(t.db, { ...staffCaller(admin, ["clinician"]) }, registerPatient.definition, { legalFirstName: "A", legalLastName: "B", dateOfBirth: "1990-01-01", sex: "male" });
    expect(r.ok).toBe(true);
    const p = await runAction(t.db, { userId: desk.id, kind: "patient", displayName: "x", roles: ["patient"], patientIds: [], sessionId: null },
      registerPatient.definition, { legalFirstName: "A", legalLastName: "B", dateOfBirth: "1990-01-01", sex: "male" });
    expect(p).toMatchObject({ ok: false, code: "forbidden" });
  });
});
