"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import type { FieldValues } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox, CheckboxGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm, type ActionOutcome } from "@/components/forms/use-action-form";
import { addAvailabilityException, addAvailabilityRule, saveAppointmentType } from "@/lib/actions/schedule-admin";
import {
  AppointmentTypeInput, AvailabilityExceptionInput, AvailabilityRuleInput, DISCIPLINE_OPTIONS, WEEKDAY_LABELS,
} from "@/lib/validation/scheduling";

type Errors = Record<string, { message?: string } | undefined>;

function useSaved<S extends z.ZodType<FieldValues, FieldValues>, O>(schema: S, action: (i: z.input<S>) => Promise<ActionOutcome<O>>, defaults: z.input<S>, resetAfter = true) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const f = useActionForm(schema, action, {
    defaultValues: defaults as never,
    onSuccess: () => { setSaved(true); if (resetAfter) f.form.reset(defaults as never); router.refresh(); },
  });
  return { ...f, saved, errors: f.form.formState.errors as Errors };
}

function Frame({ children, submit, saved, done, formError, pending, label, sessionExpired, close }: {
  children: React.ReactNode; submit: (e?: React.BaseSyntheticEvent) => Promise<void>; saved: boolean; done: string; formError: string | null;
  pending: boolean; label: string; sessionExpired: boolean; close: () => void;
}) {
  return (
    <>
      <form onSubmit={submit} noValidate className="space-y-4">
        {saved && <Alert tone="success">{done}</Alert>}
        <FormError message={formError} />
        {children}
        <Button type="submit" pending={pending}>{label}</Button>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={close} />
    </>
  );
}

export function AppointmentTypeForm({ initial }: { initial?: AppointmentTypeInput }) {
  const defaults: AppointmentTypeInput = initial ?? { id: "", name: "", durationMinutes: 30, defaultDisciplines: [], active: true };
  const { form, submit, formError, sessionExpired, closeSessionDialog, saved, errors } = useSaved(AppointmentTypeInput, saveAppointmentType, defaults, !initial);
  return (
    <Frame submit={submit} saved={saved} done="Appointment type saved." formError={formError} pending={form.formState.isSubmitting}
      label={initial ? "Save type" : "Add type"} sessionExpired={sessionExpired} close={closeSessionDialog}>
      <input type="hidden" {...form.register("id")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Name" required error={errors.name?.message} {...form.register("name")} />
        <TextField label="Duration (minutes)" type="number" required error={errors.durationMinutes?.message} {...form.register("durationMinutes")} />
      </div>
      <CheckboxGroup legend="Usually provided by" name="defaultDisciplines" hint="Disciplines offered first when booking this type"
        options={DISCIPLINE_OPTIONS.map((d) => ({ value: d, label: d }))} inputProps={() => form.register("defaultDisciplines")} />
      <Checkbox label="Active (can be booked)" {...form.register("active")} />
    </Frame>
  );
}

export function AvailabilityRuleForm({ clinicianId, locations }: { clinicianId: string; locations: { id: string; name: string }[] }) {
  const defaults: AvailabilityRuleInput = { clinicianId, locationId: locations[0]?.id ?? "", weekday: 1, startTime: "09:00", endTime: "17:00" };
  const { form, submit, formError, sessionExpired, closeSessionDialog, saved, errors } = useSaved(AvailabilityRuleInput, addAvailabilityRule, defaults);
  return (
    <Frame submit={submit} saved={saved} done="Hours added." formError={formError} pending={form.formState.isSubmitting} label="Add hours"
      sessionExpired={sessionExpired} close={closeSessionDialog}>
      <input type="hidden" {...form.register("clinicianId")} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField label="Day" options={Object.entries(WEEKDAY_LABELS).map(([v, l]) => ({ value: v, label: l }))} error={errors.weekday?.message} {...form.register("weekday")} />
        <SelectField label="Location" options={locations.map((l) => ({ value: l.id, label: l.name }))} error={errors.locationId?.message} {...form.register("locationId")} />
        <TextField label="From" type="time" required error={errors.startTime?.message} {...form.register("startTime")} />
        <TextField label="Until" type="time" required error={errors.endTime?.message} {...form.register("endTime")} />
      </div>
    </Frame>
  );
}

export function AvailabilityExceptionForm({ clinicianId, today }: { clinicianId: string; today: string }) {
  const defaults: AvailabilityExceptionInput = { clinicianId, date: today, allDay: true, startTime: "", endTime: "", reason: "" };
  const { form, submit, formError, sessionExpired, closeSessionDialog, saved, errors } = useSaved(AvailabilityExceptionInput, addAvailabilityException, defaults);
  const allDay = form.watch("allDay");
  return (
    <Frame submit={submit} saved={saved} done="Time off added." formError={formError} pending={form.formState.isSubmitting} label="Add time off"
      sessionExpired={sessionExpired} close={closeSessionDialog}>
      <input type="hidden" {...form.register("clinicianId")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Date" type="date" required error={errors.date?.message} {...form.register("date")} />
        <TextField label="Reason" required hint="e.g. holiday, training, half day" error={errors.reason?.message} {...form.register("reason")} />
      </div>
      <Checkbox label="The whole day" {...form.register("allDay")} />
      {!allDay && (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Off from" type="time" error={errors.startTime?.message} {...form.register("startTime")} />
          <TextField label="Off until" type="time" error={errors.endTime?.message} {...form.register("endTime")} />
        </div>
      )}
    </Frame>
  );
}
