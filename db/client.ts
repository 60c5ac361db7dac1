import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import * as schema from "./schema";

export type DbClient = ReturnType<typeof createDb>;
export type Db = DbClient["db"];
/** A transaction handle: same query API as Db. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export interface CreateDbOptions {
  max?: number;
  /** Run every connection as this role (SET ROLE at connect) when no dedicated login is configured. */
  role?: string;
  /** Count every statement sent (the benchmark's SQL-per-request figure); see statementCount(). */
  countStatements?: boolean;
}

const counter = globalThis as unknown as { __kcStatements?: number };

/** Statements sent by clients created with countStatements since the process started (BEGIN and COMMIT included). */
function countStatement(_connection: number, query: string) {
  counter.__kcStatements = (counter.__kcStatements ?? 0) + 1;
  // KC_LOG_SQL=1 (benchmark debugging only): which statements a request sends, without their parameters
  if (process.env.KC_LOG_SQL === "1") process.stderr.write(`[sql] ${query.replace(/\s+/g, " ").slice(0, 160)}\n`);
}

export function statementCount(): number {
  return counter.__kcStatements ?? 0;
}

/**
 * A postgres.js pool plus its drizzle wrapper. Plain module (no "server-only") so that scripts,
 * migrations and tests can use it; pages reach the database only through db/index.ts.
 */
export function createDb(url: string, options: CreateDbOptions = {}) {
  const sql = postgres(url, {
    max: options.max ?? 10,
    idle_timeout: 30,
    onnotice: () => {},
    // the startup parameter makes each connection assume the role before any query runs
    connection: options.role ? { role: options.role } : undefined,
    debug: options.countStatements ? countStatement : undefined,
  });
  const db = drizzle(sql, { schema });
  return { sql, db, close: () => sql.end({ timeout: 5 }) };
}
