"use client";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { DISCHARGE_REASON_LABELS } from "@/lib/validation/notes";
import type { FormValues } from "./note-form-values";

type Props = { register: UseFormRegister<FormValues>; errors: FieldErrors<FormValues> };

/** A: reasoning for a FLAG-level red flag, and the PT's evaluation complexity (97161–97163). */
export function AssessmentExtras({ register, errors, needsReasoning, needsComplexity }: Props & { needsReasoning: boolean; needsComplexity: boolean }) {
  return (
    <>
      {needsReasoning && (
        <TextAreaField label="Red-flag reasoning" rows={2} hint="A red flag is open: why treatment is appropriate, and what you ruled out."
          error={errors.redFlagReasoning?.message} {...register("redFlagReasoning")} />
      )}
      {needsComplexity && (
        <SelectField label="Evaluation complexity" placeholder="—" error={errors.evaluationComplexity?.message}
          options={[{ value: "LOW", label: "Low (97161)" }, { value: "MODERATE", label: "Moderate (97162)" }, { value: "HIGH", label: "High (97163)" }]} {...register("evaluationComplexity")} />
      )}
    </>
  );
}

/** P: the referral a raised red flag needs (DOMAIN.md §8.1 P row). */
export function ReferralFields({ register, errors, flags }: Props & { flags: string }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField label="Referred to" hint={`Open red flag: ${flags}`} error={errors.referralTo?.message} {...register("referralTo")} />
      <TextField label="Reason for referral" error={errors.referralReason?.message} {...register("referralReason")} />
    </div>
  );
}

/** The discharge summary's own elements (DOMAIN.md §5.4); dates, visit count and outcomes come from the chart. */
export function DischargeFields({ register, errors }: Props) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">Discharge</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Discharge reason" placeholder="—" error={errors.dischargeReason?.message}
          options={Object.entries(DISCHARGE_REASON_LABELS).map(([value, label]) => ({ value, label }))} {...register("dischargeReason")} />
        <SelectField label="Home-exercise program given" placeholder="—" error={errors.hepGiven?.message}
          options={[{ value: "yes", label: "Yes" }, { value: "no", label: "No" }]} {...register("hepGiven")} />
      </div>
      <TextAreaField label="Return to sport" rows={2} hint="e.g. cleared for 10 km on flat routes; speed work from week 2" error={errors.returnToSport?.message} {...register("returnToSport")} />
      <TextAreaField label="Recommendations" rows={2} error={errors.recommendations?.message} {...register("recommendations")} />
      <TextAreaField label="Follow-up or referral" rows={2} error={errors.followUp?.message} {...register("followUp")} />
    </fieldset>
  );
}
