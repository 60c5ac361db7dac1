import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { buttonClasses } from "@/components/ui/button";
import { requirePermission } from "@/lib/auth/server";
import { listProtocols } from "@/lib/data/protocols";

export const metadata: Metadata = { title: "Protocols" };

export default async function ProtocolsPage() {
  await requirePermission("protocol.manage");
  const rows = await listProtocols(getDb());
  return (
    <>
      <PageHeader title="Treatment protocols" description="The six reference protocols and the clinic's own. Editing saves a new version; visits keep the version they used."
        actions={<Link href="/protocols/new" className={buttonClasses("primary")}>New protocol</Link>} />
      <Table caption="Protocols, current version of each">
        <THead><Tr><Th>Code</Th><Th>Name</Th><Th>Source</Th><Th>Version</Th><Th>Steps</Th><Th>Status</Th></Tr></THead>
        <TBody>
          {rows.map((p) => (
            <Tr key={p.id}>
              <Td className="whitespace-nowrap">{p.code}</Td>
              <Td><Link href={`/protocols/${p.id}`} className="font-medium text-teal-800 underline">{p.name}</Link></Td>
              <Td>{p.source === "reference" ? "Reference" : `Clinic${p.createdByName ? ` (${p.createdByName})` : ""}`}</Td>
              <Td>{p.version}</Td>
              <Td>{p.steps}</Td>
              <Td>{p.status === "active" ? "In use" : "Retired"}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </>
  );
}
