/**
 * `npm run bench [-- --only=large|small] [--seconds=10] [--connections=10] [--build] [--skip-js]`
 *
 * Starts the production build on each seeded clinic (large: .data/bench, small: .data/bench-small;
 * both made by `npm run seed:large`), signs in as each role through Auth.js, and measures every
 * path of issue #9 beside a floor page: req/s, p50/p99, ratio to the floor, SQL statements per
 * request. Then the JavaScript a first visit downloads. Prints tables; writes bench-results/*.json.
 */
import { randomInt } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD, DEMO_PATIENTS, DEMO_STAFF } from "@/db/seed/demo-people";
import { prepareFixtures, type Fixtures } from "./fixtures";
import { actionHeaders, actionId, signIn } from "./http";
import { measureJsBytes, type JsBytes } from "./js-bytes";
import { measurePath, type BenchPath, type PathResult } from "./measure";
import { ensureBuild, startBenchServer } from "./server";

function flag(name: string): string | undefined {
  const hit = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  return hit?.includes("=") ? hit.slice(name.length + 3) : hit ? "true" : undefined;
}

const CLINICS = [
  { name: "large", dataDir: ".data/bench", pgPort: 54490 },
  { name: "small", dataDir: ".data/bench-small", pgPort: 54491 },
];
const PORT = Number(process.env.KC_BENCH_PORT ?? 3290);
const SECONDS = Number(flag("seconds") ?? 10);
const CONNECTIONS = Number(flag("connections") ?? 10);

const page = (marker: string | RegExp) => (status: number, body: string) => status === 200 && (typeof marker === "string" ? body.includes(marker) : marker.test(body));
const actionOk = (status: number, body: string) => status === 200 && body.includes('"ok":true');

function paths(baseUrl: string, f: Fixtures, cookies: Record<"clinician" | "desk" | "patient", string>, loggerCookies: string[]): BenchPath[] {
  const get = (cookie: string) => ({ cookie });
  let note = 0;
  let log = 0;
  const signId = actionId("signNote");
  const logId = actionId("logExercise");
  const dates = Array.from({ length: 7 }, (_, i) => new Date(Date.parse(`${f.today}T12:00:00Z`) - i * 86_400_000).toISOString().slice(0, 10));
  // every log is a new session: logger × line × day × session number 1–9
  const logs = f.loggers.flatMap((l, li) => l.itemIds.flatMap((itemId) => dates.flatMap((date) => [1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => ({ li, itemId, date, k })))));
  logs.sort(() => randomInt(3) - 1);
  const sample = f.draftNotes[0];
  return [
    { name: "floor (minimal authenticated page)", method: "GET", path: "/bench-floor", headers: get(cookies.clinician), ok: page("Signed in as") },
    { name: "clinician day schedule", method: "GET", path: `/schedule?date=${f.day}&clinician=${f.clinicianId}`, headers: get(cookies.clinician), ok: page("Schedule") },
    { name: "front-desk week view", method: "GET", path: `/schedule?view=week&date=${f.day}&clinician=${f.clinicianId}`, headers: get(cookies.desk), ok: page("Week of") },
    { name: "patient search (name prefix)", method: "GET", path: "/patients?q=mar", headers: get(cookies.desk), ok: page("Patients matching") },
    { name: "patient chart overview", method: "GET", path: `/patients/${f.chartPatientId}`, headers: get(cookies.clinician), ok: page("Episodes of care") },
    { name: "exam comparison (visit page)", method: "GET", path: `/patients/${f.chartPatientId}/visits/${f.examVisitId}`, headers: get(cookies.clinician), ok: page(/Examination|exam/i) },
    { name: "portal today's exercises", method: "GET", path: "/portal/exercises", headers: get(cookies.patient), ok: page(/exercise/i) },
    { name: "front-desk work queue", method: "GET", path: "/schedule/queue", headers: get(cookies.desk), ok: page("Work queue") },
    {
      name: "log an exercise as done", method: "POST", path: "/portal/exercises", ok: actionOk,
      headers: actionHeaders(baseUrl, loggerCookies[0], logId),
      next: () => {
        const l = logs[log++ % logs.length];
        return { body: JSON.stringify([{ itemId: l.itemId, date: l.date, key: `${l.itemId}:${l.date}:${l.k}`, pain: 2 }]), cookie: loggerCookies[l.li] };
      },
    },
    {
      name: "sign a note", method: "POST", path: `/patients/${sample.patientId}/visits/${sample.visitId}`, ok: actionOk,
      headers: actionHeaders(baseUrl, cookies.clinician, signId),
      next: () => ({ body: JSON.stringify([{ noteId: f.draftNotes[note++ % f.draftNotes.length].id, version: 1 }]) }),
    },
  ];
}

async function benchClinic(clinic: (typeof CLINICS)[number]): Promise<{ results: PathResult[]; js: JsBytes[] | null }> {
  console.log(`\n== ${clinic.name} clinic (${clinic.dataDir}) ==`);
  const server = await startBenchServer({ dataDir: path.resolve(clinic.dataDir), pgPort: clinic.pgPort, port: PORT });
  try {
    const f = await prepareFixtures(server.db.ownerUrl, 4000);
    const cookies = {
      clinician: await signIn(server.baseUrl, DEMO_STAFF[1].email, DEMO_PASSWORD),
      desk: await signIn(server.baseUrl, DEMO_STAFF[4].email, DEMO_PASSWORD),
      patient: await signIn(server.baseUrl, DEMO_PATIENTS[0].email, DEMO_PASSWORD),
    };
    const loggerCookies: string[] = [];
    for (const l of f.loggers) loggerCookies.push(await signIn(server.baseUrl, l.email, DEMO_PASSWORD));
    const results: PathResult[] = [];
    const [floor, ...rest] = paths(server.baseUrl, f, cookies, loggerCookies);
    const opts = { seconds: SECONDS, connections: CONNECTIONS, warmupSeconds: 2 };
    const first = await measurePath(server.baseUrl, floor, opts);
    results.push({ ...first, floorP50: first.p50 });
    console.log(`  ${floor.name.padEnd(36)} ${first.requestsPerSecond} req/s, p50 ${first.p50} ms, ${first.sqlPerRequest} SQL/request`);
    for (const p of rest) {
      // the floor again right before each path: other work on the machine comes and goes
      const beside = await measurePath(server.baseUrl, floor, { ...opts, seconds: Math.max(3, SECONDS / 2) });
      const measured = { ...(await measurePath(server.baseUrl, p, opts)), floorP50: beside.p50 };
      results.push(measured);
      console.log(`  ${p.name.padEnd(36)} ${measured.requestsPerSecond} req/s, p50 ${measured.p50} ms (floor ${beside.p50} ms), ${measured.sqlPerRequest} SQL/request${measured.failed ? `, ${measured.failed} FAILED` : ""}`);
    }
    const js = flag("skip-js") || clinic.name !== "large" ? null : await measureJsBytes(server.baseUrl, [
      { name: "bare Next.js page", path: "/bare" },
      { name: "sign-in", path: "/sign-in" },
      { name: "portal home", path: "/portal", cookie: cookies.patient },
      { name: "portal exercises", path: "/portal/exercises", cookie: cookies.patient },
    ]);
    return { results, js };
  } finally {
    await server.stop();
  }
}

async function main() {
  ensureBuild(flag("build") === "true");
  const only = flag("only");
  const out: Record<string, { results: PathResult[]; js: JsBytes[] | null }> = {};
  for (const c of CLINICS.filter((c) => !only || c.name === only)) out[c.name] = await benchClinic(c);
  const report = summarize(out);
  console.log(report.text);
  mkdirSync("bench-results", { recursive: true });
  const file = path.join("bench-results", `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify(report.json, null, 2) + "\n");
  writeFileSync(path.join("bench-results", "latest.json"), JSON.stringify(report.json, null, 2) + "\n");
  console.log(`\nWritten to ${file} (and bench-results/latest.json).`);
}

function summarize(out: Record<string, { results: PathResult[]; js: JsBytes[] | null }>) {
  const lines: string[] = [];
  const rows: Record<string, unknown>[] = [];
  for (const [clinic, { results }] of Object.entries(out)) {
    lines.push(`\n${clinic} clinic`, "path                                  req/s     p50 ms  p99 ms  floor p50  ×floor  SQL/req  failed");
    for (const r of results) {
      const floorP50 = r.floorP50 ?? results[0].p50;
      const ratio = Math.round((r.p50 / Math.max(floorP50, 1)) * 100) / 100;
      rows.push({ clinic, ...r, ratioToFloor: ratio });
      lines.push(`${r.name.padEnd(36)} ${String(r.requestsPerSecond).padStart(7)} ${String(r.p50).padStart(9)} ${String(r.p99).padStart(7)} ${String(floorP50).padStart(10)} ${String(ratio).padStart(7)} ${String(r.sqlPerRequest).padStart(8)} ${String(r.failed).padStart(7)}`);
    }
  }
  if (out.large && out.small) {
    // raw p50s move with the machine's load between the two runs; the ratio to the floor measured beside each path does not
    lines.push("\nsmall → large (1,000 → 50,000 patients)", "path                                 p50 small → large ms   ×floor small → large   change");
    for (const r of out.large.results) {
      const s = out.small.results.find((x) => x.name === r.name);
      if (!s) continue;
      const rl = r.p50 / Math.max(r.floorP50 ?? 1, 1);
      const rs = s.p50 / Math.max(s.floorP50 ?? 1, 1);
      lines.push(`${r.name.padEnd(36)} ${String(s.p50).padStart(6)} → ${String(r.p50).padEnd(6)}         ${rs.toFixed(2).padStart(5)} → ${rl.toFixed(2).padEnd(5)}        ${rs ? `${Math.round(((rl - rs) / rs) * 100)}%` : "n/a"}`);
    }
  }
  const js = out.large?.js;
  if (js) {
    lines.push("\nJavaScript on first load (bytes over the wire)", "page                     scripts      bytes  ×bare");
    for (const j of js) lines.push(`${j.page.padEnd(24)} ${String(j.scripts).padStart(7)} ${String(j.bytes).padStart(10)} ${String(j.ratioToBare).padStart(6)}`);
  }
  return { text: lines.join("\n"), json: { at: new Date().toISOString(), seconds: SECONDS, connections: CONNECTIONS, paths: rows, js: js ?? null } };
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
