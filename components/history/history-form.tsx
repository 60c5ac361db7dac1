"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox, CheckboxGroup, RadioGroup } from "@/components/ui/choice-group";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveHistory } from "@/lib/actions/history";
import * as H from "@/lib/domain/history/options";
import { SaveHistoryInput, type HistoryData } from "@/lib/validation/history";

const asNumber = { setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? undefined : Number(v)) };
const choices = (o: { value: string; label: string }[]) => o.map(({ value, label }) => ({ value, label }));

/** Conditions, medicines, allergies and surgeries that stay with the patient across episodes. */
export function HistoryForm({ patientId, version, initial }: { patientId: string; version: number; initial: Partial<HistoryData> }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const defaults = { conditions: [], medications: [], allergies: [], surgeries: [], ...initial };
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(SaveHistoryInput, saveHistory, {
    defaultValues: { patientId, version, data: defaults as never },
    onSuccess: (data) => { form.setValue("version", data.version); setSaved(true); router.refresh(); },
  });
  const meds = useFieldArray({ control: form.control, name: "data.medications" as never });
  const allergies = useFieldArray({ control: form.control, name: "data.allergies" as never });
  const surgeries = useFieldArray({ control: form.control, name: "data.surgeries" as never });
  const conditions = (useWatch({ control: form.control, name: "data.conditions" }) ?? []) as string[];
  const e = (path: string) => {
    let cur: unknown = form.formState.errors;
    for (const p of path.split(".")) cur = (cur as Record<string, unknown> | undefined)?.[p];
    return (cur as { message?: string } | undefined)?.message;
  };
  const r = form.register as (name: string, opts?: object) => ReturnType<typeof form.register>;
  return (
    <>
      <form onSubmit={submit} noValidate className="max-w-3xl space-y-8">
        {saved && <Alert tone="success">History saved.</Alert>}
        <FormError message={formError} />
        <CheckboxGroup legend="Conditions" name="data.conditions" options={choices(H.CONDITIONS)} error={e("data.conditions")} inputProps={() => r("data.conditions")} />
        {conditions.includes("CANCER_HISTORY") && (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label="Cancer type" error={e("data.cancerType")} {...r("data.cancerType")} />
            <TextField label="Year diagnosed" type="number" inputMode="numeric" error={e("data.cancerYear")} {...r("data.cancerYear", asNumber)} />
          </div>
        )}
        {conditions.includes("PREGNANT") && (
          <TextField label="Weeks pregnant" type="number" inputMode="numeric" error={e("data.pregnancyWeeks")} {...r("data.pregnancyWeeks", asNumber)} />
        )}
        <fieldset className="space-y-3">
          <legend className="text-lg font-semibold">Medications</legend>
          {meds.fields.map((f, i) => (
            <div key={f.id} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
              <TextField label={`Medication ${i + 1}`} error={e(`data.medications.${i}.name`)} {...r(`data.medications.${i}.name`)} />
              <SelectField label={`Class of medication ${i + 1}`} placeholder="Choose" options={choices(H.MEDICATION_CLASSES)} error={e(`data.medications.${i}.medClass`)} {...r(`data.medications.${i}.medClass`)} />
              <TextField label={`Dose of medication ${i + 1}`} {...r(`data.medications.${i}.dose`)} />
              <TextField label={`How often (medication ${i + 1})`} {...r(`data.medications.${i}.frequency`)} />
              <Checkbox label="Taken long-term (3 months or more)" {...r(`data.medications.${i}.longTerm`)} />
              <Button variant="ghost" onClick={() => meds.remove(i)}>Remove medication {i + 1}</Button>
            </div>
          ))}
          <Button variant="secondary" onClick={() => meds.append({ name: "", medClass: "" } as never)}>Add a medication</Button>
        </fieldset>
        <fieldset className="space-y-3">
          <legend className="text-lg font-semibold">Allergies</legend>
          {allergies.fields.map((f, i) => (
            <div key={f.id} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-3">
              <TextField label={`Allergy ${i + 1}`} error={e(`data.allergies.${i}.name`)} {...r(`data.allergies.${i}.name`)} />
              <SelectField label={`Kind of allergy ${i + 1}`} placeholder="Choose" options={choices(H.ALLERGY_KINDS)} error={e(`data.allergies.${i}.kind`)} {...r(`data.allergies.${i}.kind`)} />
              <TextField label={`Reaction to allergy ${i + 1}`} {...r(`data.allergies.${i}.reaction`)} />
              <Button variant="ghost" onClick={() => allergies.remove(i)}>Remove allergy {i + 1}</Button>
            </div>
          ))}
          <Button variant="secondary" onClick={() => allergies.append({ name: "", kind: "" } as never)}>Add an allergy</Button>
        </fieldset>
        <fieldset className="space-y-3">
          <legend className="text-lg font-semibold">Surgeries</legend>
          {surgeries.fields.map((f, i) => (
            <div key={f.id} className="space-y-3 rounded-md border border-slate-200 p-3">
              <div className="grid gap-3 sm:grid-cols-2">
                <TextField label={`Surgery ${i + 1}`} error={e(`data.surgeries.${i}.description`)} {...r(`data.surgeries.${i}.description`)} />
                <TextField label={`Year of surgery ${i + 1}`} type="number" inputMode="numeric" error={e(`data.surgeries.${i}.year`)} {...r(`data.surgeries.${i}.year`, asNumber)} />
              </div>
              <CheckboxGroup legend={`Surgery ${i + 1} involved`} name={`data.surgeries.${i}.flags`} hint="Choose any that apply" options={choices(H.SURGERY_FLAGS)} inputProps={() => r(`data.surgeries.${i}.flags`)} />
              <SelectField label={`Hip approach (surgery ${i + 1})`} placeholder="Not a hip replacement" options={choices(H.HIP_APPROACHES)} error={e(`data.surgeries.${i}.hipApproach`)} {...r(`data.surgeries.${i}.hipApproach`, { setValueAs: (v: string) => v || undefined })} />
              <Button variant="ghost" onClick={() => surgeries.remove(i)}>Remove surgery {i + 1}</Button>
            </div>
          ))}
          <Button variant="secondary" onClick={() => surgeries.append({ description: "", flags: [] } as never)}>Add a surgery</Button>
        </fieldset>
        <RadioGroup legend="Smoking" name="data.smoking" options={choices(H.SMOKING)} error={e("data.smoking")} inputProps={() => r("data.smoking")} />
        <TextAreaField label="Other history notes" error={e("data.notes")} {...r("data.notes")} />
        <Button type="submit" pending={form.formState.isSubmitting}>Save history</Button>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}
