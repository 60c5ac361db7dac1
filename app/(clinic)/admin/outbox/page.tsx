import type { Metadata } from "next";
import { getDb } from "@/db";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/server";
import { listOutbox } from "@/lib/data/outbox";
import { pageParam } from "@/lib/validation/paging";

export const metadata: Metadata = { title: "Outbox" };

const STATUS: Record<string, string> = {
  pending: "Waiting to send",
  sent: "Sent",
  failed: "Failed (will retry)",
  held: "Not sent: no mail server configured",
};

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("outbox.read");
  const page = pageParam((await searchParams).page);
  const { rows, hasMore } = await listOutbox(getDb(), page);
  return (
    <>
      <PageHeader title="Outbox" description="Every message the clinic sends. Without SMTP_URL nothing leaves the building: copy links from here." />
      <Table caption="Outgoing messages, newest first">
        <THead><Tr><Th>Created (UTC)</Th><Th>To</Th><Th>Subject</Th><Th>Status</Th><Th>Message</Th></Tr></THead>
        <TBody>
          {rows.map((m) => (
            <Tr key={m.id}>
              <Td className="whitespace-nowrap">{m.createdAt.toISOString().replace("T", " ").slice(0, 16)}</Td>
              <Td>{m.toAddress}</Td>
              <Td>{m.subject}</Td>
              <Td>{STATUS[m.status] ?? m.status}{m.sentAt ? ` ${m.sentAt.toISOString().slice(0, 16)}` : ""}</Td>
              <Td>
                <details>
                  <summary className="cursor-pointer text-teal-800 underline">Show<span className="sr-only"> message to {m.toAddress}</span></summary>
                  <pre className="mt-2 max-w-md text-xs whitespace-pre-wrap break-all">{m.bodyText}</pre>
                </details>
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {rows.length === 0 && <p className="mt-4">No messages yet.</p>}
      <Pagination page={page} hasMore={hasMore} basePath="/admin/outbox" />
    </>
  );
}
