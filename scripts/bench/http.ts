import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Sign in through the Auth.js credentials endpoint, as a browser would; returns the Cookie header. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`could not sign in ${email}: HTTP ${res.status}`);
  return cookie();
}

/**
 * The id Next gave a server action in this build: client chunks call
 * createServerReference("<id>", …, "<exportName>"), and the server manifest lists the ids.
 */
export function actionId(exportName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const ids = Object.keys(manifest.node);
  const named = ids.filter((id) => manifest.node[id].exportedName === exportName);
  if (named.length === 1) return named[0];
  // older manifests do not name exports: find the id next to the export name in the client chunks
  const dir = path.join(".next", "static", "chunks");
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".js"));
  for (const f of files) {
    const text = readFileSync(path.join(dir, f), "utf8");
    for (const id of ids) {
      if (new RegExp(`"${id}"[^;]{0,200}?"${exportName}"`).test(text)) return id;
    }
  }
  throw new Error(`server action ${exportName} not found in this build`);
}

/** Headers of a server-action call as React's client sends it (arguments encoded as a JSON array). */
export function actionHeaders(baseUrl: string, cookie: string, id: string): Record<string, string> {
  return { cookie, "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: baseUrl };
}

/** The statements the instance has sent so far (KC_COUNT_SQL=1). */
export async function sqlCount(baseUrl: string): Promise<number> {
  const res = await fetch(`${baseUrl}/api/bench/sql-count`);
  if (!res.ok) throw new Error(`no SQL counter (HTTP ${res.status}): is the server running with KC_COUNT_SQL=1?`);
  return ((await res.json()) as { statements: number }).statements;
}
