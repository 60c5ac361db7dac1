"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { recordOutcome } from "@/lib/actions/outcomes";
import { MEASURE_OPTIONS, RecordOutcomeInput, measureByVersion } from "@/lib/validation/outcomes";
import { formatScore } from "./format";
import { MeasureItems, errorAt, type MeasureFormApi } from "./measure-items";

type Choice = { id: string; title: string };
type VisitChoice = { id: string; episodeId: string; label: string };
type Props = { patientId: string; episodes: Choice[]; visits: VisitChoice[]; lockedPsfs: Record<string, Record<string, string>> };

/** The answers of one measure; remounted (fresh answers) whenever the clinician picks another measure. */
function MeasureAnswersForm({ patientId, episodes, visits, lockedPsfs, version, onSaved }: Props & { version: string; onSaved: (text: string) => void }) {
  const router = useRouter();
  const def = measureByVersion(version)!;
  const defaults = { patientId, episodeId: episodes[0]?.id ?? "", visitId: "", version, answers: {}, activities: {} };
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(RecordOutcomeInput, recordOutcome, {
    defaultValues: defaults as never,
    onSuccess: (data) => {
      const band = def.bands?.find((b) => b.code === data.band)?.label;
      onSaved(`${def.name} recorded: ${formatScore(def.id, def.scoreRange.max, data.score)}${band ? `, ${band}` : ""}.`);
      form.reset(defaults as never);
      router.refresh();
    },
  });
  // The items are registered by path ("answers.ODI…"), which the schema's input type cannot spell out.
  const api = form as unknown as MeasureFormApi;
  const episodeId = useWatch({ control: form.control, name: "episodeId" }) as string;
  const scoreError = errorAt(api, "score");
  return (
    <>
      <form onSubmit={submit} noValidate className="space-y-4" aria-label={`Record ${def.name}`}>
        <FormError message={formError} />
        <input type="hidden" {...form.register("patientId")} />
        <input type="hidden" {...form.register("version")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label="Episode" options={episodes.map((e) => ({ value: e.id, label: e.title }))} error={errorAt(api, "episodeId")} {...form.register("episodeId")} />
          <SelectField label="Visit (optional)" placeholder="Not tied to a visit" error={errorAt(api, "visitId")}
            options={visits.filter((v) => v.episodeId === episodeId).map((v) => ({ value: v.id, label: v.label }))} {...form.register("visitId")} />
        </div>
        <p className="text-sm text-slate-700">{def.instructions}</p>
        <MeasureItems form={api} def={def} locked={lockedPsfs[episodeId] ?? {}} audience="clinic" />
        {scoreError && <Alert tone="error">{scoreError}</Alert>}
        <Button type="submit" pending={form.formState.isSubmitting}>Save {def.id}</Button>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}

/**
 * Record a measure in the clinic: choose the measure, then its items appear, rendered from the
 * definition. The score shown after saving is the one the server computed and stored.
 */
export function RecordOutcomeForm(props: Props) {
  const [version, setVersion] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  const id = useId();
  return (
    <div className="space-y-4">
      {saved && <Alert tone="success">{saved}</Alert>}
      <div className="max-w-md">
        <SelectField id={id} label="Measure" name="measure" placeholder="Choose a measure" options={MEASURE_OPTIONS} value={version}
          onChange={(e) => { setVersion(e.target.value); setSaved(null); }} />
      </div>
      {version && <MeasureAnswersForm key={version} {...props} version={version} onSaved={setSaved} />}
    </div>
  );
}
