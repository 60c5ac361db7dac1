import { hostname } from "node:os";
import { getDb } from "@/db";
import { jobHandlers } from "./handlers";
import { startWorker } from "./worker";

/**
 * Starts this instance's background job worker. Jobs are claimed with SKIP LOCKED, so any
 * number of instances can run one each and every job still runs once.
 */
export function startInstanceWorker(): void {
  if (process.env.KC_DISABLE_WORKER === "1") return;
  if (!process.env.DATABASE_URL && !process.env.APP_DATABASE_URL) return; // next build
  startWorker(getDb(), `${hostname()}:${process.pid}`, jobHandlers, Number(process.env.JOB_POLL_MS ?? 3000));
}
