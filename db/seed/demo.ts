import { sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "../client";
import { clinicSettings, patients, portalLinks, staffProfiles, userRoles, users } from "../schema";
import { eq } from "drizzle-orm";
import { seedDemoCarePlans } from "./demo-care-plans";
import { DEMO_PASSWORD, DEMO_PATIENTS, DEMO_STAFF } from "./demo-people";
import { seedDemoSchedule } from "./demo-schedule";
import { now } from "@/lib/time";

/** Add the demo clinic. Idempotent: existing rows (by fixed id) are left as they are. Returns true when it added people. */
export async function seedDemo(db: Db): Promise<boolean> {
  const existing = await db.select({ id: users.id }).from(users).where(eq(users.id, DEMO_STAFF[0].id));
  if (existing.length > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await tx.update(clinicSettings).set({ name: "Riverside Running & Spine" }).where(eq(clinicSettings.id, 1));
    // Staff without a supervisor first, so the PTA's supervisor exists when the PTA is inserted.
    const ordered = [...DEMO_STAFF].sort((a, b) => Number("supervisor" in a) - Number("supervisor" in b));
    for (const s of ordered) {
      await tx.insert(users).values({ id: s.id, kind: "staff", email: s.email, displayName: s.name, passwordHash }).onConflictDoNothing();
      await tx.insert(userRoles).values(s.roles.map((role) => ({ userId: s.id, role }))).onConflictDoNothing();
      await tx.insert(staffProfiles).values({
        userId: s.id,
        discipline: "discipline" in s ? s.discipline : null,
        credentials: "credentials" in s ? s.credentials : null,
        licenceNumber: "licence" in s ? s.licence : null,
        certifications: "certifications" in s && s.certifications ? [...s.certifications] : [],
        supervisorUserId: "supervisor" in s ? s.supervisor : null,
      }).onConflictDoNothing();
    }
    for (const p of DEMO_PATIENTS) {
      await tx.insert(patients).values({
        id: p.id, legalFirstName: p.first, legalLastName: p.last, preferredName: p.preferred, dateOfBirth: p.dob,
        sex: p.sex, phone: p.phone, email: p.email, referralSource: p.referral,
      }).onConflictDoNothing();
      await tx.insert(users).values({ id: p.userId, kind: "patient", email: p.email, displayName: `${p.preferred ?? p.first} ${p.last}`, passwordHash }).onConflictDoNothing();
      await tx.insert(portalLinks).values({ userId: p.userId, patientId: p.id, relationship: "self" }).onConflictDoNothing();
    }
    await seedDemoSchedule(tx, now());
    await seedDemoCarePlans(tx);
    // The demo bookings belong to each patient's (single) open episode, as a desk booking would.
    await tx.execute(sql`update appointments a set episode_id = e.id, version = a.version + 1
      from episodes e where e.patient_id = a.patient_id and e.status = 'open' and a.episode_id is null and a.status <> 'cancelled'
        and (select count(*) from episodes x where x.patient_id = a.patient_id and x.status = 'open') = 1`);
  });
  return true;
}
