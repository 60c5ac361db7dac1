import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";

/** Plain HTTP against the running app, with a cookie jar per signed-in person. */
export const baseURL = () => inject("baseURL");

export class Session {
  private jar = new Map<string, string>();
  constructor(readonly name: string) {}

  cookieHeader(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** Raw Set-Cookie lines of the last sign-in (to check their attributes). */
  setCookies: string[] = [];

  take(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const i = pair.indexOf("=");
      this.jar.set(pair.slice(0, i).trim(), pair.slice(i + 1));
    }
  }

  async fetch(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.cookieHeader();
    if (cookie) headers.set("cookie", cookie);
    const res = await fetch(baseURL() + pathname, { redirect: "manual", ...init, headers });
    this.take(res);
    return res;
  }

  hasSession(): boolean {
    return [...this.jar.keys()].some((k) => k.includes("session-token"));
  }
}

/** Sign in through Auth.js's own endpoints, as the browser's form does. */
export async function signIn(name: string, email: string, password: string): Promise<Session> {
  const s = new Session(name);
  const csrf = await s.fetch("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await s.fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/" }),
  });
  s.setCookies = res.headers.getSetCookie();
  if (!s.hasSession()) throw new Error(`could not sign in ${name}: HTTP ${res.status}`);
  return s;
}

export type ActionReply = { status: number; result: { ok: boolean; code?: string; error?: string; data?: unknown } | null; redirect: string | null; body: string };

/**
 * Call a server action as the browser does: POST to a page that uses it, the action id in the
 * Next-Action header, the arguments as JSON, and the React flight stream back. The action's return
 * value is the row the first line points at ("a":"$@1").
 */
export async function callAction(s: Session, actionId: string, pagePath: string, args: unknown[], opts: { origin?: string | null } = {}): Promise<ActionReply> {
  const headers: Record<string, string> = { "next-action": actionId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" };
  const origin = opts.origin === undefined ? baseURL() : opts.origin;
  if (origin) headers.origin = origin;
  const res = await s.fetch(pagePath, { method: "POST", headers, body: JSON.stringify(args) });
  const body = await res.text();
  return { status: res.status, result: flightResult(body), redirect: res.headers.get("x-action-redirect") ?? res.headers.get("location"), body };
}

function flightResult(body: string): ActionReply["result"] {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const m = /^([0-9a-f]+):(.*)$/.exec(line);
    if (m) rows.set(m[1], m[2]);
  }
  const head = rows.get("0");
  const ref = head ? /"a":"\$@([0-9a-f]+)"/.exec(head)?.[1] : undefined;
  const raw = ref ? rows.get(ref) : undefined;
  if (!raw || !raw.startsWith("{")) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/** Files under a folder of the repository whose name matches, as paths relative to the repository. */
export function filesUnder(dir: string, name: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (name.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** app/(clinic)/patients/[patientId]/page.tsx → /patients/[patientId] (route groups left out). */
export function routePattern(file: string): string {
  const segments = path.dirname(file).split(path.sep).slice(1).filter((s) => !/^\(.*\)$/.test(s));
  return "/" + segments.join("/");
}

/** The HTTP methods a route handler exports. */
export function handlerMethods(file: string): string[] {
  const src = readFileSync(file, "utf8");
  const methods = new Set<string>();
  for (const m of src.matchAll(/export\s+(?:async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]);
  for (const m of src.matchAll(/export\s+const\s+\{([^}]*)\}/g)) for (const name of m[1].split(",")) if (/^(GET|POST|PUT|PATCH|DELETE)$/.test(name.trim())) methods.add(name.trim());
  for (const m of src.matchAll(/export\s+const\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]);
  return [...methods].sort();
}

/** Put ids into a route pattern; a segment the test cannot fill is an error, never skipped. */
export function fillPattern(pattern: string, fill: (segment: string) => string | undefined): string {
  return pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_m, name: string) => {
    const v = fill(name);
    if (v === undefined) throw new Error(`no id to put in [${name}] of ${pattern}: add it to the fixtures of tests/http`);
    return encodeURIComponent(v);
  });
}
