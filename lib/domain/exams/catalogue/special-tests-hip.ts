/**
 * Special tests, hip, bone stress, deep gluteal (piriformis) and ITB (DOMAIN.md §2.8).
 * Thomas, Ober and Ely are in `./muscle-length` (one item, both groups).
 */
import { bool, choice, codes, deg, mm, num, opts } from "./build";
import type { ExamItem } from "./types";

const base = { source: "§2.8", groups: ["special_test"] as const, unit: null };
const pain = { kind: "test_result", familiarPain: "optional" } as const;
const DEEP_GLUTEAL = ["PIRIFORMIS"] as const;
const PAIN_WHERE = choice("pain_location", "Pain location", codes("BUTTOCK", "POSTERIOR_THIGH", "BELOW_KNEE", "OTHER"));

export const HIP_SPECIAL_TESTS: readonly ExamItem[] = [
  {
    ...base, code: "T-FABER", label: "FABER / Patrick's test", regions: ["HIP", "SIJ"], paired: true, result: pain,
    extras: [mm("knee_to_table_mm", "Knee to table", 0, 400), choice("pain_location", "Pain location", opts(["GROIN", "Groin (hip joint)"], ["POSTERIOR", "Posterior pelvis / buttock (SIJ)"], ["LATERAL", "Lateral"]))],
    summary: "Figure-4 with pressure on the knee: groin pain → hip joint; posterior pain → SIJ; limited range → hip / iliopsoas.",
  },
  {
    ...base, code: "T-FADIR", label: "FADIR (anterior impingement)", regions: ["HIP"], paired: true, result: pain,
    summary: "Flexion to 90° + adduction + internal rotation reproduces anterior groin pain (FAI, labrum). Sensitive, not specific.",
  },
  {
    ...base, code: "T-LOGROLL", label: "Log roll", regions: ["HIP"], paired: true, result: pain, extras: [bool("excess_er", "Excess external rotation")],
    summary: "Rolling the relaxed straight leg into IR/ER reproduces groin pain or shows excess ER: intra-articular hip.",
  },
  {
    ...base, code: "T-SCOUR", label: "Hip scour (quadrant)", regions: ["HIP"], paired: true, result: pain, extras: [bool("catching", "Catching")],
    summary: "Compression with sweeping in flexion–adduction reproduces pain or catching: joint surface, labrum, OA.",
  },
  {
    ...base, code: "T-STINCH", label: "Stinchfield (resisted SLR)", regions: ["HIP"], paired: true, result: pain,
    summary: "Resisted hip flexion at about 30° with the knee straight reproduces groin pain: intra-articular load.",
  },
  {
    ...base, code: "T-HOP", label: "Single-leg hop test", regions: ["PELVIS", "HIP"], paired: true, result: pain,
    extras: [num("hops_completed", "Hops completed", "count", 0, 100), num("pain_nprs", "Pain (NPRS)", "nprs", 0, 10)],
    summary: "Focal deep pain hopping on the affected leg: sacral, femoral neck or pubic bone stress injury.",
    note: "If a bone stress injury is suspected, do not push the test: stop at the first pain.",
    redFlag: { when: ["POS"], ids: ["RF-BSI-SACRAL", "RF-BSI-FN", "RF-BSI-PUBIC"] },
  },
  {
    ...base, code: "T-FULCRUM", label: "Fulcrum test", regions: ["THIGH", "HIP"], paired: true, result: pain,
    summary: "Seated; forearm under the thigh as a fulcrum, pressure on the knee reproduces sharp pain: femoral shaft stress fracture.",
  },
  {
    ...base, code: "T-TREND", label: "Trendelenburg sign", regions: ["HIP", "ITB"], paired: true, sideMeaning: "stance", result: { kind: "test_result", familiarPain: "none" },
    extras: [num("hold_s", "Hold", "s", 0, 30), choice("pattern", "Pattern", codes("NORMAL", "PELVIC_DROP", "TRUNK_LEAN"))],
    summary: "Standing on one leg up to 30 s: the pelvis drops on the lifted side (or the trunk leans = compensated). Side = stance leg.",
  },
  {
    ...base, code: "T-SLS30", label: "30-second single-leg stance", regions: ["HIP", "ITB"], paired: true, sideMeaning: "stance", result: pain,
    extras: [num("seconds_to_pain", "Seconds to pain", "s", 0, 30)],
    summary: "Lateral hip pain within 30 s standing on the affected leg: gluteal tendinopathy / GTPS.",
  },
  {
    ...base, code: "T-FAIR", label: "FAIR test (piriformis)", regions: DEEP_GLUTEAL, paired: true, result: pain,
    extras: [deg("hip_flexion_deg", "Hip flexion", 0, 120), PAIN_WHERE],
    summary: "Side-lying, hip flexed about 60°, knee pressed down into adduction + IR: buttock / sciatic-type pain (sens ≈ 0.88, spec ≈ 0.83, verify).",
  },
  {
    ...base, code: "T-FREIB", label: "Freiberg sign", regions: DEEP_GLUTEAL, paired: true, result: pain,
    summary: "Forced passive internal rotation of the extended hip reproduces buttock pain (piriformis stretch).",
  },
  {
    ...base, code: "T-PACE", label: "Pace sign", regions: DEEP_GLUTEAL, paired: true, result: pain, extras: [bool("weakness", "Weakness")],
    summary: "Seated resisted hip abduction + external rotation causes buttock pain and/or weakness (piriformis contraction).",
  },
  {
    ...base, code: "T-BEATTY", label: "Beatty manoeuvre", regions: DEEP_GLUTEAL, paired: true, result: pain,
    summary: "Side-lying on the good side, bent top knee lifted and held: deep buttock pain.",
  },
  {
    ...base, code: "T-SPST", label: "Seated piriformis stretch test", regions: DEEP_GLUTEAL, paired: true, result: pain, extras: [PAIN_WHERE],
    summary: "Seated; knee extended, hip adducted and internally rotated while palpating beside the ischium: familiar posterior pain (verify accuracy).",
  },
  {
    ...base, code: "T-NOBLE", label: "Noble compression test", regions: ["ITB"], paired: true, result: pain,
    extras: [deg("pain_angle_deg", "Knee flexion at pain", 0, 120)],
    summary: "Thumb above the lateral femoral epicondyle while the knee straightens; pain at about 30° flexion = ITB friction syndrome.",
  },
];
