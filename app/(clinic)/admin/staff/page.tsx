import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClasses } from "@/components/ui/button";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/server";
import { listStaff } from "@/lib/data/staff";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  await requirePermission("staff.manage");
  const staff = await listStaff(getDb());
  return (
    <>
      <PageHeader title="Staff" actions={<Link href="/admin/staff/new" className={buttonClasses("primary")}>Add staff member</Link>} />
      <Table caption="Staff accounts">
        <THead><Tr><Th>Name</Th><Th>Email</Th><Th>Roles</Th><Th>Discipline</Th><Th>Supervisor</Th><Th>Status</Th></Tr></THead>
        <TBody>
          {staff.map((s) => (
            <Tr key={s.id}>
              <Td><Link href={`/admin/staff/${s.id}`} className="font-medium text-teal-800 underline">{s.displayName}</Link>{s.credentials ? `, ${s.credentials}` : ""}</Td>
              <Td>{s.email}</Td>
              <Td>{s.roles.map((r) => r.replace("_", " ")).join(", ")}</Td>
              <Td>{s.discipline ?? "—"}</Td>
              <Td>{s.supervisorName ?? "—"}</Td>
              <Td>{!s.active ? "Deactivated" : s.invited ? "Invited" : "Active"}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </>
  );
}
