"use client";
import type { FieldError, UseFormReturn } from "react-hook-form";
import { CheckboxGroup, RadioGroup } from "@/components/ui/choice-group";
import { TextAreaField, TextField } from "@/components/ui/field";
import type { Option } from "@/lib/domain/intake/options";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type IntakeFormApi = UseFormReturn<any>;
export type Audience = "patient" | "staff";

export function errorAt(form: IntakeFormApi, name: string): string | undefined {
  const parts = name.split(".");
  let cur: unknown = form.formState.errors;
  for (const p of parts) cur = (cur as Record<string, unknown> | undefined)?.[p];
  return (cur as FieldError | undefined)?.message;
}

const labelled = (options: Option[], audience: Audience) => options.map((o) => ({ value: o.value, label: audience === "patient" ? o.patient ?? o.label : o.label }));

export function ChoiceField({ form, name, legend, options, audience }: { form: IntakeFormApi; name: string; legend: string; options: Option[]; audience: Audience }) {
  return <RadioGroup legend={legend} name={name} options={labelled(options, audience)} error={errorAt(form, name)} inputProps={() => form.register(name)} />;
}

export function MultiField({ form, name, legend, options, audience, hint }: { form: IntakeFormApi; name: string; legend: string; options: Option[]; audience: Audience; hint?: string }) {
  return <CheckboxGroup legend={legend} name={name} hint={hint ?? "Choose all that apply"} options={labelled(options, audience)} error={errorAt(form, name)} inputProps={() => form.register(name)} />;
}

export function NumberInput({ form, name, label, hint, step = "1", unit }: { form: IntakeFormApi; name: string; label: string; hint?: string; step?: string; unit?: string }) {
  return <TextField label={unit ? `${label} (${unit})` : label} hint={hint} type="number" inputMode="decimal" step={step} min="0" error={errorAt(form, name)} {...form.register(name)} />;
}

export function TextInput({ form, name, label, hint, multiline }: { form: IntakeFormApi; name: string; label: string; hint?: string; multiline?: boolean }) {
  return multiline
    ? <TextAreaField label={label} hint={hint} error={errorAt(form, name)} {...form.register(name)} />
    : <TextField label={label} hint={hint} error={errorAt(form, name)} {...form.register(name)} />;
}

/** 0–10 pain scale as eleven large radio buttons: quick to tap on a phone, clear to a screen reader. */
export function PainScale({ form, name, legend }: { form: IntakeFormApi; name: string; legend: string }) {
  const error = errorAt(form, name);
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-semibold">{legend}</legend>
      <p className="text-sm text-slate-700">0 = no pain, 10 = worst pain imaginable</p>
      <div className="mt-2 flex flex-wrap gap-1">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} className="relative">
            <input type="radio" value={String(n)} className="peer sr-only" {...form.register(name)} />
            <span className="flex size-11 cursor-pointer items-center justify-center rounded-md border border-slate-500 bg-white font-semibold peer-checked:border-teal-800 peer-checked:bg-teal-700 peer-checked:text-white peer-focus-visible:outline peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-teal-600">
              {n}
            </span>
          </label>
        ))}
      </div>
      {error && <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-700"><span className="sr-only">Error: </span>{error}</p>}
    </fieldset>
  );
}
