/**
 * Strength, motor control and balance (DOMAIN.md §6.4: EX-16, EX-20 – EX-33). No times-per-day in §6.4
 * means once a day; EX-24 has no frequency at all and takes EX-23's (it is the same exercise, harder).
 */
import { STANDARD_PAIN_RULE } from "@/lib/domain/hep/pain-rule";
import { block, DAILY, holdDose, repsDose, warn } from "./build";
import type { Exercise } from "./types";

const base = { source: "§6.4", painRule: STANDARD_PAIN_RULE } as const;
const SUPINE_LATE_PREGNANCY = "Lying on the back: after about 20 weeks keep it to a few minutes, or prop the upper body up.";

export const STRENGTH_MOTOR_CONTROL: readonly Exercise[] = [
  {
    ...base, code: "EX-16", name: "Bridge with adductor ball squeeze", category: "STRENGTH", regions: ["SIJ_PELVIS"], paired: false, equipment: ["soft ball or folded pillow"],
    dose: repsDose([2, 3], 10, { repHold: [3, 5], perDay: 1, perWeek: [4, 5] }),
    steps: [
      "Lie on your back with knees bent and a soft ball or folded pillow between your knees.", "Squeeze it lightly.",
      "Keep squeezing and lift your hips into a bridge. Hold, then lower slowly.",
    ],
    cues: ["Light, steady squeeze", "Lift with the buttocks, not the back"],
    commonErrors: ["Squeezing as hard as possible", "Arching the low back at the top"],
    stopIf: ["you feel pain at the front of the pelvis or in the groin"],
    progressions: ["EX-21"], regressions: ["EX-34"],
    precautions: [warn("PUBIC_SYMPHYSIS_PAIN", "Light squeeze only."), warn("PREGNANCY_SUPINE", SUPINE_LATE_PREGNANCY)],
  },
  {
    ...base, code: "EX-20", name: "Glute bridge (double-leg)", category: "STRENGTH", regions: ["HIP_POSTERIOR"], paired: false,
    dose: repsDose(3, [10, 15], { repHold: [2, 3], perDay: 1, perWeek: [4, 5] }),
    steps: [
      "Lie on your back with knees bent and feet hip-width apart.", "Tighten your buttocks and lift your hips until shoulders, hips and knees are in a line.",
      "Hold for 2–3 seconds at the top, then lower slowly.",
    ],
    cues: ["Squeeze the buttocks first, then lift", "Ribs down: no arch in the low back"],
    commonErrors: ["Arching the low back to lift higher", "Lifting so high the neck takes the weight"],
    stopIf: ["your low back hurts rather than your buttocks working"],
    progressions: ["EX-21"], regressions: ["EX-34"],
    precautions: [warn("PREGNANCY_SUPINE", SUPINE_LATE_PREGNANCY)],
  },
  {
    ...base, code: "EX-21", name: "Single-leg glute bridge", category: "STRENGTH", regions: ["HIP_POSTERIOR"], paired: true,
    dose: repsDose(3, [8, 12], { perDay: 1, perWeek: [3, 4], perSide: true, note: "Progress to this only when EX-20 is easy and pain-free." }),
    steps: [
      "Lie on your back with knees bent.", "Hug one knee to your chest, or hold that leg straight up in the air.",
      "Push through the other foot to lift your hips, keeping the pelvis level. Lower slowly.",
    ],
    cues: ["Both hip bones stay level", "Push through the heel"],
    commonErrors: ["One side of the pelvis dropping", "Arching the back"],
    stopIf: ["your low back or the back of the thigh hurts or cramps"],
    progressions: ["EX-32"], regressions: ["EX-16", "EX-20"],
    precautions: [warn("PREGNANCY_SUPINE", SUPINE_LATE_PREGNANCY)],
  },
  {
    ...base, code: "EX-22", name: "Bird dog", category: "MOTOR_CONTROL", regions: ["CORE", "SIJ_PELVIS"], paired: false,
    dose: repsDose([2, 3], [6, 10], { repHold: [8, 10], perDay: 1, perWeek: DAILY, perSide: true }),
    steps: [
      "Start on your hands and knees with a flat back.", "Reach one arm forward and the opposite leg back until both are level with your body.",
      "Hold without letting your back sag or your pelvis turn. Return, then switch sides.",
    ],
    cues: ["Back flat like a table", "Reach long rather than lifting high"],
    commonErrors: ["Sagging or twisting the low back", "Lifting the leg above the body"],
    stopIf: ["your back hurts during the hold"],
    progressions: [], regressions: [],
    precautions: [warn("UPPER_LIMB_PAIN", "Wrist pain: make fists or use padding."), warn("KNEE_PAIN", "Pad under the knees.")],
  },
  {
    ...base, code: "EX-23", name: "Side plank from knees", category: "STRENGTH", regions: ["HIP_LATERAL", "CORE"], paired: true,
    dose: holdDose([3, 5], [10, 20], { perDay: 1, perWeek: [4, 5], perSide: true }),
    steps: [
      "Lie on your side propped on your forearm, elbow under your shoulder, knees bent behind you.",
      "Lift your hips so your body is straight from head to knees.", "Hold, then lower gently.",
    ],
    cues: ["Elbow under the shoulder", "Hips forward, in line with the body"],
    commonErrors: ["Hips sagging or sticking out backwards", "Shrugging into the shoulder"],
    stopIf: ["your shoulder hurts"],
    progressions: ["EX-24"], regressions: [],
    precautions: [warn("UPPER_LIMB_PAIN", "Shoulder pain: do it standing with the forearm on a wall.")],
  },
  {
    ...base, code: "EX-24", name: "Side plank (full)", category: "STRENGTH", regions: ["HIP_LATERAL", "CORE"], paired: true,
    dose: holdDose([3, 5], [10, 30], { perDay: 1, perWeek: [4, 5], perSide: true, note: "Or a McGill pyramid: 5, 3, then 1 hold of 10 s." }),
    steps: [
      "Lie on your side propped on your forearm, elbow under your shoulder, legs straight with feet stacked or one in front.",
      "Lift your hips so your body is straight from head to feet.", "Hold, then lower gently.",
    ],
    cues: ["Straight line from head to feet", "Push the floor away with the forearm"],
    commonErrors: ["Hips dropping toward the floor", "Rolling forward or back"],
    stopIf: ["your shoulder hurts"],
    progressions: [], regressions: ["EX-23"],
    precautions: [warn("UPPER_LIMB_PAIN", "Shoulder problems: stay with the knee version.", "EX-23")],
  },
  {
    ...base, code: "EX-25", name: "McGill curl-up", category: "MOTOR_CONTROL", regions: ["CORE"], paired: false,
    dose: repsDose(3, 5, { repHold: [8, 10], perDay: 1, perWeek: DAILY, note: "Descending pyramid: 5 reps, then 3, then 1." }),
    steps: [
      "Lie on your back with one knee bent and the other leg straight.", "Slide your hands under your low back to keep its natural curve.",
      "Brace your tummy and lift your head and shoulders just a few centimetres, as one piece, chin level. Hold, then lower.",
    ],
    cues: ["Tiny lift: head and shoulders only", "Chin stays level, no nodding"],
    commonErrors: ["Curling up like a sit-up", "Flattening the low back onto the hands"],
    stopIf: ["pain spreads into the buttock or leg"],
    progressions: [], regressions: ["EX-34"],
    precautions: [
      warn("OSTEOPOROSIS", "Loaded spinal flexion (§4.3): supervised only."),
      warn("FLEXION_INTOLERANT", "Acute flexion-intolerant pain: avoid if it makes symptoms spread."),
      warn("PREGNANCY_SUPINE", SUPINE_LATE_PREGNANCY),
    ],
  },
  {
    ...base, code: "EX-26", name: "Clamshell (with band)", category: "STRENGTH", regions: ["HIP_LATERAL", "HIP_POSTERIOR"], paired: true, equipment: ["resistance band"],
    dose: repsDose(3, [12, 15], { perDay: 1, perWeek: [4, 5], perSide: true, load: "BAND_LIGHT", note: "Band light → medium." }),
    steps: [
      "Lie on your side with hips and knees bent and heels together, band around your thighs.",
      "Keep your pelvis still and lift the top knee, like a clam opening.", "Lower slowly.",
    ],
    cues: ["Top hip stays stacked over the bottom one", "Slow on the way down"],
    commonErrors: ["Rolling the pelvis backwards to lift higher", "Letting the heels come apart"],
    stopIf: ["the outer hip hurts"],
    progressions: ["EX-27"], regressions: [],
    precautions: [warn("GLUTEAL_TENDINOPATHY", "Lying on the sore side hurts: pillow between the knees, or start with isometrics.")],
  },
  {
    ...base, code: "EX-27", name: "Side-lying hip abduction", category: "STRENGTH", regions: ["HIP_LATERAL"], paired: true,
    dose: repsDose(3, [10, 15], { perDay: 1, perWeek: [4, 5], perSide: true }),
    steps: [
      "Lie on your side with the bottom knee bent.", "Keep the top leg straight, slightly behind your body, toes pointing forward.",
      "Lift the top leg toward the ceiling without rolling back, then lower slowly.",
    ],
    cues: ["Lead with the heel", "Toes forward, not up"],
    commonErrors: ["Rolling backwards", "Swinging the leg forward"],
    stopIf: ["the outer hip hurts"],
    progressions: ["EX-28"], regressions: ["EX-26"],
    precautions: [warn("GLUTEAL_TENDINOPATHY", "Don't let the top leg cross past the midline; start with a small range.")],
  },
  {
    ...base, code: "EX-28", name: "Lateral band walk", category: "STRENGTH", regions: ["HIP_LATERAL"], paired: false, equipment: ["resistance band"],
    dose: repsDose(3, [10, 15], { perDay: 1, perWeek: [3, 4], perSide: true, load: "BAND_LIGHT", note: "Steps each direction." }),
    steps: [
      "Put a band around your knees or ankles and stand in a small squat, feet hip-width apart.",
      "Step sideways, keeping tension on the band and your knees pointing over your toes.", "Walk back the other way.",
    ],
    cues: ["Knees over toes", "Trunk stays still"],
    commonErrors: ["Swaying the trunk side to side", "Letting the knees cave in"],
    stopIf: ["your knee hurts"],
    progressions: ["EX-31"], regressions: ["EX-27"],
    precautions: [warn("KNEE_PAIN", "Put the band above the knees.")],
  },
  {
    ...base, code: "EX-29", name: "Dead bug", category: "MOTOR_CONTROL", regions: ["CORE"], paired: false,
    dose: repsDose([2, 3], [6, 10], { perDay: 1, perWeek: DAILY, perSide: true }),
    steps: [
      "Lie on your back with arms pointing at the ceiling and hips and knees bent to right angles.",
      "Keep your low back gently pressed down and slowly lower one arm overhead and the opposite leg toward the floor.",
      "Return, then do the other pair.",
    ],
    cues: ["Low back stays gently down", "Move slowly and breathe out as you reach"],
    commonErrors: ["Back arching off the floor", "Going further than you can control"],
    stopIf: ["your back hurts"],
    progressions: [], regressions: ["EX-34"],
    precautions: [warn("PREGNANCY_SUPINE", SUPINE_LATE_PREGNANCY)],
  },
  {
    ...base, code: "EX-30", name: "Single-leg stance balance", category: "BALANCE", regions: ["HIP_LATERAL"], paired: true, equipment: ["support to hold"],
    dose: holdDose(3, 30, { perDay: 1, perWeek: DAILY, perSide: true, note: "Progress: eyes closed, then a soft surface, then reaching." }),
    steps: [
      "Stand near a support on one leg with a soft knee and a level pelvis.", "Hold for the time set.",
      "When it is easy, try it with eyes closed or standing on a cushion.",
    ],
    cues: ["Pelvis level", "Soft knee, tall body"],
    commonErrors: ["Hip dropping on the lifted side", "Locking the knee"],
    stopIf: ["you lose your balance", "the outer hip hurts"],
    progressions: ["EX-32"], regressions: [],
    precautions: [
      warn("FALL_RISK", "Keep a hand near a support."),
      warn("GLUTEAL_TENDINOPATHY", "Single-leg stance may provoke lateral hip pain."),
    ],
  },
  {
    ...base, code: "EX-31", name: "Hip hike (pelvic drop) on step", category: "STRENGTH", regions: ["HIP_LATERAL"], paired: true, equipment: ["step with a rail"],
    dose: repsDose(3, [10, 15], { perDay: 1, perWeek: [3, 4], perSide: true }),
    steps: [
      "Stand on a step on your sore-side leg with the other foot hanging off the edge. Hold a rail.",
      "Keeping both knees straight, let the free side of the pelvis drop slightly.", "Lift it back up above level using the standing hip.",
    ],
    cues: ["Both knees straight", "Small movement from the hip"],
    commonErrors: ["Bending the standing knee", "Leaning the trunk to lift the pelvis"],
    stopIf: ["the outer hip or low back hurts"],
    progressions: ["EX-33"], regressions: ["EX-28"],
    precautions: [warn("FALL_RISK", "Hold a rail; start with a small range.")],
  },
  {
    ...base, code: "EX-32", name: "Single-leg Romanian deadlift", category: "STRENGTH", regions: ["HIP_POSTERIOR", "THIGH_POSTERIOR"], paired: true,
    dose: repsDose(3, [8, 10], { perDay: 1, perWeek: [2, 3], perSide: true }),
    steps: [
      "Stand on one leg with a soft knee.", "Hinge forward at the hip, reaching your hands toward the floor as the free leg stretches out behind you.",
      "Keep your back flat and hips level, then come back up by squeezing the buttock.",
    ],
    cues: ["Back flat, hips square to the floor", "Stand up with the buttock"],
    commonErrors: ["Rounding the back", "Opening the hip of the free leg toward the ceiling"],
    stopIf: ["the back of the thigh pulls sharply", "your back pain flares"],
    progressions: [], regressions: ["EX-21", "EX-30"],
    precautions: [
      block("ACUTE_HAMSTRING_STRAIN", "Defer until the acute hamstring strain settles."),
      block("FLEXION_INTOLERANT", "Defer during a disc flare."),
      warn("FALL_RISK", "Balance: keep a fingertip on a support."),
    ],
  },
  {
    ...base, code: "EX-33", name: "Step-down (forward or lateral)", category: "STRENGTH", regions: ["HIP_LATERAL", "THIGH_ANTERIOR"], paired: true, equipment: ["low step"],
    dose: repsDose(3, [8, 12], { perDay: 1, perWeek: 3, perSide: true }),
    steps: [
      "Stand on a low step on the working leg.", "Slowly lower the other heel to touch the floor, keeping the knee over the middle toes and the pelvis level.",
      "Push back up through the standing leg.",
    ],
    cues: ["Knee tracks over the middle toes", "Slow down, steady up"],
    commonErrors: ["Knee falling inward", "Hip dropping on the free side"],
    stopIf: ["the kneecap hurts"],
    progressions: [], regressions: ["EX-31"],
    precautions: [warn("KNEE_PAIN", "Kneecap pain: lower the step height.")],
  },
];
