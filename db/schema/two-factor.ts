import { bigint, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/** A staff member's confirmed authenticator (RFC 6238). The secret is sealed (lib/auth/two-factor-secrets.ts). */
export const userTotp = pgTable("user_totp", {
  userId: uuid("user_id").primaryKey().references(() => users.id, { onDelete: "cascade" }),
  secretSealed: text("secret_sealed").notNull(),
  enabledAt: timestamp("enabled_at", { withTimezone: true }).notNull(),
  // the newest time step already accepted: a code is good once (no replay within its 90 s window)
  lastUsedStep: bigint("last_used_step", { mode: "number" }),
});

/** Single-use recovery codes; only SHA-256 hashes are stored and they are shown once. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("recovery_codes_user_hash_key").on(t.userId, t.codeHash)],
);

export const authChallengeKind = pgEnum("auth_challenge_kind", ["second_factor", "enrol_at_sign_in", "enrol"]);

/**
 * A half-finished sign-in (password right, second factor still owed) or an enrolment in progress.
 * No session exists until the challenge is answered; only the token's hash is stored.
 */
export const authChallenges = pgTable(
  "auth_challenges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    kind: authChallengeKind("kind").notNull(),
    // the secret being enrolled (sealed), for the two enrolment kinds
    pendingSecretSealed: text("pending_secret_sealed"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("auth_challenges_user_idx").on(t.userId)],
);
