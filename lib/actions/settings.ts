"use server";
import { clinicSettings } from "@/db/schema";
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
