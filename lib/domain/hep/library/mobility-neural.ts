/**
 * Mobility and neural mobility (DOMAIN.md §6.3: EX-15, EX-17 – EX-19, EX-34, EX-35). Where §6.3 gives
 * reps but no sets, one set is meant ("10–15 reps, 2–3×/day"); no days-per-week → daily.
 */
import { STANDARD_PAIN_RULE } from "@/lib/domain/hep/pain-rule";
import { block, DAILY, repsDose, warn } from "./build";
import type { Exercise } from "./types";

const base = { source: "§6.3", painRule: STANDARD_PAIN_RULE } as const;
const SUPINE_LATE_PREGNANCY = "Lying on the back: after about 20 weeks keep it to a few minutes, or prop the upper body up.";

export const MOBILITY_NEURAL: readonly Exercise[] = [
  {
    ...base, code: "EX-15", name: "Supine lumbar rotation (knee rocks)", category: "MOBILITY", regions: ["LUMBAR"], paired: false,
    dose: repsDose(1, [10, 15], { perDay: [1, 2], perWeek: DAILY, perSide: true }),
    steps: [
      "Lie on your back with your knees bent and feet together.", "Let both knees fall slowly to one side, only as far as is comfortable.",
      "Bring them back through the middle and let them fall to the other side.", "Keep both shoulders resting on the floor.",
    ],
    cues: ["Slow and easy, like a pendulum", "Shoulders stay down"],
    commonErrors: ["Dropping the knees quickly to the floor", "Pushing into pain to get further"],
    stopIf: ["pain spreads into the buttock or leg"],
    progressions: [], regressions: [],
    precautions: [
      warn("FLEXION_INTOLERANT", "Acute disc pain: keep to a small range."),
      warn("PREGNANCY_SUPINE", SUPINE_LATE_PREGNANCY),
    ],
  },
  {
    ...base, code: "EX-17", name: "Cat–camel", category: "MOBILITY", regions: ["LUMBAR"], paired: false,
    dose: repsDose(1, [10, 15], { perDay: [1, 3], perWeek: DAILY, note: "Slow reps; no holds at the end positions." }),
    steps: [
      "Start on your hands and knees, hands under shoulders and knees under hips.",
      "Slowly round your whole back up toward the ceiling.", "Then let it sag gently into an arch.",
      "Keep moving smoothly between the two within comfort.",
    ],
    cues: ["Move the whole spine, head to tailbone", "Breathe with the movement"],
    commonErrors: ["Holding or pushing into the end positions", "Moving only the neck"],
    stopIf: ["arching the back causes pain or leg symptoms"],
    progressions: [], regressions: [],
    precautions: [warn("EXTENSION_INTOLERANT", "Do not force end-range extension (spondylolisthesis, stenosis): small arch only.")],
  },
  {
    ...base, code: "EX-18", name: "Sciatic nerve slider", category: "NEURAL_MOBILITY", regions: ["NEURAL"], paired: true, equipment: ["chair"],
    dose: repsDose(1, [10, 15], { perDay: [2, 3], perWeek: DAILY, perSide: true }),
    steps: [
      "Sit tall on a chair.", "Straighten your sore-side knee and pull your toes up while tipping your head back to look up.",
      "Then bend the knee and point your toes while bringing your chin down.",
      "Keep it smooth and gentle: it should feel like easy movement, not a strong stretch.",
    ],
    cues: ["Head and leg move together, in opposite directions", "Gentle, no strong stretch"],
    commonErrors: ["Holding the stretched position", "Looking down while straightening the knee (that adds tension)"],
    stopIf: ["tingling or pain gets stronger", "tingling lasts more than a few minutes afterwards"],
    progressions: [], regressions: [],
    precautions: [
      block("PROGRESSIVE_NEURO_DEFICIT", "Not for a progressive neurological deficit: refer."),
      warn("ACUTE_RADICULAR", "Sliders only (no tensioners), small range; stop if symptoms increase or linger."),
    ],
  },
  {
    ...base, code: "EX-19", name: "Prone press-up (McKenzie extension)", category: "MOBILITY", regions: ["LUMBAR"], paired: false,
    // §6.3 "every 2–3 h in acute phase": the default is the non-acute 1–2×/day; V19 caps the acute dose at 6×/day.
    dose: repsDose(1, 10, { repHold: [1, 2], perDay: [1, 2], perWeek: DAILY, note: "Acute phase: every 2–3 hours if it helps (at most 6 times a day)." }),
    steps: [
      "Lie face down with your hands under your shoulders.", "Keep your hips and pelvis relaxed on the floor.",
      "Straighten your arms to lift your chest, pause for a second or two, then lower.", "Go a little higher each time if it feels comfortable.",
    ],
    cues: ["Buttocks and low back stay relaxed", "Hips stay on the floor"],
    commonErrors: ["Squeezing the buttocks", "Lifting the hips off the floor"],
    stopIf: ["leg symptoms spread further down the leg", "pain in the back gets sharper as you go up"],
    progressions: [], regressions: [],
    precautions: [
      block("EXTENSION_INTOLERANT", "Avoid in spinal stenosis, spondylolisthesis or facet-extension pain."),
      warn("ACUTE_RADICULAR", "Only when extension reduces or centralises the symptoms; stop if they spread further down."),
      block("PREGNANCY_PRONE", "Lying face down: avoid in later pregnancy."),
    ],
  },
  {
    ...base, code: "EX-34", name: "Posterior pelvic tilt", category: "MOTOR_CONTROL", regions: ["LUMBAR", "CORE"], paired: false,
    dose: repsDose(1, [10, 15], { repHold: 5, perDay: [1, 2], perWeek: DAILY }),
    steps: [
      "Lie on your back with your knees bent and feet flat.",
      "Gently flatten your low back into the floor by tilting the pelvis so the tailbone curls up slightly.", "Hold, then let it go. Breathe normally throughout.",
    ],
    cues: ["Small movement from the pelvis", "Keep breathing while you hold"],
    commonErrors: ["Holding the breath", "Pushing with the legs or lifting the buttocks"],
    stopIf: ["it causes pain rather than a gentle effort"],
    progressions: ["EX-16", "EX-20", "EX-25", "EX-29"], regressions: [],
    precautions: [warn("PREGNANCY_SUPINE", SUPINE_LATE_PREGNANCY)],
  },
  {
    ...base, code: "EX-35", name: "Hip 90/90 switches", category: "MOBILITY", regions: ["HIP_POSTERIOR", "HIP_ANTERIOR", "HIP_LATERAL"], paired: false,
    dose: repsDose(2, [8, 10], { perDay: 1, perWeek: DAILY }),
    steps: [
      "Sit on the floor with both knees bent to about a right angle and your feet wide apart.", "Put your hands on the floor behind you for support.",
      "Let both knees fall to one side so the front and back legs each make a right angle.",
      "Rotate both knees over to the other side, keeping your upper body tall.",
    ],
    cues: ["Sit tall; lean back on the hands if needed", "Turn from the hips, not the back"],
    commonErrors: ["Slumping backwards", "Forcing the knees to the floor"],
    stopIf: ["you feel groin pain or pinching as the legs turn"],
    progressions: [], regressions: [],
    precautions: [
      block("HIP_REPLACEMENT_POSTERIOR", "Flexion with internal rotation of the back hip (§4.3)."),
      warn("HIP_REPLACEMENT", "Hip replacement: avoid or reduce the range."),
      warn("FAI_GROIN_PAIN", "Groin pain with rotation: reduce the range."),
    ],
  },
];
