import { readFileSync } from "node:fs";
import postgres from "postgres";

/**
 * Direct SQL into the e2e server's embedded database, for the few facts a spec must set up that
 * no screen on this branch can produce yet (e.g. an appointment marked no-show).
 */
export function e2eSql() {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const pgPort = Number(process.env.E2E_PG_PORT ?? 54430);
  const password = readFileSync(`.data/e2e-${port}/pg-owner-password`, "utf8").trim();
  return postgres(`postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/kinetic`, { max: 1, onnotice: () => {} });
}
