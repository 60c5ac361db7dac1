"use client";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { SEXES, SEX_LABELS } from "@/lib/validation/patients";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Form = { register: UseFormRegister<any>; errors: FieldErrors<any> };

/** The demographic fields shared by registration and editing. */
export function DemographicFields({ register, errors }: Form) {
  const e = (name: string) => (errors[name]?.message as string | undefined) ?? undefined;
  return (
    <div className="space-y-8">
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Identity</legend>
        <TextField label="Legal first name" required autoComplete="off" error={e("legalFirstName")} {...register("legalFirstName")} />
        <TextField label="Legal last name" required autoComplete="off" error={e("legalLastName")} {...register("legalLastName")} />
        <TextField label="Preferred name" error={e("preferredName")} {...register("preferredName")} />
        <TextField label="Date of birth" type="date" required error={e("dateOfBirth")} {...register("dateOfBirth")} />
        <SelectField label="Sex" required placeholder="Choose" options={SEXES.map((s) => ({ value: s, label: SEX_LABELS[s] }))} error={e("sex")} {...register("sex")} />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Contact</legend>
        <TextField label="Phone" type="tel" error={e("phone")} {...register("phone")} />
        <TextField label="Email" type="email" error={e("email")} {...register("email")} />
        <TextField label="Address" error={e("addressLine1")} {...register("addressLine1")} />
        <TextField label="Address line 2" error={e("addressLine2")} {...register("addressLine2")} />
        <TextField label="City" error={e("city")} {...register("city")} />
        <TextField label="State / region" error={e("region")} {...register("region")} />
        <TextField label="Postal code" error={e("postalCode")} {...register("postalCode")} />
        <TextField label="Referral source" hint="Who sent them: physician, running club, website…" error={e("referralSource")} {...register("referralSource")} />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">Emergency contact</legend>
        <TextField label="Emergency contact name" error={e("emergencyContactName")} {...register("emergencyContactName")} />
        <TextField label="Emergency contact phone" type="tel" error={e("emergencyContactPhone")} {...register("emergencyContactPhone")} />
        <TextField label="Relationship" error={e("emergencyContactRelation")} {...register("emergencyContactRelation")} />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Parent or guardian <span className="font-normal text-slate-700">(required under 18)</span></legend>
        <TextField label="Guardian's name" error={e("guardianName")} {...register("guardianName")} />
        <TextField label="Guardian's relationship" hint="e.g. mother, father, legal guardian" error={e("guardianRelation")} {...register("guardianRelation")} />
        <TextField label="Guardian's phone" type="tel" error={e("guardianPhone")} {...register("guardianPhone")} />
        <TextField label="Guardian's email" type="email" hint="The guardian receives the portal invitation" error={e("guardianEmail")} {...register("guardianEmail")} />
      </fieldset>
    </div>
  );
}
