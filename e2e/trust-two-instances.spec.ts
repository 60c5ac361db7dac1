import postgres from "postgres";
import { expect, request, test } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { ACCOUNTS, PASSWORD } from "./support/accounts";
import { credentialsSignIn, databaseUrls, PORT, sleep, startInstance, type Instance } from "./support/instances";

/**
 * Two `next start` processes on one PostgreSQL (the e2e server and one started here, both running
 * their job workers): sessions, sign-out, the sign-in lockout and background jobs behave as one app.
 */
const A = `http://127.0.0.1:${PORT}`;
let second: Instance;
let sql: ReturnType<typeof postgres>;
const B = () => second.baseURL;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  second = await startInstance({ port: PORT + 110, env: { KC_DISABLE_WORKER: "0", JOB_POLL_MS: "300" } });
  sql = postgres(databaseUrls().owner, { max: 2, onnotice: () => {} });
});

test.afterAll(async () => {
  await second?.kill();
  await sql?.end();
});

test("a session started on one instance is valid on the other, and signing out on one ends it on both", async () => {
  const ctx = await request.newContext();
  expect((await credentialsSignIn(ctx, B(), ACCOUNTS.frontDesk, PASSWORD)).ok).toBe(true);
  for (const base of [A, B()]) {
    const res = await ctx.get(`${base}/dashboard`, { maxRedirects: 0 });
    expect(res.status(), base).toBe(200);
    expect(await res.text()).toContain("front desk");
  }
  // sign out on A (Auth.js's endpoint ends the session row), then B refuses the same cookie
  const { csrfToken } = await (await ctx.get(`${A}/api/auth/csrf`)).json();
  const cookies = await ctx.storageState();
  await ctx.post(`${A}/api/auth/signout`, { form: { csrfToken, callbackUrl: "/sign-in" }, maxRedirects: 0 });
  const stale = await request.newContext({ storageState: cookies });
  const res = await stale.get(`${B()}/dashboard`, { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers()["location"]).toContain("/sign-in");
  await ctx.dispose();
  await stale.dispose();
});

test("sign-in lockout holds across both: five failures split over the two lock the account on both", async () => {
  const email = `lock-${Date.now()}@kinetic.test`;
  const password = "a-long-enough-password-42";
  await sql`insert into users (kind, email, display_name, password_hash) values ('staff', ${email}, 'Lock Test', ${await hashPassword(password)})`;
  const [{ id }] = await sql<{ id: string }[]>`select id from users where email = ${email}`;
  await sql`insert into user_roles (user_id, role) values (${id}, 'front_desk')`;
  const ctx = await request.newContext();
  for (let i = 0; i < 5; i++) {
    const r = await credentialsSignIn(ctx, i % 2 ? B() : A, email, "not-the-password");
    expect(r.location).toContain("code=invalid");
  }
  for (const base of [A, B()]) {
    const r = await credentialsSignIn(ctx, base, email, password);
    expect(r.ok, base).toBe(false);
    expect(r.location, base).toContain("code=locked");
  }
  const [{ failures, locked }] = await sql<{ failures: number; locked: number }[]>`
    select count(*) filter (where outcome = 'failure')::int as failures, count(*) filter (where outcome = 'locked')::int as locked
    from sign_in_attempts where email = ${email}`;
  expect({ failures, locked }).toEqual({ failures: 5, locked: 2 });
  const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from auth_sessions where user_id = ${id}`;
  expect(n).toBe(0);
  await ctx.dispose();
});

test("background jobs run exactly once with both instances' workers polling", async () => {
  test.setTimeout(60_000);
  const JOBS = 150;
  const stamp = Date.now();
  const messages = await sql<{ id: string }[]>`
    insert into outbox_messages (kind, to_address, subject, body_text, created_at)
    select 'appointment_reminder', 'twin' || g || '@example.test', 'Exactly once ' || ${stamp}, 'body', now() from generate_series(1, ${JOBS}) g
    returning id`;
  await sql`insert into jobs (kind, payload, run_at, created_at)
    select 'outbox.send', jsonb_build_object('messageId', m.id), now(), now() from unnest(${messages.map((m) => m.id)}::uuid[]) as m(id)`;
  const ids = messages.map((m) => m.id);
  let done = 0;
  for (let i = 0; i < 200 && done < JOBS; i++) {
    await sleep(200);
    done = (await sql<{ n: number }[]>`select count(*)::int as n from jobs where payload->>'messageId' = any(${ids}) and status = 'done'`)[0].n;
  }
  expect(done).toBe(JOBS);
  const jobs = await sql<{ attempts: number; locked_by: string }[]>`select attempts, locked_by from jobs where payload->>'messageId' = any(${ids})`;
  expect(jobs).toHaveLength(JOBS);
  expect(jobs.every((j) => j.attempts === 1)).toBe(true);
  const sent = await sql<{ attempts: number; status: string }[]>`select attempts, status from outbox_messages where id = any(${ids})`;
  // each message was handled once: one delivery attempt each (held for the in-app outbox: no SMTP here)
  expect(sent.every((m) => m.attempts === 1 && m.status === "held")).toBe(true);
  const workers = new Set(jobs.map((j) => j.locked_by));
  console.log(`jobs: ${JOBS} run once each, by ${workers.size} workers: ${[...workers].map((w) => `${w} ×${jobs.filter((j) => j.locked_by === w).length}`).join(", ")}`);
  expect(workers.size).toBe(2);
});
