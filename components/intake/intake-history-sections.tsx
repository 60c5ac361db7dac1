"use client";
import { useFieldArray } from "react-hook-form";
import { Checkbox } from "@/components/ui/choice-group";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import * as O from "@/lib/domain/intake/options";
import { ChoiceField, errorAt, MultiField, NumberInput, TextInput, type Audience, type IntakeFormApi } from "./intake-inputs";
import { Section } from "./intake-sections";

type SectionProps = { form: IntakeFormApi; audience: Audience };
const a = (name: string) => `answers.${name}`;
const P = (audience: Audience, patient: string, staff: string) => (audience === "patient" ? patient : staff);

export function HistorySection({ form, audience }: SectionProps) {
  const meds = useFieldArray({ control: form.control, name: a("medicationsTried") });
  return (
    <Section title={P(audience, "History and daily life", "History and work")} id="history">
      <NumberInput form={form} name={a("priorEpisodesCount")} label={P(audience, "How many times have you had this before?", "Prior episodes")} />
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">{P(audience, "Medicines you have tried for it", "Medications tried")}</legend>
        {meds.fields.map((f, i) => (
          <div key={f.id} className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
            <TextField label={`Medicine ${i + 1}`} error={errorAt(form, a(`medicationsTried.${i}.name`))} {...form.register(a(`medicationsTried.${i}.name`))} />
            <SelectField label={`Effect of medicine ${i + 1}`} placeholder="Choose" options={O.TREATMENT_RESPONSES.map((o) => ({ value: o.value, label: o.label }))} error={errorAt(form, a(`medicationsTried.${i}.effect`))} {...form.register(a(`medicationsTried.${i}.effect`))} />
            <Button variant="ghost" onClick={() => meds.remove(i)}>Remove<span className="sr-only"> medicine {i + 1}</span></Button>
          </div>
        ))}
        {meds.fields.length < 10 && <Button variant="secondary" onClick={() => meds.append({ name: "", effect: "" })}>Add a medicine</Button>}
      </fieldset>
      <TextInput form={form} name={a("occupation")} label={P(audience, "Your job", "Occupation")} />
      <ChoiceField form={form} name={a("occupationCategory")} legend={P(audience, "How physical is your work?", "Occupation category")} options={O.OCCUPATION_CATEGORIES} audience={audience} />
      <div className="grid gap-4 sm:grid-cols-3">
        <NumberInput form={form} name={a("sittingHoursPerDay")} label="Sitting" unit="hours a day" step="0.5" />
        <NumberInput form={form} name={a("standingHoursPerDay")} label="Standing" unit="hours a day" step="0.5" />
        <NumberInput form={form} name={a("drivingHoursPerDay")} label="Driving" unit="hours a day" step="0.5" />
      </div>
      <MultiField form={form} name={a("habits")} legend={P(audience, "Do any of these apply to you?", "Habits")} options={O.HABITS} audience={audience} />
    </Section>
  );
}

export function SportSection({ form, audience, runner }: SectionProps & { runner: boolean }) {
  return (
    <Section title={P(audience, "Sport and training", "Training load")} id="sport">
      <MultiField form={form} name={a("sports")} legend={P(audience, "Which sports do you do?", "Sports")} options={O.SPORTS} audience={audience} />
      {runner && (
        <div className="space-y-5">
          <div className="grid gap-4 sm:grid-cols-2">
            <NumberInput form={form} name={a("weeklyKmCurrent")} label={P(audience, "Running distance per week now", "Weekly km (current)")} unit="km" step="0.5" />
            <NumberInput form={form} name={a("weeklyKm4wkAgo")} label={P(audience, "Running distance per week 4 weeks ago", "Weekly km (4 weeks ago)")} unit="km" step="0.5" />
            <NumberInput form={form} name={a("runsPerWeek")} label={P(audience, "Runs per week", "Runs per week")} />
            <NumberInput form={form} name={a("longestRunKm")} label={P(audience, "Longest run", "Longest run")} unit="km" step="0.5" />
          </div>
          <ChoiceField form={form} name={a("surfacePrimary")} legend={P(audience, "Where do you mostly run?", "Primary surface")} options={O.SURFACES} audience={audience} />
          <ChoiceField form={form} name={a("hillRunning")} legend={P(audience, "How much hill running?", "Hills")} options={O.HILLS} audience={audience} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextInput form={form} name={a("shoeModel")} label={P(audience, "Your running shoes (model)", "Shoe model")} />
            <NumberInput form={form} name={a("shoeKm")} label={P(audience, "Distance on those shoes", "Shoe km")} unit="km" />
          </div>
          <ChoiceField form={form} name={a("shoeType")} legend={P(audience, "Type of shoe", "Shoe type")} options={O.SHOE_TYPES} audience={audience} />
          <Checkbox label={P(audience, "I changed shoes recently", "Recent shoe change")} {...form.register(a("shoeChangedRecently"))} />
          <Checkbox label={P(audience, "I have had a stress fracture (bone stress injury) before", "Prior bone stress injury")} {...form.register(a("priorBoneStressInjury"))} />
        </div>
      )}
      <TextInput form={form} name={a("crossTraining")} label={P(audience, "Other training (cycling, gym…) and hours per week", "Cross-training")} />
      <Checkbox label={P(audience, "My bike fit or saddle height changed recently", "Bike fit / saddle changed")} {...form.register(a("bikeFitChanged"))} />
    </Section>
  );
}
