"use server";
import { and, eq, like } from "drizzle-orm";
import { protocols } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { RetireProtocolInput, SaveProtocolInput } from "@/lib/validation/protocols";
import type { Tx } from "@/db/client";
import { action } from "./action";

/** "Runner hip — week 1" → "C-RUNNER-HIP-WEEK"; a number is added when the code is taken. */
async function freshCode(tx: Tx, name: string): Promise<string> {
  const stem = `C-${name.toUpperCase().normalize("NFKD").replace(/[^A-Z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 16).replace(/-$/, "") || "PROTOCOL"}`;
  const taken = new Set((await tx.select({ code: protocols.code }).from(protocols).where(like(protocols.code, `${stem}%`))).map((r) => r.code));
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/**
 * Create a clinic protocol, or revise one: a revision is a new version and the version it replaces
 * is retired, so visits that applied the old version still show exactly what it said (the rows are
 * frozen by a trigger; at most one version per protocol is active, by a unique index).
 */
export const saveProtocol = action({
  name: "protocol.save",
  permission: "protocol.manage",
  input: SaveProtocolInput,
  constraintMessages: { protocols_one_active_version: { message: "Someone saved a new version of this protocol meanwhile: reload to see it." } },
  async handler(input, ctx) {
    let code: string;
    let version = 1;
    if (input.protocolId) {
      const [current] = await ctx.tx.select().from(protocols).where(eq(protocols.id, input.protocolId)).for("update");
      if (!current) throw new AppError("not_found", "That protocol was not found.");
      if (current.source !== "clinic") throw new AppError("invalid", "Reference protocols cannot be changed: make a clinic copy and edit that.");
      if (current.status !== "active") throw new AppError("conflict", "This version is no longer the current one: open the current version to edit it.");
      await ctx.tx.update(protocols).set({ status: "retired" }).where(eq(protocols.id, current.id));
      code = current.code;
      version = current.version + 1;
    } else {
      code = await freshCode(ctx.tx, input.name);
    }
    const [row] = await ctx.tx.insert(protocols).values({
      code, version, name: input.name, description: input.description, source: "clinic", status: "active",
      lines: input.steps as unknown as unknown[], createdBy: ctx.caller!.userId, createdAt: ctx.now,
    }).returning({ id: protocols.id });
    ctx.audit({ entityType: "protocol", entityId: row.id, details: { code, version, steps: input.steps.length } });
    return { protocolId: row.id, code, version };
  },
});

/** Retire a clinic protocol: it leaves the pickers; visits that used it keep showing it. */
export const retireProtocol = action({
  name: "protocol.retire",
  permission: "protocol.manage",
  input: RetireProtocolInput,
  async handler(input, ctx) {
    const [row] = await ctx.tx.select({ code: protocols.code, source: protocols.source }).from(protocols).where(eq(protocols.id, input.protocolId));
    if (!row) throw new AppError("not_found", "That protocol was not found.");
    if (row.source !== "clinic") throw new AppError("invalid", "Reference protocols stay in the library; clinic protocols can be retired.");
    const retired = await ctx.tx.update(protocols).set({ status: "retired" }).where(and(eq(protocols.code, row.code), eq(protocols.status, "active"))).returning({ id: protocols.id });
    if (retired.length === 0) throw new AppError("invalid", "This protocol is already retired.");
    ctx.audit({ entityType: "protocol", entityId: input.protocolId, details: { code: row.code, retired: true } });
    return { retired: true };
  },
});
