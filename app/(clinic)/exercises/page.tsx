import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { ExercisePicture } from "@/components/hep/exercise-picture";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { listLibrary } from "@/lib/data/hep";
import { CATEGORY_LABELS, REGION_LABELS, describeDose } from "@/lib/domain/hep/format";
import { HEP_CATEGORIES, HEP_REGIONS, type HepCategory, type HepRegion } from "@/lib/domain/hep/library/types";
import { LibraryFilter } from "@/lib/validation/hep-programs";

export const metadata: Metadata = { title: "Exercise library" };

const control = "mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 text-base";

/** The library: search by name, filter by region and category (a plain GET form: works without script). */
export default async function LibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const caller = await requirePermission("chart.clinical.read");
  const filter = LibraryFilter.parse(await searchParams);
  const rows = await listLibrary(getDb(), filter);
  const canWrite = hasPermission(caller.roles, "chart.clinical.write");
  return (
    <>
      <PageHeader title="Exercise library" description="The 40 exercises of the house library and the clinic's own."
        actions={canWrite ? <Link href="/exercises/new" className={buttonClasses("primary")}>Add a clinic exercise</Link> : undefined} />
      <form method="get" role="search" aria-label="Find exercises" className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-5 sm:items-end">
        <div className="sm:col-span-2">
          <label htmlFor="q" className="block text-sm font-semibold">Name</label>
          <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} className={control} />
        </div>
        <div>
          <label htmlFor="region" className="block text-sm font-semibold">Body region</label>
          <select id="region" name="region" defaultValue={filter.region ?? ""} className={control}>
            <option value="">All regions</option>
            {HEP_REGIONS.map((r) => <option key={r} value={r}>{REGION_LABELS[r]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="category" className="block text-sm font-semibold">Category</label>
          <select id="category" name="category" defaultValue={filter.category ?? ""} className={control}>
            <option value="">All categories</option>
            {HEP_CATEGORIES.map((c) => <option key={c} value={c}>{CATEGORY_LABELS[c]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-semibold">Show</label>
          <select id="status" name="status" defaultValue={filter.status ?? "active"} className={control}>
            <option value="active">In use</option>
            <option value="retired">Retired</option>
            <option value="all">All</option>
          </select>
        </div>
        <button type="submit" className={`${buttonClasses("secondary")} sm:col-span-5 sm:justify-self-start`}>Search</button>
      </form>
      <p className="mb-3" role="status">{rows.length === 1 ? "1 exercise" : `${rows.length} exercises`}</p>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {rows.map((x) => (
          <li key={x.id} className="flex gap-3 rounded-lg border border-slate-200 bg-white p-3">
            <ExercisePicture exercise={x} size={80} />
            <div>
              <Link href={`/exercises/${x.id}`} className="font-semibold text-teal-800 underline">{x.name}</Link>
              <p className="text-sm text-slate-700">{x.code} · {REGION_LABELS[x.region as HepRegion] ?? x.region} · {CATEGORY_LABELS[x.category as HepCategory] ?? x.category}
                {x.source === "clinic" ? " · clinic exercise" : ""}{x.status === "retired" ? " · retired" : ""}</p>
              <p className="text-sm">{describeDose({ side: x.paired ? "BIL" : "NA", sets: x.defaultSets, reps: x.defaultReps, holdSeconds: x.defaultHoldSeconds, durationSeconds: x.defaultDurationSeconds, timesPerDay: x.defaultTimesPerDay, daysPerWeek: x.defaultDaysPerWeek })}</p>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
