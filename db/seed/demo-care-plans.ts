import { eq, sql } from "drizzle-orm";
import type { Tx } from "../client";
import { appointmentTypes, carePlans, clinicianAvailability, clinicSettings, episodes, locations } from "../schema";
import type { StoredGoal } from "../schema";
import { DEMO_PATIENTS, DEMO_STAFF } from "./demo-people";

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const localToday = (timeZone: string, at: Date) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
const plus = (date: string, days: number) => iso(new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY));

/** Appointment types of DOMAIN.md's clinic (skipped when a type of that name exists). */
const TYPES = [
  { name: "Initial exam", durationMinutes: 60, defaultDisciplines: ["DC", "PT"] },
  { name: "Follow-up", durationMinutes: 30, defaultDisciplines: ["DC", "PT", "PTA"] },
  { name: "Re-exam", durationMinutes: 45, defaultDisciplines: ["DC", "PT"] },
  { name: "Massage", durationMinutes: 60, defaultDisciplines: ["LMT"] },
];

type DemoPlan = { episodeId: string; planId: string; title: string; by: string; phases: { visitsPerWeek: number; weeks: number }[]; goals: Omit<StoredGoal, "targetDate" | "status">[]; discharge: string; days: number[]; time: string };

const PLANS: DemoPlan[] = [
  {
    episodeId: "00000000-0000-4000-8000-000000000301", planId: "00000000-0000-4000-8000-000000000401", title: "R SI joint / buttock pain after mileage increase", by: DEMO_STAFF[0].id,
    phases: [{ visitsPerWeek: 3, weeks: 2 }, { visitsPerWeek: 2, weeks: 3 }, { visitsPerWeek: 1, weeks: 2 }],
    goals: [
      { type: "LONG_TERM", domain: "SPORT", description: "Run 5 km on flat road at easy pace with pain ≤ 2/10 and no increase next morning", measure: "OTHER", baselineValue: 0, targetValue: 5, currentValue: 1, unit: "km", comparator: ">=" },
      { type: "SHORT_TERM", domain: "FUNCTION", description: "ODI from 34% to ≤ 20%", measure: "ODI", baselineValue: 34, targetValue: 20, unit: "%", comparator: "<=" },
    ],
    discharge: "Main long-term goals met (5 km pain-free, ODI ≤ 20%), independent with home program.", days: [1, 3, 5], time: "08:00",
  },
  {
    episodeId: "00000000-0000-4000-8000-000000000302", planId: "00000000-0000-4000-8000-000000000402", title: "L deep buttock (piriformis) pain after bike-fit change", by: DEMO_STAFF[1].id,
    phases: [{ visitsPerWeek: 2, weeks: 3 }, { visitsPerWeek: 1, weeks: 3 }],
    goals: [{ type: "SHORT_TERM", domain: "PARTICIPATION", description: "Sit through a 60-minute meeting without standing because of buttock pain", measure: "OTHER", baselineValue: 20, targetValue: 60, currentValue: 30, unit: "minutes", comparator: ">=" }],
    discharge: "Sitting tolerance ≥ 60 minutes and 2-hour ride pain ≤ 2/10.", days: [2, 4], time: "17:30",
  },
  {
    episodeId: "00000000-0000-4000-8000-000000000303", planId: "00000000-0000-4000-8000-000000000403", title: "Central low-back pain and morning stiffness", by: DEMO_STAFF[1].id,
    phases: [{ visitsPerWeek: 2, weeks: 4 }, { visitsPerWeek: 1, weeks: 4 }],
    goals: [{ type: "SHORT_TERM", domain: "PAIN", description: "Worst pain in 24 h from 7/10 to ≤ 3/10", measure: "NPRS", baselineValue: 7, targetValue: 3, unit: "/10", comparator: "<=" }],
    discharge: "Speed sessions pain ≤ 2/10, morning stiffness under 15 minutes.", days: [1, 4], time: "07:30",
  },
];

/**
 * The demo clinic's scheduling basics (types; weekday hours for the DC and the PT when they have
 * none yet) and a care plan for each demo patient's episode, so the app shows one on first start.
 */
export async function seedDemoCarePlans(tx: Tx, at = new Date()): Promise<void> {
  await tx.insert(appointmentTypes).values(TYPES.map((t) => ({ ...t, createdAt: at, updatedAt: at }))).onConflictDoNothing();
  const [main] = await tx.select({ id: locations.id }).from(locations).where(eq(locations.name, "Main clinic"));
  if (main) {
    for (const clinicianId of [DEMO_STAFF[0].id, DEMO_STAFF[1].id]) {
      const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(clinicianAvailability).where(eq(clinicianAvailability.clinicianId, clinicianId));
      if (n > 0) continue;
      await tx.insert(clinicianAvailability).values([1, 2, 3, 4, 5].map((weekday) => ({ clinicianId, locationId: main.id, weekday, startTime: "08:00", endTime: "18:00", createdAt: at })));
    }
  }
  const [settings] = await tx.select({ timeZone: clinicSettings.timeZone }).from(clinicSettings).where(eq(clinicSettings.id, 1));
  const today = localToday(settings?.timeZone ?? "America/New_York", at);
  for (const [i, plan] of PLANS.entries()) {
    const patient = DEMO_PATIENTS[i];
    await tx.insert(episodes).values({ id: plan.episodeId, patientId: patient.id, title: plan.title, openedOn: plus(today, -3), createdBy: plan.by, createdAt: at }).onConflictDoNothing();
    const weeks = plan.phases.reduce((s, p) => s + p.weeks, 0);
    await tx.insert(carePlans).values({
      id: plan.planId, patientId: patient.id, episodeId: plan.episodeId, version: 1, isCurrent: true, status: "active", startDate: today,
      phases: plan.phases,
      goals: plan.goals.map((g, k) => ({ ...g, currentValue: g.currentValue ?? null, statusReason: null, status: "PROGRESSING" as const, targetDate: plus(today, (k === 0 ? weeks : Math.ceil(weeks / 2)) * 7) })),
      reexamEveryVisits: 12, reexamEveryDays: 30, outcomeMeasures: [{ measure: plan.goals.some((g) => g.measure === "NPRS") ? "NPRS" : "ODI", everyVisits: 6 }],
      dischargeCriteria: plan.discharge, preferredTimes: plan.days.map((weekday) => ({ weekday, time: plan.time })),
      createdBy: plan.by, createdAt: at,
    }).onConflictDoNothing();
  }
}
