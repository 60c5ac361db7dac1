import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

/**
 * Extra `next start` processes for multi-instance and fault specs, next to the e2e server that
 * playwright.config.ts starts (same build). Each gets its own port; by default it shares the e2e
 * server's database and AUTH_SECRET.
 */
export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const PG_PORT = Number(process.env.E2E_PG_PORT ?? 54430);
export const e2eDataDir = path.resolve(`.data/e2e-${PORT}`);
const secretIn = (dir: string, name: string) => readFileSync(path.join(dir, name), "utf8").trim();
export const e2eSecret = (name: string) => secretIn(e2eDataDir, name);

export function databaseUrls(dir = e2eDataDir, port = PG_PORT) {
  return {
    owner: `postgres://postgres:${encodeURIComponent(secretIn(dir, "pg-owner-password"))}@127.0.0.1:${port}/kinetic`,
    app: `postgres://kinetic_app:${encodeURIComponent(secretIn(dir, "pg-app-password"))}@127.0.0.1:${port}/kinetic`,
  };
}

export interface Instance {
  port: number;
  baseURL: string;
  child: ChildProcess;
  /** everything the process wrote to stderr so far */
  stderr: () => string;
  /** resolves when stderr contains the text */
  waitForStderr: (text: string, timeoutMs?: number) => Promise<void>;
  kill: (signal?: NodeJS.Signals) => Promise<void>;
}

export async function startInstance(opts: { port: number; env?: Record<string, string>; dataDir?: string; pgPort?: number; authSecret?: string }): Promise<Instance> {
  const urls = databaseUrls(opts.dataDir, opts.pgPort);
  const child = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(opts.port)], {
    env: {
      ...process.env, DATABASE_URL: urls.owner, APP_DATABASE_URL: urls.app, AUTH_SECRET: opts.authSecret ?? e2eSecret("auth-secret"),
      KC_DISABLE_WORKER: "1", LOG_LEVEL: "warn", PORT: String(opts.port), ...opts.env,
    },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let err = "";
  child.stderr!.on("data", (c: Buffer) => { err += c.toString(); });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const baseURL = `http://127.0.0.1:${opts.port}`;
  const instance: Instance = {
    port: opts.port, baseURL, child, stderr: () => err,
    async waitForStderr(text, timeoutMs = 30_000) {
      for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(50)) if (err.includes(text)) return;
      throw new Error(`instance on ${opts.port} never wrote "${text}"; stderr: ${err.slice(-2000)}`);
    },
    async kill(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, signal); // the whole group: next start and its workers
      } catch {
        /* already gone */
      }
      await exited;
    },
  };
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`next start on ${opts.port} exited: ${err.slice(-2000)}`);
    if (await fetch(`${baseURL}/api/health`).then((r) => r.ok, () => false)) return instance;
    await sleep(250);
  }
  await instance.kill("SIGKILL");
  throw new Error(`next start on ${opts.port} did not become healthy: ${err.slice(-2000)}`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The id Next gave a server action in this build (it changes with every build). */
export function actionId(exportedName: string, filename: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName: string; filename: string }> };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName && v.filename === filename);
  if (!found) throw new Error(`no server action ${exportedName} in ${filename}`);
  return found[0];
}

/** Call a server action over HTTP as the browser does (from the page that uses it). */
export function postAction(ctx: APIRequestContext, baseURL: string, pagePath: string, id: string, input: unknown, timeout = 30_000) {
  return ctx.post(`${baseURL}${pagePath}`, {
    headers: { "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: baseURL },
    data: JSON.stringify([input, {}]),
    timeout,
  });
}

/** Sign in through Auth.js's own endpoints; returns where it sent us (…?error=…&code=… on failure). */
export async function credentialsSignIn(ctx: APIRequestContext, baseURL: string, email: string, password: string): Promise<{ ok: boolean; location: string }> {
  const { csrfToken } = await (await ctx.get(`${baseURL}/api/auth/csrf`)).json();
  const res = await ctx.post(`${baseURL}/api/auth/callback/credentials`, {
    form: { email, password, csrfToken, callbackUrl: "/" }, maxRedirects: 0,
  });
  const location = res.headers()["location"] ?? "";
  return { ok: !location.includes("error="), location };
}
