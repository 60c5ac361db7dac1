import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { z } from "zod";

/**
 * Inputs for any action, generated from its zod input schema (through zod's JSON Schema of the
 * input side, so no zod internals): a plausible valid sample for authorization checks, and a
 * fast-check arbitrary that mixes valid values with hostile ones for the bad-input properties.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Js = Record<string, any>;

/** key of a uuid field → the id to put there (unknown keys get a fresh random uuid) */
export type IdFor = (key: string) => string | undefined;

export function jsonSchemaOf(schema: z.ZodType): Js {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Js;
}

/** Every property name of the schema (at any depth) that holds a uuid. */
export function uuidKeys(schema: z.ZodType): string[] {
  const keys = new Set<string>();
  const walk = (js: Js, key: string) => {
    if (!js || typeof js !== "object") return;
    if (js.format === "uuid") keys.add(key);
    for (const [k, v] of Object.entries(js.properties ?? {})) walk(v as Js, k);
    for (const o of [...(js.anyOf ?? []), ...(js.oneOf ?? []), ...(js.allOf ?? [])]) walk(o, key);
    if (js.items) walk(js.items, key);
    if (js.additionalProperties && typeof js.additionalProperties === "object") walk(js.additionalProperties, key);
  };
  walk(jsonSchemaOf(schema), "");
  return [...keys];
}

const TODAY = new Date().toISOString().slice(0, 10);
// Strings that satisfy the patterns the schemas use (dates, times, codes); the first that matches wins.
const PATTERN_CANDIDATES = [TODAY, `${TODAY}T09:30`, "09:30", "M54.50", "97110", "12345", "1", "a", "A", "x@example.com"];

function sampleString(js: Js, key: string, idFor: IdFor): string {
  if (js.format === "uuid") return idFor(key) ?? randomUUID();
  if (js.format === "email") return `probe-${randomUUID().slice(0, 8)}@example.com`;
  if (js.format === "date") return TODAY;
  if (js.format === "date-time") return new Date().toISOString();
  if (js.pattern) {
    const re = new RegExp(js.pattern);
    const hit = PATTERN_CANDIDATES.find((c) => re.test(c));
    if (hit) return hit;
  }
  const min = js.minLength ?? 0;
  const max = js.maxLength ?? 40;
  const base = "Trust probe text";
  return base.length >= min && base.length <= max ? base : "x".repeat(Math.max(min, Math.min(max, 1)));
}

function sampleNumber(js: Js): number {
  const lo = js.minimum ?? (js.exclusiveMinimum !== undefined ? js.exclusiveMinimum + 1 : undefined);
  const hi = js.maximum ?? (js.exclusiveMaximum !== undefined ? js.exclusiveMaximum - 1 : undefined);
  if (lo !== undefined) return lo;
  if (hi !== undefined) return Math.min(hi, 1);
  return 1;
}

/** A value meant to pass the schema (refinements the JSON Schema cannot express may still fail). */
export function validSample(schema: z.ZodType, idFor: IdFor = () => undefined): unknown {
  return sampleJs(jsonSchemaOf(schema), "", idFor, 0);
}

function sampleJs(js: Js, key: string, idFor: IdFor, depth: number): unknown {
  if (!js || typeof js !== "object" || depth > 8) return undefined;
  if ("const" in js) return js.const;
  if (js.enum) return js.enum[0];
  const options = js.anyOf ?? js.oneOf;
  if (options) {
    // prefer an option that is certain to be valid (a constant, an enum, a uuid we know)
    const sure = options.find((o: Js) => "const" in o && o.const !== "" && o.const !== null) ?? options.find((o: Js) => o.type !== "null" && !("const" in o)) ?? options[0];
    return sampleJs(sure, key, idFor, depth + 1);
  }
  const type = Array.isArray(js.type) ? js.type.find((t: string) => t !== "null") : js.type;
  switch (type) {
    case "string": return sampleString(js, key, idFor);
    case "integer": return Math.round(sampleNumber(js));
    case "number": return sampleNumber(js);
    case "boolean": return false;
    case "null": return null;
    case "array": return Array.from({ length: js.minItems ?? 0 }, () => sampleJs(js.items ?? {}, key, idFor, depth + 1));
    case "object": {
      const out: Record<string, unknown> = {};
      const required = new Set<string>(js.required ?? []);
      for (const [k, v] of Object.entries(js.properties ?? {})) {
        if (required.has(k) && !("default" in (v as Js))) out[k] = sampleJs(v as Js, k, idFor, depth + 1);
      }
      return out;
    }
    default: return undefined;
  }
}

/** The hostile corpus: what an attacker or a broken client sends in a text field. */
export const HOSTILE_STRINGS: string[] = [
  "x".repeat(10_000),
  "a\u0000b",
  "\u0000",
  "abc\u202Edcba.exe",
  "\u202E",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "'; DROP TABLE patients; --",
  "' OR '1'='1",
  "1; select pg_sleep(5) --",
  "$$; select 1; $$",
  "${7*7}{{7*7}}",
  "../../../../etc/passwd",
  "\uD800",
  "\uFEFF\u200B",
  "👩🏽‍⚕️🏃‍♀️",
  "   ",
  "",
  "\r\n\t",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e400",
  "9".repeat(400),
  "2026-02-31",
  "2026-13-45",
  "0000-00-00",
  "9999-12-31T99:99",
  "+275760-09-13",
  "__proto__",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
];

export const HOSTILE_NUMBERS: unknown[] = [
  1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 31) - 1, 2 ** 63, 0.5, -1, 0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, "12", "1e999",
];

const WRONG_TYPES: unknown[] = [null, true, 0, "", [], {}, [null], { $gt: "" }];

const hostileString = () => fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 30, unit: "binary" }), fc.string({ maxLength: 300 }));

/**
 * Mostly valid values with hostile ones mixed in at every level: strings from the corpus or
 * random unicode, huge and non-finite numbers, invalid dates, wrong types, extra fields.
 */
export function hostileArbitrary(schema: z.ZodType, idFor: IdFor = () => undefined): fc.Arbitrary<unknown> {
  return arbJs(jsonSchemaOf(schema), "", idFor, 0);
}

function arbJs(js: Js, key: string, idFor: IdFor, depth: number): fc.Arbitrary<unknown> {
  const valid = fc.constant(sampleJs(js, key, idFor, depth));
  const hostile = fc.oneof(hostileString(), fc.constantFrom(...HOSTILE_NUMBERS), fc.constantFrom(...WRONG_TYPES));
  if (!js || typeof js !== "object" || depth > 6) return fc.oneof(valid, hostile);
  const options = js.anyOf ?? js.oneOf;
  if (options) return fc.oneof(...options.map((o: Js) => arbJs(o, key, idFor, depth + 1)), hostile);
  if ("const" in js || js.enum) {
    const values = js.enum ?? [js.const];
    return fc.oneof({ arbitrary: fc.constantFrom(...values), weight: 3 }, { arbitrary: hostile, weight: 1 });
  }
  const type = Array.isArray(js.type) ? js.type.find((t: string) => t !== "null") : js.type;
  let own: fc.Arbitrary<unknown>;
  switch (type) {
    case "string":
      own = js.format === "uuid"
        ? fc.oneof(valid, fc.uuid(), fc.constantFrom("not-a-uuid", "00000000-0000-0000-0000-000000000000", `${randomUUID()}' or 1=1 --`))
        : fc.oneof(valid, hostileString(), fc.string({ minLength: js.minLength ?? 0, maxLength: Math.min(js.maxLength ?? 200, 200) }));
      break;
    case "integer":
    case "number":
      own = fc.oneof(valid, fc.integer({ min: (js.minimum ?? -100) - 5, max: (js.maximum ?? 100) + 5 }), fc.double(), fc.constantFrom(...HOSTILE_NUMBERS));
      break;
    case "boolean":
      own = fc.oneof(fc.boolean(), fc.constantFrom("true", 1, "on"));
      break;
    case "array":
      own = fc.oneof(
        valid,
        fc.array(arbJs(js.items ?? {}, key, idFor, depth + 1), { maxLength: 4 }),
        fc.constant(Array.from({ length: 2000 }, () => sampleJs(js.items ?? {}, key, idFor, depth + 1))),
      );
      break;
    case "object": {
      const props = Object.entries(js.properties ?? {}) as [string, Js][];
      const required = new Set<string>(js.required ?? []);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of props) record[k] = arbJs(v, k, idFor, depth + 1);
      const optionalKeys = props.filter(([k]) => !required.has(k)).map(([k]) => k);
      const base = fc.record(record, { requiredKeys: props.filter(([k]) => required.has(k)).map(([k]) => k) });
      const extras = fc.dictionary(fc.constantFrom("__proto__", "constructor", "isAdmin", "roles", "patientId", "status", "signedAt", "id"), fc.oneof(hostileString(), fc.constant(true), fc.uuid()), { maxKeys: 3 });
      own = fc.oneof(
        { arbitrary: base, weight: 4 },
        { arbitrary: fc.tuple(base, extras).map(([b, e]) => ({ ...(b as object), ...e })), weight: 2 },
        { arbitrary: fc.constant(Object.fromEntries(props.filter(([k]) => !optionalKeys.includes(k)).map(([k, v]) => [k, sampleJs(v, k, idFor, depth + 1)]))), weight: 1 },
      );
      break;
    }
    default:
      own = fc.oneof(valid, fc.constant(undefined));
  }
  return fc.oneof({ arbitrary: own, weight: 5 }, { arbitrary: hostile, weight: 1 });
}
