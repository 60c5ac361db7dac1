import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { signInAttempts } from "@/db/schema";
import { verifySignIn } from "@/lib/auth/credentials";
import { setClock } from "@/lib/time";
import { createTestDatabase } from "./support";
import { makeStaff, TEST_PASSWORD } from "./factories";

const t = await createTestDatabase();
afterEach(() => setClock(null));

const T0 = new Date("2026-03-10T15:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

describe("sign-in lockout, counted in PostgreSQL", () => {
  it("signs in with the right password and opens a session", async () => {
    const u = await makeStaff(t.db, ["clinician"], { discipline: "DC" });
    const r = await verifySignIn(t.db, { email: u.email.toUpperCase(), password: TEST_PASSWORD }, T0);
    expect(r).toMatchObject({ ok: true, userId: u.id });
  });

  it("locks after 5 failures even when 20 attempts arrive at once, then unlocks after 15 minutes", async () => {
    const u = await makeStaff(t.db, ["front_desk"]);
    const results = await Promise.all(Array.from({ length: 20 }, () => verifySignIn(t.db, { email: u.email, password: "wrong-password-123" }, T0)));
    expect(results.every((r) => !r.ok)).toBe(true);
    const outcomes = await t.db.select({ outcome: signInAttempts.outcome }).from(signInAttempts).where(eq(signInAttempts.email, u.email));
    expect(outcomes.filter((o) => o.outcome === "failure")).toHaveLength(5);
    expect(outcomes.filter((o) => o.outcome === "locked")).toHaveLength(15);

    // the right password does not get through while locked
    expect(await verifySignIn(t.db, { email: u.email, password: TEST_PASSWORD }, minutes(14))).toEqual({ ok: false, reason: "locked" });
    // after the lock ends it does
    expect(await verifySignIn(t.db, { email: u.email, password: TEST_PASSWORD }, minutes(16))).toMatchObject({ ok: true });
  });

  it("does not lock for failures spread over more than 15 minutes", async () => {
    const u = await makeStaff(t.db, ["front_desk"]);
    for (const m of [0, 4, 8, 12, 17]) await verifySignIn(t.db, { email: u.email, password: "nope-nope-nope" }, minutes(m));
    expect(await verifySignIn(t.db, { email: u.email, password: TEST_PASSWORD }, minutes(18))).toMatchObject({ ok: true });
  });

  it("answers an unknown email exactly like a wrong password, and throttles it the same way", async () => {
    const unknown = await verifySignIn(t.db, { email: "nobody@test.example", password: "whatever-123456" }, T0);
    const u = await makeStaff(t.db, ["front_desk"]);
    const wrong = await verifySignIn(t.db, { email: u.email, password: "whatever-123456" }, T0);
    expect(unknown).toEqual(wrong);
    for (let i = 0; i < 5; i++) await verifySignIn(t.db, { email: "ghost@test.example", password: "x-x-x-x-x-x" }, minutes(1));
    expect(await verifySignIn(t.db, { email: "ghost@test.example", password: "x-x-x-x-x-x" }, minutes(2))).toEqual({ ok: false, reason: "locked" });
  });

  it("refuses a deactivated account with the right password", async () => {
    const u = await makeStaff(t.db, ["clinician"], { discipline: "LMT" });
    await t.ownerSql`update users set active = false where id = ${u.id}`;
    expect(await verifySignIn(t.db, { email: u.email, password: TEST_PASSWORD }, T0)).toEqual({ ok: false, reason: "invalid" });
  });
});
