"use client";
import { useRouter } from "next/navigation";
import { useFieldArray, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveCarePlan } from "@/lib/actions/care-plans";
import { OUTCOME_CODES } from "@/lib/domain/care-plans/goals";
import { CarePlanInput } from "@/lib/validation/care-plans";
import { GoalRows } from "./goal-rows";
import { DAY_OPTIONS, keepFocus, opts } from "./options";

/**
 * Create or change an episode's plan of care. Phases, goals, outcome measures and preferred
 * times are repeatable rows with real buttons to add and remove them (keyboard operable; a new
 * row takes focus). Saving always makes a new version; the old one stays in the history.
 */
export function CarePlanForm({ initial }: { initial: CarePlanInput }) {
  const router = useRouter();
  const back = `/patients/${initial.patientId}/care-plan`;
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(CarePlanInput, saveCarePlan, {
    defaultValues: initial as never,
    onSuccess: () => { router.push(`${back}?saved=1`); router.refresh(); },
  });
  const r = form.register as (name: string) => ReturnType<typeof form.register>;
  const e = (path: string) => {
    let cur: unknown = form.formState.errors;
    for (const p of path.split(".")) cur = (cur as Record<string, unknown> | undefined)?.[p];
    const err = cur as { message?: string; root?: { message?: string } } | undefined;
    return err?.message ?? err?.root?.message;
  };
  const phases = useFieldArray({ control: form.control, name: "phases" as never });
  const measures = useFieldArray({ control: form.control, name: "outcomeMeasures" as never });
  const times = useFieldArray({ control: form.control, name: "preferredTimes" as never });
  const watched = (useWatch({ control: form.control, name: "phases" as never }) ?? []) as { visitsPerWeek?: unknown; weeks?: unknown }[];
  const planned = watched.reduce((s, p) => s + (Number(p?.visitsPerWeek) || 0) * (Number(p?.weeks) || 0), 0);
  const isChange = Number(initial.baseVersion) > 0;

  return (
    <>
      <form onSubmit={submit} noValidate className="max-w-4xl space-y-8">
        <FormError message={formError} />
        <input type="hidden" {...r("patientId")} />
        <input type="hidden" {...r("episodeId")} />
        <input type="hidden" {...r("baseVersion")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Start date" type="date" required error={e("startDate")} {...r("startDate")} />
          <SelectField label="Plan status" options={opts({ active: "Active", completed: "Completed", discontinued: "Discontinued" })} error={e("status")} {...r("status")} />
        </div>

        <fieldset className="space-y-3">
          <legend className="text-lg font-semibold">Phases (frequency × duration)</legend>
          <p className="text-sm text-slate-700" aria-live="polite">Planned visits in total: <strong>{planned}</strong></p>
          {phases.fields.map((f, i) => (
            <div key={f.id} className="grid items-end gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_1fr_auto]">
              <TextField label={`Phase ${i + 1} visits per week`} type="number" inputMode="numeric" min={1} max={7} error={e(`phases.${i}.visitsPerWeek`)} {...r(`phases.${i}.visitsPerWeek`)} />
              <TextField label={`Phase ${i + 1} weeks`} type="number" inputMode="numeric" min={1} max={52} error={e(`phases.${i}.weeks`)} {...r(`phases.${i}.weeks`)} />
              <Button onMouseDown={keepFocus} variant="ghost" onClick={() => phases.remove(i)} disabled={phases.fields.length === 1}>Remove phase {i + 1}</Button>
            </div>
          ))}
          {e("phases") && <p className="text-sm font-medium text-red-700">{e("phases")}</p>}
          <Button onMouseDown={keepFocus} variant="secondary" onClick={() => phases.append({ visitsPerWeek: "", weeks: "" } as never)} disabled={phases.fields.length >= 8}>Add a phase</Button>
        </fieldset>

        <GoalRows control={form.control as never} register={r} error={e} />

        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="text-lg font-semibold">Re-examination</legend>
          <TextField label="Re-exam every (visits)" hint="Chiropractic default: 12 visits or 30 days, whichever first." type="number" inputMode="numeric" error={e("reexamEveryVisits")} {...r("reexamEveryVisits")} />
          <TextField label="Re-exam every (days)" type="number" inputMode="numeric" error={e("reexamEveryDays")} {...r("reexamEveryDays")} />
        </fieldset>

        <fieldset className="space-y-3">
          <legend className="text-lg font-semibold">Outcome measures due</legend>
          {measures.fields.map((f, i) => (
            <div key={f.id} className="grid items-end gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_1fr_auto]">
              <SelectField label={`Outcome measure ${i + 1}`} placeholder="Choose" options={OUTCOME_CODES.map((c) => ({ value: c, label: c }))} error={e(`outcomeMeasures.${i}.measure`)} {...r(`outcomeMeasures.${i}.measure`)} />
              <TextField label={`Outcome measure ${i + 1} every (visits)`} type="number" inputMode="numeric" error={e(`outcomeMeasures.${i}.everyVisits`)} {...r(`outcomeMeasures.${i}.everyVisits`)} />
              <Button onMouseDown={keepFocus} variant="ghost" onClick={() => measures.remove(i)}>Remove outcome measure {i + 1}</Button>
            </div>
          ))}
          <Button onMouseDown={keepFocus} variant="secondary" onClick={() => measures.append({ measure: "", everyVisits: "6" } as never)} disabled={measures.fields.length >= 5}>Add an outcome measure</Button>
        </fieldset>

        <TextAreaField label="Planned discharge criteria" required rows={3} error={e("dischargeCriteria")} {...r("dischargeCriteria")} />

        <fieldset className="space-y-3">
          <legend className="text-lg font-semibold">Patient&apos;s preferred days and times</legend>
          <p className="text-sm text-slate-700">Used to propose the visits when the front desk books the plan. Times are the clinic&apos;s local time.</p>
          {times.fields.map((f, i) => (
            <div key={f.id} className="grid items-end gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_1fr_auto]">
              <SelectField label={`Preferred day ${i + 1}`} placeholder="Choose" options={DAY_OPTIONS} error={e(`preferredTimes.${i}.weekday`)} {...r(`preferredTimes.${i}.weekday`)} />
              <TextField label={`Preferred time ${i + 1}`} type="time" error={e(`preferredTimes.${i}.time`)} {...r(`preferredTimes.${i}.time`)} />
              <Button onMouseDown={keepFocus} variant="ghost" onClick={() => times.remove(i)}>Remove preferred day {i + 1}</Button>
            </div>
          ))}
          <Button onMouseDown={keepFocus} variant="secondary" onClick={() => times.append({ weekday: "", time: "08:00" } as never)} disabled={times.fields.length >= 7}>Add a preferred day</Button>
        </fieldset>

        {isChange && <TextField label="Reason for the change" required hint="Kept with this version in the plan's history." error={e("changeReason")} {...r("changeReason")} />}
        <div className="flex flex-wrap gap-3">
          <Button type="submit" pending={form.formState.isSubmitting}>{isChange ? "Save new version" : "Save care plan"}</Button>
          <Button variant="ghost" onClick={() => router.push(back)}>Cancel</Button>
        </div>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}
