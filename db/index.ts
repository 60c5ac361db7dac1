import { createDb, type DbClient } from "./client";
import { appDatabaseTarget } from "./urls";

/**
 * The request-path connection, created on first use: `next build` imports modules without a
 * database, so nothing may connect at import time. Kept on globalThis so dev reloads reuse it.
 */
const holder = globalThis as unknown as { __kineticDb?: DbClient };

export function getDbClient(): DbClient {
  if (!holder.__kineticDb) {
    const target = appDatabaseTarget();
    holder.__kineticDb = createDb(target.url, {
      role: target.role,
      max: Number(process.env.DB_POOL_MAX ?? 10),
      countStatements: process.env.KC_COUNT_SQL === "1",
    });
  }
  return holder.__kineticDb;
}

export function getDb() {
  return getDbClient().db;
}
