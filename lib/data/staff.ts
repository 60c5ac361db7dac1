import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { StaffRole } from "@/lib/auth/permissions";

export type StaffRow = {
  id: string;
  email: string;
  displayName: string;
  active: boolean;
  invited: boolean;
  roles: StaffRole[];
  discipline: string | null;
  credentials: string | null;
  certifications: string[];
  licenceNumber: string | null;
  supervisorUserId: string | null;
  supervisorName: string | null;
  lastSignInAt: Date | null;
}

const STAFF_SELECT = sql`
  select u.id, u.email, u.display_name as "displayName", u.active, (u.password_hash is null) as invited,
    coalesce(array(select r.role::text from user_roles r where r.user_id = u.id order by r.role), '{}') as roles,
    sp.discipline, sp.credentials, coalesce(sp.certifications, '{}') as certifications, sp.licence_number as "licenceNumber",
    sp.supervisor_user_id as "supervisorUserId", sup.display_name as "supervisorName",
    u.last_sign_in_at as "lastSignInAt"
  from users u
  left join staff_profiles sp on sp.user_id = u.id
  left join users sup on sup.id = sp.supervisor_user_id
  where u.kind = 'staff'`;

/** All staff in one query (roles aggregated per row, no query per person). */
export async function listStaff(db: DbOrTx): Promise<StaffRow[]> {
  const rows = await db.execute<StaffRow>(sql`${STAFF_SELECT} order by u.active desc, u.display_name`);
  return [...rows];
}

export async function getStaff(db: DbOrTx, userId: string): Promise<StaffRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(userId)) return null;
  const rows = await db.execute<StaffRow>(sql`${STAFF_SELECT} and u.id = ${userId}`);
  return rows[0] ?? null;
}

/** Physical therapists who can supervise a PTA. */
export async function listSupervisors(db: DbOrTx): Promise<{ id: string; displayName: string }[]> {
  const rows = await db.execute<{ id: string; displayName: string }>(sql`
    select u.id, u.display_name as "displayName" from users u join staff_profiles sp on sp.user_id = u.id
    where sp.discipline = 'PT' and u.active order by u.display_name`);
  return [...rows];
}
