import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { jobs } from "@/db/schema";

export interface ClaimedJob {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

/** Enqueue inside the caller's transaction, so a job exists exactly when its cause committed. */
export async function enqueueJob(tx: DbOrTx, kind: string, payload: Record<string, unknown>, runAt: Date): Promise<void> {
  await tx.insert(jobs).values({ kind, payload, runAt, createdAt: runAt });
}

// A job left "running" this long by a crashed worker is handed to another.
const STALE_AFTER_MS = 5 * 60_000;

// Raw SQL receives timestamps as ISO strings: drizzle's postgres-js driver does not serialise Date here.

/**
 * Claim the next due job. FOR UPDATE SKIP LOCKED lets any number of workers (one per app
 * instance) poll together while each job is claimed by exactly one of them.
 */
export async function claimJob(db: DbOrTx, workerId: string, now: Date): Promise<ClaimedJob | null> {
  const staleBefore = new Date(now.getTime() - STALE_AFTER_MS);
  const rows = await db.execute<{ id: string; kind: string; payload: Record<string, unknown>; attempts: number; max_attempts: number }>(sql`
    update jobs set status = 'running', locked_by = ${workerId}, locked_at = ${now.toISOString()}, attempts = attempts + 1
    where id = (
      select id from jobs
      where (status = 'queued' and run_at <= ${now.toISOString()}) or (status = 'running' and locked_at < ${staleBefore.toISOString()})
      order by run_at, id
      for update skip locked
      limit 1
    )
    returning id, kind, payload, attempts, max_attempts`);
  const r = rows[0];
  return r ? { id: Number(r.id), kind: r.kind, payload: r.payload, attempts: r.attempts, maxAttempts: r.max_attempts } : null;
}

export async function completeJob(db: DbOrTx, id: number, now: Date): Promise<void> {
  await db.execute(sql`update jobs set status = 'done', finished_at = ${now.toISOString()}, last_error = null where id = ${id}`);
}

/** Retry with exponential backoff until max attempts, then park as failed for an admin to see. */
export async function failJob(db: DbOrTx, job: ClaimedJob, error: string, now: Date): Promise<void> {
  const final = job.attempts >= job.maxAttempts;
  const retryAt = new Date(now.getTime() + Math.min(2 ** job.attempts * 30_000, 3_600_000));
  await db.execute(sql`
    update jobs set status = ${final ? "failed" : "queued"}, run_at = ${(final ? now : retryAt).toISOString()},
      last_error = ${error.slice(0, 500)}, locked_by = null, locked_at = null,
      finished_at = ${final ? now.toISOString() : null}
    where id = ${job.id}`);
}
