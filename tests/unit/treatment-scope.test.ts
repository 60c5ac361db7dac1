import { describe, expect, it } from "vitest";
import { COMPONENTS } from "@/lib/domain/treatment/components/catalogue";
import { SCOPE_MATRIX, SCOPE_ROW_BY_ACTIVITY, type ScopeStatus } from "@/lib/domain/treatment/scope-matrix";
import { checkScope, checkScopeActivity } from "@/lib/domain/treatment/scope";
import { DISCIPLINES } from "@/lib/domain/treatment/types";

type Cell = [ScopeStatus, RegExp];
const Y: Cell = ["ALLOWED", /yes/];

/** DOMAIN.md §4.0, every cell, transcribed independently: [status, wording the cell must keep]. */
const MATRIX: Record<string, { DC: Cell; PT: Cell; PTA: Cell; LMT: Cell }> = {
  DIAGNOSIS: { DC: Y, PT: Y, PTA: ["NOT_ALLOWED", /uses the supervising PT's diagnosis/], LMT: ["NOT_ALLOWED", /generally no/] },
  HVLA_MANIPULATION: { DC: Y, PT: ["ALLOWED", /most US states.*restrict thrust/], PTA: ["NOT_ALLOWED", /usually no/], LMT: ["NOT_ALLOWED", /no/] },
  JOINT_MOBILISATION: { DC: Y, PT: Y, PTA: ["SUPERVISED", /plan of care/], LMT: ["NOT_ALLOWED", /outside massage scope/] },
  SOFT_TISSUE: { DC: Y, PT: Y, PTA: Y, LMT: ["ALLOWED", /ART \/ IASTM need technique certification/] },
  AIS_PNF_STRETCHING: { DC: Y, PT: Y, PTA: Y, LMT: Y },
  MODALITIES: { DC: ["ALLOWED", /state-dependent/], PT: Y, PTA: Y, LMT: ["NOT_ALLOWED", /heat \/ ice yes; e-stim usually no/] },
  DRY_NEEDLING: { DC: ["ALLOWED", /varies by state/], PT: ["ALLOWED", /varies by state.*training/], PTA: ["NOT_ALLOWED", /no/], LMT: ["NOT_ALLOWED", /no/] },
  KINESIOLOGY_TAPING: { DC: Y, PT: Y, PTA: Y, LMT: ["ALLOWED", /often yes/] },
  HOME_EXERCISE: { DC: Y, PT: Y, PTA: ["SUPERVISED", /progress within the plan of care/], LMT: ["ALLOWED", /self-care stretches \/ self-massage/] },
};

describe("scope-of-practice matrix (DOMAIN.md §4.0)", () => {
  it("holds every row of §4.0, plus only the documented extension", () => {
    expect(SCOPE_MATRIX.filter((r) => r.fromDomain).map((r) => r.activity).sort()).toEqual(Object.keys(MATRIX).sort());
    expect(SCOPE_MATRIX.filter((r) => !r.fromDomain).map((r) => r.activity)).toEqual(["THERAPEUTIC_EXERCISE"]);
  });

  it.each(Object.entries(MATRIX))("%s: every cell as data", (activity, cells) => {
    const row = SCOPE_ROW_BY_ACTIVITY.get(activity as never)!;
    for (const d of DISCIPLINES) {
      const [status, wording] = cells[d];
      expect(row.cells[d].status, `${activity} / ${d}`).toBe(status);
      expect(row.cells[d].text, `${activity} / ${d}`).toMatch(wording);
    }
  });

  it("marks the cells DOMAIN.md asks to verify per jurisdiction", () => {
    const verify = SCOPE_MATRIX.flatMap((r) => DISCIPLINES.filter((d) => r.cells[d].verify).map((d) => `${r.activity}/${d}`));
    expect(verify).toEqual(expect.arrayContaining(["HVLA_MANIPULATION/PT", "MODALITIES/DC", "MODALITIES/LMT", "DRY_NEEDLING/DC", "DRY_NEEDLING/PT", "KINESIOLOGY_TAPING/LMT", "DIAGNOSIS/LMT"]));
  });

  it("puts every component under a row of the matrix", () => {
    for (const c of COMPONENTS) expect(SCOPE_ROW_BY_ACTIVITY.has(c.scope), c.code).toBe(true);
  });
});

describe("checkScope (V17)", () => {
  it("does not let a massage therapist record HVLA, and says why", () => {
    const r = checkScope("LMT", "MANIPULATION");
    expect(r).toMatchObject({ outcome: "not_allowed", allowed: false, activity: "HVLA_MANIPULATION" });
    expect(r.reason).toMatch(/outside the scope of a Massage therapist/);
    expect(checkScope("DC", "MANIPULATION").outcome).toBe("allowed");
    expect(checkScope("PT", "MANIPULATION")).toMatchObject({ outcome: "allowed", verify: true });
    expect(checkScope("PTA", "MANIPULATION").allowed).toBe(false);
  });

  it("lets a PTA mobilise and progress home exercise only under supervision", () => {
    expect(checkScope("PTA", "JOINT_MOBILISATION")).toMatchObject({ outcome: "allowed_with_supervision", allowed: true });
    expect(checkScope("PTA", "SELF_CARE_INSTRUCTION").outcome).toBe("allowed_with_supervision");
    expect(checkScope("PTA", "KNEADING").outcome).toBe("allowed");
    expect(checkScope("LMT", "JOINT_MOBILISATION").allowed).toBe(false);
  });

  it("lets a massage therapist use heat and ice but not electrotherapy or ultrasound", () => {
    expect(checkScope("LMT", "MOIST_HEAT").allowed).toBe(true);
    expect(checkScope("LMT", "ICE_MASSAGE").allowed).toBe(true);
    expect(checkScope("LMT", "TENS_CONVENTIONAL").allowed).toBe(false);
    expect(checkScope("LMT", "ULTRASOUND").allowed).toBe(false);
    expect(checkScope("LMT", "THERAPEUTIC_EXERCISE").allowed).toBe(false);
    expect(checkScope("LMT", "SELF_CARE_INSTRUCTION").allowed).toBe(true);
    expect(checkScope("LMT", "TAPING")).toMatchObject({ allowed: true, verify: true });
  });

  it("requires technique certification: IASTM for massage therapists, ART for everyone", () => {
    expect(checkScope("LMT", "IASTM")).toMatchObject({ allowed: false, missingCredential: "IASTM_CERTIFIED" });
    expect(checkScope("LMT", "IASTM", { credentials: ["IASTM_CERTIFIED"] }).allowed).toBe(true);
    expect(checkScope("PT", "IASTM").allowed).toBe(true);
    expect(checkScope("PT", "ART")).toMatchObject({ allowed: false, missingCredential: "ART_CERTIFIED" });
    expect(checkScope("LMT", "ART", { credentials: ["ART_CERTIFIED"] }).allowed).toBe(true);
  });

  it("needs the dry-needling scope flag, and never lets a PTA or LMT needle", () => {
    expect(checkScope("PT", "DRY_NEEDLING")).toMatchObject({ allowed: false, missingCredential: "DRY_NEEDLING_SCOPE" });
    expect(checkScope("PT", "DRY_NEEDLING", { credentials: ["DRY_NEEDLING_SCOPE"] }).allowed).toBe(true);
    expect(checkScope("DC", "DRY_NEEDLING", { credentials: ["DRY_NEEDLING_SCOPE"] }).allowed).toBe(true);
    expect(checkScope("PTA", "DRY_NEEDLING", { credentials: ["DRY_NEEDLING_SCOPE"] }).allowed).toBe(false);
    expect(checkScope("LMT", "DRY_NEEDLING", { credentials: ["DRY_NEEDLING_SCOPE"] }).allowed).toBe(false);
  });

  it("applies jurisdiction overrides by row and by component", () => {
    const thrustRestricted = { overrides: { HVLA_MANIPULATION: { PT: { status: "NOT_ALLOWED" as const, text: "this state restricts thrust by PTs" } } } };
    expect(checkScope("PT", "MANIPULATION", thrustRestricted)).toMatchObject({ allowed: false, verify: false });
    expect(checkScope("PT", "MANIPULATION", thrustRestricted).reason).toMatch(/restricts thrust/);
    const lmtTens = { componentOverrides: { TENS_CONVENTIONAL: { LMT: { status: "ALLOWED" as const, text: "state allows TENS by LMTs" } } } };
    expect(checkScope("LMT", "TENS_CONVENTIONAL", lmtTens).allowed).toBe(true);
    expect(checkScope("LMT", "IFC", lmtTens).allowed).toBe(false);
  });

  it("answers for diagnosis coding and refuses unknown components", () => {
    expect(checkScopeActivity("PTA", "DIAGNOSIS").allowed).toBe(false);
    expect(checkScopeActivity("PT", "DIAGNOSIS").allowed).toBe(true);
    expect(checkScope("DC", "REIKI")).toMatchObject({ allowed: false, activity: null });
  });
});
