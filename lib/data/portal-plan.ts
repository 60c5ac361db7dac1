import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { getCarePlanProgress } from "./care-plans";
import { patientScope } from "./patients";

export type MyPlan = { episodeTitle: string; done: number; planned: number; booked: number; goals: { description: string; status: string }[] };

/**
 * The patient's own active plan in plain words (portal home): visits done of planned, and the goals
 * they are working toward. Scoped in SQL to the caller's own records; two queries in all.
 */
export async function getMyPlans(db: DbOrTx, caller: Caller, patientId: string, opts: { now: Date; timeZone: string }): Promise<MyPlan[]> {
  const [progress, goals] = await Promise.all([
    getCarePlanProgress(db, caller, patientId, opts),
    db.execute<{ planId: string; goals: { description: string; status: string }[] }>(sql`
      select cp.id as "planId", cp.goals from care_plans cp join patients p on p.id = cp.patient_id
      where cp.patient_id = ${patientId} and cp.is_current and cp.status = 'active' and ${patientScope(caller)}`),
  ]);
  const byPlan = new Map([...goals].map((g) => [g.planId, g.goals]));
  return progress.filter((p) => p.status === "active").map((p) => ({
    episodeTitle: p.episodeTitle, done: p.done, planned: p.planned, booked: p.booked,
    goals: (byPlan.get(p.planId) ?? []).map((g) => ({ description: g.description, status: g.status })),
  }));
}
