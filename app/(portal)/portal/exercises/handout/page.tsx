import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { PortalExerciseCard } from "@/components/hep/portal-exercise-card";
import { PrintButton } from "@/components/hep/print-button";
import { writeAudit } from "@/lib/audit";
import { requirePermission } from "@/lib/auth/server";
import { getMyPrograms } from "@/lib/data/hep";
import { getClinicSettings } from "@/lib/data/settings";
import { now } from "@/lib/time";

export const metadata: Metadata = { title: "Exercise handout" };

/** The whole program on paper: prints on A4 and Letter (margins in globals.css), one exercise never split across pages. */
export default async function Handout() {
  const caller = await requirePermission("portal.self");
  const db = getDb();
  const [{ today, programs }, settings] = await Promise.all([getMyPrograms(db, caller, now()), getClinicSettings(db)]);
  await writeAudit(db, caller, { action: "portal.view", details: { view: "exercise_handout" } });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <PrintButton />
        <Link href="/portal/exercises" className="inline-flex min-h-11 items-center font-semibold text-teal-800 underline">Back to today&apos;s exercises</Link>
      </div>
      {programs.length === 0 && <p>You have no home exercises yet.</p>}
      {programs.map((p) => (
        <section key={p.program.id} aria-labelledby={`h-${p.program.id}`} className="space-y-4">
          <header>
            <h1 id={`h-${p.program.id}`} className="text-2xl font-bold">{p.program.title}</h1>
            <p>For {p.firstName} · from {settings.name} · version {p.current.version}, given {p.current.assignedOn} · printed {today}</p>
          </header>
          {p.current.items.map((item, i) => <PortalExerciseCard key={item.id} item={item} index={i + 1} />)}
          <p className="text-sm">Questions or pain that worries you? Call the clinic before your next visit.</p>
        </section>
      ))}
    </div>
  );
}
