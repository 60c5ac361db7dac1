import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { outboxMessages, users } from "@/db/schema";
import { runAction } from "@/lib/actions/core";
import { acceptInvite, requestPasswordReset, resetPassword } from "@/lib/actions/account";
import { createStaff } from "@/lib/actions/staff";
import { verifySignIn } from "@/lib/auth/credentials";
import { setClock } from "@/lib/time";
import { createTestDatabase } from "./support";
import { makeStaff, staffCaller, TEST_PASSWORD } from "./factories";

const t = await createTestDatabase();
afterEach(() => setClock(null));

const T0 = new Date("2026-05-01T09:00:00Z");
const tokenFrom = (link: string) => link.split("/").pop()!;
const NEW_PASSWORD = "granite-otter-lantern-9";

async function inviteStaff(email: string) {
  const admin = await makeStaff(t.db, ["admin"]);
  setClock(T0);
  const r = await runAction(t.db, staffCaller(admin, ["admin"]), createStaff.definition,
    { email, displayName: "New Person", roles: ["clinician"], discipline: "LMT" });
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

describe("invite links", () => {
  it("put the link in the outbox, work once, and let the person sign in", async () => {
    const { inviteLink, userId } = await inviteStaff("invitee1@test.example");
    const [msg] = await t.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, "invitee1@test.example"));
    expect(msg.bodyText).toContain(inviteLink);

    const input = { token: tokenFrom(inviteLink), password: NEW_PASSWORD, confirm: NEW_PASSWORD };
    const first = await runAction(t.db, null, acceptInvite.definition, input);
    expect(first).toMatchObject({ ok: true, data: { userId }, redirectTo: "/sign-in?reason=account_ready" });
    const second = await runAction(t.db, null, acceptInvite.definition, input);
    expect(second).toMatchObject({ ok: false, code: "invalid" });
    expect(await verifySignIn(t.db, { email: "invitee1@test.example", password: NEW_PASSWORD }, T0)).toMatchObject({ ok: true });
  });

  it("expire (moving the clock past the 72-hour lifetime)", async () => {
    const { inviteLink } = await inviteStaff("invitee2@test.example");
    setClock(new Date(T0.getTime() + 73 * 3600_000));
    const r = await runAction(t.db, null, acceptInvite.definition, { token: tokenFrom(inviteLink), password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(r).toMatchObject({ ok: false, code: "invalid" });
    const [u] = await t.db.select({ hash: users.passwordHash }).from(users).where(eq(users.email, "invitee2@test.example"));
    expect(u.hash).toBeNull();
  });

  it("refuse a weak or mismatched password without using up the link", async () => {
    const { inviteLink } = await inviteStaff("invitee3@test.example");
    const token = tokenFrom(inviteLink);
    expect(await runAction(t.db, null, acceptInvite.definition, { token, password: "password1234", confirm: "password1234" }))
      .toMatchObject({ ok: false, fieldErrors: { password: [expect.stringMatching(/too common/)] } });
    expect(await runAction(t.db, null, acceptInvite.definition, { token, password: "short", confirm: "short" }))
      .toMatchObject({ ok: false, fieldErrors: { password: [expect.stringMatching(/at least 12/)] } });
    expect(await runAction(t.db, null, acceptInvite.definition, { token, password: NEW_PASSWORD, confirm: NEW_PASSWORD + "x" }))
      .toMatchObject({ ok: false, fieldErrors: { confirm: [expect.any(String)] } });
    expect(await runAction(t.db, null, acceptInvite.definition, { token, password: NEW_PASSWORD, confirm: NEW_PASSWORD })).toMatchObject({ ok: true });
  });
});

describe("password reset links", () => {
  it("answer the same for unknown emails, work once, expire, and end old sessions", async () => {
    const u = await makeStaff(t.db, ["front_desk"]);
    setClock(T0);
    const unknown = await runAction(t.db, null, requestPasswordReset.definition, { email: "nobody@test.example" });
    const known = await runAction(t.db, null, requestPasswordReset.definition, { email: u.email });
    expect(unknown).toEqual(known);
    const [msg] = await t.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, u.email));
    const token = tokenFrom(msg.bodyText.match(/http\S+/)![0]);

    // expired after 60 minutes
    setClock(new Date(T0.getTime() + 61 * 60_000));
    expect(await runAction(t.db, null, resetPassword.definition, { token, password: NEW_PASSWORD, confirm: NEW_PASSWORD }))
      .toMatchObject({ ok: false, code: "invalid" });

    // a fresh link works once; the old password stops working
    setClock(T0);
    await runAction(t.db, null, requestPasswordReset.definition, { email: u.email });
    const msgs = await t.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, u.email));
    const fresh = tokenFrom(msgs.map((m) => m.bodyText.match(/http\S+/)![0]).find((l) => !l.endsWith(token))!);
    expect(await runAction(t.db, null, resetPassword.definition, { token: fresh, password: NEW_PASSWORD, confirm: NEW_PASSWORD })).toMatchObject({ ok: true });
    expect(await runAction(t.db, null, resetPassword.definition, { token: fresh, password: NEW_PASSWORD, confirm: NEW_PASSWORD })).toMatchObject({ ok: false });
    expect(await verifySignIn(t.db, { email: u.email, password: TEST_PASSWORD }, T0)).toMatchObject({ ok: false });
    expect(await verifySignIn(t.db, { email: u.email, password: NEW_PASSWORD }, T0)).toMatchObject({ ok: true });
  });
});
