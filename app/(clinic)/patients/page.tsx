import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/server";
import { listPatients } from "@/lib/data/patients";
import { pageParam } from "@/lib/validation/paging";

export const metadata: Metadata = { title: "Patients" };

export default async function PatientsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const caller = await requirePermission("patient.search");
  const page = pageParam((await searchParams).page);
  const { rows, hasMore } = await listPatients(getDb(), caller, page);
  return (
    <>
      <PageHeader title="Patients" />
      {rows.length === 0 ? (
        <p>No patients yet.</p>
      ) : (
        <Table caption="Patients, by last name">
          <THead><Tr><Th>Name</Th><Th>Record number</Th><Th>Date of birth</Th><Th>Phone</Th><Th>Portal</Th></Tr></THead>
          <TBody>
            {rows.map((p) => (
              <Tr key={p.id}>
                <Td><Link href={`/patients/${p.id}`} className="font-medium text-teal-800 underline">{p.name}</Link>{p.preferredName ? ` (${p.preferredName})` : ""}</Td>
                <Td>{p.mrn}</Td>
                <Td>{p.dateOfBirth}</Td>
                <Td>{p.phone ?? "—"}</Td>
                <Td>{p.portalAccess ? "Yes" : "No"}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <Pagination page={page} hasMore={hasMore} basePath="/patients" />
    </>
  );
}
