import { describe, expect, it } from "vitest";
import {
  BODY_REGIONS,
  REGION_IDS,
  describePainLocation,
  getBodyRegion,
  isSideSelected,
  togglePainSide,
  type PainLocation,
} from "@/lib/domain/intake/body-regions";
import { PAIN_MAP_SHAPES } from "@/components/intake/pain-map-shapes";

// Copied by hand from DOMAIN.md §1.2 so a rename in the code is caught here.
const DOMAIN_IDS = [
  "LUMBAR_UPPER", "LUMBAR_LOWER", "LUMBOSACRAL", "SACRUM", "COCCYX", "SIJ", "BUTTOCK_UPPER", "BUTTOCK_DEEP",
  "ISCHIAL", "GREATER_TROCHANTER", "GROIN_ANTERIOR_HIP", "PUBIC", "THIGH_ANTERIOR", "THIGH_LATERAL",
  "THIGH_POSTERIOR", "KNEE_LATERAL", "LEG_LATERAL", "LEG_POSTERIOR", "FOOT_DORSUM", "FOOT_LATERAL_SOLE",
  "PERINEUM_SADDLE", "ABDOMEN_FLANK",
];

describe("BODY_REGIONS", () => {
  it("has every §1.2 region exactly once", () => {
    expect(DOMAIN_IDS).toHaveLength(22);
    const ids = BODY_REGIONS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...DOMAIN_IDS].sort());
    expect([...REGION_IDS].sort()).toEqual([...DOMAIN_IDS].sort());
  });

  it("keeps the clinical labels and gives every region plain patient words", () => {
    expect(getBodyRegion("BUTTOCK_DEEP").label).toBe("Deep mid-buttock (piriformis region)");
    expect(getBodyRegion("SIJ").label).toBe("SI joint / PSIS area (dimple)");
    for (const region of BODY_REGIONS) {
      expect(region.patientLabel.length).toBeGreaterThan(3);
      expect(region.structures.length).toBeGreaterThan(3);
    }
  });

  it("treats sacrum, coccyx and saddle as central-only and the lumbar bands and pubic bone as paired", () => {
    for (const id of ["SACRUM", "COCCYX", "PERINEUM_SADDLE"] as const) {
      expect(getBodyRegion(id).paired).toBe(false);
      expect(getBodyRegion(id).sides).toEqual(["CENTRAL"]);
    }
    for (const id of ["LUMBAR_UPPER", "LUMBAR_LOWER", "LUMBOSACRAL", "PUBIC", "SIJ"] as const) {
      expect(getBodyRegion(id).paired).toBe(true);
    }
    expect(getBodyRegion("LUMBAR_LOWER").sides).toContain("CENTRAL");
  });
});

describe("togglePainSide", () => {
  it("combines L then R into BIL and splits BIL back", () => {
    let value: PainLocation[] = [];
    value = togglePainSide(value, "SIJ", "L");
    expect(value).toEqual([{ regionId: "SIJ", side: "L" }]);
    value = togglePainSide(value, "SIJ", "R");
    expect(value).toEqual([{ regionId: "SIJ", side: "BIL" }]);
    value = togglePainSide(value, "SIJ", "R");
    expect(value).toEqual([{ regionId: "SIJ", side: "L" }]);
    value = togglePainSide(value, "SIJ", "L");
    expect(value).toEqual([]);
  });

  it("keeps depth and primary flags and leaves other regions alone", () => {
    const start: PainLocation[] = [
      { regionId: "BUTTOCK_DEEP", side: "R", depth: "deep", isPrimary: true },
      { regionId: "SIJ", side: "R" },
    ];
    const next = togglePainSide(start, "BUTTOCK_DEEP", "L");
    expect(next[0]).toEqual({ regionId: "BUTTOCK_DEEP", side: "BIL", depth: "deep", isPrimary: true });
    expect(next[1]).toBe(start[1]);
    expect(start[0].side).toBe("R"); // input not mutated
  });

  it("uses CENTRAL for central-only regions whatever side is clicked", () => {
    let value = togglePainSide([], "COCCYX", "L");
    expect(value).toEqual([{ regionId: "COCCYX", side: "CENTRAL" }]);
    expect(isSideSelected(value, "COCCYX", "CENTRAL")).toBe(true);
    value = togglePainSide(value, "COCCYX", "CENTRAL");
    expect(value).toEqual([]);
  });

  it("keeps midline and one-sided lumbar pain as separate entries", () => {
    let value = togglePainSide([], "LUMBAR_LOWER", "CENTRAL");
    value = togglePainSide(value, "LUMBAR_LOWER", "R");
    expect(value).toEqual([
      { regionId: "LUMBAR_LOWER", side: "CENTRAL" },
      { regionId: "LUMBAR_LOWER", side: "R" },
    ]);
    expect(isSideSelected(value, "LUMBAR_LOWER", "L")).toBe(false);
    value = togglePainSide(value, "LUMBAR_LOWER", "CENTRAL");
    expect(value).toEqual([{ regionId: "LUMBAR_LOWER", side: "R" }]);
  });

  it("ignores CENTRAL on a purely paired region", () => {
    const value: PainLocation[] = [{ regionId: "SIJ", side: "L" }];
    expect(togglePainSide(value, "SIJ", "CENTRAL")).toBe(value);
    expect(isSideSelected(value, "SIJ", "CENTRAL")).toBe(false);
  });

  it("reports BIL as both sides selected", () => {
    const value: PainLocation[] = [{ regionId: "ISCHIAL", side: "BIL" }];
    expect(isSideSelected(value, "ISCHIAL", "L")).toBe(true);
    expect(isSideSelected(value, "ISCHIAL", "R")).toBe(true);
    expect(isSideSelected(value, "SIJ", "R")).toBe(false);
  });
});

describe("describePainLocation", () => {
  it("words locations for staff", () => {
    expect(describePainLocation({ regionId: "SIJ", side: "R" }, "staff")).toBe("Right SI joint / PSIS area (dimple)");
    expect(describePainLocation({ regionId: "BUTTOCK_DEEP", side: "L", depth: "deep", isPrimary: true }, "staff")).toBe(
      "Left deep mid-buttock (piriformis region), deep (primary)",
    );
    expect(describePainLocation({ regionId: "ISCHIAL", side: "BIL" }, "staff")).toBe("Bilateral sit-bone");
    expect(describePainLocation({ regionId: "LUMBAR_UPPER", side: "CENTRAL" }, "staff")).toBe("Midline upper lumbar (L1–L3)");
    expect(describePainLocation({ regionId: "SACRUM", side: "CENTRAL" }, "staff")).toBe("Sacrum (midline)");
  });

  it("words locations in plain language for patients", () => {
    expect(describePainLocation({ regionId: "BUTTOCK_DEEP", side: "R" }, "patient")).toBe("Deep in the middle of the buttock (right side)");
    expect(describePainLocation({ regionId: "THIGH_POSTERIOR", side: "BIL" }, "patient")).toBe("Back of the thigh (both sides)");
    expect(describePainLocation({ regionId: "COCCYX", side: "CENTRAL" }, "patient")).toBe("Tailbone");
  });
});

describe("pain map shapes", () => {
  it("draws every side of every region on the region's own view", () => {
    for (const region of BODY_REGIONS) {
      const shapes = PAIN_MAP_SHAPES.filter((s) => s.regionId === region.id);
      expect(shapes.every((s) => s.view === region.view), region.id).toBe(true);
      expect(shapes.map((s) => s.side).sort(), region.id).toEqual([...region.sides].sort());
      if (region.paired) {
        expect(shapes.some((s) => s.side === "L"), region.id).toBe(true);
        expect(shapes.some((s) => s.side === "R"), region.id).toBe(true);
      } else {
        expect(shapes.map((s) => s.side), region.id).toEqual(["CENTRAL"]);
      }
    }
  });

  it("puts the patient's left on the viewer's left only on the back view", () => {
    const sij = PAIN_MAP_SHAPES.find((s) => s.regionId === "SIJ" && !s.mirrored);
    const groin = PAIN_MAP_SHAPES.find((s) => s.regionId === "GROIN_ANTERIOR_HIP" && !s.mirrored);
    expect(sij?.side).toBe("L");
    expect(groin?.side).toBe("R");
  });

  it("has unique keys", () => {
    const keys = PAIN_MAP_SHAPES.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
