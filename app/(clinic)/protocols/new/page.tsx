import type { Metadata } from "next";
import { getDb } from "@/db";
import { ProtocolEditor } from "@/components/protocols/protocol-editor";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/server";
import { getProtocol } from "@/lib/data/protocols";

export const metadata: Metadata = { title: "New protocol" };

/** A blank protocol, or a clinic copy of another one (`?from=<protocol id>`). */
export default async function NewProtocolPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("protocol.manage");
  const from = (await searchParams).from;
  const source = typeof from === "string" ? await getProtocol(getDb(), from) : null;
  const initial = source ? { name: `${source.name} (clinic copy)`, description: source.description, steps: source.lines } : { name: "", description: "", steps: [] };
  return (
    <>
      <PageHeader title="New protocol" description={source ? `Starting from ${source.code} version ${source.version}.` : "Add steps; the first line of a step is its default, the others are alternatives."} />
      <ProtocolEditor heading={source ? "Clinic copy" : "Protocol"} initial={initial} />
    </>
  );
}
