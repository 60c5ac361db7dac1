import { describe, expect, it } from "vitest";
import { acuityFrom, changedFields, isRunner } from "@/lib/domain/intake/evaluate-intake";
import { askedRedFlags, intakeFields, SaveIntakeDraftInput, SubmitIntakeInput } from "@/lib/validation/intake";

const ID = "3f1c2b8e-1d2a-4c3b-9e8f-0a1b2c3d4e5f";

describe("acuity is derived from the onset date", () => {
  it.each([
    ["2026-03-01", "2026-03-01", "ACUTE"],
    ["2026-01-19", "2026-03-01", "ACUTE"], // 5 weeks 6 days
    ["2026-01-18", "2026-03-01", "SUBACUTE"], // exactly 6 weeks
    ["2025-12-07", "2026-03-01", "SUBACUTE"], // exactly 12 weeks
    ["2025-12-06", "2026-03-01", "CHRONIC"],
  ])("onset %s, today %s → %s", (onset, today, expected) => {
    expect(acuityFrom(onset, today)).toBe(expected);
  });
});

describe("NPRS rules (DOMAIN V1)", () => {
  const draft = (answers: Record<string, unknown>) => SaveIntakeDraftInput.safeParse({ intakeId: ID, version: 1, answers });
  it("accepts whole numbers 0–10 only", () => {
    expect(draft({ nprsNow: 0 }).success).toBe(true);
    expect(draft({ nprsNow: 10 }).success).toBe(true);
    expect(draft({ nprsNow: 11 }).success).toBe(false);
    expect(draft({ nprsNow: -1 }).success).toBe(false);
    expect(draft({ nprsNow: 4.5 }).success).toBe(false);
    expect(draft({ nprsNow: "7" }).success).toBe(false);
  });
  it("requires best ≤ worst, reported on the best field", () => {
    const r = draft({ nprsBest: 6, nprsWorst: 4 });
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["answers.nprsBest"]);
    expect(draft({ nprsBest: 4, nprsWorst: 4 }).success).toBe(true);
  });
  it("does not block a 'now' outside best–worst (DOMAIN says warn, not block)", () => {
    expect(draft({ nprsNow: 9, nprsBest: 1, nprsWorst: 5 }).success).toBe(true);
  });
});

describe("other intake rules", () => {
  const draft = (answers: Record<string, unknown>) => SaveIntakeDraftInput.safeParse({ intakeId: ID, version: 1, answers });
  it("refuses sitting + standing + driving over 24 hours and a longest run above the weekly distance", () => {
    expect(draft({ sittingHoursPerDay: 12, standingHoursPerDay: 10, drivingHoursPerDay: 3 }).success).toBe(false);
    expect(draft({ longestRunKm: 30, weeklyKmCurrent: 20 }).success).toBe(false);
  });
  it("requires a side for paired regions", () => {
    expect(draft({ painLocations: [{ regionId: "SIJ", side: "CENTRAL" }] }).success).toBe(false);
    expect(draft({ painLocations: [{ regionId: "SACRUM", side: "CENTRAL" }] }).success).toBe(true);
    expect(draft({ painLocations: [{ regionId: "NOT_A_REGION", side: "L" }] }).success).toBe(false);
  });
  it("keeps text within its limits instead of truncating silently", () => {
    expect(draft({ chiefComplaint: "x".repeat(501) }).success).toBe(false);
    expect(draft({ chiefComplaint: "<script>alert(1)</script>" }).success).toBe(true); // stored as text, rendered escaped
  });
  it("asks runners the bone-stress questions and nobody the exam-only items", () => {
    const runner = askedRedFlags(true).map((f) => f.id);
    const nonRunner = askedRedFlags(false).map((f) => f.id);
    expect(runner).toContain("RF-BSI-SACRAL");
    expect(nonRunner).not.toContain("RF-BSI-SACRAL");
    expect(runner).not.toContain("RF-UMN");
    expect(isRunner({ sports: ["CYCLING_ROAD"] })).toBe(false);
  });
  it("needs every asked safety question answered to submit", () => {
    const r = SubmitIntakeInput.safeParse({ intakeId: ID, version: 1, answers: { redFlags: {} } });
    expect(r.error?.issues.find((i) => i.path.join(".") === "answers.redFlags")?.message).toMatch(/safety question/);
    expect(Object.keys(intakeFields.shape)).toContain("staffNotes");
  });
  it("sees no change when only the key order of stored JSON differs", () => {
    expect(changedFields({ a: [{ x: 1, y: 2 }] }, { a: [{ y: 2, x: 1 }] })).toEqual([]);
    expect(changedFields({ a: 1 }, { a: 2, b: null })).toEqual(["a"]);
  });
});
