import { sql } from "drizzle-orm";
import {
  boolean, check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid,
} from "drizzle-orm/pg-core";

export const userKind = pgEnum("user_kind", ["staff", "patient"]);
export const staffRole = pgEnum("staff_role", ["admin", "clinician", "front_desk"]);
export const discipline = pgEnum("discipline", ["DC", "PT", "PTA", "LMT"]);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: userKind("kind").notNull(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    // null until an invite is accepted: such an account cannot sign in
    passwordHash: text("password_hash"),
    active: boolean("active").notNull().default(true),
    // bumped on password change / forced sign-out; a JWT with an older version is refused
    sessionVersion: integer("session_version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`),
    check("users_email_shape", sql`${t.email} ~ '^[^@\\s]+@[^@\\s]+$'`),
  ],
);

export const userRoles = pgTable(
  "user_roles",
  {
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    role: staffRole("role").notNull(),
    grantedAt: timestamp("granted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

export const staffProfiles = pgTable(
  "staff_profiles",
  {
    userId: uuid("user_id").primaryKey().references(() => users.id, { onDelete: "cascade" }),
    discipline: discipline("discipline"),
    credentials: text("credentials"),
    licenceNumber: text("licence_number"),
    /** Certifications some techniques need (DOMAIN.md §4.0 / V17): ART, IASTM, the dry-needling scope flag. */
    certifications: text("certifications").array().notNull().default(sql`'{}'::text[]`),
    supervisorUserId: uuid("supervisor_user_id").references(() => users.id, { onDelete: "restrict" }),
  },
  (t) => [
    // a PT assistant always works under a supervising PT (checked for discipline by a trigger)
    check("staff_pta_needs_supervisor", sql`${t.discipline} is distinct from 'PTA' or ${t.supervisorUserId} is not null`),
    check("staff_not_own_supervisor", sql`${t.supervisorUserId} is distinct from ${t.userId}`),
    check("staff_certifications_known", sql`${t.certifications} <@ array['ART_CERTIFIED', 'IASTM_CERTIFIED', 'DRY_NEEDLING_SCOPE']::text[]`),
  ],
);

/** One row per signed-in browser; idle timeout and sign-out live here, so they hold across instances. */
export const authSessions = pgTable(
  "auth_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    endReason: text("end_reason"),
  },
  (t) => [index("auth_sessions_user_idx").on(t.userId)],
);

export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // normalised (lower-case) email as typed, so unknown emails are throttled the same way
    email: text("email").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    at: timestamp("at", { withTimezone: true }).notNull(),
    outcome: text("outcome", { enum: ["success", "failure", "locked"] }).notNull(),
    ip: text("ip"),
  },
  (t) => [index("sign_in_attempts_email_at_idx").on(t.email, t.at)],
);

export const authTokens = pgTable(
  "auth_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    purpose: text("purpose", { enum: ["invite", "reset"] }).notNull(),
    // only the SHA-256 of the token is stored; the token itself exists only in the link
    tokenHash: text("token_hash").notNull().unique(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("auth_tokens_user_idx").on(t.userId)],
);

export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    action: text("action").notNull(),
    result: text("result").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);
