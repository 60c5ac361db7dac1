import type { Metadata } from "next";
import { getDb } from "@/db";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { AuditFilterForm } from "@/components/admin/audit-filter-form";
import { requirePermission } from "@/lib/auth/server";
import { listAuditActions, listAuditEvents } from "@/lib/data/audit";
import { listStaffAndPortalUsers } from "@/lib/data/users";
import { dateParam, pageParam, stringParam } from "@/lib/validation/paging";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("audit.read");
  const sp = await searchParams;
  const filter = {
    userId: stringParam(sp.user, 36), patientId: stringParam(sp.patient, 36), action: stringParam(sp.action, 80),
    from: dateParam(sp.from), to: dateParam(sp.to),
  };
  const page = pageParam(sp.page);
  const db = getDb();
  const [{ rows, hasMore }, actions, users] = await Promise.all([listAuditEvents(db, { ...filter, page }), listAuditActions(db), listStaffAndPortalUsers(db)]);
  return (
    <>
      <PageHeader title="Audit log" description="Every sign-in, chart view and change, newest first. Entries cannot be edited or deleted." />
      <AuditFilterForm values={filter} actions={actions} users={users} />
      <Table caption="Audit events">
        <THead><Tr><Th>When (UTC)</Th><Th>Who</Th><Th>Action</Th><Th>Outcome</Th><Th>Patient</Th><Th>Record</Th><Th>Details</Th></Tr></THead>
        <TBody>
          {rows.map((r) => (
            <Tr key={r.id}>
              <Td className="whitespace-nowrap">{new Date(r.at).toISOString().replace("T", " ").slice(0, 19)}</Td>
              <Td>{r.actorName ?? (r.actorUserId ? r.actorUserId.slice(0, 8) : "anonymous")}</Td>
              <Td><code>{r.action}</code></Td>
              <Td>{r.outcome}</Td>
              <Td>{r.patientName ?? (r.patientId ? r.patientId.slice(0, 8) : "—")}</Td>
              <Td>{r.entityType ? `${r.entityType} ${r.entityId?.slice(0, 8) ?? ""}` : "—"}</Td>
              <Td><code className="text-xs break-all">{r.details ? JSON.stringify(r.details) : ""}</code></Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {rows.length === 0 && <p className="mt-4">No events match these filters.</p>}
      <Pagination page={page} hasMore={hasMore} basePath="/admin/audit" params={{ user: filter.userId, patient: filter.patientId, action: filter.action, from: filter.from, to: filter.to }} />
    </>
  );
}
