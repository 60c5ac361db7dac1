import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appointments, appointmentTypes, locations, rooms } from "@/db/schema";
import { pgError } from "@/lib/actions/pg-errors";
import { createTestDatabase, type TestDatabase } from "./support";
import { makePatient, makeStaff } from "./factories";

let t: TestDatabase;
let base: { clinicianId: string; clinician2Id: string; typeId: string; locationId: string; roomId: string; createdBy: string };

const at = (iso: string) => new Date(iso);

async function insert(values: Partial<typeof appointments.$inferInsert> & { patientId: string; startsAt: Date; endsAt: Date }) {
  const when = new Date();
  return t.db.insert(appointments).values({
    clinicianId: base.clinicianId, appointmentTypeId: base.typeId, locationId: base.locationId, createdBy: base.createdBy,
    createdAt: when, updatedAt: when, ...values,
  }).returning();
}

async function codeOf(p: Promise<unknown>): Promise<string | null> {
  try { await p; return null; } catch (e) { return pgError(e)?.code ?? "unknown"; }
}

beforeAll(async () => {
  t = await createTestDatabase();
  const c1 = await makeStaff(t.owner, ["clinician"], { discipline: "DC" });
  const c2 = await makeStaff(t.owner, ["clinician"], { discipline: "PT" });
  const desk = await makeStaff(t.owner, ["front_desk"]);
  const [type] = await t.owner.insert(appointmentTypes).values({ name: `Follow-up ${Math.random()}`, durationMinutes: 30, createdAt: new Date(), updatedAt: new Date() }).returning();
  const [loc] = await t.owner.insert(locations).values({ name: `Loc ${Math.random()}` }).returning();
  const [room] = await t.owner.insert(rooms).values({ locationId: loc.id, name: "Room 1" }).returning();
  base = { clinicianId: c1.id, clinician2Id: c2.id, typeId: type.id, locationId: loc.id, roomId: room.id, createdBy: desk.id };
});

describe("appointment exclusion constraints (as kinetic_app)", () => {
  it("refuses a second live appointment for the same clinician, room or patient; touching ranges and cancelled rows are fine", async () => {
    const { patient: p1 } = await makePatient(t.owner, false);
    const { patient: p2 } = await makePatient(t.owner, false);
    const { patient: p3 } = await makePatient(t.owner, false);
    const [a] = await insert({ patientId: p1.id, roomId: base.roomId, startsAt: at("2030-03-04T14:00:00Z"), endsAt: at("2030-03-04T14:30:00Z") });
    // clinician overlap
    expect(await codeOf(insert({ patientId: p2.id, startsAt: at("2030-03-04T14:15:00Z"), endsAt: at("2030-03-04T14:45:00Z") }))).toBe("23P01");
    // room overlap with another clinician
    expect(await codeOf(insert({ patientId: p2.id, clinicianId: base.clinician2Id, roomId: base.roomId, startsAt: at("2030-03-04T14:10:00Z"), endsAt: at("2030-03-04T14:20:00Z") }))).toBe("23P01");
    // patient overlap with another clinician, no room
    expect(await codeOf(insert({ patientId: p1.id, clinicianId: base.clinician2Id, startsAt: at("2030-03-04T14:29:00Z"), endsAt: at("2030-03-04T15:00:00Z") }))).toBe("23P01");
    // back-to-back is allowed
    expect(await codeOf(insert({ patientId: p2.id, roomId: base.roomId, startsAt: at("2030-03-04T14:30:00Z"), endsAt: at("2030-03-04T15:00:00Z") }))).toBeNull();
    // cancel frees the slot; the cancelled row stays
    await t.db.update(appointments).set({ status: "cancelled", cancelReason: "sick", version: 2 }).where(sql`id = ${a.id}`);
    expect(await codeOf(insert({ patientId: p3.id, roomId: base.roomId, startsAt: at("2030-03-04T14:00:00Z"), endsAt: at("2030-03-04T14:30:00Z") }))).toBeNull();
    // cancelled is final, and nothing can be deleted
    expect(await codeOf(t.db.update(appointments).set({ status: "booked", version: 3 }).where(sql`id = ${a.id}`))).toBe("23514");
    expect(await codeOf(t.db.delete(appointments).where(sql`id = ${a.id}`))).toBe("42501");
  });
});
