"use server";
import { and, eq, isNull, notInArray } from "drizzle-orm";
import { authSessions, staffProfiles, userRoles, users } from "@/db/schema";
import { issueToken } from "@/lib/auth/tokens";
import { getClinicSettings } from "@/lib/data/settings";
import { staffInviteMessage } from "@/lib/domain/messages/templates";
import { AppError } from "@/lib/errors";
import { queueMessage } from "@/lib/outbox";
import { HOUR } from "@/lib/time";
import { CreateStaffInput, ResendInviteInput, SetStaffActiveInput, UpdateStaffInput } from "@/lib/validation/staff";
import { action } from "./action";
import type { ActionContext } from "./core";

const staffConstraints = {
  users_email_lower_key: { field: "email", message: "A user with this email already exists" },
  staff_supervisor_is_pt: { field: "supervisorUserId", message: "The supervisor must be an active physical therapist" },
  staff_pta_needs_supervisor: { field: "supervisorUserId", message: "A PT assistant needs a supervising physical therapist" },
  staff_not_own_supervisor: { field: "supervisorUserId", message: "A staff member cannot supervise themself" },
};

async function sendStaffInvite(ctx: ActionContext, user: { id: string; email: string; displayName: string }) {
  const settings = await getClinicSettings(ctx.tx);
  const token = await issueToken(ctx.tx, { purpose: "invite", userId: user.id, ttlMs: settings.inviteTtlHours * HOUR, createdBy: ctx.caller!.userId, now: ctx.now });
  const link = `${ctx.origin}/invite/${token}`;
  const msg = staffInviteMessage({ clinicName: settings.name, name: user.displayName, link, hours: settings.inviteTtlHours });
  await queueMessage(ctx.tx, { kind: "staff_invite", to: user.email, subject: msg.subject, body: msg.body, createdBy: ctx.caller!.userId }, ctx.now);
  return link;
}

export const createStaff = action({
  name: "staff.create",
  permission: "staff.manage",
  input: CreateStaffInput,
  constraintMessages: staffConstraints,
  async handler(input, ctx) {
    const [user] = await ctx.tx.insert(users).values({ kind: "staff", email: input.email, displayName: input.displayName })
      .returning({ id: users.id, email: users.email, displayName: users.displayName });
    await ctx.tx.insert(userRoles).values(input.roles.map((role) => ({ userId: user.id, role })));
    await ctx.tx.insert(staffProfiles).values({
      userId: user.id, discipline: input.discipline ?? null, credentials: input.credentials ?? null, certifications: input.certifications,
      licenceNumber: input.licenceNumber ?? null, supervisorUserId: input.supervisorUserId ?? null,
    });
    const inviteLink = await sendStaffInvite(ctx, user);
    ctx.audit({ entityType: "user", entityId: user.id, details: { roles: input.roles, discipline: input.discipline ?? null } });
    return { userId: user.id, inviteLink };
  },
});

export const updateStaff = action({
  name: "staff.update",
  permission: "staff.manage",
  input: UpdateStaffInput,
  constraintMessages: staffConstraints,
  async handler(input, ctx) {
    const [target] = await ctx.tx.select({ id: users.id }).from(users).where(and(eq(users.id, input.userId), eq(users.kind, "staff"))).for("update");
    if (!target) throw new AppError("not_found", "That staff member was not found.");
    // An admin cannot remove their own admin role: the clinic must never lock itself out.
    if (input.userId === ctx.caller!.userId && !input.roles.includes("admin")) {
      throw new AppError("validation", "You cannot remove your own admin role.", { roles: ["Keep the admin role on your own account"] });
    }
    await ctx.tx.update(users).set({ displayName: input.displayName }).where(eq(users.id, input.userId));
    await ctx.tx.delete(userRoles).where(and(eq(userRoles.userId, input.userId), notInArray(userRoles.role, input.roles)));
    await ctx.tx.insert(userRoles).values(input.roles.map((role) => ({ userId: input.userId, role }))).onConflictDoNothing();
    await ctx.tx.insert(staffProfiles).values({ userId: input.userId }).onConflictDoNothing();
    await ctx.tx.update(staffProfiles).set({
      discipline: input.discipline ?? null, credentials: input.credentials ?? null, certifications: input.certifications,
      licenceNumber: input.licenceNumber ?? null, supervisorUserId: input.supervisorUserId ?? null,
    }).where(eq(staffProfiles.userId, input.userId));
    ctx.audit({ entityType: "user", entityId: input.userId, details: { roles: input.roles, discipline: input.discipline ?? null } });
    return { userId: input.userId };
  },
});

export const setStaffActive = action({
  name: "staff.set_active",
  permission: "staff.manage",
  input: SetStaffActiveInput,
  async handler(input, ctx) {
    if (input.userId === ctx.caller!.userId && !input.active) {
      throw new AppError("validation", "You cannot deactivate your own account.");
    }
    const rows = await ctx.tx.update(users).set({ active: input.active })
      .where(and(eq(users.id, input.userId), eq(users.kind, "staff"))).returning({ id: users.id });
    if (rows.length === 0) throw new AppError("not_found", "That staff member was not found.");
    if (!input.active) {
      await ctx.tx.update(authSessions).set({ endedAt: ctx.now, endReason: "deactivated" })
        .where(and(eq(authSessions.userId, input.userId), isNull(authSessions.endedAt)));
    }
    ctx.audit({ entityType: "user", entityId: input.userId, details: { active: input.active } });
    return { userId: input.userId, active: input.active };
  },
});

export const resendStaffInvite = action({
  name: "staff.resend_invite",
  permission: "staff.manage",
  input: ResendInviteInput,
  async handler(input, ctx) {
    const [user] = await ctx.tx.select({ id: users.id, email: users.email, displayName: users.displayName, passwordHash: users.passwordHash })
      .from(users).where(and(eq(users.id, input.userId), eq(users.kind, "staff"), eq(users.active, true)));
    if (!user) throw new AppError("not_found", "That staff member was not found or is inactive.");
    if (user.passwordHash) throw new AppError("invalid", "This person has already set a password; they can use “Forgot password” instead.");
    const inviteLink = await sendStaffInvite(ctx, user);
    ctx.audit({ entityType: "user", entityId: user.id });
    return { inviteLink };
  },
});
