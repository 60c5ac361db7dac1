"use client";
import { CheckboxGroup, Checkbox } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { ANATOMY_LISTS } from "@/lib/domain/treatment/anatomy";
import type { ParamSpec } from "@/lib/domain/treatment/components/types";

/** What the form holds while the clinician types: numbers stay text until submit, so "" means "not given". */
export type RawValue = string | boolean | string[] | undefined;

function optionsOf(spec: ParamSpec): { value: string; label: string }[] | null {
  if (spec.kind === "enum" || spec.kind === "multi") return spec.options.map((o) => ({ value: o.value, label: o.label }));
  if (spec.kind === "anatomy") return ANATOMY_LISTS[spec.list].map((o) => ({ value: o.value, label: o.label }));
  return null;
}

const isMulti = (spec: ParamSpec) => spec.kind === "multi" || (spec.kind === "anatomy" && spec.multi !== undefined);

/** One component parameter, rendered from its spec: select, number with unit and range, checkbox(es) or text. */
export function ParamInput({ spec, value, error, onChange }: { spec: ParamSpec; value: RawValue; error?: string; onChange: (v: RawValue) => void }) {
  const options = optionsOf(spec);
  const hint = spec.help;
  if (options && isMulti(spec)) {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <CheckboxGroup legend={spec.label} name={spec.key} options={options} error={error} hint={hint}
        inputProps={(v) => ({ checked: chosen.includes(v), onChange: (e) => onChange(e.target.checked ? [...chosen, v] : chosen.filter((c) => c !== v)) })} />
    );
  }
  if (options) {
    return (
      <SelectField label={spec.label} name={spec.key} placeholder="—" options={options} error={error} hint={hint} required={spec.required}
        value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value || undefined)} />
    );
  }
  if (spec.kind === "bool") {
    return <Checkbox label={spec.label} hint={hint} error={error} checked={value === true} onChange={(e) => onChange(e.target.checked)} />;
  }
  if (spec.kind === "int" || spec.kind === "number") {
    return (
      <TextField label={`${spec.label} (${spec.unit})`} name={spec.key} type="number" inputMode="decimal" required={spec.required}
        min={spec.range.min} max={spec.range.max} step={spec.step ?? (spec.kind === "int" ? 1 : "any")}
        hint={hint ?? `${spec.range.min}–${spec.range.max} ${spec.unit}${spec.typical ? `; typical ${spec.typical.min}–${spec.typical.max}` : ""}`}
        error={error} value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value)} />
    );
  }
  return <TextField label={spec.label} name={spec.key} required={spec.required} hint={hint} error={error} maxLength={spec.kind === "text" ? spec.maxLength : undefined} value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value)} />;
}

/** Form values → the line's params: blanks are left out, numbers become numbers. */
export function paramsFrom(specs: readonly ParamSpec[], raw: Record<string, RawValue>) {
  const out: Record<string, string | number | boolean | string[]> = {};
  for (const spec of specs) {
    const v = raw[spec.key];
    if (v === undefined || v === "" || (Array.isArray(v) && v.length === 0 && !spec.required)) continue;
    if (spec.kind === "bool" && v === false) continue;
    out[spec.key] = (spec.kind === "int" || spec.kind === "number") && typeof v === "string" ? Number(v) : v;
  }
  return out;
}

/** Stored params → form values. */
export function rawFrom(specs: readonly ParamSpec[], params: Record<string, unknown>): Record<string, RawValue> {
  const out: Record<string, RawValue> = {};
  for (const spec of specs) {
    const v = params[spec.key];
    if (v === undefined || v === null) continue;
    out[spec.key] = typeof v === "number" ? String(v) : Array.isArray(v) ? v.map(String) : (v as string | boolean);
  }
  return out;
}
