import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's minimum memory cost; about 50 ms here, which also paces guessing.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;
/** Verifying against a throwaway hash makes an unknown email take as long as a wrong password. */
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword("kinetic-timing-equaliser-" + Math.random());
  await verifyPassword(await dummyHash, password);
}
