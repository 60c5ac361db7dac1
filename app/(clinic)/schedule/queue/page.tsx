import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { ActionButton } from "@/components/forms/action-button";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, TBody, THead, Tr } from "@/components/ui/table";
import { pageParam } from "@/lib/validation/paging";
import { requirePermission } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { logQueueContact } from "@/lib/actions/work-queue";
import { QUEUE_LABELS } from "@/lib/domain/care-plans/queue";
import { getClinicSettings } from "@/lib/data/settings";
import { getWorkQueue, type WorkQueueRow } from "@/lib/data/work-queue";
import { formatInZone, now } from "@/lib/time";

export const metadata: Metadata = { title: "Work queue" };

const cell = "px-3 py-2 align-top";
const QUEUE_PAGE_SIZE = 100;

function Resolve({ row, canWrite }: { row: WorkQueueRow; canWrite: boolean }) {
  const book = `/patients/${row.patientId}/care-plan/book?${new URLSearchParams({ ...(row.episodeId ? { episodeId: row.episodeId } : {}) })}`;
  if (!canWrite) return <Link className="underline" href={`/patients/${row.patientId}/care-plan`}>Open the plan</Link>;
  switch (row.kind) {
    case "book_plan":
      return <Link className={buttonClasses("primary")} href={book}>Book the plan<span className="sr-only"> for {row.patientName}</span></Link>;
    case "reexam_due":
      return <Link className={buttonClasses("primary")} href={`${book}&mode=one&kind=reexam`}>Book re-exam<span className="sr-only"> for {row.patientName}</span></Link>;
    case "no_show":
      return (
        <div className="flex flex-wrap gap-2">
          <Link className={buttonClasses("primary")} href={`${book}&mode=one`}>Rebook<span className="sr-only"> {row.patientName}</span></Link>
          <ActionButton action={logQueueContact} input={{ patientId: row.patientId, episodeId: row.episodeId ?? undefined, kind: "no_show" as const }} label={`Log contact with ${row.patientName}`} done="Contact logged." />
        </div>
      );
    case "dropped_off":
      return <ActionButton action={logQueueContact} input={{ patientId: row.patientId, episodeId: row.episodeId ?? undefined, kind: "dropped_off" as const }} label={`Log contact with ${row.patientName}`} done="Contact logged: the row comes back if they stay away." />;
  }
}

/** The front desk's work queue: each row is something to schedule, with the action that resolves it. */
export default async function WorkQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const caller = await requirePermission("schedule.read");
  const page = pageParam((await searchParams).page);
  const db = getDb();
  const [all, settings] = await Promise.all([getWorkQueue(db, caller, { now: now() }), getClinicSettings(db)]);
  // a large clinic's queue runs to thousands of rows: most urgent first, a page at a time
  const rows = all.slice((page - 1) * QUEUE_PAGE_SIZE, page * QUEUE_PAGE_SIZE);
  const canWrite = hasPermission(caller.roles, "schedule.write");
  return (
    <>
      <PageHeader title="Work queue" description={`Plans with visits to book, re-exams due, no-shows to rebook, and patients with no visit for ${settings.dropOffDays} days.`} actions={<Link className={buttonClasses("secondary")} href="/schedule/waitlist">Waitlist</Link>} />
      {all.length === 0 ? <p>Nothing to schedule right now.</p> : rows.length === 0 ? <p>No more rows: go back a page.</p> : (
        <Table caption="Needs scheduling">
          <THead>
            <tr>
              <th scope="col" className={cell}>Patient</th>
              <th scope="col" className={cell}>Why</th>
              <th scope="col" className={cell}>Contact</th>
              <th scope="col" className={cell}>Action</th>
            </tr>
          </THead>
          <TBody>
            {rows.map((r) => (
              <Tr key={`${r.kind}-${r.patientId}-${r.appointmentId ?? r.episodeId}`}>
                <td className={cell}><Link className="font-medium underline" href={`/patients/${r.patientId}/care-plan`}>{r.patientName}</Link><br /><span className="text-sm text-slate-700">{r.mrn}</span></td>
                <td className={cell}><span className="font-semibold">{QUEUE_LABELS[r.kind]}</span><br />{r.detail}{r.kind === "no_show" ? ` (${formatInZone(r.since, settings.timeZone)})` : ""}</td>
                <td className={cell}>{r.phone ?? "—"}{r.email ? <><br />{r.email}</> : null}</td>
                <td className={cell}><Resolve row={r} canWrite={canWrite} /></td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <Pagination page={page} hasMore={all.length > page * QUEUE_PAGE_SIZE} basePath="/schedule/queue" />
    </>
  );
}
