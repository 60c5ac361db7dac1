/** The client address for audit rows: first hop of X-Forwarded-For when behind a proxy. */
export function clientIp(h: Headers): string | null {
  const forwarded = h.get("x-forwarded-for");
  if (forwarded) return forwarded.split(",")[0].trim().slice(0, 64);
  return h.get("x-real-ip")?.slice(0, 64) ?? null;
}

/** Link prefetches must neither extend the idle window nor write a chart-view audit row. */
export function isPrefetch(h: Headers): boolean {
  return h.get("next-router-prefetch") === "1" || h.get("purpose") === "prefetch" || (h.get("sec-purpose") ?? "").includes("prefetch");
}

export function requestOrigin(h: Headers): string {
  if (process.env.APP_URL) return process.env.APP_URL.replace(/\/$/, "");
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

/**
 * Is this request from a page of this site? A browser always sends Origin with a cross-site POST;
 * without one there is no cross-site form or script to forge with. The session cookie is
 * SameSite=Lax; this is the second wall for writes.
 */
export function isSameOrigin(h: Headers): boolean {
  const origin = h.get("origin");
  if (!origin) return true;
  const host = h.get("x-forwarded-host") ?? h.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
