import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { ActionButton } from "@/components/forms/action-button";
import { lineTitle, paramSummary } from "@/components/treatment/line-summary";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/server";
import { retireProtocol } from "@/lib/actions/protocols";
import { getProtocol } from "@/lib/data/protocols";
import { getClinicSettings } from "@/lib/data/settings";
import { findProtocol } from "@/lib/domain/treatment/protocols";
import { formatInZone } from "@/lib/time";

export const metadata: Metadata = { title: "Protocol" };

export default async function ProtocolPage({ params }: { params: Promise<{ protocolId: string }> }) {
  await requirePermission("protocol.manage");
  const { protocolId } = await params;
  const [p, settings] = await Promise.all([getProtocol(getDb(), protocolId), getClinicSettings(getDb())]);
  if (!p) notFound();
  const reference = p.source === "reference" ? findProtocol(p.code) : undefined;
  const current = p.status === "active";
  return (
    <>
      <PageHeader title={`${p.code} — ${p.name}`} description={`Version ${p.version}${current ? "" : " (retired)"} · ${p.source === "reference" ? "reference protocol (DOMAIN.md §4.4)" : `clinic protocol${p.createdByName ? ` by ${p.createdByName}` : ""}`}`}
        actions={
          <div className="flex flex-wrap gap-2">
            {p.source === "clinic" && current && <Link href={`/protocols/${p.id}/edit`} className={buttonClasses("primary")}>Edit (new version)</Link>}
            <Link href={`/protocols/new?from=${p.id}`} className={buttonClasses("secondary")}>Make a clinic copy</Link>
            {p.source === "clinic" && current && <ActionButton action={retireProtocol} input={{ protocolId: p.id }} label="Retire" done="Protocol retired." variant="danger" />}
          </div>
        } />
      {p.description && <p className="max-w-3xl">{p.description}</p>}
      <h2 className="mt-6 text-lg font-semibold">Steps</h2>
      <ol className="mt-2 max-w-3xl list-decimal space-y-3 pl-6">
        {p.lines.map((step, i) => (
          <li key={i}>
            {step.when && <p className="text-sm font-medium text-slate-800">When: {step.when}</p>}
            <ul className="space-y-1">
              {step.choices.map((c, k) => (
                <li key={k}>
                  <span className="font-medium">{step.choices.length > 1 ? (k === 0 ? "Default: " : "Or: ") : ""}{lineTitle(c)}</span>
                  {c.note && <span> ({c.note})</span>}
                  <span className="block text-sm text-slate-700">{paramSummary(c) || "No parameters"}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {reference && (
        <dl className="mt-6 grid max-w-3xl gap-2">
          <div><dt className="font-semibold">Frequency</dt><dd>{reference.frequency}</dd></div>
          <div><dt className="font-semibold">Exit criteria</dt><dd>{reference.exitCriteria.join("; ")}</dd></div>
          {reference.excludeFirst.length > 0 && <div><dt className="font-semibold">Exclude first</dt><dd>{reference.excludeFirst.join("; ")}</dd></div>}
        </dl>
      )}
      <h2 className="mt-6 text-lg font-semibold">Versions</h2>
      <ul className="mt-2 space-y-1">
        {p.versions.map((v) => (
          <li key={v.id}>
            {v.id === p.id ? <span className="font-medium">Version {v.version} (this page)</span> : <Link href={`/protocols/${v.id}`} className="text-teal-800 underline">Version {v.version}</Link>}
            {` · ${v.status === "active" ? "in use" : "retired"} · ${formatInZone(new Date(v.createdAt), settings.timeZone)}${v.createdByName ? ` by ${v.createdByName}` : ""}`}
          </li>
        ))}
      </ul>
    </>
  );
}
