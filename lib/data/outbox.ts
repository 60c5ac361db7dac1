import "server-only";
import { desc } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { outboxMessages } from "@/db/schema";

export const OUTBOX_PAGE_SIZE = 50;

export async function listOutbox(db: DbOrTx, page = 1) {
  const p = Math.max(1, page);
  const rows = await db.select().from(outboxMessages).orderBy(desc(outboxMessages.createdAt))
    .limit(OUTBOX_PAGE_SIZE + 1).offset((p - 1) * OUTBOX_PAGE_SIZE);
  return { rows: rows.slice(0, OUTBOX_PAGE_SIZE), hasMore: rows.length > OUTBOX_PAGE_SIZE };
}
