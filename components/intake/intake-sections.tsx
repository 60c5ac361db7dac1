"use client";
import { Controller } from "react-hook-form";
import { Checkbox } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/field";
import * as O from "@/lib/domain/intake/options";
import { PainMap } from "./pain-map";
import { ChoiceField, errorAt, MultiField, NumberInput, PainScale, TextInput, type Audience, type IntakeFormApi } from "./intake-inputs";

type SectionProps = { form: IntakeFormApi; audience: Audience };
const a = (name: string) => `answers.${name}`;
const P = (audience: Audience, patient: string, staff: string) => (audience === "patient" ? patient : staff);

export function Section({ title, children, id }: { title: string; children: React.ReactNode; id?: string }) {
  return (
    <section aria-labelledby={`${id ?? title}-h`} id={id} className="space-y-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id={`${id ?? title}-h`} className="text-xl font-semibold">{title}</h2>
      {children}
    </section>
  );
}

export function ProblemSection({ form, audience }: SectionProps) {
  return (
    <Section title={P(audience, "Your problem", "Complaint and onset")} id="problem">
      <TextInput form={form} name={a("chiefComplaint")} multiline label={P(audience, "In your own words, what is the problem?", "Chief complaint (patient's words)")} hint={P(audience, "For example: pain deep in my right buttock when I run more than 5 km", "")} />
      <TextField label={P(audience, "When did it start?", "Onset date")} type="date" hint={P(audience, "An estimate is fine", "")} error={errorAt(form, a("onsetDate"))} {...form.register(a("onsetDate"))} />
      <Checkbox label={P(audience, "The date is approximate", "Approximate date")} {...form.register(a("onsetApproximate"))} />
      <ChoiceField form={form} name={a("onsetMode")} legend={P(audience, "How did it start?", "Onset mode")} options={O.ONSET_MODES} audience={audience} />
      <MultiField form={form} name={a("mechanism")} legend={P(audience, "What might have caused it?", "Mechanism")} options={O.MECHANISMS} audience={audience} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{P(audience, "Is it related to…", "Claim type")}</legend>
        <Checkbox label={P(audience, "an injury at work", "Work-related")} {...form.register(a("workRelated"))} />
        <Checkbox label={P(audience, "a car or traffic accident", "Auto-related")} {...form.register(a("autoRelated"))} />
      </fieldset>
    </Section>
  );
}

export function WhereSection({ form, audience }: SectionProps) {
  return (
    <Section title={P(audience, "Where it hurts", "Pain location")} id="where">
      <Controller
        control={form.control}
        name={a("painLocations")}
        render={({ field }) => (
          <PainMap value={field.value ?? []} onChange={(next) => field.onChange(next)} audience={audience}
            legend={P(audience, "Tap every place you feel it", "Pain map")} error={errorAt(form, a("painLocations"))} />
        )}
      />
      <ChoiceField form={form} name={a("radiation")} legend={P(audience, "Does the pain spread?", "Radiation")} options={O.RADIATION} audience={audience} />
    </Section>
  );
}

export function PainSection({ form, audience }: SectionProps) {
  return (
    <Section title={P(audience, "How much it hurts", "Pain intensity and behaviour")} id="pain">
      <PainScale form={form} name={a("nprsNow")} legend={P(audience, "Your pain right now", "NPRS now")} />
      <PainScale form={form} name={a("nprsBest")} legend={P(audience, "Your least pain in the last 24 hours", "NPRS best (24 h)")} />
      <PainScale form={form} name={a("nprsWorst")} legend={P(audience, "Your worst pain in the last 24 hours", "NPRS worst (24 h)")} />
      <MultiField form={form} name={a("painQuality")} legend={P(audience, "What does it feel like?", "Pain quality")} options={O.PAIN_QUALITIES} audience={audience} />
      <ChoiceField form={form} name={a("frequency")} legend={P(audience, "How often do you feel it?", "Frequency")} options={O.FREQUENCIES} audience={audience} />
      <ChoiceField form={form} name={a("pattern24h")} legend={P(audience, "When is it worst?", "24-hour pattern")} options={O.PATTERNS_24H} audience={audience} />
      <NumberInput form={form} name={a("morningStiffnessMin")} label={P(audience, "Morning stiffness", "Morning stiffness")} unit="minutes" />
      <ChoiceField form={form} name={a("nightPainType")} legend={P(audience, "Does it wake you at night?", "Night pain")} options={O.NIGHT_PAIN} audience={audience} />
      <MultiField form={form} name={a("aggravating")} legend={P(audience, "What makes it worse?", "Aggravating")} options={O.AGGRAVATING} audience={audience} />
      <MultiField form={form} name={a("easing")} legend={P(audience, "What makes it better?", "Easing")} options={O.EASING} audience={audience} />
      <TextInput form={form} name={a("functionLimits")} multiline label={P(audience, "What can't you do, or do less, because of it?", "Functional limitations")} />
      <TextInput form={form} name={a("goals")} multiline label={P(audience, "What would you like to get back to?", "Patient goals")} hint={P(audience, "For example: run my half marathon on 12 April", "")} />
    </Section>
  );
}
