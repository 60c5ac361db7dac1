"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm, type ActionOutcome } from "@/components/forms/use-action-form";
import { bookAppointmentAction, moveAppointmentAction } from "@/lib/actions/scheduling";
import { BookAppointmentInput, MoveAppointmentInput } from "@/lib/validation/scheduling";

export type SlotOption = { startsAt: string; label: string };
type Alternative = { startsAt: string; endsAt: string };

function labelFor(a: Alternative, timeZone: string): string {
  const f = (iso: string, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-GB", { timeZone, ...o }).format(new Date(iso));
  return `${f(a.startsAt, { weekday: "short", day: "numeric", month: "short" })}, ${f(a.startsAt, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" })}–${f(a.endsAt, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" })}`;
}

function useSlotState(timeZone: string) {
  const [alternatives, setAlternatives] = useState<SlotOption[] | null>(null);
  const onFailure = (r: Extract<ActionOutcome<unknown>, { ok: false }>) => {
    const alts = (r.details?.alternatives ?? null) as Alternative[] | null;
    setAlternatives(alts ? alts.map((a) => ({ startsAt: a.startsAt, label: labelFor(a, timeZone) })) : null);
  };
  return { alternatives, onFailure, clear: () => setAlternatives(null) };
}

function SlotRadios({ slots, alternatives, register, error, legend }: {
  slots: SlotOption[]; alternatives: SlotOption[] | null; register: () => object; error?: string; legend: string;
}) {
  const shown = alternatives ?? slots;
  return (
    <fieldset aria-describedby={error ? "slot-error" : undefined}>
      <legend className="text-base font-semibold">{alternatives ? "Nearest free times" : legend}</legend>
      {shown.length === 0 ? <p className="mt-2">No free time found. Try another day.</p> : (
        <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-6">
          {shown.map((s) => (
            <label key={s.startsAt} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-400 bg-white px-3 py-2 has-[:checked]:border-teal-700 has-[:checked]:bg-teal-50">
              <input type="radio" value={s.startsAt} {...register()} className="size-4" />
              <span>{s.label}</span>
            </label>
          ))}
        </div>
      )}
      <FieldError id="slot-error" message={error} />
    </fieldset>
  );
}

/** Choose one free slot and book it; if someone took it meanwhile, the nearest free times replace the list. */
export function BookSlotForm({ fixed, slots, preferred, timeZone }: {
  fixed: { patientId: string; clinicianId: string; appointmentTypeId: string; roomId: string };
  slots: SlotOption[];
  preferred?: string;
  timeZone: string;
}) {
  const router = useRouter();
  const alt = useSlotState(timeZone);
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(BookAppointmentInput, bookAppointmentAction, {
    defaultValues: { ...fixed, episodeId: "", startsAt: preferred ?? "" },
    onSuccess: (d) => router.push(`/schedule/appointments/${d.id}?done=booked`),
    onFailure: alt.onFailure,
  });
  return (
    <>
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormError message={formError} />
        <SlotRadios slots={slots} alternatives={alt.alternatives} register={() => form.register("startsAt")} error={form.formState.errors.startsAt?.message} legend="Free slots" />
        <Button type="submit" pending={form.formState.isSubmitting}>Book this slot</Button>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}

export function MoveSlotForm({ fixed, slots, timeZone }: {
  fixed: { appointmentId: string; version: number; clinicianId: string; roomId: string };
  slots: SlotOption[];
  timeZone: string;
}) {
  const router = useRouter();
  const alt = useSlotState(timeZone);
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(MoveAppointmentInput, moveAppointmentAction, {
    defaultValues: { ...fixed, startsAt: "" },
    onSuccess: () => router.push(`/schedule/appointments/${fixed.appointmentId}?done=moved`),
    onFailure: alt.onFailure,
  });
  return (
    <>
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormError message={formError} />
        <SlotRadios slots={slots} alternatives={alt.alternatives} register={() => form.register("startsAt")} error={form.formState.errors.startsAt?.message} legend="Free slots" />
        <Button type="submit" pending={form.formState.isSubmitting}>Move to this slot</Button>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}
