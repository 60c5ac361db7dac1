import type { Metadata } from "next";
import { getDb } from "@/db";
import { ScopeOverrideForm } from "@/components/admin/scope-override-form";
import { ActionButton } from "@/components/forms/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/server";
import { removeScopeOverride } from "@/lib/actions/settings";
import { getClinicSettings } from "@/lib/data/settings";
import { findComponent } from "@/lib/domain/treatment/components/catalogue";
import { DISCIPLINE_LABELS, type Discipline } from "@/lib/domain/treatment/types";
import { SCOPE_STATUS_LABELS } from "@/lib/validation/scope";

export const metadata: Metadata = { title: "Scope of practice" };

/** Jurisdiction rules that replace cells of the default scope matrix (DOMAIN.md §4.0, "varies by state"). */
export default async function ScopeSettingsPage() {
  await requirePermission("settings.manage");
  const settings = await getClinicSettings(getDb());
  const rules = Object.entries(settings.scopeOverrides).flatMap(([code, byDiscipline]) =>
    Object.entries(byDiscipline ?? {}).map(([discipline, cell]) => ({ code, discipline: discipline as Discipline, ...cell! })));
  return (
    <>
      <PageHeader title="Scope of practice" description="The default follows DOMAIN.md §4.0. Where your state differs, add a rule: it applies when lines are added and again at signing. Certifications (ART, IASTM, dry needling) are set on each staff member." />
      {rules.length === 0 ? <p className="mb-6">No clinic rules: the default scope matrix applies.</p> : (
        <Table caption="Clinic scope rules">
          <THead><Tr><Th>Component</Th><Th>Discipline</Th><Th>Here</Th><Th>Rule or source</Th><Th>Remove</Th></Tr></THead>
          <TBody>
            {rules.map((r) => (
              <Tr key={`${r.code}-${r.discipline}`}>
                <Td>{findComponent(r.code)?.label ?? r.code}</Td>
                <Td>{DISCIPLINE_LABELS[r.discipline] ?? r.discipline}</Td>
                <Td>{SCOPE_STATUS_LABELS[r.status]}</Td>
                <Td>{r.text}</Td>
                <Td><ActionButton action={removeScopeOverride} input={{ componentCode: r.code as never, discipline: r.discipline }} label={`Remove the rule for ${findComponent(r.code)?.label ?? r.code}, ${r.discipline}`} done="Rule removed." variant="danger" /></Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <h2 className="mt-8 mb-3 text-lg font-semibold">Add or replace a rule</h2>
      <ScopeOverrideForm />
    </>
  );
}
