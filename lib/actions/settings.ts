"use server";
import { eq } from "drizzle-orm";
import { clinicSettings, type ScopeOverrides } from "@/db/schema";
import type { Tx } from "@/db/client";
import { AppError } from "@/lib/errors";
import { RemoveScopeOverrideInput, SetScopeOverrideInput } from "@/lib/validation/scope";
import { ClinicSettingsInput } from "@/lib/validation/settings";
import { action } from "./action";

/** Clinic name, time zone, opening hours and the session / link lifetimes. */
export const saveClinicSettings = action({
  name: "settings.save",
  permission: "settings.manage",
  input: ClinicSettingsInput,
  async handler(input, ctx) {
    const hours = Object.fromEntries(Object.entries(input.hours).map(([d, h]) => [d, h.open ? { open: h.open, close: h.close } : null]));
    await ctx.tx.insert(clinicSettings).values({ id: 1, ...input, hours, updatedAt: ctx.now })
      .onConflictDoUpdate({ target: clinicSettings.id, set: { ...input, hours, updatedAt: ctx.now } });
    ctx.audit({ entityType: "settings", entityId: "1", details: { fields: Object.keys(input) } });
    return { saved: true };
  },
});

/** Read-modify-write of the rules under a row lock, so two admins editing at once do not lose a rule. */
async function updateScopeOverrides(tx: Tx, at: Date, change: (rules: ScopeOverrides) => void) {
  const [row] = await tx.select({ rules: clinicSettings.scopeOverrides }).from(clinicSettings).where(eq(clinicSettings.id, 1)).for("update");
  if (!row) throw new AppError("not_found", "Save the clinic settings first.");
  const rules = structuredClone(row.rules);
  change(rules);
  await tx.update(clinicSettings).set({ scopeOverrides: rules, updatedAt: at }).where(eq(clinicSettings.id, 1));
}

/** Set one jurisdiction rule: this discipline may (not) record this component here. */
export const setScopeOverride = action({
  name: "settings.scope.set",
  permission: "settings.manage",
  input: SetScopeOverrideInput,
  async handler(input, ctx) {
    await updateScopeOverrides(ctx.tx, ctx.now, (rules) => {
      rules[input.componentCode] = { ...rules[input.componentCode], [input.discipline]: { status: input.status, text: input.text } };
    });
    ctx.audit({ entityType: "settings", entityId: "1", details: { scopeOverride: input } });
    return { saved: true };
  },
});

export const removeScopeOverride = action({
  name: "settings.scope.remove",
  permission: "settings.manage",
  input: RemoveScopeOverrideInput,
  async handler(input, ctx) {
    await updateScopeOverrides(ctx.tx, ctx.now, (rules) => {
      const byDiscipline = { ...rules[input.componentCode] };
      delete byDiscipline[input.discipline];
      if (Object.keys(byDiscipline).length === 0) delete rules[input.componentCode];
      else rules[input.componentCode] = byDiscipline;
    });
    ctx.audit({ entityType: "settings", entityId: "1", details: { scopeOverrideRemoved: input } });
    return { removed: true };
  },
});
