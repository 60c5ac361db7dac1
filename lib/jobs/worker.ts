import type { Db } from "@/db/client";
import { now } from "@/lib/time";
import { log } from "@/lib/log";
import { claimJob, completeJob, failJob } from "./queue";

export type JobHandler = (payload: Record<string, unknown>, ctx: { db: Db; now: Date }) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

/** Run due jobs until none is left (or `limit` ran). Returns how many ran. */
export async function runDueJobs(db: Db, workerId: string, handlers: JobHandlers, limit = 50): Promise<number> {
  let ran = 0;
  while (ran < limit) {
    const job = await claimJob(db, workerId, now());
    if (!job) break;
    ran++;
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(job.payload, { db, now: now() });
      await completeJob(db, job.id, now());
    } catch (e) {
      const message = errorText(e);
      log.warn({ jobId: job.id, kind: job.kind, attempt: job.attempts, err: message }, "job failed");
      await failJob(db, job, message, now());
    }
  }
  return ran;
}

/** Poll in the background of an app instance. Returns a stop function. */
export function startWorker(db: Db, workerId: string, handlers: JobHandlers, intervalMs = 5_000): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    try {
      await runDueJobs(db, workerId, handlers);
    } catch (e) {
      log.error({ err: errorText(e) }, "job worker tick failed");
    }
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  timer = setTimeout(tick, 500);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}

/** The driver's own message is in `cause` when drizzle wraps it. */
function errorText(e: unknown): string {
  const cause = (e as { cause?: unknown })?.cause;
  if (cause instanceof Error) return cause.message;
  return e instanceof Error ? e.message : String(e);
}
