import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionDefinition } from "@/lib/actions/core";
import { registeredActions } from "@/lib/actions/registry";
import { API_RULES, hasPermission, PAGE_RULES, UNWRAPPED_ACTIONS, type PageAccess, type Role } from "@/lib/auth/permissions";
import type { RecordIds } from "../support/clinic-fixtures";
import { validSample } from "../support/schema-samples";
import { writeMark, writesSince } from "../support/write-probe";
import { PATIENT_B, pool, setUpClinic, type Persona } from "./fixtures";
import { callAction, filesUnder, fillPattern, handlerMethods, routePattern } from "./support";
import { idorInput } from "./idor-inputs";

/**
 * The authorization matrix, generated from the app itself: pages from app/**\/page.tsx, route
 * handlers from app/api/**\/route.ts, server actions from Next's action manifest mapped onto the
 * action registry (every lib/actions module imported by globbing the folder). Each cell is called
 * over HTTP against `next start`; the expected outcome comes from lib/auth/permissions.ts.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDef = ActionDefinition<any, any>;
const modules = import.meta.glob("/lib/actions/*.ts", { eager: true }) as Record<string, Record<string, unknown>>;

const pages = filesUnder("app", /^page\.tsx$/).map(routePattern);
const handlers = filesUnder("app/api", /^route\.ts$/).flatMap((f) => handlerMethods(f).map((m) => `${m} ${routePattern(f)}`));

interface ManifestAction { id: string; file: string; exportName: string; page: string; def: AnyDef | null; access: PageAccess | null }
function manifestActions(): ManifestAction[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const file = entry.filename ?? "?";
    const exportName = entry.exportedName ?? "?";
    const exported = modules[`/${file}`]?.[exportName] as { definition?: AnyDef } | undefined;
    const page = routePattern(Object.keys(entry.workers)[0] + ".tsx");
    return { id, file, exportName, page, def: exported?.definition ?? null, access: UNWRAPPED_ACTIONS[`${file}#${exportName}`] ?? null };
  });
}

/** Pages that need a query string to show anything (without it they answer 404 to everyone). */
const PAGE_QUERY: Record<string, string> = {
  "/patients/[patientId]/care-plan/edit": "?episodeId=[episodeId]",
};

/** Ids of patient-owned records come from the patient under test; anything else is clinic-wide. */
const filler = (own: RecordIds, clinic: RecordIds) => (segment: string) => own[segment] ?? clinic[segment];

/** What a page should answer: 200, 307 (sign-in or home), 403, or 404 (another patient's record). */
function expectedPage(access: PageAccess, p: Persona, foreignRecord: boolean): number {
  const signedIn = p.roles.length > 0;
  if (access === "home") return 307;
  if (access === "public") return 200;
  if (access === "signed_out") return signedIn ? 307 : 200;
  if (!signedIn) return 307;
  if (access === "signed_in") return 200;
  if (access === "clinical_or_self") throw new Error("clinical_or_self is for route handlers; give the page a permission");
  if (!hasPermission(p.roles, access)) return 403;
  return foreignRecord ? 404 : 200;
}

function expectedApi(access: PageAccess, p: Persona, foreignRecord: boolean): "ok" | 401 | 403 | 404 {
  if (access === "public" || access === "home" || access === "signed_out") return "ok";
  if (p.roles.length === 0) return 401;
  if (access === "signed_in") return "ok";
  if (access === "clinical_or_self") {
    if (p.roles.includes("patient")) return foreignRecord ? 404 : "ok";
    return hasPermission(p.roles, "chart.clinical.read") ? "ok" : 403;
  }
  return hasPermission(p.roles, access) ? "ok" : 403;
}

/** For an action called with input null: who is refused before the input is even read. */
function expectedAction(permission: string | null, roles: Role[]): "session_expired" | "forbidden" | "passes" {
  if (permission === null) return "passes";
  if (roles.length === 0) return "session_expired";
  return hasPermission(roles, permission as never) ? "passes" : "forbidden";
}

let env: Awaited<ReturnType<typeof setUpClinic>>;
const cells = { pages: 0, api: 0, actions: 0, idor: 0 };
const leaks: string[] = [];
const LEAK_MARKERS = [PATIENT_B.last, PATIENT_B.phone];

beforeAll(async () => { env = await setUpClinic(); });

afterAll(() => {
  const roles = env?.personas.length ?? 0;
  console.log(
    `authorization matrix: pages ${pages.length} × ${roles} roles = ${pages.length * roles} (+ own-record checks), ` +
    `route handlers ${handlers.length} × ${roles} = ${handlers.length * roles}, server actions ${manifestActions().length} × ${roles} = ${manifestActions().length * roles}; ` +
    `${cells.pages + cells.api + cells.actions} cells called, ${cells.idor} IDOR probes`,
  );
});

describe("every page, handler and action is in the permission table", () => {
  it("classifies every page and route handler, and names none that does not exist", () => {
    expect(pages.length).toBeGreaterThan(30);
    expect(pages.filter((p) => !(p in PAGE_RULES)), "pages missing from PAGE_RULES").toEqual([]);
    expect(Object.keys(PAGE_RULES).filter((p) => !pages.includes(p)), "PAGE_RULES entries with no page").toEqual([]);
    expect(handlers.filter((h) => !(h in API_RULES)), "route handlers missing from API_RULES").toEqual([]);
    expect(Object.keys(API_RULES).filter((h) => !handlers.includes(h)), "API_RULES entries with no handler").toEqual([]);
  });

  it("maps every server action in the build to a registered, permissioned action (or a listed Auth.js one)", () => {
    const actions = manifestActions();
    expect(actions.length).toBeGreaterThan(40);
    expect(actions.filter((a) => !a.def && !a.access).map((a) => `${a.file}#${a.exportName}`), "actions the table cannot classify").toEqual([]);
    // a registered action the build does not expose must be reached through a route handler
    const exposed = new Set(actions.map((a) => a.def?.name));
    const handlerSource = filesUnder("app/api", /^route\.ts$/).map((f) => readFileSync(f, "utf8")).join("\n");
    const unreachable = registeredActions().filter((d) => !exposed.has(d.name)).filter((d) => {
      const exportName = Object.values(modules).flatMap((m) => Object.entries(m)).find(([, v]) => v === d)?.[0];
      return !exportName || !handlerSource.includes(exportName);
    });
    expect(unreachable.map((d) => d.name), "registered actions with no way in").toEqual([]);
  });
});

describe("the matrix over HTTP", () => {
  it("pages: every role gets what the table says, and a refusal shows nothing of patient B", async () => {
    const wrong: string[] = [];
    const jobs = pages.flatMap((pattern) => env.personas.map((p) => ({ pattern, p })));
    // the patient also opens the pages of their own records: 200 there, 404 for B's
    const own = pages.filter((pt) => pt.startsWith("/portal/") && /\[(intakeId|responseId)\]/.test(pt)).map((pattern) => ({ pattern, p: env.personas[1], self: true }));
    await pool([...jobs, ...own], async (job) => {
      const access = PAGE_RULES[job.pattern];
      const self = "self" in job;
      const ids = self ? env.idsA : env.idsB;
      const path = fillPattern(job.pattern + (PAGE_QUERY[job.pattern] ?? ""), filler(ids, env.clinic));
      const foreign = job.p.roles.includes("patient") && !self && /\[(intakeId|responseId)\]/.test(job.pattern);
      const want = expectedPage(access, job.p, foreign);
      const res = await job.p.session.fetch(path);
      const body = await res.text();
      cells.pages++;
      if (res.status !== want) wrong.push(`${job.p.name} GET ${path} → ${res.status}, table says ${want}`);
      if (want === 307 && access !== "home" && access !== "signed_out" && !(res.headers.get("location") ?? "").includes("/sign-in")) wrong.push(`${job.p.name} GET ${path} → redirected to ${res.headers.get("location")}`);
      if ((res.status !== 200 || job.p.roles.includes("patient")) && LEAK_MARKERS.some((m) => body.includes(m))) leaks.push(`${job.p.name} GET ${path} (${res.status}) shows patient B`);
    });
    expect(wrong).toEqual([]);
    expect(leaks).toEqual([]);
  });

  it("route handlers: 401 signed out, 403 without the permission, an answer with it", async () => {
    const wrong: string[] = [];
    const jobs = handlers.flatMap((h) => env.personas.map((p) => ({ h, p })));
    await pool(jobs, async ({ h, p }) => {
      const [method, pattern] = h.split(" ");
      const path = fillPattern(pattern, filler(env.idsB, env.clinic));
      const want = expectedApi(API_RULES[h], p, /\[(patientId|id)\]/.test(pattern));
      // an empty multipart body: enough to pass the gate, never enough to store anything
      const init: RequestInit = method === "GET" ? {} : { method, headers: { "content-type": "multipart/form-data; boundary=x" }, body: "--x--\r\n" };
      const res = await p.session.fetch(path, init);
      const body = await res.text();
      cells.api++;
      const ok = res.status < 500 && res.status !== 401 && res.status !== 403;
      if (want === "ok" ? !ok : res.status !== want) wrong.push(`${p.name} ${method} ${path} → ${res.status}, table says ${want}`);
      if (res.status >= 400 && LEAK_MARKERS.some((m) => body.includes(m))) leaks.push(`${p.name} ${method} ${path} shows patient B`);
    });
    expect(wrong).toEqual([]);
    expect(leaks).toEqual([]);
  });

  it("server actions: refused before reading input when the role lacks the permission", async () => {
    const wrong: string[] = [];
    const actions = manifestActions().filter((a) => a.exportName !== "signOutAction");
    const jobs = actions.flatMap((a) => env.personas.map((p) => ({ a, p })));
    await pool(jobs, async ({ a, p }) => {
      const page = fillPattern(a.page, filler(env.idsB, env.clinic));
      const reply = await callAction(p.session, a.id, page, [null]);
      cells.actions++;
      const label = `${p.name} → ${a.def?.name ?? a.exportName}`;
      if (reply.status >= 500) return void wrong.push(`${label}: HTTP ${reply.status}`);
      if (!a.def) {
        // Auth.js's sign-in: answers with its own result for anyone
        if (!reply.result) wrong.push(`${label}: no result (HTTP ${reply.status})`);
        return;
      }
      const want = expectedAction(a.def.permission, p.roles);
      const code = reply.result?.ok ? "ok" : reply.result?.code;
      if (want === "passes" ? code === "forbidden" || code === "session_expired" || !reply.result : code !== want) {
        wrong.push(`${label}: ${code ?? `HTTP ${reply.status}`}, table says ${want}`);
      }
    });
    expect(wrong).toEqual([]);
  });
});

describe("insecure direct object references", () => {
  it("patient A with B's ids, and the front desk with clinical ids, get 403/404 and nothing is written", async () => {
    const patientA = env.personas.find((p) => p.name === "patient A")!;
    const desk = env.personas.find((p) => p.name === "front desk")!;
    const wrong: string[] = [];
    const mark = await writeMark(env.db);

    // every id-bearing page and handler, with B's ids
    const idBearing = [...pages.filter((p) => p.includes("[")), ...handlers.filter((h) => h.includes("[") && !h.includes("nextauth"))];
    await pool(idBearing.flatMap((x) => [patientA, desk].map((p) => ({ x, p }))), async ({ x, p }) => {
      const [method, pattern] = x.includes(" ") ? x.split(" ") : ["GET", x];
      const access = (x.includes(" ") ? API_RULES[x] : PAGE_RULES[x]) as PageAccess;
      // only URLs behind a permission count; the front desk's probes are the clinical ones
      if (["public", "signed_out", "home", "signed_in"].includes(access)) return;
      if (p === desk && hasPermission(desk.roles, access as never)) return;
      if (p === patientA && !/\[(patientId|intakeId|responseId|visitId|documentId|id)\]/.test(pattern)) return;
      const path = fillPattern(pattern, filler(env.idsB, env.clinic));
      const init: RequestInit = method === "GET" ? {} : { method, headers: { "content-type": "multipart/form-data; boundary=x" }, body: "--x--\r\n" };
      const res = await p.session.fetch(path, init);
      const body = await res.text();
      cells.idor++;
      if (res.status !== 403 && res.status !== 404) wrong.push(`${p.name} ${method} ${path} → ${res.status}`);
      if (LEAK_MARKERS.some((m) => body.includes(m))) wrong.push(`${p.name} ${method} ${path} shows patient B`);
    });

    // every action whose input names a record, with B's ids
    const actions = manifestActions().filter((a) => a.def && JSON.stringify(validSample(a.def.input)).match(/[0-9a-f]{8}-[0-9a-f]{4}-/));
    await pool(actions.flatMap((a) => [patientA, desk].map((p) => ({ a, p }))), async ({ a, p }) => {
      const def = a.def!;
      if (p === desk && hasPermission(desk.roles, def.permission as never)) return;
      const input = idorInput(def, env.idsB, env.clinic);
      const reply = await callAction(p.session, a.id, fillPattern(a.page, filler(env.idsB, env.clinic)), [input]);
      cells.idor++;
      const code = reply.result?.ok ? "ok" : reply.result?.code;
      if (code !== "forbidden" && code !== "not_found") wrong.push(`${p.name} → ${def.name} with B's ids: ${code ?? `HTTP ${reply.status}`}`);
    });

    const writes = await writesSince(env.db, mark, ["auth_sessions"]);
    console.log(`IDOR: ${cells.idor} probes; rows written: ${JSON.stringify(writes.changed)}; audit rows recording the refusals ("denied"): ${writes.deniedAudits}`);
    expect(wrong).toEqual([]);
    expect(writes.changed).toEqual({});
  });

  it("the patient's own ids pass the same actions (so the refusals above are the scope, not the input)", async () => {
    const patientA = env.personas.find((p) => p.name === "patient A")!;
    const wrong: string[] = [];
    for (const a of manifestActions().filter((x) => x.def?.permission === "portal.self")) {
      const reply = await callAction(patientA.session, a.id, fillPattern(a.page, filler(env.idsA, env.clinic)), [idorInput(a.def!, env.idsA, env.clinic)]);
      // a successful action that navigates afterwards answers with a redirect instead of a result
      const code = reply.result?.ok || reply.redirect ? "ok" : reply.result?.code;
      if (!code || ["forbidden", "not_found", "validation", "internal"].includes(code)) wrong.push(`${a.def!.name} with A's own ids: ${code ?? `HTTP ${reply.status}`} ${reply.result?.error ?? ""}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("sign-out", () => {
  it("is an action anyone may call (last: it ends the sessions)", async () => {
    const signOut = manifestActions().find((a) => a.exportName === "signOutAction");
    expect(signOut).toBeDefined();
    for (const p of env.personas) {
      const reply = await callAction(p.session, signOut!.id, "/sign-in", []);
      cells.actions++;
      expect(reply.status, p.name).toBeLessThan(500);
    }
  });
});
