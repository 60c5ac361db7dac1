"use client";
import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { startProgram } from "@/lib/actions/hep";
import { StartProgramInput } from "@/lib/validation/hep-programs";

/** Start a program for an open episode: from a protocol's template, or blank. */
export function StartProgramForm({ patientId, episodes, templates }: {
  patientId: string; episodes: { id: string; title: string }[]; templates: { id: string; name: string; exerciseCount: number }[];
}) {
  const router = useRouter();
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(StartProgramInput, startProgram, {
    defaultValues: { patientId, episodeId: episodes[0]?.id ?? "", templateId: "", title: "Home exercises" },
    onSuccess: () => router.refresh(),
  });
  const e = form.formState.errors;
  return (
    <>
      <form onSubmit={submit} noValidate aria-label="Start a home-exercise program" className="space-y-4">
        <FormError message={formError} />
        <input type="hidden" {...form.register("patientId")} />
        <SelectField label="Episode" options={episodes.map((ep) => ({ value: ep.id, label: ep.title }))} error={e.episodeId?.message} {...form.register("episodeId")} />
        <SelectField label="Start from" placeholder="A blank program"
          options={templates.map((t) => ({ value: t.id, label: `${t.name} (${t.exerciseCount} exercises)` }))} error={e.templateId?.message} {...form.register("templateId")} />
        <TextField label="Program name" hint="The patient sees this name." required error={e.title?.message} {...form.register("title")} />
        <Button type="submit" pending={form.formState.isSubmitting}>Start program</Button>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}
