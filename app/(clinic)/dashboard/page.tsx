import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { getDashboardCounts } from "@/lib/data/dashboard";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const caller = await requirePermission("clinic.dashboard");
  const counts = await getDashboardCounts(getDb());
  const cards = [
    { label: "Active patients", value: counts.activePatients, href: "/patients" },
    { label: "Patients using the portal", value: counts.portalAccounts, href: "/patients" },
    { label: "Active staff", value: counts.activeStaff, href: hasPermission(caller.roles, "staff.manage") ? "/admin/staff" : null },
    { label: "Messages waiting in the outbox", value: counts.heldMessages, href: hasPermission(caller.roles, "outbox.read") ? "/admin/outbox" : null },
  ];
  return (
    <>
      <PageHeader title={`Welcome, ${caller.displayName}`} description="Today at a glance." />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {cards.map((c) => (
          <li key={c.label} className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="text-sm text-slate-700">{c.label}</p>
            <p className="mt-1 text-3xl font-bold">{c.value}</p>
            {c.href && <Link href={c.href} className="mt-2 inline-block text-sm font-medium text-teal-800 underline">Open<span className="sr-only"> {c.label.toLowerCase()}</span></Link>}
          </li>
        ))}
      </ul>
    </>
  );
}
