import autocannon from "autocannon";
import { sqlCount } from "./http";

export interface BenchPath {
  name: string;
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  /** a fresh request for every request (write paths): its body, and the cookie when it varies */
  next?: () => { body: string; cookie?: string };
  /** does the response show the work was done (not a redirect, an error page or a refused action)? */
  ok: (status: number, body: string) => boolean;
}

export interface PathResult {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  failed: number;
  sqlPerRequest: number;
  /** p50 of the floor page measured just before this path (the machine's load drifts; the ratio uses this) */
  floorP50?: number;
}

/** Wait until the instance is idle: requests autocannon left in flight still send statements. */
async function settle(baseUrl: string): Promise<number> {
  let last = await sqlCount(baseUrl);
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 400));
    const now = await sqlCount(baseUrl);
    if (now === last) return now;
    last = now;
  }
  return last;
}

/** Statements per request: N sequential requests between two readings of the instance's counter. */
async function countSql(baseUrl: string, p: BenchPath, n: number): Promise<{ perRequest: number; failed: number }> {
  let failed = 0;
  const before = await settle(baseUrl);
  for (let i = 0; i < n; i++) {
    const fresh = p.next?.();
    const headers = fresh?.cookie ? { ...p.headers, cookie: fresh.cookie } : p.headers;
    const res = await fetch(baseUrl + p.path, { method: p.method, headers, body: fresh?.body, redirect: "manual" });
    const text = await res.text();
    if (!p.ok(res.status, text)) failed++;
  }
  // work after the response (none today) would land here too
  const after = await settle(baseUrl);
  return { perRequest: (after - before) / n, failed };
}

function run(baseUrl: string, p: BenchPath, seconds: number, connections: number): Promise<{ result: autocannon.Result; failed: number }> {
  let failed = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        requests: [{
          method: p.method,
          path: p.path,
          headers: p.headers,
          setupRequest: (req) => {
            if (!p.next) return req;
            const fresh = p.next();
            return { ...req, body: fresh.body, headers: fresh.cookie ? { ...req.headers, cookie: fresh.cookie } : req.headers };
          },
          onResponse: (status, body) => {
            if (!p.ok(status, body)) failed++;
          },
        }],
      },
      (err, result) => (err ? reject(err) : resolve({ result, failed })),
    );
  });
}

/** Warm up, count statements, then measure with autocannon. */
export async function measurePath(baseUrl: string, p: BenchPath, opts: { seconds: number; connections: number; warmupSeconds: number }): Promise<PathResult> {
  await run(baseUrl, p, opts.warmupSeconds, opts.connections);
  const counted = await countSql(baseUrl, p, 10);
  const { result, failed } = await run(baseUrl, p, opts.seconds, opts.connections);
  await settle(baseUrl);
  const requests = result.requests.total;
  return {
    name: p.name,
    path: p.path,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests,
    failed: failed + counted.failed + result.errors + result.timeouts,
    sqlPerRequest: Math.round(counted.perRequest * 10) / 10,
  };
}
