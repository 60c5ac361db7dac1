import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { RegisterPatientForm } from "@/components/patients/register-patient-form";
import { requirePermission } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Register a patient" };

export default async function NewPatientPage() {
  await requirePermission("patient.demographics.write");
  return (
    <>
      <PageHeader title="Register a patient" description="Legal name, date of birth and sex are required; the rest can be added later." />
      <RegisterPatientForm />
    </>
  );
}
