import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { LogExercise } from "@/components/hep/log-exercise";
import { PortalExerciseCard } from "@/components/hep/portal-exercise-card";
import { writeAudit } from "@/lib/audit";
import { requirePermission } from "@/lib/auth/server";
import { getMyPrograms } from "@/lib/data/hep";
import { now } from "@/lib/time";

export const metadata: Metadata = { title: "Today's exercises" };

/** Today's exercises in order, each with picture, dosing, steps and a "done" button (phone first). */
export default async function PortalExercises() {
  const caller = await requirePermission("portal.self");
  const db = getDb();
  const { today, programs } = await getMyPrograms(db, caller, now());
  await writeAudit(db, caller, { action: "portal.view", details: { view: "exercises" } });
  return (
    <>
      <h1 className="text-2xl font-bold">Today&apos;s exercises</h1>
      {programs.length === 0 && <p className="mt-3">Your clinician has not given you home exercises yet. They will appear here.</p>}
      {programs.map((p) => (
        <section key={p.program.id} aria-labelledby={`p-${p.program.id}`} className="mt-6 space-y-4">
          <h2 id={`p-${p.program.id}`} className="text-xl font-semibold">{programs.length > 1 ? `${p.firstName}: ` : ""}{p.program.title}</h2>
          <div className="rounded-lg border-2 border-teal-700 bg-white p-4">
            <p className="text-lg font-semibold">This week: {p.week.done} of {p.week.planned} sessions done{p.week.percent !== null ? ` (${p.week.percent} %)` : ""}</p>
            <p className="text-sm text-slate-700">Mild discomfort up to 3/10 that settles within a few hours is fine. Tell us if pain is sharp, spreads into the leg or is worse the next morning.</p>
          </div>
          <p><Link href="/portal/exercises/handout" className="inline-flex min-h-11 items-center font-semibold text-teal-800 underline">Printable handout of all exercises</Link></p>
          <ol className="space-y-4">
            {p.current.items.map((item, i) => (
              <li key={item.id}>
                <PortalExerciseCard item={item} index={i + 1}>
                  <LogExercise account={caller.userId} itemId={item.id} name={item.exercise.name} today={today} timesPerDay={item.timesPerDay}
                    doneToday={p.todayLogs.filter((l) => l.itemId === item.id).length} />
                </PortalExerciseCard>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
