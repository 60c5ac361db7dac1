import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { base32Decode, base32Encode, hotp, otpauthUri, timeStep, totp, verifyTotp, type TotpAlgorithm } from "@/lib/auth/totp";
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes, openSecret, sealSecret } from "@/lib/auth/two-factor-secrets";

// RFC 6238 appendix B: the seeds are ASCII digits, 20/32/64 bytes for SHA1/SHA256/SHA512; 8 digits.
const SEEDS: Record<TotpAlgorithm, Buffer> = {
  sha1: Buffer.from("12345678901234567890"),
  sha256: Buffer.from("12345678901234567890123456789012"),
  sha512: Buffer.from("1234567890123456789012345678901234567890123456789012345678901234"),
};
const VECTORS: [number, string, TotpAlgorithm][] = [
  [59, "94287082", "sha1"], [59, "46119246", "sha256"], [59, "90693936", "sha512"],
  [1111111109, "07081804", "sha1"], [1111111109, "68084774", "sha256"], [1111111109, "25091201", "sha512"],
  [1111111111, "14050471", "sha1"], [1111111111, "67062674", "sha256"], [1111111111, "99943326", "sha512"],
  [1234567890, "89005924", "sha1"], [1234567890, "91819424", "sha256"], [1234567890, "93441116", "sha512"],
  [2000000000, "69279037", "sha1"], [2000000000, "90698825", "sha256"], [2000000000, "38618901", "sha512"],
  [20000000000, "65353130", "sha1"], [20000000000, "77737706", "sha256"], [20000000000, "47863826", "sha512"],
];

describe("TOTP (RFC 6238)", () => {
  it.each(VECTORS)("T=%i gives %s with %s", (seconds, expected, algorithm) => {
    const at = new Date(seconds * 1000);
    expect(hotp(SEEDS[algorithm], timeStep(at), 8, algorithm)).toBe(expected);
    expect(totp(base32Encode(SEEDS[algorithm]), at, { digits: 8, algorithm })).toBe(expected);
  });

  it("RFC 4226 appendix D HOTP values", () => {
    const expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"];
    expect(expected.map((_, i) => hotp(SEEDS.sha1, i))).toEqual(expected);
  });

  it("base32 round-trips any bytes and matches RFC 4648", () => {
    expect(base32Encode(Buffer.from("foobar"))).toBe("MZXW6YTBOI");
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      expect([...base32Decode(base32Encode(bytes))]).toEqual([...bytes]);
    }));
  });

  it("accepts the current code and one step either side, refuses two steps away and replays", () => {
    const secret = base32Encode(SEEDS.sha1);
    const at = new Date(1_700_000_000_000);
    const step = timeStep(at);
    expect(verifyTotp(secret, totp(secret, at), at)).toBe(step);
    expect(verifyTotp(secret, totp(secret, new Date(at.getTime() - 30_000)), at)).toBe(step - 1);
    expect(verifyTotp(secret, totp(secret, new Date(at.getTime() + 30_000)), at)).toBe(step + 1);
    expect(verifyTotp(secret, totp(secret, new Date(at.getTime() - 61_000)), at)).toBeNull();
    // the same code again after it was used: refused
    expect(verifyTotp(secret, totp(secret, at), at, step)).toBeNull();
    expect(verifyTotp(secret, "12345", at)).toBeNull();
    expect(verifyTotp(secret, "abcdef", at)).toBeNull();
    expect(verifyTotp(secret, ` ${totp(secret, at).slice(0, 3)} ${totp(secret, at).slice(3)} `, at)).toBe(step);
  });

  it("builds the otpauth URI authenticator apps read", () => {
    const uri = otpauthUri("JBSWY3DPEHPK3PXP", "pat@clinic.test");
    expect(uri).toBe("otpauth://totp/Kinetic%20Chart%3Apat%40clinic.test?secret=JBSWY3DPEHPK3PXP&issuer=Kinetic+Chart&algorithm=SHA1&digits=6&period=30");
  });
});

describe("two-factor secrets at rest", () => {
  it("seals and opens a secret; another key or a tampered value fails", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", "key-one");
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(openSecret(sealed, "key-one")).toBe("JBSWY3DPEHPK3PXP");
    expect(() => openSecret(sealed, "key-two")).toThrow();
    const parts = sealed.split(".");
    parts[3] = parts[3].slice(0, -2) + (parts[3].endsWith("A") ? "BB" : "AA");
    expect(() => openSecret(parts.join("."), "key-one")).toThrow();
  });

  it("recovery codes are distinct, recognisable and hashed independent of case and dashes", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) {
      expect(c).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
      expect(looksLikeRecoveryCode(c)).toBe(true);
      expect(hashRecoveryCode(c.toUpperCase().replace("-", " "))).toBe(hashRecoveryCode(c));
    }
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });
});
