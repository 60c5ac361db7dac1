import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { base32Encode } from "./totp";

/**
 * TOTP secrets are stored sealed (AES-256-GCM under a key derived from AUTH_SECRET), so a database
 * dump or backup alone does not let anyone mint codes. Recovery codes are stored as SHA-256 hashes:
 * they carry 50 random bits each, far beyond guessing within the lockout.
 */
function key(secret = process.env.TOTP_KEY ?? process.env.AUTH_SECRET): Buffer {
  if (!secret) throw new Error("AUTH_SECRET (or TOTP_KEY) must be set to store two-factor secrets");
  return Buffer.from(hkdfSync("sha256", secret, "kinetic-chart", "totp-secret-v1", 32));
}

export function sealSecret(plain: string, secret?: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(secret), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

export function openSecret(sealed: string, secret?: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !body) throw new Error("unknown sealed secret format");
  const decipher = createDecipheriv("aes-256-gcm", key(secret), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

export const RECOVERY_CODE_COUNT = 10;

/** Ten codes like "k7qm2-x9fha", shown once. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const raw = base32Encode(randomBytes(7)).slice(0, 10).toLowerCase();
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
}

export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, "");
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");
}

/** A typed second factor is either a 6-digit app code or a recovery code. */
export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z2-7]{10}$/.test(normaliseRecoveryCode(code));
}
