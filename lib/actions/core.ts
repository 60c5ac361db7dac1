import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db, Tx } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";
import type { SQL } from "drizzle-orm";
import { auditInsertSql, writeAudit, type AuditEntry } from "@/lib/audit";
import type { Caller } from "@/lib/auth/caller";
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { now } from "@/lib/time";
import { faultPause } from "./fault-hook";
import { PG, constraintOf, isDatabaseUnavailable, isNextControlFlow, pgError } from "./pg-errors";

export type ActionResult<O> =
  | { ok: true; data: O; redirectTo?: string }
  | { ok: false; code: string; error: string; fieldErrors?: Record<string, string[]>; errorId?: string; details?: Record<string, unknown> };

export interface ActionContext {
  caller: Caller | null;
  tx: Tx;
  now: Date;
  /** absolute origin of the request (for links in messages) */
  origin: string;
  ip: string | null;
  /** describe the change for its audit row (written in the same transaction) */
  audit: (entry: Partial<Omit<AuditEntry, "action" | "outcome">>) => void;
  /**
   * The audit row as an INSERT the handler runs inside its own last statement (a CTE), saving a
   * statement; the wrapper then writes no row of its own. The handler must execute what it gets.
   */
  auditStatement: (entry: Partial<Omit<AuditEntry, "action" | "outcome">>) => SQL;
  /** navigate there after the transaction commits */
  redirectAfterCommit: (url: string) => void;
}

export interface ActionDefinition<S extends z.ZodType, O> {
  name: string;
  /** null only for the public account flows (forgot password, reset, accept invite) */
  permission: Permission | null;
  input: S;
  /** the patient the input touches: checked against the caller's scope before the body runs */
  patientId?: (input: z.output<S>) => string | null | undefined;
  /** accept an idempotency key: a repeated call with the same key returns the first result */
  idempotent?: boolean;
  isolation?: "read committed" | "repeatable read" | "serializable";
  /** constraint name → message, for 23505/23514/23503 raised by PostgreSQL */
  constraintMessages?: Record<string, { field?: string; message: string }>;
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<O>;
}

export interface ActionMeta {
  ip?: string | null;
  origin?: string;
  idempotencyKey?: string;
}

const MAX_ATTEMPTS = 3;

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

const NUL_MESSAGE = "Remove the invisible control character (NUL) from this text; it cannot be stored.";

/**
 * PostgreSQL cannot store a NUL character in text or jsonb; a pasted one would fail the insert
 * with an internal error. Refused here, for every action, as a field error.
 */
function nulFieldErrors(value: unknown): Record<string, string[]> | null {
  const out: Record<string, string[]> = {};
  const walk = (v: unknown, path: string[], depth: number) => {
    if (depth > 20) return;
    if (typeof v === "string") {
      if (v.includes("\u0000")) out[path.length ? path.join(".") : "_form"] = [NUL_MESSAGE];
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, [...path, String(i)], depth + 1));
    } else if (v && typeof v === "object" && !ArrayBuffer.isView(v)) {
      for (const [k, x] of Object.entries(v)) {
        if (k.includes("\u0000")) out[path.length ? path.join(".") : "_form"] = [NUL_MESSAGE];
        walk(x, [...path, k], depth + 1);
      }
    }
  };
  walk(value, [], 0);
  return Object.keys(out).length ? out : null;
}

async function auditDenied(db: Db, caller: Caller | null, name: string, reason: string, patientId: string | null, meta: ActionMeta) {
  try {
    await writeAudit(db, caller, { action: name, outcome: "denied", patientId, details: { reason }, ip: meta.ip });
  } catch (e) {
    log.error({ action: name, err: String(e) }, "could not audit a denial");
  }
}

/**
 * The one way a write happens (DESIGN.md §4). Knows nothing of Next.js or next-auth: the caller is
 * a plain value, so database tests call this directly. Order: session → permission → input →
 * patient scope → body + audit row in one transaction (retried on serialization failure).
 */
export async function runAction<S extends z.ZodType, O>(
  db: Db,
  caller: Caller | null,
  def: ActionDefinition<S, O>,
  rawInput: unknown,
  meta: ActionMeta = {},
): Promise<ActionResult<O>> {
  if (def.permission && !caller) {
    return { ok: false, code: "session_expired", error: "Your session has ended. Sign in again to continue; what you typed is kept." };
  }
  if (def.permission && caller && !hasPermission(caller.roles, def.permission)) {
    await auditDenied(db, caller, def.name, "permission", null, meta);
    return { ok: false, code: "forbidden", error: "You do not have permission to do that." };
  }
  let parsed: ReturnType<S["safeParse"]>;
  try {
    parsed = def.input.safeParse(rawInput) as ReturnType<S["safeParse"]>;
  } catch (e) {
    // a refinement that throws on absurd input is a bug in the schema, but the input is still bad input
    log.error({ action: def.name, err: e instanceof Error ? e.message : String(e) }, "input schema threw");
    return { ok: false, code: "validation", error: "Some values could not be checked. Correct the fields and try again." };
  }
  if (!parsed.success) {
    return { ok: false, code: "validation", error: "Please correct the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  }
  const nul = nulFieldErrors(parsed.data);
  if (nul) return { ok: false, code: "validation", error: "Please correct the highlighted fields.", fieldErrors: nul };
  const input = parsed.data as z.output<S>;
  const patientId = def.patientId?.(input) ?? null;
  if (patientId && caller?.kind === "patient" && !caller.patientIds.includes(patientId)) {
    await auditDenied(db, caller, def.name, "patient_scope", patientId, meta);
    return { ok: false, code: "not_found", error: "That record was not found." };
  }

  for (let attempt = 1; ; attempt++) {
    try {
      return await runInTransaction(db, caller, def, input, patientId, meta);
    } catch (e) {
      if (isNextControlFlow(e)) throw e;
      const pg = pgError(e);
      if (pg && (pg.code === PG.serializationFailure || pg.code === PG.deadlockDetected) && attempt < MAX_ATTEMPTS) continue;
      return failureResult(def, e);
    }
  }
}

async function runInTransaction<S extends z.ZodType, O>(
  db: Db, caller: Caller | null, def: ActionDefinition<S, O>, input: z.output<S>, patientId: string | null, meta: ActionMeta,
): Promise<ActionResult<O>> {
  return db.transaction(
    async (tx) => {
      const key = def.idempotent && caller && meta.idempotencyKey ? meta.idempotencyKey.slice(0, 100) : null;
      if (key && caller) {
        const claimed = await tx
          .insert(idempotencyKeys)
          .values({ userId: caller.userId, key, action: def.name, result: "" })
          .onConflictDoNothing()
          .returning({ key: idempotencyKeys.key });
        if (claimed.length === 0) {
          const [prior] = await tx.select({ result: idempotencyKeys.result }).from(idempotencyKeys)
            .where(and(eq(idempotencyKeys.userId, caller.userId), eq(idempotencyKeys.key, key)));
          return JSON.parse(prior.result) as ActionResult<O>;
        }
      }
      const auditEntry: Partial<AuditEntry> = { patientId };
      let redirectTo: string | undefined;
      let auditEmbedded = false;
      const ctx: ActionContext = {
        caller, tx, now: now(), origin: meta.origin ?? "http://localhost:3000", ip: meta.ip ?? null,
        audit: (entry) => Object.assign(auditEntry, entry),
        auditStatement: (entry) => {
          Object.assign(auditEntry, entry);
          auditEmbedded = true;
          return auditInsertSql(caller, { ...auditEntry, action: def.name, outcome: "ok", ip: meta.ip });
        },
        redirectAfterCommit: (url) => { redirectTo = url; },
      };
      const data = await def.handler(input, ctx);
      if (!auditEmbedded) await writeAudit(tx, caller, { ...auditEntry, action: def.name, outcome: "ok", ip: meta.ip });
      await faultPause(def.name, "before-commit");
      const result: ActionResult<O> = redirectTo ? { ok: true, data, redirectTo } : { ok: true, data };
      if (key && caller) {
        await tx.update(idempotencyKeys).set({ result: JSON.stringify(result) })
          .where(and(eq(idempotencyKeys.userId, caller.userId), eq(idempotencyKeys.key, key)));
      }
      return result;
    },
    // PostgreSQL's default is read committed: naming it would cost a SET TRANSACTION statement per action
    def.isolation && def.isolation !== "read committed" ? { isolationLevel: def.isolation } : undefined,
  );
}

function failureResult<S extends z.ZodType, O>(def: ActionDefinition<S, O>, e: unknown): ActionResult<O> {
  if (isAppError(e)) return { ok: false, code: e.code, error: e.message, fieldErrors: e.fieldErrors, ...(e.details ? { details: e.details } : {}) };
  const pg = pgError(e);
  if (pg) {
    const mapped = constraintOf(pg) ? def.constraintMessages?.[constraintOf(pg)!] : undefined;
    const fieldErrors = mapped?.field ? { [mapped.field]: [mapped.message] } : undefined;
    if (pg.code === PG.uniqueViolation) return { ok: false, code: "duplicate", error: mapped?.message ?? "That record already exists.", fieldErrors };
    if (pg.code === PG.exclusionViolation) return { ok: false, code: "overlap", error: mapped?.message ?? "That slot was just taken. Choose another time.", fieldErrors };
    if (pg.code === PG.serializationFailure || pg.code === PG.deadlockDetected) {
      return { ok: false, code: "conflict", error: "Someone else changed this at the same moment. Please try again." };
    }
    if (mapped && (pg.code === PG.checkViolation || pg.code === PG.foreignKeyViolation)) {
      return { ok: false, code: "invalid", error: mapped.message, fieldErrors };
    }
    // An id in the input that names no row: the same answer as any unknown record.
    if (pg.code === PG.foreignKeyViolation) return { ok: false, code: "not_found", error: "Something this refers to was not found. Reload the page and try again." };
    // Class 22 (data exception): a number out of range, a date that does not exist, text that cannot be stored.
    if (pg.code.startsWith("22")) {
      return { ok: false, code: "validation", error: "A value is out of range or not in a form that can be stored. Check the fields and try again." };
    }
  }
  if (isDatabaseUnavailable(e)) {
    log.warn({ action: def.name, err: e instanceof Error ? e.message : String(e) }, "database unavailable");
    return { ok: false, code: "unavailable", error: "The database cannot be reached just now, so nothing was saved. Your entries are kept: try again in a minute." };
  }
  const errorId = randomUUID().slice(0, 8);
  log.error({ errorId, action: def.name, pgCode: pg?.code, constraint: pg ? constraintOf(pg) : undefined, err: e instanceof Error ? e.message : String(e) }, "action failed");
  return { ok: false, code: "internal", errorId, error: `Something went wrong and nothing was saved. If it happens again, quote error ${errorId}.` };
}

