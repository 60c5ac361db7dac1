import { spawnSync } from "node:child_process";
import path from "node:path";
import postgres from "postgres";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { PASSWORD } from "./support/accounts";
import { actionId, credentialsSignIn, databaseUrls, PG_PORT, PORT, sleep, startInstance, type Instance } from "./support/instances";
import { privateClinic } from "./support/private-clinic";

/**
 * Faults, on a database of its own (so restarting it disturbs no other spec): the app process is
 * SIGKILLed while signing a visit note, while booking a follow-up series (four appointments in one
 * transaction) and while applying a treatment protocol (several treatment lines), once inside the
 * open transaction and once just after commit; after a restart each change is wholly there or wholly absent. Then PostgreSQL is
 * restarted under a running app: requests get a clean 503 and the same process recovers.
 */
const APP_PORT = PORT + 120;
let clinic: Awaited<ReturnType<typeof privateClinic>>;
let sql: ReturnType<typeof postgres>;
let fixture: {
  charts: { patientId: string; noteVisitId: string; noteId: string; noteVersion: number; protocolVisitId: string }[];
  protocolId: string;
  clinician: string;
};
let session: Awaited<ReturnType<APIRequestContext["storageState"]>>;
const faults: string[] = [];

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  clinic = await privateClinic("faults", PG_PORT + 10);
  sql = postgres(databaseUrls(clinic.dataDir, clinic.pgPort).owner, { max: 2, onnotice: () => {} });
  const out = spawnSync(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "e2e/support/chart-fixture.ts"], {
    env: { ...process.env, DATABASE_URL: clinic.ownerUrl, CHARTS: "2" }, encoding: "utf8", timeout: 90_000,
  });
  if (out.status !== 0) throw new Error(`chart fixture failed: ${out.stderr}`);
  fixture = JSON.parse(out.stdout.trim().split("\n").at(-1)!);
  const app = await launch();
  const ctx = await request.newContext();
  expect((await credentialsSignIn(ctx, app.baseURL, fixture.clinician, PASSWORD)).ok).toBe(true);
  session = await ctx.storageState();
  await ctx.dispose();
  await app.kill();
});

test.afterAll(async () => {
  await sql?.end();
  await clinic?.stopDatabase();
  console.log(`faults injected: ${faults.length}\n  ${faults.join("\n  ")}`);
});

const launch = (env: Record<string, string> = {}) => startInstance({ port: APP_PORT, dataDir: clinic.dataDir, pgPort: clinic.pgPort, authSecret: clinic.authSecret, env });

/** Start the app with the pause armed, send the action, SIGKILL the process while it waits, start it again. */
async function killDuring(action: string, point: "before-commit" | "after-commit", send: (app: Instance, ctx: APIRequestContext) => Promise<unknown>) {
  const app = await launch({ KC_FAULT_DELAY_MS: "60000", KC_FAULT_ACTIONS: action, KC_FAULT_POINT: point });
  const ctx = await request.newContext({ storageState: session });
  const pending = send(app, ctx).then(() => "answered", (e: Error) => `no answer (${e.message.split("\n")[0]})`);
  await app.waitForStderr(`kc-fault: pausing ${action} ${point}`);
  await app.kill("SIGKILL");
  const outcome = await pending;
  expect(outcome).toMatch(/^no answer/);
  await ctx.dispose();
  faults.push(`SIGKILL of next start during ${action}, ${point}: client got ${outcome.slice(0, 40)}`);
  const restarted = await launch();
  const after = await request.newContext({ storageState: session });
  return { app: restarted, ctx: after };
}

const signNote = (app: Instance, ctx: APIRequestContext, c: (typeof fixture.charts)[number]) =>
  postAction(ctx, app, `/patients/${c.patientId}/visits/${c.noteVisitId}`, actionId("signNote", "lib/actions/notes.ts"), { noteId: c.noteId, version: c.noteVersion });
const applyProtocol = (app: Instance, ctx: APIRequestContext, c: (typeof fixture.charts)[number]) =>
  postAction(ctx, app, `/patients/${c.patientId}/visits/${c.protocolVisitId}`, actionId("applyProtocol", "lib/actions/treatment.ts"), { visitId: c.protocolVisitId, protocolId: fixture.protocolId, side: "R" });

function postAction(ctx: APIRequestContext, app: Instance, pagePath: string, id: string, input: unknown) {
  return ctx.post(`${app.baseURL}${pagePath}`, {
    headers: { "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: app.baseURL },
    data: JSON.stringify([input, {}]), timeout: 90_000,
  });
}

async function noteState(c: (typeof fixture.charts)[number]) {
  const [row] = await sql<{ status: string; signatures: number; visit: string; audits: number }[]>`
    select n.status, (select count(*)::int from note_signatures s where s.note_id = n.id) as signatures,
      (select status::text from visits v where v.id = n.visit_id) as visit,
      (select count(*)::int from audit_events a where a.action = 'note.sign' and a.entity_id = n.id::text) as audits
    from notes n where n.id = ${c.noteId}`;
  return row;
}

async function protocolState(c: (typeof fixture.charts)[number]) {
  const [row] = await sql<{ lines: number; audits: number }[]>`
    select (select count(*)::int from treatment_lines where visit_id = ${c.protocolVisitId}) as lines,
      (select count(*)::int from audit_events where action = 'treatment.applyProtocol' and entity_id = ${c.protocolVisitId}) as audits`;
  return row;
}

test("SIGKILL while a note is being signed: before commit nothing is signed, after commit all of it is", async () => {
  test.setTimeout(180_000);
  const [first, second] = fixture.charts;
  let { app, ctx } = await killDuring("note.sign", "before-commit", (a, x) => signNote(a, x, first));
  expect(await noteState(first)).toEqual({ status: "draft", signatures: 0, visit: "in_progress", audits: 0 });
  // the clinician signs again after the restart, and it works
  const retry = await signNote(app, ctx, first);
  expect(await retry.text()).toContain('"ok":true');
  expect(await noteState(first)).toEqual({ status: "signed", signatures: 1, visit: "completed", audits: 1 });
  await app.kill();

  ({ app, ctx } = await killDuring("note.sign", "after-commit", (a, x) => signNote(a, x, second)));
  expect(await noteState(second)).toEqual({ status: "signed", signatures: 1, visit: "completed", audits: 1 });
  // signing again is refused plainly: it is already signed
  expect(await (await signNote(app, ctx, second)).text()).toContain("already signed");
  const page = await ctx.get(`${app.baseURL}/patients/${second.patientId}/visits/${second.noteVisitId}`);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain("Electronically signed by");
  await app.kill();
});

test("SIGKILL while a protocol is applied (several rows): before commit no line, after commit every line", async () => {
  test.setTimeout(180_000);
  const [first, second] = fixture.charts;
  let { app, ctx } = await killDuring("treatment.applyProtocol", "before-commit", (a, x) => applyProtocol(a, x, first));
  expect(await protocolState(first)).toEqual({ lines: 0, audits: 0 });
  const retry = await (await applyProtocol(app, ctx, first)).text();
  expect(retry).toContain('"ok":true');
  const added = Number(/"added":(\d+)/.exec(retry)![1]);
  expect(added).toBeGreaterThan(1);
  expect(await protocolState(first)).toEqual({ lines: added, audits: 1 });
  await app.kill();

  ({ app, ctx } = await killDuring("treatment.applyProtocol", "after-commit", (a, x) => applyProtocol(a, x, second)));
  expect(await protocolState(second)).toEqual({ lines: added, audits: 1 });
  await app.kill();
});

// Sam Rivera (PT) works Mondays 09:00–17:00 in New York; four Mondays in summer 2027, two hours of the day
const RIVERA = "Sam Rivera";
const mondays = (hourUtc: number) => ["2027-06-14", "2027-06-21", "2027-06-28", "2027-07-05"].map((d) => `${d}T${hourUtc}:00:00.000Z`);

async function bookSeries(app: Instance, ctx: APIRequestContext, c: (typeof fixture.charts)[number], startsAt: string[]) {
  const [type] = await sql<{ id: string }[]>`select id from appointment_types where name = 'Follow-up'`;
  const [pt] = await sql<{ id: string }[]>`select id from users where display_name = ${RIVERA}`;
  return postAction(ctx, app, `/patients/${c.patientId}/care-plan/book`, actionId("bookPlanSeries", "lib/actions/series-booking.ts"),
    { patientId: c.patientId, clinicianId: pt.id, appointmentTypeId: type.id, roomId: "", episodeId: "", startsAt });
}

async function seriesState(c: (typeof fixture.charts)[number], startsAt: string[]) {
  const [row] = await sql<{ booked: number; notices: number; audits: number }[]>`
    select count(*)::int as booked,
      (select count(*)::int from appointment_notifications n join appointments a2 on a2.id = n.appointment_id
        where a2.patient_id = ${c.patientId} and a2.starts_at = any(${startsAt}::timestamptz[])) as notices,
      (select count(*)::int from audit_events where action = 'appointment.book_series' and patient_id = ${c.patientId}
        and entity_id in (select id::text from appointments where patient_id = ${c.patientId} and starts_at = any(${startsAt}::timestamptz[]))) as audits
    from appointments a where a.patient_id = ${c.patientId} and a.starts_at = any(${startsAt}::timestamptz[]) and a.status = 'booked'`;
  return row;
}

test("SIGKILL while a follow-up series is booked: before commit no appointment, after commit all four", async () => {
  test.setTimeout(180_000);
  const [first, second] = fixture.charts;
  const early = mondays(14);
  const late = mondays(15);
  let { app, ctx } = await killDuring("appointment.book_series", "before-commit", (a, x) => bookSeries(a, x, first, early));
  expect(await seriesState(first, early)).toEqual({ booked: 0, notices: 0, audits: 0 });
  // the desk books again after the restart: the slots are still free, and all four are booked
  expect(await (await bookSeries(app, ctx, first, early)).text()).toContain('"booked":4');
  expect(await seriesState(first, early)).toEqual({ booked: 4, notices: 4, audits: 1 });
  await app.kill();

  ({ app, ctx } = await killDuring("appointment.book_series", "after-commit", (a, x) => bookSeries(a, x, second, late)));
  expect(await seriesState(second, late)).toEqual({ booked: 4, notices: 4, audits: 1 });
  // booking the same series again is refused whole: the slots are taken, nothing is added
  expect(await (await bookSeries(app, ctx, second, late)).text()).toContain('"ok":false');
  expect(await seriesState(second, late)).toEqual({ booked: 4, notices: 4, audits: 1 });
  await app.kill();
});

test("PostgreSQL restarts under a running app: clean 503s meanwhile, then the same process recovers", async () => {
  test.setTimeout(180_000);
  const app = await launch();
  const ctx = await request.newContext({ storageState: session });
  expect((await ctx.get(`${app.baseURL}/dashboard`)).status()).toBe(200);
  const pid = app.child.pid;

  await clinic.stopDatabase();
  faults.push("PostgreSQL stopped under a running app (then started again)");
  await sleep(1_200); // the availability probe caches its answer for a second
  const page = await ctx.get(`${app.baseURL}/dashboard`, { headers: { accept: "text/html" } });
  expect(page.status()).toBe(503);
  const html = await page.text();
  expect(html).toContain("Kinetic Chart is temporarily unavailable");
  expect(html).not.toMatch(/\bat .+\(.+:\d+:\d+\)|ECONNREFUSED|postgres/i);
  expect(page.headers()["retry-after"]).toBe("30");
  const health = await ctx.get(`${app.baseURL}/api/health`);
  expect(health.status()).toBe(503);
  expect(await health.json()).toEqual({ status: "error", db: "unavailable" });
  const third = fixture.charts[0];
  const act = await applyProtocol(app, ctx, { ...third, protocolVisitId: third.protocolVisitId });
  expect(act.status()).toBe(503);
  expect(await act.text()).toContain("temporarily unavailable");
  const signIn = await ctx.get(`${app.baseURL}/sign-in`, { headers: { accept: "text/html" } });
  expect(signIn.status()).toBe(503);

  await clinic.startDatabase();
  let healthy = false;
  for (let i = 0; i < 80 && !healthy; i++) {
    healthy = (await ctx.get(`${app.baseURL}/api/health`)).ok();
    if (!healthy) await sleep(250);
  }
  expect(healthy).toBe(true);
  await sleep(1_100);
  const back = await ctx.get(`${app.baseURL}/dashboard`);
  expect(back.status()).toBe(200);
  expect(await back.text()).toContain("Dashboard");
  expect(app.child.pid).toBe(pid);
  expect(app.child.exitCode).toBeNull();
  // writes work again through the same process (the session survived too)
  const note = await ctx.get(`${app.baseURL}/patients/${third.patientId}/visits/${third.noteVisitId}`);
  expect(note.status()).toBe(200);
  await ctx.dispose();
  await app.kill();
});
