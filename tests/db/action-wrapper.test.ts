import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { afterEach, describe, expect, it } from "vitest";
import { auditEvents, locations, outboxMessages } from "@/db/schema";
import { runAction, type ActionDefinition } from "@/lib/actions/core";
import { AppError } from "@/lib/errors";
import { invitePatientToPortal } from "@/lib/actions/portal-access";
import { createStaff } from "@/lib/actions/staff";
import { registeredActions } from "@/lib/actions/registry";
import { setClock } from "@/lib/time";
import { createTestDatabase } from "./support";
import { makePatient, makeStaff, patientCaller, staffCaller } from "./factories";

const t = await createTestDatabase();
afterEach(() => setClock(null));

const LocationInput = z.object({ name: z.string().min(1, "Name is required").max(40) });

function locationAction(name: string, after?: () => never): ActionDefinition<typeof LocationInput, { id: string }> {
  return {
    name,
    permission: "settings.manage",
    input: LocationInput,
    constraintMessages: { locations_name_unique: { field: "name", message: "A location with this name exists" } },
    async handler(input, ctx) {
      const [row] = await ctx.tx.insert(locations).values({ name: input.name }).returning({ id: locations.id });
      ctx.audit({ entityType: "location", entityId: row.id });
      if (after) after();
      return { id: row.id };
    },
  };
}

const auditCount = async (action: string) =>
  (await t.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents).where(eq(auditEvents.action, action)))[0].n;

describe("runAction", () => {
  it("commits the change and its audit row together", async () => {
    const admin = await makeStaff(t.db, ["admin"]);
    const r = await runAction(t.db, staffCaller(admin, ["admin"]), locationAction("test.location_ok"), { name: "Annex" });
    expect(r.ok).toBe(true);
    expect(await t.db.select().from(locations).where(eq(locations.name, "Annex"))).toHaveLength(1);
    expect(await auditCount("test.location_ok")).toBe(1);
  });

  it("a failing body leaves neither the change nor an audit row", async () => {
    const admin = await makeStaff(t.db, ["admin"]);
    const failing = locationAction("test.location_fail", () => { throw new AppError("invalid", "Refused on purpose"); });
    const r = await runAction(t.db, staffCaller(admin, ["admin"]), failing, { name: "Ghost wing" });
    expect(r).toMatchObject({ ok: false, code: "invalid", error: "Refused on purpose" });
    expect(await t.db.select().from(locations).where(eq(locations.name, "Ghost wing"))).toHaveLength(0);
    expect(await auditCount("test.location_fail")).toBe(0);
  });

  it("an unexpected error shows an error id, never the internal message", async () => {
    const admin = await makeStaff(t.db, ["admin"]);
    const crashing = locationAction("test.location_crash", () => { throw new Error("secret internals: relation x"); });
    const r = await runAction(t.db, staffCaller(admin, ["admin"]), crashing, { name: "Crash room" });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).not.toMatch(/secret internals/);
      expect(r.error).toContain(r.errorId!);
    }
    expect(await t.db.select().from(locations).where(eq(locations.name, "Crash room"))).toHaveLength(0);
  });

  it("maps a unique violation to the field's message", async () => {
    const admin = await makeStaff(t.db, ["admin"]);
    const def = locationAction("test.location_dup");
    await runAction(t.db, staffCaller(admin, ["admin"]), def, { name: "Twin" });
    const r = await runAction(t.db, staffCaller(admin, ["admin"]), def, { name: "Twin" });
    expect(r).toMatchObject({ ok: false, code: "duplicate", fieldErrors: { name: ["A location with this name exists"] } });
  });

  it("returns field errors for bad input and writes nothing", async () => {
    const admin = await makeStaff(t.db, ["admin"]);
    for (const bad of [{}, { name: "" }, { name: 42 }, { name: "x".repeat(41) }, null, "'; drop table locations; --"]) {
      const r = await runAction(t.db, staffCaller(admin, ["admin"]), locationAction("test.location_bad"), bad);
      expect(r).toMatchObject({ ok: false, code: "validation" });
    }
    expect(await auditCount("test.location_bad")).toBe(0);
  });

  it("refuses and audits a caller without the permission", async () => {
    const desk = await makeStaff(t.db, ["front_desk"]);
    const r = await runAction(t.db, staffCaller(desk, ["front_desk"]), locationAction("test.location_denied"), { name: "Sneaky" });
    expect(r).toMatchObject({ ok: false, code: "forbidden" });
    expect(await t.db.select().from(locations).where(eq(locations.name, "Sneaky"))).toHaveLength(0);
    const [row] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "test.location_denied"));
    expect(row).toMatchObject({ outcome: "denied", actorUserId: desk.id });
  });

  it("answers session_expired when there is no caller", async () => {
    const r = await runAction(t.db, null, locationAction("test.location_nosession"), { name: "Nobody" });
    expect(r).toMatchObject({ ok: false, code: "session_expired" });
  });

  it("keeps a patient out of another patient's records (scope) and audits the attempt", async () => {
    const { user: mallory } = await makePatient(t.db);
    const { patient: victim } = await makePatient(t.db);
    const r = await runAction(t.db, patientCaller(mallory!, []), invitePatientToPortal.definition,
      { patientId: victim.id, email: "x@test.example", relationship: "self", displayName: "X" });
    // a patient lacks the permission outright; the scope check is the second wall
    expect(r.ok).toBe(false);
    const scoped = await runAction(t.db, { ...patientCaller(mallory!, []), roles: ["patient", "front_desk"] as never },
      invitePatientToPortal.definition, { patientId: victim.id, email: "x@test.example", relationship: "self", displayName: "X" });
    expect(scoped).toMatchObject({ ok: false, code: "not_found" });
  });

  it("runs an idempotent action once for a repeated key", async () => {
    const desk = await makeStaff(t.db, ["front_desk"]);
    const { patient } = await makePatient(t.db, false);
    const input = { patientId: patient.id, email: `once-${patient.id.slice(0, 6)}@test.example`, relationship: "self" as const, displayName: "Once" };
    const key = "11111111-2222-4333-8444-555555555555";
    const [a, b] = await Promise.all([
      runAction(t.db, staffCaller(desk, ["front_desk"]), invitePatientToPortal.definition, input, { idempotencyKey: key }),
      runAction(t.db, staffCaller(desk, ["front_desk"]), invitePatientToPortal.definition, input, { idempotencyKey: key }),
    ]);
    expect(a.ok && b.ok).toBe(true);
    expect(a).toEqual(b);
    const msgs = await t.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, input.email));
    expect(msgs).toHaveLength(1);
  });

  it("registers every action under a unique name", async () => {
    expect(createStaff.definition.name).toBe("staff.create");
    const names = registeredActions().map((d) => d.name);
    expect(names).toContain("staff.create");
    expect(names).toContain("patient.portal_invite");
    expect(new Set(names).size).toBe(names.length);
  });
});
