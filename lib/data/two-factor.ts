import "server-only";
import type { TwoFactorStatus } from "@/lib/domain/auth/two-factor-status";

export type { TwoFactorStatus };
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";


/** One query: is the caller's authenticator on, since when, how many recovery codes remain, is it required. */
export async function getTwoFactorStatus(db: DbOrTx, userId: string): Promise<TwoFactorStatus> {
  const [row] = await db.execute<{ enabled_at: Date | string | null; left: number; required: boolean }>(sql`
    select (select enabled_at from user_totp where user_id = ${userId}) as enabled_at,
      (select count(*)::int from recovery_codes where user_id = ${userId} and used_at is null) as left,
      coalesce((select require_staff_two_factor from clinic_settings where id = 1), false) as required`);
  return {
    enabled: Boolean(row?.enabled_at),
    enabledAt: row?.enabled_at ? new Date(row.enabled_at).toISOString() : null,
    recoveryCodesLeft: row?.left ?? 0,
    requiredByClinic: row?.required ?? false,
  };
}
