"use client";
import { useRouter } from "next/navigation";
import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { DAY_OPTIONS, keepFocus } from "@/components/care-plans/options";
import { addToWaitlist } from "@/lib/actions/waitlist";
import { WaitlistAddInput } from "@/lib/validation/care-plans";

/** Put one patient on the waitlist with the clinicians, days and local time windows they can take. */
export function WaitlistAddForm({ patientId, patientName, clinicians, types }: {
  patientId: string;
  patientName: string;
  clinicians: { id: string; name: string }[];
  types: { id: string; name: string }[];
}) {
  const router = useRouter();
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(WaitlistAddInput, addToWaitlist, {
    defaultValues: { patientId, clinicianIds: [], weekdays: [], timeWindows: [], appointmentTypeId: "", note: "" } as never,
    onSuccess: () => { router.push("/schedule/waitlist?added=1"); router.refresh(); },
  });
  const r = form.register as (name: string) => ReturnType<typeof form.register>;
  const windows = useFieldArray({ control: form.control, name: "timeWindows" as never });
  const e = (path: string) => {
    let cur: unknown = form.formState.errors;
    for (const p of path.split(".")) cur = (cur as Record<string, unknown> | undefined)?.[p];
    return (cur as { message?: string } | undefined)?.message;
  };
  return (
    <>
      <form onSubmit={submit} noValidate className="max-w-3xl space-y-5" aria-label={`Waitlist preferences for ${patientName}`}>
        <FormError message={formError} />
        <input type="hidden" {...r("patientId")} />
        <CheckboxGroup legend="Preferred clinicians (none ticked = any)" name="clinicianIds" options={clinicians.map((c) => ({ value: c.id, label: c.name }))} error={e("clinicianIds")} inputProps={() => r("clinicianIds")} />
        <CheckboxGroup legend="Days that suit (none ticked = any)" name="weekdays" options={DAY_OPTIONS} error={e("weekdays")} inputProps={() => r("weekdays")} />
        <fieldset className="space-y-3">
          <legend className="font-semibold">Time windows (clinic local time; none = any time)</legend>
          {windows.fields.map((f, i) => (
            <div key={f.id} className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto]">
              <TextField label={`Window ${i + 1} from`} type="time" error={e(`timeWindows.${i}.start`)} {...r(`timeWindows.${i}.start`)} />
              <TextField label={`Window ${i + 1} until`} type="time" error={e(`timeWindows.${i}.end`)} {...r(`timeWindows.${i}.end`)} />
              <Button onMouseDown={keepFocus} variant="ghost" onClick={() => windows.remove(i)}>Remove window {i + 1}</Button>
            </div>
          ))}
          <Button onMouseDown={keepFocus} variant="secondary" onClick={() => windows.append({ start: "07:00", end: "10:00" } as never)} disabled={windows.fields.length >= 4}>Add a time window</Button>
        </fieldset>
        <SelectField label="Appointment type" placeholder="Any type" options={types.map((t) => ({ value: t.id, label: t.name }))} error={e("appointmentTypeId")} {...r("appointmentTypeId")} />
        <TextField label="Note for the front desk" error={e("note")} {...r("note")} />
        <Button type="submit" pending={form.formState.isSubmitting}>Add {patientName} to the waitlist</Button>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}
