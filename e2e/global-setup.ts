import { mkdirSync } from "node:fs";
import { request, type FullConfig } from "@playwright/test";
import { ACCOUNTS, PASSWORD, stateFile, type AccountName } from "./support/accounts";

/** Sign each role in once through the standard Auth.js endpoints and keep the cookies for every spec. */
export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0].use.baseURL!;
  mkdirSync("e2e/.auth", { recursive: true });
  for (const name of Object.keys(ACCOUNTS) as AccountName[]) {
    const ctx = await request.newContext({ baseURL });
    const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
    const res = await ctx.post("/api/auth/callback/credentials", {
      form: { email: ACCOUNTS[name], password: PASSWORD, csrfToken, callbackUrl: "/" },
      maxRedirects: 0,
    });
    const cookies = (await ctx.storageState()).cookies.map((c) => c.name);
    if (!cookies.some((c) => c.includes("session-token"))) throw new Error(`could not sign in ${name}: HTTP ${res.status()}`);
    await ctx.storageState({ path: stateFile(name) });
    await ctx.dispose();
  }
}
