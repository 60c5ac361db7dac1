import { describe, expect, it } from "vitest";
import { CreateStaffInput } from "@/lib/validation/staff";

const base = { email: "New.Person@Example.com", displayName: "New Person", roles: ["front_desk"] };
const issues = (v: unknown) => CreateStaffInput.safeParse(v).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

describe("staff account validation (shared by the form and the action)", () => {
  it("normalises email and removes duplicate roles", () => {
    const r = CreateStaffInput.parse({ ...base, roles: ["front_desk", "front_desk"] });
    expect(r.email).toBe("new.person@example.com");
    expect(r.roles).toEqual(["front_desk"]);
  });
  it("requires a discipline for clinicians and a supervisor for a PTA", () => {
    expect(issues({ ...base, roles: ["clinician"] })).toEqual(["discipline: Choose the clinician's discipline"]);
    expect(issues({ ...base, roles: ["clinician"], discipline: "PTA" })).toEqual(["supervisorUserId: A PT assistant needs a supervising physical therapist"]);
  });
  it("rejects unknown roles, empty roles, long names and bad emails with field messages", () => {
    expect(issues({ ...base, roles: ["superuser"] })[0]).toMatch(/^roles\.0: Unknown role/);
    expect(issues({ ...base, roles: [] })).toEqual(["roles: Choose at least one role"]);
    expect(issues({ ...base, displayName: "x".repeat(121) })).toEqual(["displayName: Name must be at most 120 characters"]);
    expect(issues({ ...base, email: "not an email" })[0]).toMatch(/^email: Enter a valid email/);
    expect(issues({ ...base, supervisorUserId: "'; drop table users; --" })[0]).toMatch(/^supervisorUserId/);
  });
});
