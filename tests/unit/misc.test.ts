import { describe, expect, it } from "vitest";
import { ageOn } from "@/lib/domain/patients/age";
import { buildCsp } from "@/lib/security/csp";
import { isNextControlFlow, pgError } from "@/lib/actions/pg-errors";

describe("ageOn", () => {
  it("counts whole years, turning over on the birthday", () => {
    expect(ageOn("1990-06-15", new Date("2026-06-14T23:00:00Z"))).toBe(35);
    expect(ageOn("1990-06-15", new Date("2026-06-15T00:00:00Z"))).toBe(36);
    expect(ageOn("2008-02-29", new Date("2026-02-28T12:00:00Z"))).toBe(17);
  });
});

describe("buildCsp", () => {
  it("allows scripts only by nonce with strict-dynamic, and forbids framing", () => {
    const csp = buildCsp("abc123", { dev: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
});

describe("error classification", () => {
  it("finds the PostgreSQL error inside a wrapped error", () => {
    const wrapped = Object.assign(new Error("Failed query"), { cause: { code: "23505", constraint_name: "x" } });
    expect(pgError(wrapped)?.code).toBe("23505");
    expect(pgError(new Error("plain"))).toBeNull();
  });
  it("recognises Next.js redirects so they pass through", () => {
    expect(isNextControlFlow({ digest: "NEXT_REDIRECT;replace;/x;307;" })).toBe(true);
    expect(isNextControlFlow(new Error("NEXT_REDIRECT"))).toBe(false);
  });
});
