import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { exercises, hepTemplates } from "../schema";
import { EXERCISES } from "@/lib/domain/hep/library/library";
import { defaultPrescription } from "@/lib/domain/hep/prescription";
import { PROTOCOLS } from "@/lib/domain/treatment/protocols";

const INSTALLED = new Date("2026-01-01T00:00:00Z");

/**
 * Home programs attached to the protocols. P1 is the piriformis program the clinic asked for
 * (stretch, figure-4, ball release, bridge, side plank from the knees); the others take the
 * unconditional exercises of their DOMAIN.md §4.4 bundle.
 */
const TEMPLATE_CODES: Record<string, string[]> = {
  P1: ["EX-01", "EX-02", "EX-40", "EX-20", "EX-23"],
  ...Object.fromEntries(PROTOCOLS.filter((p) => p.id !== "P1").map((p) => [p.id, p.hepBundle.filter((b) => !b.when).map((b) => b.exerciseId)])),
};

/**
 * The reference library, installed (and brought up to date) on every start. Reference rows are the
 * project's content, so a re-run refreshes their text; the clinic's own rows are never touched.
 */
export async function seedExerciseLibrary(db: Db): Promise<void> {
  const rows = EXERCISES.map((ex) => {
    const d = defaultPrescription(ex.code)!;
    return {
      code: ex.code, source: "reference" as const, name: ex.name, region: ex.regions[0], category: ex.category,
      doseKind: ex.dose.kind, paired: ex.paired, defaultSets: d.sets, defaultReps: d.reps ?? null,
      defaultHoldSeconds: d.holdSeconds ?? null, defaultDurationSeconds: d.durationSeconds ?? null,
      defaultTimesPerDay: d.timesPerDay, defaultDaysPerWeek: d.daysPerWeek,
      steps: [...ex.steps], cautions: ex.stopIf.map((s) => `Stop and tell us if ${s}.`), painRule: ex.painRule.text,
      createdAt: INSTALLED, updatedAt: INSTALLED,
    };
  });
  await db.insert(exercises).values(rows).onConflictDoUpdate({
    target: exercises.code,
    set: {
      name: sql`excluded.name`, region: sql`excluded.region`, category: sql`excluded.category`, doseKind: sql`excluded.dose_kind`,
      paired: sql`excluded.paired`, defaultSets: sql`excluded.default_sets`, defaultReps: sql`excluded.default_reps`,
      defaultHoldSeconds: sql`excluded.default_hold_seconds`, defaultDurationSeconds: sql`excluded.default_duration_seconds`,
      defaultTimesPerDay: sql`excluded.default_times_per_day`, defaultDaysPerWeek: sql`excluded.default_days_per_week`,
      steps: sql`excluded.steps`, cautions: sql`excluded.cautions`, painRule: sql`excluded.pain_rule`,
    },
    setWhere: sql`${exercises.source} = 'reference'`,
  });
  const templates = PROTOCOLS.map((p) => ({
    code: `HEP-${p.id}`, protocolCode: p.id, name: `${p.name}: home program`, source: "reference" as const,
    items: (TEMPLATE_CODES[p.id] ?? []).map((code) => defaultPrescription(code)! as unknown as Record<string, unknown>),
    createdAt: INSTALLED,
  })).filter((t) => t.items.length > 0);
  await db.insert(hepTemplates).values(templates).onConflictDoNothing();
}
