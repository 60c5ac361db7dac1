import postgres from "postgres";
import { expect, request, test } from "@playwright/test";
import { DEMO_STAFF } from "../db/seed/demo-people";
import { stateFile } from "./support/accounts";
import { actionId as findActionId, databaseUrls, PORT, startInstance, type Instance } from "./support/instances";

/**
 * The double-booking race through two real `next start` processes on one database: the e2e server
 * plus a second instance started here with the same database and secret. Both receive the same
 * server action (book Sam Rivera at the same time for different patients) at once.
 */
const SECOND_PORT = PORT + 100;
const ownerUrl = () => databaseUrls().owner;

let second: Instance | null = null;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  second = await startInstance({ port: SECOND_PORT });
});

test.afterAll(async () => {
  await second?.kill();
});

test("two app instances, 20 simultaneous bookings of one clinician and time: exactly one succeeds", async () => {
  const actionId = findActionId("bookAppointmentAction", "lib/actions/scheduling.ts");
  const sql = postgres(ownerUrl(), { max: 1, onnotice: () => {} });
  try {
    const stamp = Date.now();
    const patients = await sql<{ id: string }[]>`
      insert into patients (legal_first_name, legal_last_name, date_of_birth, sex)
      select 'Race', 'Twin' || ${stamp} || '-' || g, date '1990-01-01', 'female' from generate_series(1, 20) g returning id`;
    const [type] = await sql<{ id: string }[]>`select id from appointment_types where name = 'Follow-up'`;
    const rivera = DEMO_STAFF[1].id;
    const startsAt = "2027-06-07T14:00:00.000Z"; // Monday 10:00 in New York
    const contexts = await Promise.all([PORT, SECOND_PORT].map((p) => request.newContext({ baseURL: `http://127.0.0.1:${p}`, storageState: stateFile("frontDesk") })));
    const results = await Promise.all(patients.map(({ id }, i) => contexts[i % 2].post("/schedule/book", {
      headers: { "next-action": actionId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: `http://127.0.0.1:${i % 2 ? SECOND_PORT : PORT}` },
      data: JSON.stringify([{ patientId: id, clinicianId: rivera, appointmentTypeId: type.id, roomId: "", episodeId: "", startsAt }, {}]),
    }).then(async (r) => ({ status: r.status(), body: await r.text(), instance: i % 2 }))));
    expect(results.every((r) => r.status === 200)).toBe(true);
    const won = results.filter((r) => r.body.includes('"ok":true'));
    const lost = results.filter((r) => r.body.includes("That slot was just taken"));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    // both instances served requests that lost, so the race really crossed processes
    expect(new Set(lost.map((r) => r.instance)).size).toBe(2);
    const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from appointments where clinician_id = ${rivera} and starts_at = ${startsAt}::timestamptz and status = 'booked'`;
    expect(n).toBe(1);
  } finally {
    await sql.end();
  }
});
