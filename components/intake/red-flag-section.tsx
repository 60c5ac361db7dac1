"use client";
import { useWatch } from "react-hook-form";
import { RadioGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import type { FollowUp } from "@/lib/domain/intake/red-flags";
import { askedRedFlags } from "@/lib/validation/intake";
import { errorAt, type Audience, type IntakeFormApi } from "./intake-inputs";
import { Section } from "./intake-sections";

const ANSWERS = [{ value: "YES", label: "Yes" }, { value: "NO", label: "No" }, { value: "UNSURE", label: "Not sure" }];

function FollowUpInput({ form, base, q }: { form: IntakeFormApi; base: string; q: FollowUp }) {
  const name = `${base}.followUps.${q.key}`;
  if (q.kind === "boolean") {
    return <RadioGroup legend={q.question} name={name} options={[{ value: "true", label: "Yes" }, { value: "false", label: "No" }]} inputProps={() => form.register(name)} />;
  }
  if (q.kind === "choice") {
    return <SelectField label={q.question} placeholder="Choose" options={q.options ?? []} {...form.register(name)} />;
  }
  return <TextField label={q.unit ? `${q.question} (${q.unit})` : q.question} type="number" inputMode="decimal" min={q.min ?? 0} max={q.max} {...form.register(name)} />;
}

/**
 * The safety screen (DOMAIN.md §1.6) in plain language. Follow-up questions appear only after a
 * "yes", because the escalation rules need them (e.g. weakness in both legs).
 */
export function RedFlagSection({ form, audience, runner }: { form: IntakeFormApi; audience: Audience; runner: boolean }) {
  const answers = useWatch({ control: form.control, name: "answers.redFlags" }) as Record<string, { answer?: string }> | undefined;
  const sectionError = errorAt(form, "answers.redFlags");
  return (
    <Section title={audience === "patient" ? "Safety questions" : "Red-flag screen"} id="red-flag-screen">
      <p className="text-slate-700">
        {audience === "patient"
          ? "These questions check for rare but serious problems. Please answer every one. If you have sudden numbness between your legs or new trouble controlling your bladder or bowels, go to an emergency department now."
          : "Patient-facing wording; answers derive the action per flag."}
      </p>
      {sectionError && <p role="alert" className="font-medium text-red-700">{sectionError}</p>}
      <ol className="space-y-6">
        {askedRedFlags(runner).map((flag, i) => {
          const base = `answers.redFlags.${flag.id}`;
          const yes = answers?.[flag.id]?.answer === "YES";
          return (
            <li key={flag.id} className="space-y-3 border-t border-slate-200 pt-4 first:border-0 first:pt-0">
              <RadioGroup
                legend={`${i + 1}. ${flag.patientQuestion}`}
                hint={audience === "staff" ? `${flag.id}: ${flag.suspected}` : undefined}
                name={`${base}.answer`}
                options={ANSWERS}
                error={errorAt(form, `${base}.answer`)}
                inputProps={() => form.register(`${base}.answer`)}
              />
              {yes && (
                <div className="space-y-3 border-l-4 border-amber-500 pl-4">
                  {flag.followUps.map((q) => <FollowUpInput key={q.key} form={form} base={base} q={q} />)}
                  <TextField label={audience === "patient" ? "Anything else about this? (optional)" : "Details"} {...form.register(`${base}.detail`)} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
