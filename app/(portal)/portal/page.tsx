import type { Metadata } from "next";
import { getDb } from "@/db";
import { requirePermission } from "@/lib/auth/server";
import { listPortalPatients } from "@/lib/data/portal";
import { writeAudit } from "@/lib/audit";

export const metadata: Metadata = { title: "My care" };

export default async function PortalHome() {
  const caller = await requirePermission("portal.self");
  const people = await listPortalPatients(getDb(), caller);
  await writeAudit(getDb(), caller, { action: "portal.view", details: { view: "home" } });
  const self = people.find((p) => p.relationship === "self");
  const dependants = people.filter((p) => p.relationship === "guardian");
  return (
    <>
      <h1 className="text-2xl font-bold">Hello{self ? `, ${self.firstName}` : ""}</h1>
      <p className="mt-2 text-slate-700">This is your space at the clinic: your home exercises, questionnaires and appointments appear here as your clinician adds them.</p>
      {dependants.length > 0 && (
        <section aria-labelledby="family" className="mt-6">
          <h2 id="family" className="text-lg font-semibold">You also manage care for</h2>
          <ul className="mt-2 space-y-2">{dependants.map((d) => <li key={d.id} className="rounded-lg border border-slate-200 bg-white p-4">{d.firstName}</li>)}</ul>
        </section>
      )}
      <section aria-labelledby="next" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="next" className="text-lg font-semibold">Coming up</h2>
        <p className="mt-2">Nothing is scheduled for you yet. The clinic will add your appointments and exercises.</p>
      </section>
    </>
  );
}
