import { afterEach, describe, expect, it } from "vitest";
import { setClock } from "@/lib/time";
import { RecordDeskConsentInput, SignMyConsentInput } from "@/lib/validation/consents";

const base = {
  patientId: "00000000-0000-4000-8000-000000000101",
  consentTextId: "11111111-2222-4333-8444-555555555555",
  signedName: "  Michèle Durand ",
  signedOn: "2026-03-14",
  agree: true,
};
const issues = (schema: typeof SignMyConsentInput | typeof RecordDeskConsentInput, v: unknown) =>
  schema.safeParse(v).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

afterEach(() => setClock(null));

describe("consent signature validation (shared by the forms and the actions)", () => {
  it("accepts a typed name, a real past date and an explicit agreement; trims the name", () => {
    setClock(new Date("2026-03-14T12:00:00Z"));
    expect(SignMyConsentInput.parse(base).signedName).toBe("Michèle Durand");
    expect(RecordDeskConsentInput.parse({ ...base, signerRelationship: "guardian" }).signerRelationship).toBe("guardian");
  });

  it("requires the agree box to be exactly true", () => {
    for (const agree of [false, "true", "on", 1, undefined]) {
      expect(issues(SignMyConsentInput, { ...base, agree })).toEqual(["agree: Tick the box to confirm you have read and agree"]);
    }
  });

  it("needs 2 to 120 characters of name after trimming", () => {
    expect(issues(SignMyConsentInput, { ...base, signedName: "  A  " })).toEqual(["signedName: Type the signer's full name (at least 2 characters)"]);
    expect(issues(SignMyConsentInput, { ...base, signedName: "x".repeat(121) })).toEqual(["signedName: The name must be at most 120 characters"]);
    expect(issues(SignMyConsentInput, { ...base, signedName: "x".repeat(120) })).toEqual([]);
  });

  it("refuses impossible dates, other formats and dates in the future", () => {
    setClock(new Date("2026-03-14T12:00:00Z"));
    expect(issues(SignMyConsentInput, { ...base, signedOn: "2026-02-30" })).toEqual(["signedOn: Date is not a real calendar date"]);
    expect(issues(SignMyConsentInput, { ...base, signedOn: "14/03/2026" })[0]).toBe("signedOn: Date must be a date like 2026-03-31");
    expect(issues(SignMyConsentInput, { ...base, signedOn: "2026-03-16" })).toEqual(["signedOn: The date cannot be in the future"]);
    // still today somewhere on Earth (UTC+14): the action checks the clinic's own today
    expect(issues(SignMyConsentInput, { ...base, signedOn: "2026-03-15" })).toEqual([]);
  });

  it("needs real ids; the desk also says who signs", () => {
    expect(issues(SignMyConsentInput, { ...base, consentTextId: "v1", patientId: "'; drop table consents; --" }))
      .toEqual(["patientId: Unknown patient", "consentTextId: Unknown consent text"]);
    expect(issues(RecordDeskConsentInput, base)).toEqual(["signerRelationship: Say who is signing"]);
    expect(issues(RecordDeskConsentInput, { ...base, signerRelationship: "friend" })).toEqual(["signerRelationship: Say who is signing"]);
  });
});
