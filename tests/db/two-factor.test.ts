import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { auditEvents, authSessions, recoveryCodes, signInAttempts, userTotp } from "@/db/schema";
import { runAction } from "@/lib/actions/core";
import { confirmTotpEnrolment, disableTwoFactor, renewRecoveryCodes, resetStaffTwoFactor, startTotpEnrolment } from "@/lib/actions/two-factor";
import { verifySignIn, type SignInOutcome } from "@/lib/auth/credentials";
import { verifySecondFactor } from "@/lib/auth/second-factor";
import { base32Decode, hotp, timeStep, totp } from "@/lib/auth/totp";
import { setClock } from "@/lib/time";
import { createTestDatabase } from "./support";
import { makePatient, makeStaff, staffCaller, TEST_PASSWORD } from "./factories";

process.env.AUTH_SECRET ??= "db-test-secret-for-sealing-two-factor-keys";
const t = await createTestDatabase();
afterEach(() => setClock(null));

const T0 = new Date("2026-03-10T15:00:00Z");
const seconds = (n: number) => new Date(T0.getTime() + n * 1000);
const secretOf = (grouped: string) => grouped.replace(/\s/g, "");
const codeAt = (secret: string, at: Date) => totp(secret, at);

/** A staff member with an authenticator enrolled through the real actions; returns the secret and recovery codes. */
async function enrolled() {
  const u = await makeStaff(t.db, ["clinician"], { discipline: "PT" });
  const caller = staffCaller(u, ["clinician"]);
  setClock(T0);
  const start = await runAction(t.db, caller, startTotpEnrolment.definition, {});
  if (!start.ok) throw new Error(start.error);
  const secret = secretOf(start.data.secret);
  const confirm = await runAction(t.db, caller, confirmTotpEnrolment.definition, { code: codeAt(secret, T0) });
  if (!confirm.ok) throw new Error(confirm.error);
  setClock(null);
  return { u, caller, secret, recovery: confirm.data.recoveryCodes };
}

function challengeOf(r: SignInOutcome): string {
  if (r.ok || !("challenge" in r)) throw new Error(`expected a challenge, got ${JSON.stringify(r)}`);
  return r.challenge;
}

const sessionsOf = async (userId: string) => (await t.db.select().from(authSessions).where(eq(authSessions.userId, userId))).length;

describe("staff TOTP sign-in", () => {
  it("a right password alone opens no session; the code does, and both steps are audited", async () => {
    const { u, secret } = await enrolled();
    const first = await verifySignIn(t.db, { email: u.email, password: TEST_PASSWORD }, seconds(60));
    expect(first).toMatchObject({ ok: false, reason: "second_factor" });
    expect(await sessionsOf(u.id)).toBe(0);
    const attempts = await t.db.select().from(signInAttempts).where(eq(signInAttempts.userId, u.id));
    expect(attempts.filter((a) => a.outcome === "success")).toHaveLength(0);

    const done = await verifySecondFactor(t.db, { challenge: challengeOf(first), code: codeAt(secret, seconds(60)) }, seconds(61));
    expect(done).toMatchObject({ ok: true, userId: u.id });
    expect(await sessionsOf(u.id)).toBe(1);
    const audit = await t.db.select({ action: auditEvents.action, details: auditEvents.details }).from(auditEvents).where(eq(auditEvents.actorUserId, u.id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["two_factor.start", "two_factor.confirm", "auth.sign_in.password", "auth.sign_in"]));
    expect(audit.find((a) => a.action === "auth.sign_in")?.details).toEqual({ secondFactor: "totp" });
    // the secret is sealed at rest, never stored as typed into the app
    const [row] = await t.db.select().from(userTotp).where(eq(userTotp.userId, u.id));
    expect(row.secretSealed).not.toContain(secret);
    // the challenge is single use
    expect(await verifySecondFactor(t.db, { challenge: challengeOf(first), code: codeAt(secret, seconds(62)) }, seconds(62))).toEqual({ ok: false, reason: "expired" });
  });

  it("a new challenge retires older ones (of ten issued at once exactly one is answered) and a used code is refused after", async () => {
    const { u, secret } = await enrolled();
    const at = seconds(300);
    const challenges = await Promise.all(Array.from({ length: 10 }, async () => challengeOf(await verifySignIn(t.db, { email: u.email, password: TEST_PASSWORD }, at))));
    // issuing a new challenge retires the older ones: only the newest is still open
    const open = challenges.at(-1)!;
    const results = await Promise.all(challenges.map((c) => verifySecondFactor(t.db, { challenge: c, code: codeAt(secret, at) }, at)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const again = challengeOf(await verifySignIn(t.db, { email: u.email, password: TEST_PASSWORD }, at));
    expect(open).not.toBe(again);
    expect(await verifySecondFactor(t.db, { challenge: again, code: codeAt(secret, at) }, at)).toEqual({ ok: false, reason: "invalid" });
  });

  it("wrong codes count toward the lockout together with wrong passwords; locked means the right code fails too", async () => {
    const { u, secret } = await enrolled();
    for (let i = 0; i < 2; i++) expect(await verifySignIn(t.db, { email: u.email, password: "wrong-password-123" }, seconds(100 + i))).toEqual({ ok: false, reason: "invalid" });
    const challenge = challengeOf(await verifySignIn(t.db, { email: u.email, password: TEST_PASSWORD }, seconds(110)));
    const wrong = hotp(base32Decode(secret), timeStep(seconds(110)) + 5);
    for (let i = 0; i < 3; i++) expect(await verifySecondFactor(t.db, { challenge, code: wrong }, seconds(111 + i))).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySecondFactor(t.db, { challenge, code: codeAt(secret, seconds(120)) }, seconds(120))).toEqual({ ok: false, reason: "locked" });
    expect(await verifySignIn(t.db, { email: u.email, password: TEST_PASSWORD }, seconds(130))).toEqual({ ok: false, reason: "locked" });
    expect(await sessionsOf(u.id)).toBe(0);
    const denied = await t.db.select({ details: auditEvents.details }).from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, u.id), eq(auditEvents.action, "auth.sign_in"), eq(auditEvents.outcome, "denied")));
    expect(denied.filter((d) => (d.details as { reason?: string }).reason === "second_factor_invalid")).toHaveLength(3);
    // after 15 minutes the account opens again, and still needs the code
    const later = seconds(17 * 60);
    const c2 = challengeOf(await verifySignIn(t.db, { email: u.email, password: TEST_PASSWORD }, later));
    expect(await verifySecondFactor(t.db, { challenge: c2, code: codeAt(secret, later) }, later)).toMatchObject({ ok: true });
  });

  it("recovery codes: stored hashed, each works once, and a spent one counts as a failure", async () => {
    const { u, recovery } = await enrolled();
    expect(recovery).toHaveLength(10);
    const stored = await t.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, u.id));
    expect(stored).toHaveLength(10);
    for (const code of recovery) expect(JSON.stringify(stored)).not.toContain(code.replace("-", ""));
    const c1 = challengeOf(await verifySignIn(t.db, { email: u.email, password: TEST_PASSWORD }, seconds(200)));
    expect(await verifySecondFactor(t.db, { challenge: c1, code: recovery[3].toUpperCase() }, seconds(201))).toMatchObject({ ok: true });
    const c2 = challengeOf(await verifySignIn(t.db, { email: u.email, password: TEST_PASSWORD }, seconds(210)));
    expect(await verifySecondFactor(t.db, { challenge: c2, code: recovery[3] }, seconds(211))).toEqual({ ok: false, reason: "invalid" });
    const failures = await t.db.select().from(signInAttempts).where(and(eq(signInAttempts.userId, u.id), eq(signInAttempts.outcome, "failure")));
    expect(failures).toHaveLength(1);
    expect(await verifySecondFactor(t.db, { challenge: c2, code: recovery[4] }, seconds(212))).toMatchObject({ ok: true });
  });

  it("a challenge expires after 10 minutes", async () => {
    const { u, secret } = await enrolled();
    const c = challengeOf(await verifySignIn(t.db, { email: u.email, password: TEST_PASSWORD }, seconds(400)));
    const late = seconds(400 + 601);
    expect(await verifySecondFactor(t.db, { challenge: c, code: codeAt(secret, late) }, late)).toEqual({ ok: false, reason: "expired" });
  });
});

describe("clinic-wide requirement and the account actions", () => {
  it("when required, an unenrolled staff member enrols during sign-in before any session exists; patients are unaffected", async () => {
    await t.ownerSql`update clinic_settings set require_staff_two_factor = true where id = 1`;
    try {
      const u = await makeStaff(t.db, ["front_desk"]);
      const first = await verifySignIn(t.db, { email: u.email, password: TEST_PASSWORD }, T0);
      expect(first).toMatchObject({ ok: false, reason: "enrol" });
      expect(await sessionsOf(u.id)).toBe(0);
      const [pending] = await t.ownerSql<{ pending_secret_sealed: string }[]>`select pending_secret_sealed from auth_challenges where user_id = ${u.id} and used_at is null`;
      const { openSecret } = await import("@/lib/auth/two-factor-secrets");
      const secret = openSecret(pending.pending_secret_sealed);
      expect(await verifySecondFactor(t.db, { challenge: challengeOf(first), code: "000000" === codeAt(secret, T0) ? "111111" : "000000" }, T0)).toEqual({ ok: false, reason: "invalid" });
      expect(await verifySecondFactor(t.db, { challenge: challengeOf(first), code: codeAt(secret, T0) }, T0)).toMatchObject({ ok: true });
      expect(await t.db.select().from(userTotp).where(eq(userTotp.userId, u.id))).toHaveLength(1);
      // next time it is an ordinary second step
      expect(await verifySignIn(t.db, { email: u.email, password: TEST_PASSWORD }, seconds(30))).toMatchObject({ ok: false, reason: "second_factor" });
      // turning it off is refused while the clinic requires it
      const off = await runAction(t.db, staffCaller(u, ["front_desk"]), disableTwoFactor.definition, { code: codeAt(secret, seconds(60)) });
      expect(off).toMatchObject({ ok: false, code: "forbidden" });

      const { user } = await makePatient(t.db);
      expect(await verifySignIn(t.db, { email: user!.email, password: TEST_PASSWORD }, T0)).toMatchObject({ ok: true });
    } finally {
      await t.ownerSql`update clinic_settings set require_staff_two_factor = false where id = 1`;
    }
  });

  it("enrolment needs a right code; renewing recovery codes retires the old set; disabling needs a code", async () => {
    const u = await makeStaff(t.db, ["admin"]);
    const caller = staffCaller(u, ["admin"]);
    setClock(T0);
    const start = await runAction(t.db, caller, startTotpEnrolment.definition, {});
    if (!start.ok) throw new Error(start.error);
    expect(start.data.uri).toMatch(/^otpauth:\/\/totp\/Kinetic%20Chart%3A/);
    const bad = await runAction(t.db, caller, confirmTotpEnrolment.definition, { code: "12345" });
    expect(bad).toMatchObject({ ok: false, code: "validation", fieldErrors: { code: [expect.any(String)] } });
    const secret = secretOf(start.data.secret);
    const wrong = await runAction(t.db, caller, confirmTotpEnrolment.definition, { code: hotp(base32Decode(secret), timeStep(T0) + 7) });
    expect(wrong).toMatchObject({ ok: false, code: "invalid", fieldErrors: { code: [expect.any(String)] } });
    expect(await t.db.select().from(userTotp).where(eq(userTotp.userId, u.id))).toHaveLength(0);
    const ok = await runAction(t.db, caller, confirmTotpEnrolment.definition, { code: codeAt(secret, T0) });
    if (!ok.ok) throw new Error(ok.error);

    setClock(seconds(60));
    const renewed = await runAction(t.db, caller, renewRecoveryCodes.definition, { code: codeAt(secret, seconds(60)) });
    if (!renewed.ok) throw new Error(renewed.error);
    const c = challengeOf(await verifySignIn(t.db, { email: u.email, password: TEST_PASSWORD }, seconds(70)));
    expect(await verifySecondFactor(t.db, { challenge: c, code: ok.data.recoveryCodes[0] }, seconds(70))).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySecondFactor(t.db, { challenge: c, code: renewed.data.recoveryCodes[0] }, seconds(71))).toMatchObject({ ok: true });

    setClock(seconds(120));
    expect(await runAction(t.db, caller, disableTwoFactor.definition, { code: hotp(base32Decode(secret), timeStep(seconds(120)) + 9) })).toMatchObject({ ok: false, code: "invalid" });
    expect((await runAction(t.db, caller, disableTwoFactor.definition, { code: codeAt(secret, seconds(120)) })).ok).toBe(true);
    expect(await verifySignIn(t.db, { email: u.email, password: TEST_PASSWORD }, seconds(130))).toMatchObject({ ok: true });
  });

  it("an admin resets a lost authenticator: codes gone, sessions ended, audited; others may not", async () => {
    const { u } = await enrolled();
    const admin = staffCaller(await makeStaff(t.db, ["admin"]), ["admin"]);
    const desk = staffCaller(await makeStaff(t.db, ["front_desk"]), ["front_desk"]);
    expect(await runAction(t.db, desk, resetStaffTwoFactor.definition, { userId: u.id })).toMatchObject({ ok: false, code: "forbidden" });
    const [before] = await t.ownerSql<{ v: number }[]>`select session_version as v from users where id = ${u.id}`;
    expect((await runAction(t.db, admin, resetStaffTwoFactor.definition, { userId: u.id })).ok).toBe(true);
    expect(await t.db.select().from(userTotp).where(eq(userTotp.userId, u.id))).toHaveLength(0);
    const [after] = await t.ownerSql<{ v: number }[]>`select session_version as v from users where id = ${u.id}`;
    expect(after.v).toBe(before.v + 1);
    const [{ n }] = await t.ownerSql<{ n: number }[]>`select count(*)::int as n from recovery_codes where user_id = ${u.id} and used_at is null`;
    expect(n).toBe(0);
    const audit = await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, "staff.two_factor.reset"), eq(auditEvents.entityId, u.id)));
    expect(audit).toHaveLength(1);
    expect(await verifySignIn(t.db, { email: u.email, password: TEST_PASSWORD }, seconds(900))).toMatchObject({ ok: true });
  });
});
