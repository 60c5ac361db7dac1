import Link from "next/link";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import type { PatientListRow } from "@/lib/data/patients";

export type PatientTableRow = PatientListRow;

export function PatientTable({ rows, caption }: { rows: PatientTableRow[]; caption: string }) {
  return (
    <Table caption={caption} captionHidden>
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
  );
}
