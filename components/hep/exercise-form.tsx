"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/choice-group";
import { FieldError, TextAreaField, TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { createClinicExercise, updateClinicExercise } from "@/lib/actions/hep-library";
import { checkExerciseImageMeta } from "@/lib/domain/hep/exercise-image";
import { CATEGORY_LABELS, REGION_LABELS } from "@/lib/domain/hep/format";
import { HEP_CATEGORIES, HEP_REGIONS } from "@/lib/domain/hep/library/types";
import { ClinicExerciseInput } from "@/lib/validation/hep-programs";

export type ExerciseFormValues = Record<Exclude<keyof ClinicExerciseInput, "paired">, string> & { paired: boolean };

/**
 * Add or edit a clinic exercise. A chosen picture is uploaded first (its type is checked from its
 * bytes on the server), then the exercise is saved with the picture's id.
 */
export function ExerciseForm({ exerciseId, initial }: { exerciseId?: string; initial: ExerciseFormValues }) {
  const router = useRouter();
  const file = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const save = async (values: ClinicExerciseInput, options?: { idempotencyKey?: string }) => {
    const picked = file.current?.files?.[0];
    let imageId = values.imageId;
    if (picked) {
      const problem = checkExerciseImageMeta(picked);
      if (problem) return { ok: false as const, code: "validation", error: "Please correct the highlighted fields.", fieldErrors: { image: [problem] } };
      const body = new FormData();
      body.set("file", picked);
      const res = await fetch("/api/exercises/images", { method: "POST", body, headers: options?.idempotencyKey ? { "idempotency-key": `img-${options.idempotencyKey}` } : {} });
      const r = await res.json() as { ok: boolean; data?: { imageId: string }; error?: string; fieldErrors?: Record<string, string[]>; code?: string };
      if (!r.ok) return { ok: false as const, code: r.code ?? "validation", error: r.error ?? "The picture was not accepted.", fieldErrors: { image: r.fieldErrors?.file ?? [r.error ?? "The picture was not accepted."] } };
      imageId = r.data!.imageId;
    }
    return exerciseId ? updateClinicExercise({ ...values, imageId, exerciseId }, options) : createClinicExercise({ ...values, imageId }, options);
  };
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(ClinicExerciseInput, save as never, {
    defaultValues: initial as never,
    onSuccess: () => { setSaved(true); if (file.current) file.current.value = ""; router.refresh(); },
  });
  const e = form.formState.errors as Record<string, { message?: string } | undefined>;
  const imageError = fileError ?? e.image?.message;
  return (
    <>
      <form onSubmit={(ev) => { setFileError(undefined); return submit(ev); }} noValidate aria-label={exerciseId ? "Edit exercise" : "New exercise"} className="max-w-2xl space-y-4">
        {saved && <Alert tone="success">Exercise saved.</Alert>}
        <FormError message={formError} />
        <TextField label="Name" required error={e.name?.message} {...form.register("name")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label="Body region" placeholder="Choose…" options={HEP_REGIONS.map((r) => ({ value: r, label: REGION_LABELS[r] }))} error={e.region?.message} {...form.register("region")} />
          <SelectField label="Category" placeholder="Choose…" options={HEP_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))} error={e.category?.message} {...form.register("category")} />
        </div>
        <Checkbox label="Done one side at a time (left / right)" {...form.register("paired")} />
        <fieldset className="space-y-3 rounded-lg border border-slate-200 p-4">
          <legend className="px-1 font-semibold">Default dosing</legend>
          <SelectField label="Dosed in" options={[{ value: "REPS", label: "Repetitions" }, { value: "HOLD", label: "A hold in seconds" }, { value: "DURATION", label: "Seconds per area (self-massage)" }]} error={e.doseKind?.message} {...form.register("doseKind")} />
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
            <TextField label="Sets" type="number" inputMode="numeric" error={e.defaultSets?.message} {...form.register("defaultSets")} />
            <TextField label="Reps" type="number" inputMode="numeric" hint="Repetitions only" error={e.defaultReps?.message} {...form.register("defaultReps")} />
            <TextField label="Hold (seconds)" type="number" inputMode="numeric" hint="Holds only" error={e.defaultHoldSeconds?.message} {...form.register("defaultHoldSeconds")} />
            <TextField label="Duration (seconds)" type="number" inputMode="numeric" hint="Self-massage only" error={e.defaultDurationSeconds?.message} {...form.register("defaultDurationSeconds")} />
            <TextField label="Times per day" type="number" inputMode="numeric" error={e.defaultTimesPerDay?.message} {...form.register("defaultTimesPerDay")} />
            <TextField label="Days per week" type="number" inputMode="numeric" error={e.defaultDaysPerWeek?.message} {...form.register("defaultDaysPerWeek")} />
          </div>
        </fieldset>
        <TextAreaField label="Steps" hint="One step per line, in plain words." required rows={6} error={e.steps?.message} {...form.register("steps")} />
        <TextAreaField label="Cautions" hint="One per line: when to stop and tell the clinician." rows={3} error={e.cautions?.message} {...form.register("cautions")} />
        <div>
          <label htmlFor="exercise-picture" className="block text-sm font-semibold">Picture{exerciseId ? " (choose one to replace the current picture)" : ""}</label>
          <p id="exercise-picture-hint" className="mt-1 text-sm text-slate-700">PNG, JPEG or WebP, at most 2 MB.</p>
          <input id="exercise-picture" ref={file} type="file" accept=".png,.jpg,.jpeg,.webp,image/png,image/jpeg,image/webp"
            aria-describedby={`exercise-picture-hint${imageError ? " exercise-picture-error" : ""}`} aria-invalid={imageError ? true : undefined}
            onChange={(ev) => { const f = ev.target.files?.[0]; setFileError(f ? checkExerciseImageMeta(f) ?? undefined : undefined); }}
            className="mt-1 block min-h-11 w-full text-base" />
          <FieldError id="exercise-picture-error" message={imageError} />
        </div>
        <TextField label="Video link (optional)" hint="https://…" error={e.videoUrl?.message} {...form.register("videoUrl")} />
        <input type="hidden" {...form.register("imageId")} />
        <Button type="submit" pending={form.formState.isSubmitting}>{exerciseId ? "Save changes" : "Add exercise"}</Button>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}
