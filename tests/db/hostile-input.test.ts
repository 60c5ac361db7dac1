import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { runAction, type ActionDefinition, type ActionResult } from "@/lib/actions/core";
import { registeredActions } from "@/lib/actions/registry";
import type { Caller } from "@/lib/auth/caller";
import { buildChart, clinicIds } from "../support/clinic-fixtures";
import { HOSTILE_NUMBERS, HOSTILE_STRINGS, hostileArbitrary, validSample } from "../support/schema-samples";
import { writeMark, writesSince } from "../support/write-probe";
import { makePatient, makeStaff, patientCaller, staffCaller } from "./factories";
import { createTestDatabase } from "./support";

// Every action module, found by globbing the folder: a new module is covered without editing this file.
import.meta.glob("/lib/actions/*.ts", { eager: true });

const t = await createTestDatabase();
const owner = await makeStaff(t.db, ["admin", "clinician", "front_desk"], { discipline: "DC" });
const staff = staffCaller(owner, ["admin", "clinician", "front_desk"]);
const { patient, user } = await makePatient(t.db);
const me = patientCaller(user!, [patient.id]);
const ids = { ...(await clinicIds(t.db)), ...(await buildChart(t.db, staff, patient.id)) };
const idFor = (key: string) => ids[key];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDef = ActionDefinition<any, any>;
const actions = registeredActions().sort((a, b) => a.name.localeCompare(b.name));

/** The most powerful caller the action admits, so hostile input gets as deep as it can. */
const callerFor = (def: AnyDef): Caller | null => (def.permission === null ? null : def.permission === "portal.self" ? me : staff);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The valid sample with every non-id string replaced by `s` (or every number by `n`). */
function fillLeaves(value: unknown, s: unknown, kind: "string" | "number"): unknown {
  if (kind === "string" && typeof value === "string") return UUID.test(value) ? value : s;
  if (kind === "number" && typeof value === "number") return s;
  if (Array.isArray(value)) return value.map((v) => fillLeaves(v, s, kind));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillLeaves(v, s, kind)]));
  return value;
}

let tried = 0;
let auditedWrites = 0;
const failures: string[] = [];
const codes = new Map<string, number>();

/** One call: never throws, a clear message when refused, never "internal", nothing written when refused. */
async function probe(def: AnyDef, input: unknown): Promise<void> {
  tried++;
  // the wrapper survives a schema that throws; the schema itself must not
  try {
    def.input.safeParse(input);
  } catch (e) {
    failures.push(`${def.name} input schema threw ${e instanceof Error ? e.message : String(e)} for ${preview(input)}`);
  }
  const mark = await writeMark(t.db);
  let r: ActionResult<unknown>;
  try {
    r = await runAction(t.db, callerFor(def), def, input);
  } catch (e) {
    failures.push(`${def.name} threw ${e instanceof Error ? e.message : String(e)} for ${preview(input)}`);
    return;
  }
  const code = r.ok ? "ok" : r.code;
  codes.set(code, (codes.get(code) ?? 0) + 1);
  if (r.ok) {
    // every write of the app is audited: an accepted call that changed rows wrote its audit row too
    const writes = await writesSince(t.db, mark);
    const business = Object.keys(writes.changed).filter((table) => table !== "audit_events");
    if (business.length > 0) {
      auditedWrites++;
      if (!writes.changed.audit_events) failures.push(`${def.name} wrote ${business.join(", ")} without an audit row`);
    }
    return;
  }
  if (r.code === "internal") failures.push(`${def.name} → internal for ${preview(input)}`);
  if (typeof r.error !== "string" || r.error.length < 5 || /\n\s+at |node_modules|\.ts:\d+/.test(r.error)) failures.push(`${def.name} → unclear message ${JSON.stringify(r.error)}`);
  const writes = await writesSince(t.db, mark);
  if (Object.keys(writes.changed).length > 0) failures.push(`${def.name} refused (${r.code}) but wrote ${JSON.stringify(writes.changed)}`);
}

function preview(input: unknown): string {
  const s = JSON.stringify(input, (_k, v) => (typeof v === "string" && v.length > 60 ? `${v.slice(0, 40)}…(${v.length})` : v));
  return (s ?? String(input)).slice(0, 300);
}

afterAll(() => {
  console.log(`hostile input: ${tried} inputs tried over ${actions.length} actions; results ${JSON.stringify(Object.fromEntries(codes))}; accepted writes checked for their audit row: ${auditedWrites}`);
});

describe("hostile input to every registered action", () => {
  it("finds the actions", () => {
    expect(actions.length).toBeGreaterThan(40);
  });

  it.each(actions.map((a) => [a.name, a] as const))("%s: the hostile corpus in every text and number field", async (_name, def) => {
    const before = failures.length;
    const sample = validSample(def.input, idFor);
    for (const s of HOSTILE_STRINGS) await probe(def, fillLeaves(sample, s, "string"));
    for (const n of HOSTILE_NUMBERS) await probe(def, fillLeaves(sample, n, "number"));
    for (const wrong of [undefined, null, "", 42, [], [sample], "<script>alert(1)</script>", { ...(sample as object), isAdmin: true, __proto__: { admin: true } }]) await probe(def, wrong);
    expect(failures.slice(before)).toEqual([]);
  });

  it.each(actions.map((a) => [a.name, a] as const))("%s: fast-check over its input schema", async (_name, def) => {
    const before = failures.length;
    await fc.assert(fc.asyncProperty(hostileArbitrary(def.input, idFor), async (input) => { await probe(def, input); }), { numRuns: 40 });
    expect(failures.slice(before)).toEqual([]);
  });
});
