"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Checkbox } from "@/components/ui/choice-group";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveClinicSettings } from "@/lib/actions/settings";
import { ClinicSettingsInput } from "@/lib/validation/settings";

const DAYS = [["1", "Monday"], ["2", "Tuesday"], ["3", "Wednesday"], ["4", "Thursday"], ["5", "Friday"], ["6", "Saturday"], ["7", "Sunday"]];

export function SettingsForm({ initial }: { initial: ClinicSettingsInput }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(ClinicSettingsInput, saveClinicSettings, {
    defaultValues: initial,
    onSuccess: () => { setSaved(true); router.refresh(); },
  });
  const e = form.formState.errors as Record<string, { message?: string } & Record<string, Record<string, { message?: string }>>>;
  return (
    <>
      <form onSubmit={submit} noValidate className="max-w-2xl space-y-6">
        {saved && <Alert tone="success">Settings saved.</Alert>}
        <FormError message={formError} />
        <TextField label="Clinic name" required error={e.name?.message} {...form.register("name")} />
        <TextField label="Time zone" required hint="IANA name, e.g. America/New_York. Schedules and dates use it." error={e.timeZone?.message} {...form.register("timeZone")} />
        <fieldset className="space-y-3">
          <legend className="text-lg font-semibold">Opening hours</legend>
          <p className="text-sm text-slate-700">Leave both empty on closed days. Times are wall-clock times in the clinic&apos;s zone.</p>
          {DAYS.map(([d, label]) => (
            <div key={d} className="grid grid-cols-2 gap-3 sm:grid-cols-[8rem_1fr_1fr] sm:items-end">
              <p className="col-span-2 font-medium sm:col-span-1">{label}</p>
              <TextField label={`${label} opens`} type="time" error={e.hours?.[d]?.open?.message} {...form.register(`hours.${d}.open` as never)} />
              <TextField label={`${label} closes`} type="time" error={e.hours?.[d]?.close?.message} {...form.register(`hours.${d}.close` as never)} />
            </div>
          ))}
        </fieldset>
        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="text-lg font-semibold">Security</legend>
          <TextField label="Staff idle sign-out (minutes)" type="number" error={e.staffIdleMinutes?.message} {...form.register("staffIdleMinutes")} />
          <TextField label="Patient idle sign-out (minutes)" type="number" error={e.patientIdleMinutes?.message} {...form.register("patientIdleMinutes")} />
          <TextField label="Invitation links last (hours)" type="number" error={e.inviteTtlHours?.message} {...form.register("inviteTtlHours")} />
          <TextField label="Password reset links last (minutes)" type="number" error={e.resetTtlMinutes?.message} {...form.register("resetTtlMinutes")} />
          <div className="sm:col-span-2">
            <Checkbox label="Require two-factor sign-in for all staff"
              hint="Staff without an authenticator app set up are asked to set one up at their next sign-in." {...form.register("requireStaffTwoFactor")} />
          </div>
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="text-lg font-semibold">Home exercises</legend>
          <Checkbox label="Front desk and admin-only staff may read home-exercise programs"
            hint="Off: they see only that a patient has a program, not its exercises, logs or pain scores." {...form.register("hepContentForAllStaff")} />
        </fieldset>
        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="text-lg font-semibold">Appointments</legend>
          <TextField label="Reminder email before a visit (hours)" type="number" error={e.reminderLeadHours?.message} {...form.register("reminderLeadHours")} />
          <TextField label="Patients may cancel online until (hours before)" type="number" error={e.cancellationWindowHours?.message} {...form.register("cancellationWindowHours")} />
          <TextField label="Work queue: dropped off after (days without a visit)" type="number" error={e.dropOffDays?.message} {...form.register("dropOffDays")} />
        </fieldset>
        <Button type="submit" pending={form.formState.isSubmitting}>Save settings</Button>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}
