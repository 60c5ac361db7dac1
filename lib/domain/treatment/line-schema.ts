/**
 * Zod schemas generated from the component catalogue, so the treatment form (zodResolver) and the
 * save action refuse exactly the same parameters with the same messages. Messages name the valid
 * range or options. `lib/validation/<domain>.ts` wraps these into action inputs.
 */
import { z } from "zod";
import { ANATOMY_LISTS } from "./anatomy";
import { findComponent } from "./components/catalogue";
import { COMPONENT_CODES, type ComponentDef, type ParamSpec } from "./components/types";
import { SIDES_ALLOWED, anatomyOf, sideRuleOf } from "./line-facts";
import { CONSENT_TYPES, DISCIPLINES, LINE_RESPONSES, PATIENT_POSITIONS, SIDES, type LineParams, type TreatmentLine } from "./types";

const fmt = (n: number) => String(n);
const withNote = (message: string, note?: string) => (note ? `${message} (${note})` : message);
const list = (values: readonly string[]) => (values.length <= 1 ? values.join("") : `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`);

function numberSchema(spec: Extract<ParamSpec, { kind: "int" | "number" }>): z.ZodType {
  const { min, max } = spec.range;
  const rangeMsg = withNote(`${spec.label} must be from ${fmt(min)} to ${fmt(max)} ${spec.unit}`, spec.rangeNote);
  let s = z.number({ error: `${spec.label} must be a number (${fmt(min)} to ${fmt(max)} ${spec.unit})` }).min(min, rangeMsg).max(max, rangeMsg);
  if (spec.kind === "int") s = s.int(`${spec.label} must be a whole number of ${spec.unit}`);
  const step = spec.step;
  if (step === undefined) return s;
  // Steps are checked with a tolerance: 0.3 / 0.01 is not an integer in floating point.
  return s.refine((v) => Math.abs(v / step - Math.round(v / step)) < 1e-6, `${spec.label} goes in steps of ${fmt(step)} ${spec.unit}`);
}

function enumSchema(label: string, values: readonly string[], note?: string): z.ZodType {
  return z.enum(values as [string, ...string[]], { error: withNote(`${label}: choose ${list(values)}`, note) });
}

function uniqueArray(item: z.ZodType, label: string, minItems: number, maxItems: number): z.ZodType {
  return z
    .array(item, { error: `${label}: choose from the list` })
    .min(minItems, minItems === 1 ? `${label}: choose at least one` : `${label}: choose at least ${minItems}`)
    .max(maxItems, `${label}: at most ${maxItems}`)
    .refine((a) => new Set(a).size === a.length, `${label}: each value once`);
}

function paramSchema(spec: ParamSpec): z.ZodType {
  switch (spec.kind) {
    case "int":
    case "number":
      return numberSchema(spec);
    case "enum":
      return enumSchema(spec.label, spec.options.map((o) => o.value), spec.rangeNote);
    case "multi":
      return uniqueArray(enumSchema(spec.label, spec.options.map((o) => o.value)), spec.label, spec.minItems, spec.maxItems);
    case "anatomy": {
      const values = ANATOMY_LISTS[spec.list].map((o) => o.value);
      const one = z.enum(values as [string, ...string[]], { error: `${spec.label}: choose from the list` });
      return spec.multi ? uniqueArray(one, spec.label, spec.required ? 1 : 0, spec.multi.maxItems) : one;
    }
    case "bool":
      return z.boolean({ error: `${spec.label}: yes or no` });
    case "text": {
      let s = z.string({ error: `${spec.label} must be text` }).trim().max(spec.maxLength, `${spec.label} must be at most ${spec.maxLength} characters`);
      if (spec.required) s = s.min(1, `${spec.label} is required`);
      if (spec.pattern) s = s.regex(spec.pattern.regex, spec.pattern.message);
      return s;
    }
  }
}

function buildParamsSchema(component: ComponentDef): z.ZodType<LineParams> {
  const shape: Record<string, z.ZodType> = {};
  for (const spec of component.params) {
    const s = paramSchema(spec);
    shape[spec.key] = spec.required ? s : s.optional();
  }
  let schema: z.ZodType<LineParams> = z.strictObject(shape, {
    error: (iss) => (iss.code === "unrecognized_keys" ? `Not a parameter of ${component.label}: ${iss.keys.join(", ")}` : undefined),
  }) as unknown as z.ZodType<LineParams>;
  // Cross-parameter rules run only once every single parameter is valid, so messages never pile up.
  for (const rule of component.rules ?? []) {
    schema = schema.refine((p) => rule.valid(p), { path: [rule.path], message: rule.message, when: (payload) => payload.issues.length === 0 });
  }
  return schema;
}

const CACHE = new Map<string, z.ZodType<LineParams>>();

/** The schema of one component's parameters; throws for an unknown component code (a programming error). */
export function lineParamsSchema(componentCode: string): z.ZodType<LineParams> {
  const cached = CACHE.get(componentCode);
  if (cached) return cached;
  const component = findComponent(componentCode);
  if (!component) throw new Error(`Unknown treatment component: ${componentCode}`);
  const schema = buildParamsSchema(component);
  CACHE.set(componentCode, schema);
  return schema;
}

/** Parameter defaults of a component, e.g. to prefill a form. */
export function defaultParams(componentCode: string): Record<string, LineParams[string]> {
  const component = findComponent(componentCode);
  return Object.fromEntries((component?.params ?? []).flatMap((p) => (p.default === undefined ? [] : [[p.key, p.default]])));
}

const paramValue = z.union([z.string().max(200), z.number(), z.boolean(), z.array(z.string().max(60)).max(30)]);
const nprs = (label: string) => z.number({ error: `${label}: 0 to 10` }).int(`${label}: a whole number from 0 to 10`).min(0, `${label}: 0 to 10`).max(10, `${label}: 0 to 10`);

/** A whole treatment line (§4.1): common fields, the component's parameters, side (V4) and minutes. */
export const treatmentLineSchema = z
  .object({
    componentCode: z.enum(COMPONENT_CODES, { error: "Choose a treatment component" }),
    params: z.record(z.string().max(40), paramValue),
    side: z.enum(SIDES, { error: "Side: choose L, R, BIL, CENTRAL or NA" }).optional(),
    position: z.enum(PATIENT_POSITIONS, { error: "Choose a patient position" }).optional(),
    minutes: z.number({ error: "Minutes must be a number" }).int("Minutes must be whole minutes").min(0, "Minutes cannot be negative").max(240, "At most 240 minutes on one line").optional(),
    discipline: z.enum(DISCIPLINES, { error: "Choose the provider's role" }).optional(),
    response: z.enum(LINE_RESPONSES, { error: "Choose the patient's response" }).optional(),
    preNprs: nprs("Pain before").optional(),
    postNprs: nprs("Pain after").optional(),
    consent: z.object({ type: z.enum(CONSENT_TYPES, { error: "Consent: verbal or written" }) }).optional(),
    cptOverride: z.string().trim().regex(/^([0-9]{5}|[A-Z][0-9]{4})$/, "Enter a CPT / HCPCS code such as 97140 or G0283").optional(),
    override: z.object({ reason: z.string().trim().min(5, "Give a reason for the override (at least 5 characters)").max(500, "At most 500 characters") }).optional(),
  })
  .superRefine((line, ctx) => {
    const component = findComponent(line.componentCode);
    if (!component) return;
    const parsed = lineParamsSchema(component.code).safeParse(line.params);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: ["params", ...issue.path.map(String)], message: issue.message });
      return;
    }
    const sideMessage = sideProblem(component, line);
    if (sideMessage) ctx.addIssue({ code: "custom", path: ["side"], message: sideMessage });
    const m = component.minutes?.range;
    if (m && line.minutes !== undefined && (line.minutes < m.min || line.minutes > m.max)) {
      ctx.addIssue({ code: "custom", path: ["minutes"], message: `${component.label}: minutes must be from ${m.min} to ${m.max}` });
    }
  });
export type TreatmentLineInput = z.input<typeof treatmentLineSchema>;

/** V4: paired structures need a side; midline ones cannot be left or right. */
function sideProblem(component: ComponentDef, line: Pick<TreatmentLine, "componentCode" | "params" | "side">): string | null {
  const rule = sideRuleOf(anatomyOf(component, line.params));
  if (rule === "ANY") return null;
  const names = anatomyOf(component, line.params).map((a) => a.label).join(", ");
  if (line.side === undefined) return rule === "C" ? null : `Choose the side for ${names}: ${list(SIDES_ALLOWED[rule])}`;
  if (SIDES_ALLOWED[rule].includes(line.side)) return null;
  return rule === "C" ? `${names} is midline: the side must be CENTRAL or NA` : `Side for ${names}: choose ${list(SIDES_ALLOWED[rule])}`;
}

export interface LineIssue {
  path: string;
  message: string;
}

/** Plain list of what is wrong with a line (empty when valid), for the note rules and tests. */
export function validateLine(line: unknown): LineIssue[] {
  const r = treatmentLineSchema.safeParse(line);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}
