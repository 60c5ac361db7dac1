"use client";
import { useFieldArray, type Control, type UseFormRegisterReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { GOAL_STATUS_LABELS } from "@/lib/validation/care-plans";
import { COMPARATOR_LABELS, GOAL_DOMAIN_LABELS, GOAL_TYPE_LABELS, MEASURE_LABELS, keepFocus, opts } from "./options";

const EMPTY_GOAL = {
  type: "SHORT_TERM", domain: "FUNCTION", description: "", measure: "", baselineValue: "", targetValue: "", currentValue: "",
  unit: "", comparator: "<=", targetDate: "", status: "NOT_STARTED", statusReason: "",
};

/** SMART goals (DOMAIN.md §5.3) as repeatable rows: what, how measured, from → to, by when, status. */
export function GoalRows({ control, register: r, error: e }: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  control: Control<any>;
  register: (name: string) => UseFormRegisterReturn;
  error: (path: string) => string | undefined;
}) {
  const goals = useFieldArray({ control, name: "goals" });
  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">SMART goals</legend>
      {goals.fields.map((f, i) => {
        const n = i + 1;
        return (
          <div key={f.id} className="space-y-3 rounded-md border border-slate-200 p-3">
            <TextAreaField label={`Goal ${n}`} hint="Specific and functional, e.g. run 5 km on flat road with pain ≤ 2/10." rows={2} error={e(`goals.${i}.description`)} {...r(`goals.${i}.description`)} />
            <div className="grid gap-3 sm:grid-cols-3">
              <SelectField label={`Goal ${n} term`} options={opts(GOAL_TYPE_LABELS)} error={e(`goals.${i}.type`)} {...r(`goals.${i}.type`)} />
              <SelectField label={`Goal ${n} domain`} options={opts(GOAL_DOMAIN_LABELS)} error={e(`goals.${i}.domain`)} {...r(`goals.${i}.domain`)} />
              <SelectField label={`Goal ${n} measure`} placeholder="Choose" options={opts(MEASURE_LABELS)} error={e(`goals.${i}.measure`)} {...r(`goals.${i}.measure`)} />
              <TextField label={`Goal ${n} baseline`} inputMode="decimal" error={e(`goals.${i}.baselineValue`)} {...r(`goals.${i}.baselineValue`)} />
              <SelectField label={`Goal ${n} target is`} options={opts(COMPARATOR_LABELS)} error={e(`goals.${i}.comparator`)} {...r(`goals.${i}.comparator`)} />
              <TextField label={`Goal ${n} target`} inputMode="decimal" error={e(`goals.${i}.targetValue`)} {...r(`goals.${i}.targetValue`)} />
              <TextField label={`Goal ${n} unit`} hint="e.g. km, /10, %, minutes" error={e(`goals.${i}.unit`)} {...r(`goals.${i}.unit`)} />
              <TextField label={`Goal ${n} target date`} type="date" error={e(`goals.${i}.targetDate`)} {...r(`goals.${i}.targetDate`)} />
              <TextField label={`Goal ${n} current value`} hint="Only for measures outside the outcome module." inputMode="decimal" error={e(`goals.${i}.currentValue`)} {...r(`goals.${i}.currentValue`)} />
              <SelectField label={`Goal ${n} status`} options={opts(GOAL_STATUS_LABELS)} error={e(`goals.${i}.status`)} {...r(`goals.${i}.status`)} />
              <TextField label={`Goal ${n} status reason`} error={e(`goals.${i}.statusReason`)} {...r(`goals.${i}.statusReason`)} />
            </div>
            <Button onMouseDown={keepFocus} variant="ghost" onClick={() => goals.remove(i)} disabled={goals.fields.length === 1}>Remove goal {n}</Button>
          </div>
        );
      })}
      {e("goals") && <p className="text-sm font-medium text-red-700">{e("goals")}</p>}
      <Button onMouseDown={keepFocus} variant="secondary" onClick={() => goals.append(EMPTY_GOAL)} disabled={goals.fields.length >= 12}>Add a goal</Button>
    </fieldset>
  );
}
