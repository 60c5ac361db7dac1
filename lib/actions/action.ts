import "server-only";
import type { z } from "zod";
import { runAction, type ActionDefinition, type ActionResult } from "./core";
import { faultPause } from "./fault-hook";
import { registerAction } from "./registry";

export type { ActionResult } from "./core";

/** Optional second argument every action accepts from a form. */
export interface ActionCallOptions {
  idempotencyKey?: string;
}

export type BoundAction<S extends z.ZodType, O> = ((input: z.input<S>, options?: ActionCallOptions) => Promise<ActionResult<O>>) & {
  /** the plain definition, for database tests that call runAction with a test caller */
  definition: ActionDefinition<S, O>;
};

/**
 * The thin Next.js layer over runAction: resolve the caller from the session and the request's
 * address, then redirect only after the transaction has committed. An expired session comes
 * back as a `session_expired` result (never a redirect), so the form keeps what was typed.
 * Next.js modules are imported inside the call so that tests can load action modules in plain Node.
 */
export function action<S extends z.ZodType, O>(def: ActionDefinition<S, O>): BoundAction<S, O> {
  registerAction(def);
  const bound = async (input: z.input<S>, options: ActionCallOptions = {}): Promise<ActionResult<O>> => {
    const [{ headers }, { redirect }, { getCaller }, { getDb }, info] = await Promise.all([
      import("next/headers"), import("next/navigation"), import("@/lib/auth/server"), import("@/db"), import("@/lib/auth/request-info"),
    ]);
    const h = await headers();
    const caller = await getCaller();
    const result = await runAction(getDb(), caller, def, input, {
      ip: info.clientIp(h),
      origin: info.requestOrigin(h),
      idempotencyKey: typeof options?.idempotencyKey === "string" ? options.idempotencyKey : undefined,
    });
    if (result.ok) await faultPause(def.name, "after-commit");
    if (result.ok && result.redirectTo) redirect(result.redirectTo);
    return result;
  };
  return Object.assign(bound, { definition: def });
}
