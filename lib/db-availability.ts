import postgres from "postgres";
import { appDatabaseTarget } from "@/db/urls";

/**
 * Is PostgreSQL reachable? Asked by proxy.ts before every page and action so that, while the
 * database restarts, requests get a clear 503 instead of an error page. One `select 1` on its own
 * connection at most once a second per instance (concurrent requests share it); the app's own
 * pool reconnects by itself once the database is back, so no restart of the app is needed.
 */
const FRESH_MS = 1_000;
const PROBE_TIMEOUT_MS = 2_000;

interface ProbeState {
  sql: ReturnType<typeof postgres>;
  checkedAt: number;
  ok: boolean;
  pending: Promise<boolean> | null;
}
const holder = globalThis as unknown as { __kcDbProbe?: ProbeState };

export async function databaseAvailable(): Promise<boolean> {
  if (!process.env.DATABASE_URL && !process.env.APP_DATABASE_URL) return true; // next build: no database to ask
  if (!holder.__kcDbProbe) {
    const target = appDatabaseTarget();
    holder.__kcDbProbe = {
      sql: postgres(target.url, { max: 1, idle_timeout: 60, connect_timeout: PROBE_TIMEOUT_MS / 1000, onnotice: () => {}, connection: target.role ? { role: target.role } : undefined }),
      checkedAt: 0,
      ok: true,
      pending: null,
    };
  }
  const state = holder.__kcDbProbe;
  if (Date.now() - state.checkedAt < FRESH_MS) return state.ok;
  state.pending ??= probe(state).finally(() => {
    state.pending = null;
  });
  return state.pending;
}

async function probe(state: ProbeState): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      state.sql`select 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), PROBE_TIMEOUT_MS);
      }),
    ]);
    state.ok = true;
  } catch {
    state.ok = false;
  } finally {
    clearTimeout(timer);
    state.checkedAt = Date.now();
  }
  return state.ok;
}

/** The page shown while the database is unreachable: static, no script, no detail of the failure. */
export const UNAVAILABLE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Temporarily unavailable · Kinetic Chart</title>
<style>body{font-family:system-ui,sans-serif;color:#0f172a;margin:0}main{max-width:36rem;margin:4rem auto;padding:0 1rem}h1{font-size:1.6rem}p{line-height:1.5}</style>
</head><body><main id="main">
<h1>Kinetic Chart is temporarily unavailable</h1>
<p>The clinic's database cannot be reached right now, usually for a minute during maintenance. Nothing you saved earlier is lost.</p>
<p>Wait a moment, then reload this page. If you were filling in a form, keep this tab open: go back and submit again once the page loads.</p>
</main></body></html>`;
