import "server-only";
import { getDb } from "@/db";
import { peekToken, type TokenPurpose } from "@/lib/auth/tokens";
import { now } from "@/lib/time";

/** Whether an invite/reset link can still be used (read-only: using it happens in the action). */
export async function isLinkUsable(purpose: TokenPurpose, token: string): Promise<boolean> {
  if (token.length > 200) return false;
  return Boolean(await peekToken(getDb(), purpose, token, now()));
}
