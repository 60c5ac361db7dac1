import { describe, expect, it } from "vitest";
import { API_RULES, hasPermission, homeFor, isPublicPath, PAGE_RULES, PERMISSIONS, ROLE_PERMISSIONS, routePermission, ROUTE_RULES, UNWRAPPED_ACTIONS } from "@/lib/auth/permissions";

describe("the permission table", () => {
  it("names only known permissions", () => {
    for (const perms of Object.values(ROLE_PERMISSIONS)) for (const p of perms) expect(PERMISSIONS).toContain(p);
    for (const r of ROUTE_RULES) expect(PERMISSIONS).toContain(r.permission);
    const special = ["public", "signed_out", "home", "signed_in", "clinical_or_self"];
    for (const access of [...Object.values(PAGE_RULES), ...Object.values(API_RULES), ...Object.values(UNWRAPPED_ACTIONS)]) {
      expect([...PERMISSIONS, ...special]).toContain(access);
    }
  });

  it("protects every page the proxy would let a signed-out visitor reach", () => {
    // a page behind a permission must sit under a ROUTE_RULES prefix, so the proxy sends visitors to sign-in first
    for (const [pattern, access] of Object.entries(PAGE_RULES)) {
      if ((PERMISSIONS as readonly string[]).includes(access)) expect(routePermission(pattern.replace(/\[[^\]]+\]/g, "x")), pattern).not.toBeNull();
      else expect(routePermission(pattern.replace(/\[[^\]]+\]/g, "x")), pattern).toBeNull();
    }
  });

  it("never gives the front desk clinical content", () => {
    expect(hasPermission(["front_desk"], "chart.clinical.read")).toBe(false);
    expect(hasPermission(["front_desk"], "chart.clinical.write")).toBe(false);
    expect(hasPermission(["front_desk"], "patient.demographics.write")).toBe(true);
  });

  it("gives a patient the portal and nothing else", () => {
    expect(ROLE_PERMISSIONS.patient).toEqual(["portal.self"]);
    expect(hasPermission(["patient"], "patient.search")).toBe(false);
  });

  it("gives clinical access to clinicians, admin powers to admins, both to an owner who treats", () => {
    expect(hasPermission(["clinician"], "chart.clinical.write")).toBe(true);
    expect(hasPermission(["clinician"], "staff.manage")).toBe(false);
    expect(hasPermission(["admin"], "chart.clinical.read")).toBe(false);
    expect(hasPermission(["admin", "clinician"], "chart.clinical.read")).toBe(true);
    expect(hasPermission(["admin", "clinician"], "audit.read")).toBe(true);
  });

  it("maps URLs to the permission they need, most specific first", () => {
    expect(routePermission("/admin/audit")).toBe("audit.read");
    expect(routePermission("/admin/staff/123")).toBe("staff.manage");
    expect(routePermission("/patients/abc")).toBe("patient.search");
    expect(routePermission("/portal")).toBe("portal.self");
    expect(routePermission("/portalx")).toBeNull();
    expect(isPublicPath("/sign-in")).toBe(true);
    expect(isPublicPath("/invite/abc")).toBe(true);
    expect(isPublicPath("/dashboard")).toBe(false);
  });

  it("sends each person home", () => {
    expect(homeFor(["patient"])).toBe("/portal");
    expect(homeFor(["front_desk"])).toBe("/dashboard");
    expect(homeFor([])).toBe("/sign-in");
  });
});
