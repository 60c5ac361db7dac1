import { randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import { authSessions, patients, portalLinks, staffProfiles, userRoles, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { Caller } from "@/lib/auth/caller";
import type { StaffRole } from "@/lib/auth/permissions";
import { now } from "@/lib/time";

export const TEST_PASSWORD = "correct-horse-staple-42";
let cachedHash: Promise<string> | null = null;
const passwordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

const unique = () => randomBytes(4).toString("hex");

export async function makeStaff(db: Db, roles: StaffRole[], opts: { discipline?: "DC" | "PT" | "PTA" | "LMT"; supervisor?: string } = {}) {
  const [u] = await db.insert(users).values({ kind: "staff", email: `staff-${unique()}@test.example`, displayName: `Staff ${unique()}`, passwordHash: await passwordHash() }).returning();
  await db.insert(userRoles).values(roles.map((role) => ({ userId: u.id, role })));
  await db.insert(staffProfiles).values({ userId: u.id, discipline: opts.discipline ?? null, supervisorUserId: opts.supervisor ?? null });
  return u;
}

export async function makePatient(db: Db, withPortal = true) {
  const [p] = await db.insert(patients).values({ legalFirstName: "Test", legalLastName: `Patient ${unique()}`, dateOfBirth: "1990-05-01", sex: "female" }).returning();
  if (!withPortal) return { patient: p, user: null };
  const [u] = await db.insert(users).values({ kind: "patient", email: `pt-${unique()}@test.example`, displayName: "Test Patient", passwordHash: await passwordHash() }).returning();
  await db.insert(portalLinks).values({ userId: u.id, patientId: p.id, relationship: "self" });
  return { patient: p, user: u };
}

export async function openSession(db: Db, userId: string, at = now()) {
  const [s] = await db.insert(authSessions).values({ userId, createdAt: at, lastSeenAt: at }).returning();
  return s;
}

/** A caller as the action wrapper would resolve it, for calling runAction directly. */
export function staffCaller(user: { id: string; displayName: string }, roles: StaffRole[]): Caller {
  return { userId: user.id, kind: "staff", displayName: user.displayName, roles, patientIds: [], sessionId: null };
}

export function patientCaller(user: { id: string; displayName: string }, patientIds: string[]): Caller {
  return { userId: user.id, kind: "patient", displayName: user.displayName, roles: ["patient"], patientIds, sessionId: null };
}
