import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { authTokens } from "@/db/schema";

export type TokenPurpose = "invite" | "reset";

export function hashToken(raw: string): string {
  return createHash("sha256").update(raw).digest("hex");
}

/** Create a single-use link token; only its hash is stored. Older open tokens of the same purpose are retired. */
export async function issueToken(
  tx: DbOrTx,
  opts: { purpose: TokenPurpose; userId: string; ttlMs: number; createdBy: string | null; now: Date },
): Promise<string> {
  const raw = randomBytes(32).toString("base64url");
  await tx
    .update(authTokens)
    .set({ usedAt: opts.now })
    .where(and(eq(authTokens.userId, opts.userId), eq(authTokens.purpose, opts.purpose), isNull(authTokens.usedAt)));
  await tx.insert(authTokens).values({
    purpose: opts.purpose,
    tokenHash: hashToken(raw),
    userId: opts.userId,
    expiresAt: new Date(opts.now.getTime() + opts.ttlMs),
    createdBy: opts.createdBy,
    createdAt: opts.now,
  });
  return raw;
}

/** Atomically use a token: returns its user id once, then never again; null when unknown, used or expired. */
export async function consumeToken(tx: DbOrTx, purpose: TokenPurpose, raw: string, now: Date): Promise<string | null> {
  const rows = await tx
    .update(authTokens)
    .set({ usedAt: now })
    .where(and(eq(authTokens.tokenHash, hashToken(raw)), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now)))
    .returning({ userId: authTokens.userId });
  return rows[0]?.userId ?? null;
}

/** Read-only check for the page that shows the "set your password" form. */
export async function peekToken(db: DbOrTx, purpose: TokenPurpose, raw: string, now: Date): Promise<{ userId: string } | null> {
  const rows = await db
    .select({ userId: authTokens.userId })
    .from(authTokens)
    .where(and(eq(authTokens.tokenHash, hashToken(raw)), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now)));
  return rows[0] ?? null;
}
