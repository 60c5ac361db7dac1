"use client";
import { useId } from "react";
import type { FieldError, UseFormReturn } from "react-hook-form";
import { RadioGroup } from "@/components/ui/choice-group";
import { FieldError as ErrorText, FieldHint, TextField } from "@/components/ui/field";
import type { MeasureDefinition, MeasureItem, ResponseOption } from "@/lib/domain/outcomes/types";
import { PSFS_ACTIVITY_MAX } from "@/lib/validation/outcomes";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MeasureFormApi = UseFormReturn<any>;
export type Audience = "clinic" | "patient";

export function errorAt(form: MeasureFormApi, name: string): string | undefined {
  let cur: unknown = form.formState.errors;
  for (const p of name.split(".")) cur = (cur as Record<string, unknown> | undefined)?.[p];
  return (cur as FieldError | undefined)?.message;
}

const anchorText = (anchors: readonly ResponseOption[]) => anchors.map((a) => `${a.value} = ${a.label}`).join("; ");

/**
 * An integer scale (0–10) as big radio buttons: one tap on a phone, and a screen reader announces
 * the question with each number. The native radios stay in the page (visually hidden) so the
 * keyboard and form semantics are the browser's own.
 */
function ScaleField({ form, name, legend, item, hint }: { form: MeasureFormApi; name: string; legend: string; item: MeasureItem; hint?: string }) {
  const id = useId();
  const error = errorAt(form, name);
  if (item.response.kind !== "scale") return null;
  const { min, max, anchors } = item.response;
  return (
    <fieldset aria-describedby={[`${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ")}>
      <legend className="text-base font-semibold text-slate-900">{legend}</legend>
      <FieldHint id={`${id}-hint`} message={[hint, anchorText(anchors)].filter(Boolean).join(". ")} />
      <div className="mt-2 flex flex-wrap gap-1.5">
        {Array.from({ length: max - min + 1 }, (_, i) => min + i).map((n) => (
          <label key={n} className="relative">
            <input type="radio" value={String(n)} className="peer sr-only" {...form.register(name)} />
            <span className="flex size-12 cursor-pointer items-center justify-center rounded-md border border-slate-500 bg-white text-lg font-semibold peer-checked:border-teal-800 peer-checked:bg-teal-700 peer-checked:text-white peer-focus-visible:outline peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-teal-600">
              {n}
            </span>
          </label>
        ))}
      </div>
      <ErrorText id={`${id}-error`} message={error} />
    </fieldset>
  );
}

/** A PSFS activity: the patient names it (or, at a reassessment, sees the name locked since baseline) and rates it. */
function ActivityField({ form, item, number, locked, audience }: { form: MeasureFormApi; item: MeasureItem; number: number; locked?: string; audience: Audience }) {
  const who = audience === "patient" ? "you" : "the patient";
  return (
    <div className="space-y-3">
      {locked ? (
        <p className="text-base">
          <span className="font-semibold">Activity {number}:</span> “{locked}”{" "}
          <span className="text-sm text-slate-700">(named at an earlier assessment: rate it again; the wording cannot change)</span>
        </p>
      ) : (
        <TextField label={`Activity ${number}${item.optional ? " (optional)" : ""}`} maxLength={PSFS_ACTIVITY_MAX}
          hint={number === 1 ? `Something ${who} cannot do, or find hard, because of the problem: for example "run 5 km"` : undefined}
          // Unregistered when it gives way to a locked name (after a save, or another episode), so stale text is never sent.
          error={errorAt(form, `activities.${item.id}`)} {...form.register(`activities.${item.id}`, { shouldUnregister: true })} />
      )}
      <ScaleField form={form} name={`answers.${item.id}`} item={item}
        legend={locked ? `Activity ${number}, “${locked}”: how well can ${who} do it today?` : `Activity ${number}: how well can ${who} do it today?`} />
    </div>
  );
}

/**
 * The items of one measure, rendered from its definition (no code per questionnaire): options as a
 * radio group, integer scales as big buttons, PSFS activities as a name plus a rating. Patients get
 * one card per question with "Question n of N", so a long form stays easy to follow on a phone.
 */
export function MeasureItems({ form, def, locked = {}, audience }: { form: MeasureFormApi; def: MeasureDefinition; locked?: Record<string, string>; audience: Audience }) {
  const card = audience === "patient" ? "rounded-lg border border-slate-300 bg-white p-4" : "border-t border-slate-200 pt-4";
  return (
    <div className="space-y-4">
      {def.items.map((item, index) => {
        const counter = audience === "patient" ? `Question ${index + 1} of ${def.items.length}` : undefined;
        const legend = `${item.text}${item.optional && !item.patientDefined ? " (optional)" : ""}`;
        const name = `answers.${item.id}`;
        return (
          <div key={item.id} className={card}>
            {item.patientDefined ? (
              <ActivityField form={form} item={item} number={index + 1} locked={locked[item.id]} audience={audience} />
            ) : item.response.kind === "scale" ? (
              <ScaleField form={form} name={name} item={item} legend={legend} hint={counter} />
            ) : (
              <RadioGroup legend={legend} name={name} hint={counter} error={errorAt(form, name)}
                options={item.response.options.map((o) => ({ value: String(o.value), label: o.label }))}
                inputProps={() => form.register(name)} />
            )}
          </div>
        );
      })}
    </div>
  );
}
