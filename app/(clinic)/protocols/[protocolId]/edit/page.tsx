import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { ProtocolEditor } from "@/components/protocols/protocol-editor";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { requirePermission } from "@/lib/auth/server";
import { getProtocol } from "@/lib/data/protocols";

export const metadata: Metadata = { title: "Edit protocol" };

export default async function EditProtocolPage({ params }: { params: Promise<{ protocolId: string }> }) {
  await requirePermission("protocol.manage");
  const p = await getProtocol(getDb(), (await params).protocolId);
  if (!p) notFound();
  const editable = p.source === "clinic" && p.status === "active";
  return (
    <>
      <PageHeader title={`Edit ${p.code}`} description={`Saving makes version ${p.version + 1}; visits that used version ${p.version} keep it.`} />
      {editable
        ? <ProtocolEditor protocolId={p.id} heading={p.name} initial={{ name: p.name, description: p.description, steps: p.lines }} />
        : <Alert tone="error">Only the current version of a clinic protocol can be edited. Make a clinic copy of this one instead.</Alert>}
    </>
  );
}
