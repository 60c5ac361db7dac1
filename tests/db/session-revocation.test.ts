import { afterEach, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/core";
import { setStaffActive, updateStaff } from "@/lib/actions/staff";
import { resolveCaller } from "@/lib/auth/caller";
import { hasPermission } from "@/lib/auth/permissions";
import { setClock } from "@/lib/time";
import { createTestDatabase } from "./support";
import { makePatient, makeStaff, openSession, staffCaller } from "./factories";

const t = await createTestDatabase();
afterEach(() => setClock(null));

const T0 = new Date("2026-07-01T12:00:00Z");
const at = (min: number) => new Date(T0.getTime() + min * 60_000);

async function resolve(userId: string, sessionId: string, when: Date, sessionVersion = 1, touch = true) {
  return resolveCaller(t.db, { userId, sessionId, sessionVersion }, { now: when, touch });
}

describe("revocation takes effect on the very next request", () => {
  it("deactivation ends the session", async () => {
    const admin = await makeStaff(t.db, ["admin"]);
    const victim = await makeStaff(t.db, ["clinician"], { discipline: "DC" });
    const s = await openSession(t.db, victim.id, T0);
    expect((await resolve(victim.id, s.id, at(1))).ok).toBe(true);
    const r = await runAction(t.db, staffCaller(admin, ["admin"]), setStaffActive.definition, { userId: victim.id, active: false });
    expect(r.ok).toBe(true);
    expect(await resolve(victim.id, s.id, at(2))).toEqual({ ok: false, reason: "inactive" });
  });

  it("demotion removes the permission on the next request", async () => {
    const admin = await makeStaff(t.db, ["admin"]);
    const other = await makeStaff(t.db, ["admin", "clinician"], { discipline: "PT" });
    const s = await openSession(t.db, other.id, T0);
    const before = await resolve(other.id, s.id, at(1));
    expect(before.ok && hasPermission(before.caller.roles, "staff.manage")).toBe(true);
    const r = await runAction(t.db, staffCaller(admin, ["admin"]), updateStaff.definition,
      { userId: other.id, displayName: "Demoted", roles: ["clinician"], discipline: "PT" });
    expect(r.ok).toBe(true);
    const after = await resolve(other.id, s.id, at(2));
    expect(after.ok && hasPermission(after.caller.roles, "staff.manage")).toBe(false);
    expect(after.ok && after.caller.roles).toEqual(["clinician"]);
  });

  it("an admin cannot remove their own admin role or deactivate themself", async () => {
    const admin = await makeStaff(t.db, ["admin"]);
    const caller = staffCaller(admin, ["admin"]);
    expect(await runAction(t.db, caller, updateStaff.definition, { userId: admin.id, displayName: "Me", roles: ["front_desk"] }))
      .toMatchObject({ ok: false, fieldErrors: { roles: [expect.any(String)] } });
    expect(await runAction(t.db, caller, setStaffActive.definition, { userId: admin.id, active: false })).toMatchObject({ ok: false });
  });

  it("a password change (new session version) invalidates older tokens", async () => {
    const u = await makeStaff(t.db, ["front_desk"]);
    const s = await openSession(t.db, u.id, T0);
    await t.ownerSql`update users set session_version = session_version + 1 where id = ${u.id}`;
    expect(await resolve(u.id, s.id, at(1), 1)).toEqual({ ok: false, reason: "revoked" });
  });
});

describe("idle timeout", () => {
  it("signs staff out after 30 idle minutes; activity keeps the session alive", async () => {
    const u = await makeStaff(t.db, ["front_desk"]);
    const s = await openSession(t.db, u.id, T0);
    expect((await resolve(u.id, s.id, at(20))).ok).toBe(true); // activity at 20 min
    expect((await resolve(u.id, s.id, at(45))).ok).toBe(true); // 25 min after the last activity
    expect(await resolve(u.id, s.id, at(76))).toEqual({ ok: false, reason: "idle" });
    // and it stays ended
    expect((await resolve(u.id, s.id, at(77))).ok).toBe(false);
  });

  it("prefetches (touch = false) do not extend it", async () => {
    const u = await makeStaff(t.db, ["front_desk"]);
    const s = await openSession(t.db, u.id, T0);
    expect((await resolve(u.id, s.id, at(20), 1, false)).ok).toBe(true);
    expect(await resolve(u.id, s.id, at(31))).toEqual({ ok: false, reason: "idle" });
  });

  it("gives patients 60 minutes", async () => {
    const { user } = await makePatient(t.db);
    const s = await openSession(t.db, user!.id, T0);
    const r = await resolve(user!.id, s.id, at(45));
    expect(r.ok && r.caller.roles).toEqual(["patient"]);
    expect(await resolve(user!.id, s.id, at(106))).toEqual({ ok: false, reason: "idle" });
  });
});
