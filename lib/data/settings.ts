import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { clinicSettings } from "@/db/schema";

export type ClinicSettings = typeof clinicSettings.$inferSelect;

const DEFAULTS: ClinicSettings = {
  id: 1, name: "Kinetic Chart clinic", timeZone: "America/New_York", hours: {},
  staffIdleMinutes: 30, patientIdleMinutes: 60, inviteTtlHours: 72, resetTtlMinutes: 60, scopeOverrides: {}, hepContentForAllStaff: false, requireStaffTwoFactor: false,
  reminderLeadHours: 24, cancellationWindowHours: 24, dropOffDays: 14, updatedAt: new Date(0),
};

/** Clinic settings (the single row), with safe defaults before the seed has run. */
export async function getClinicSettings(db: DbOrTx): Promise<ClinicSettings> {
  const [row] = await db.select().from(clinicSettings).where(eq(clinicSettings.id, 1));
  return row ?? DEFAULTS;
}
