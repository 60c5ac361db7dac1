import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { getDashboardCounts, listIntakesToReview } from "@/lib/data/dashboard";
import { listStaleDrafts } from "@/lib/data/notes";
import { listNeedsNudge } from "@/lib/data/hep";
import { now } from "@/lib/time";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const caller = await requirePermission("clinic.dashboard");
  const clinical = hasPermission(caller.roles, "chart.clinical.read");
  const [counts, toReview, staleDrafts, nudges] = await Promise.all([
    getDashboardCounts(getDb()),
    clinical ? listIntakesToReview(getDb()) : Promise.resolve([]),
    clinical ? listStaleDrafts(getDb(), caller, now()) : Promise.resolve([]),
    clinical ? listNeedsNudge(getDb(), now()) : Promise.resolve([]),
  ]);
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
      {clinical && staleDrafts.length > 0 && (
        <section aria-labelledby="unsigned" className="mt-8 rounded-lg border border-amber-600 bg-amber-50 p-4">
          <h2 id="unsigned" className="text-xl font-semibold">Your notes unsigned for more than 24 hours</h2>
          <ul className="mt-2 space-y-1">
            {staleDrafts.map((d) => (
              <li key={d.noteId}><Link href={`/patients/${d.patientId}/visits/${d.visitId}`} className="font-medium text-teal-800 underline">{d.patientName}</Link>, visit of {new Date(d.startsAt).toISOString().slice(0, 10)}</li>
            ))}
          </ul>
        </section>
      )}
      {clinical && (
        <section aria-labelledby="nudge" className="mt-8">
          <h2 id="nudge" className="text-xl font-semibold">Needs a nudge: no home exercises logged for 5 days</h2>
          {nudges.length === 0 ? <p className="mt-2">Everyone with an active program has logged in the last 5 days.</p> : (
            <ul className="mt-2 space-y-2">
              {nudges.map((n) => (
                <li key={n.patientId + n.programTitle}>
                  <Link href={`/patients/${n.patientId}/exercises`} className="font-medium text-teal-800 underline">{n.patientName}</Link>
                  {" "}— {n.programTitle}: {n.lastLog ? `last logged ${n.lastLog}` : `nothing logged since it was assigned on ${n.assignedOn}`}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {clinical && (
        <section aria-labelledby="to-review" className="mt-8">
          <h2 id="to-review" className="text-xl font-semibold">Intakes to review</h2>
          {toReview.length === 0 ? <p className="mt-2">Nothing waiting.</p> : (
            <ul className="mt-2 space-y-2">
              {toReview.map((i) => (
                <li key={i.intakeId}>
                  <Link href={`/patients/${i.patientId}/intake/${i.intakeId}`} className="font-medium text-teal-800 underline">{i.patientName}</Link>
                  {" "}— {i.episodeTitle}, sent {new Date(i.submittedAt).toISOString().slice(0, 16).replace("T", " ")} UTC
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
