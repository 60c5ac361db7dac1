/** PostgreSQL error codes the action wrapper turns into messages. */
export const PG = {
  uniqueViolation: "23505",
  exclusionViolation: "23P01",
  checkViolation: "23514",
  foreignKeyViolation: "23503",
  serializationFailure: "40001",
  deadlockDetected: "40P01",
} as const;

export interface PgErrorLike {
  code: string;
  constraint_name?: string;
  constraint?: string;
}

/** drizzle wraps driver errors; the PostgreSQL error is the error itself or its cause. */
export function pgError(e: unknown): PgErrorLike | null {
  for (let cur: unknown = e, depth = 0; cur && depth < 4; cur = (cur as { cause?: unknown }).cause, depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return cur as PgErrorLike;
  }
  return null;
}

export function constraintOf(e: PgErrorLike): string | undefined {
  return e.constraint_name ?? e.constraint;
}

/** Next.js signals redirect()/notFound()/forbidden() by throwing; those must pass through untouched. */
export function isNextControlFlow(e: unknown): boolean {
  const digest = (e as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND");
}

// postgres.js connection failures, the socket's, and PostgreSQL's own "shutting down / starting up" classes
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT", "57P01", "57P02", "57P03"]);

/** True when the database could not be reached (restart, outage), as opposed to a failing statement. */
export function isDatabaseUnavailable(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 4; cur = (cur as { cause?: unknown }).cause, depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || code.startsWith("08"))) return true;
  }
  return false;
}
