import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { buttonClasses } from "@/components/ui/button";
import { PatientTable } from "@/components/patients/patient-table";
import { PatientSearchBox } from "@/components/patients/patient-search-box";
import { requirePermission } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { listPatients } from "@/lib/data/patients";
import { searchPatients } from "@/lib/data/patient-search";
import { pageParam, stringParam } from "@/lib/validation/paging";

export const metadata: Metadata = { title: "Patients" };

export default async function PatientsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const caller = await requirePermission("patient.search");
  const sp = await searchParams;
  const page = pageParam(sp.page);
  const q = stringParam(sp.q, 80) ?? "";
  const { rows, hasMore } = q ? await searchPatients(getDb(), caller, q, page) : await listPatients(getDb(), caller, page);
  return (
    <>
      <PageHeader
        title="Patients"
        actions={hasPermission(caller.roles, "patient.demographics.write") ? <Link href="/patients/new" className={buttonClasses("primary")}>Register a patient</Link> : undefined}
      />
      <PatientSearchBox initial={q} />
      <p className="mb-2 text-sm text-slate-700" aria-live="polite">
        {q ? (rows.length === 0 ? `No patients match “${q}”.` : `Patients matching “${q}”, best matches first.`) : "All patients, by last name."}
      </p>
      {rows.length > 0 && <PatientTable rows={rows} caption={q ? "Search results" : "Patients"} />}
      <Pagination page={page} hasMore={hasMore} basePath="/patients" params={{ q: q || undefined }} />
    </>
  );
}
