/**
 * Stretches (DOMAIN.md §6.2: EX-01 – EX-14, EX-36). Frequencies DOMAIN leaves out are filled with the
 * mildest reading: no times-per-day → once a day; no days-per-week → daily, as stretches usually are.
 */
import { STANDARD_PAIN_RULE } from "@/lib/domain/hep/pain-rule";
import { block, DAILY, holdDose, repsDose, warn } from "./build";
import type { Exercise } from "./types";

const stretch = { category: "STRETCH", source: "§6.2", painRule: STANDARD_PAIN_RULE } as const;
const SUPINE_LATE_PREGNANCY = "Lying on the back: after about 20 weeks keep it to a few minutes, or prop the upper body up.";
const HIP_REPLACEMENT_GENERAL = "Check the surgeon's hip precautions before prescribing.";
const PAST_90 = "Takes the hip past 90° of flexion (deep figure-4 / piriformis stretch, §4.3).";

export const STRETCHES: readonly Exercise[] = [
  {
    ...stretch, code: "EX-01", name: "Supine piriformis stretch (knee to opposite shoulder)", regions: ["HIP_POSTERIOR"], paired: true,
    dose: holdDose(3, 30, { perDay: [1, 2], perWeek: DAILY, perSide: true }),
    steps: [
      "Lie on your back with both knees bent.", "Bring your sore-side knee up and hold it with both hands.",
      "Draw that knee up and across toward the opposite shoulder until you feel a stretch deep in the buttock.",
      "Keep your pelvis on the floor and breathe slowly while you hold. Lower the leg and rest.",
    ],
    cues: ["Pelvis stays flat on the floor", "Breathe out and let the buttock soften"],
    commonErrors: ["Lifting or twisting the pelvis off the floor", "Pulling so hard that the front of the hip pinches"],
    stopIf: ["you feel pain in the groin", "you get tingling down the leg"],
    progressions: ["EX-04"], regressions: [],
    precautions: [
      block("HIP_REPLACEMENT_POSTERIOR", "Deep flexion with adduction: avoid after a posterior-approach hip replacement (§4.3)."),
      block("FAI_GROIN_PAIN", "Flexion with adduction pinches an impinging hip."),
      warn("PREGNANCY_SUPINE", SUPINE_LATE_PREGNANCY, "EX-03"),
    ],
  },
  {
    ...stretch, code: "EX-02", name: "Supine figure-4 stretch", regions: ["HIP_POSTERIOR"], paired: true,
    dose: holdDose(3, 30, { perDay: [1, 2], perWeek: DAILY, perSide: true }),
    steps: [
      "Lie on your back with both knees bent.", "Rest your sore-side ankle on the other thigh, just above the knee.",
      "Lift the bottom foot off the floor and pull that thigh toward your chest until the crossed side of your buttock stretches.",
      "Hold and breathe slowly, then lower the foot back down.",
    ],
    cues: ["Let the crossed knee fall gently outward", "Head and shoulders stay relaxed on the floor"],
    commonErrors: ["Twisting the pelvis to one side", "Letting the ankle slide onto the kneecap"],
    stopIf: ["the crossed knee hurts", "you get groin pain or tingling down the leg"],
    progressions: ["EX-04"], regressions: ["EX-03"],
    precautions: [
      warn("KNEE_PAIN", "Knee pain on the crossed leg: keep the ankle further down the thigh."),
      block("HIP_REPLACEMENT_POSTERIOR", PAST_90), warn("HIP_REPLACEMENT", HIP_REPLACEMENT_GENERAL),
      warn("PREGNANCY_SUPINE", SUPINE_LATE_PREGNANCY, "EX-03"),
    ],
  },
  {
    ...stretch, code: "EX-03", name: "Seated figure-4 stretch", regions: ["HIP_POSTERIOR"], paired: true, equipment: ["chair"],
    dose: holdDose(3, 30, { perDay: [2, 3], perWeek: DAILY, perSide: true, note: "Good for desk workers: spread through the day." }),
    steps: [
      "Sit tall near the front of a chair with both feet flat.", "Cross your sore-side ankle over the other knee.",
      "Keeping your back straight, lean forward from the hips until you feel the buttock stretch.", "Hold, breathe, then sit back up.",
    ],
    cues: ["Lead with the chest, not the head", "Back stays straight: the bend comes from the hips"],
    commonErrors: ["Rounding the low back to get lower", "Pushing the crossed knee down hard"],
    stopIf: ["the crossed knee hurts", "pain spreads down your leg"],
    progressions: ["EX-02"], regressions: [],
    precautions: [
      warn("KNEE_PAIN", "Knee pain on the crossed leg: keep the ankle further down the thigh."),
      warn("FLEXION_INTOLERANT", "Hinge with a straight back; no rounding if bending sends pain into the leg."),
      block("HIP_REPLACEMENT_POSTERIOR", PAST_90), warn("HIP_REPLACEMENT", HIP_REPLACEMENT_GENERAL),
    ],
  },
  {
    ...stretch, code: "EX-04", name: "Standing piriformis stretch on table/bench", regions: ["HIP_POSTERIOR"], paired: true, equipment: ["table or bench at hip height"],
    dose: holdDose(3, 30, { perDay: 1, perWeek: DAILY, perSide: true, note: "After runs." }),
    steps: [
      "Stand facing a steady table or bench at about hip height.", "Lift your sore leg onto it with the knee bent and the shin lying across the top.",
      "Keep your back straight and lean your chest gently forward over the shin until the buttock stretches.",
      "To stretch a little more, turn your upper body slightly toward the bent knee. Hold, then stand up tall.",
    ],
    cues: ["Back long, chest forward", "Standing knee soft, weight even"],
    commonErrors: ["Rounding the back instead of hinging", "Using a surface that slides or tips"],
    stopIf: ["the bent knee hurts", "you get groin pain or tingling down the leg"],
    progressions: ["EX-05"], regressions: ["EX-01", "EX-02"],
    precautions: [
      warn("KNEE_PAIN", "Bent-knee position on the table: ease the shin angle or use EX-02.", "EX-02"),
      block("HIP_REPLACEMENT_POSTERIOR", PAST_90), warn("HIP_REPLACEMENT", HIP_REPLACEMENT_GENERAL),
    ],
  },
  {
    ...stretch, code: "EX-05", name: "Pigeon stretch (floor)", regions: ["HIP_POSTERIOR"], paired: true,
    dose: holdDose([2, 3], [30, 45], { perDay: 1, perWeek: DAILY, perSide: true }),
    steps: [
      "Start on your hands and knees.", "Slide your sore-side knee forward behind that wrist and lay the shin across diagonally.",
      "Slide the other leg straight back and keep your hips square to the floor.", "If comfortable, lower onto your forearms. Hold, then come back up slowly.",
    ],
    cues: ["Hips level, not tipped to one side", "Support yourself on your hands or forearms"],
    commonErrors: ["Dropping the weight onto the front hip", "Forcing the front knee into the floor"],
    stopIf: ["the front knee hurts", "you feel groin pain"],
    progressions: [], regressions: ["EX-04"],
    precautions: [
      block("KNEE_PAIN", "Advanced position loads the front knee: use EX-04.", "EX-04"),
      block("FAI_GROIN_PAIN", "Deep flexion and rotation provoke groin pain: use EX-04.", "EX-04"),
      block("HIP_REPLACEMENT", "Advanced hip position: avoid after a hip replacement."),
    ],
  },
  {
    ...stretch, code: "EX-06", name: "Supine hamstring stretch with strap", regions: ["THIGH_POSTERIOR"], paired: true, equipment: ["strap or towel"],
    dose: holdDose(3, 30, { perDay: [1, 2], perWeek: DAILY, perSide: true }),
    steps: [
      "Lie on your back and loop a strap or towel around one foot.", "Keep that knee straight and raise the leg until the back of the thigh stretches.",
      "Keep the other leg flat on the floor, or bent if that is easier.", "Hold, breathe, then lower the leg slowly.",
    ],
    cues: ["Knee straight, toes toward you", "Pull with the strap; let the thigh relax"],
    commonErrors: ["Bending the knee to lift higher", "Lifting the other leg or the hips off the floor"],
    stopIf: ["you feel shooting pain or tingling below the knee"],
    progressions: ["EX-07", "EX-08"], regressions: [],
    precautions: [
      warn("ACUTE_RADICULAR", "Shooting or tingling below the knee is neural tension: stop and use the nerve slider.", "EX-18"),
      warn("PREGNANCY_SUPINE", SUPINE_LATE_PREGNANCY, "EX-07"),
    ],
  },
  {
    ...stretch, code: "EX-07", name: "Standing hamstring stretch (heel on step)", regions: ["THIGH_POSTERIOR"], paired: true, equipment: ["low step"],
    dose: holdDose(3, 30, { perDay: 1, perWeek: DAILY, perSide: true }),
    steps: [
      "Put one heel on a low step with the knee straight and the toes pointing up.",
      "Keep your back long and lean forward from the hips until the back of the thigh stretches.", "Hold, then stand up tall and swap legs.",
    ],
    cues: ["Hinge at the hips, chest forward", "Keep the standing knee soft"],
    commonErrors: ["Slumping the back to reach further", "Using a step that is too high"],
    stopIf: ["you feel tingling below the knee", "your back pain spreads into the leg"],
    progressions: [], regressions: ["EX-06"],
    precautions: [warn("FLEXION_INTOLERANT", "Slumping flexes the spine: keep the back long if disc-type pain flares with bending.")],
  },
  {
    ...stretch, code: "EX-08", name: "Active 90-90 hamstring stretch (AIS style)", regions: ["THIGH_POSTERIOR"], paired: true,
    dose: repsDose([1, 2], 10, { repHold: 2, perDay: 1, perWeek: DAILY, perSide: true, note: "Active isolated stretching: 2 s per rep, a little further each rep." }),
    steps: [
      "Lie on your back and hold one thigh up at a right angle with both hands.",
      "Tighten the muscles at the front of the thigh to straighten the knee as far as is comfortable.",
      "Hold for 2 seconds while you breathe out, then bend the knee again.", "Go a little further on each repeat.",
    ],
    cues: ["The front-of-thigh muscles do the work", "Thigh stays still; only the knee moves"],
    commonErrors: ["Letting the thigh drift toward the chest", "Bouncing at the end"],
    stopIf: ["symptoms spread below the knee"],
    progressions: [], regressions: ["EX-06"],
    precautions: [
      warn("ACUTE_RADICULAR", "Stop if symptoms radiate below the knee; use the nerve slider.", "EX-18"),
      warn("HIP_REPLACEMENT_POSTERIOR", "Hold the thigh just short of 90° of hip flexion."),
      warn("PREGNANCY_SUPINE", SUPINE_LATE_PREGNANCY),
    ],
  },
  {
    ...stretch, code: "EX-09", name: "Half-kneeling hip flexor stretch", regions: ["HIP_ANTERIOR"], paired: true, equipment: ["cushion"],
    dose: holdDose(3, 30, { perDay: [1, 2], perWeek: DAILY, perSide: true }),
    steps: [
      "Kneel on your sore-side knee on a cushion, with the other foot flat in front of you.",
      "Tuck your tailbone under so your low back flattens, and squeeze the buttock of the kneeling leg.",
      "Shift your body slightly forward until the front of the hip stretches.", "For more stretch, reach the same-side arm overhead. Hold, then ease back.",
    ],
    cues: ["Tailbone tucked, buttock squeezed", "Small shift forward is enough"],
    commonErrors: ["Arching the low back", "Lunging far forward instead of tucking the pelvis"],
    stopIf: ["the kneeling knee hurts", "your low back pinches"],
    progressions: ["EX-10"], regressions: [],
    precautions: [
      warn("KNEE_PAIN", "Pad the kneeling knee well, or stretch in standing."),
      warn("HIP_REPLACEMENT_ANTERIOR", "Hip extension past neutral: keep to the surgeon's limits and add no rotation."),
    ],
  },
  {
    ...stretch, code: "EX-10", name: "Couch stretch (rectus femoris)", regions: ["THIGH_ANTERIOR"], paired: true, equipment: ["couch or wall", "cushion"],
    dose: holdDose([2, 3], 30, { perDay: 1, perWeek: DAILY, perSide: true }),
    steps: [
      "Kneel on a cushion with the back of your sore-side shin resting up against a couch or wall.",
      "Put the other foot flat on the floor in front of you.", "Tuck your pelvis under and bring your upper body upright until the front of the thigh stretches.",
      "Hold, then lean forward onto your hands to come out.",
    ],
    cues: ["Pelvis tucked before you sit up", "Come upright only as far as is comfortable"],
    commonErrors: ["Arching the low back to get upright", "Jumping to this before the half-kneeling stretch is easy"],
    stopIf: ["the kneecap hurts", "your low back pinches"],
    progressions: [], regressions: ["EX-09", "EX-12"],
    precautions: [
      block("KNEE_PAIN", "Intense knee bend: avoid with kneecap pain; use EX-09.", "EX-09"),
      warn("HIP_REPLACEMENT_ANTERIOR", "Hip extension past neutral: keep to the surgeon's limits."),
    ],
  },
  {
    ...stretch, code: "EX-11", name: "Standing ITB/TFL cross-over stretch", regions: ["THIGH_LATERAL"], paired: true, equipment: ["wall"],
    dose: holdDose(3, 30, { perDay: 1, perWeek: DAILY, perSide: true }),
    steps: [
      "Stand side-on to a wall with your sore side nearest, one hand on the wall.", "Cross the sore-side leg behind the other one.",
      "Push that hip out toward the wall while leaning your upper body away until the outer hip stretches.", "Hold, then uncross the legs.",
    ],
    cues: ["Hold the wall for balance", "Feel it at the outer hip, not the knee"],
    commonErrors: ["Bending forward at the waist", "Letting go of the wall"],
    stopIf: ["you feel pain on the outer hip bone", "you lose your balance"],
    progressions: [], regressions: [],
    precautions: [
      warn("FALL_RISK", "Crossed-leg stance: keep a hand on the wall."),
      warn("GLUTEAL_TENDINOPATHY", "Crossing past midline compresses the gluteal tendons: avoid or keep it gentle."),
      warn("HIP_REPLACEMENT_POSTERIOR", "Crossing the leg adducts the hip past midline."),
    ],
  },
  {
    ...stretch, code: "EX-12", name: "Standing quadriceps stretch", regions: ["THIGH_ANTERIOR"], paired: true, equipment: ["chair or counter to hold", "strap (optional)"],
    // §6.2 gives no frequency: once a day, daily.
    dose: holdDose(3, 30, { perDay: 1, perWeek: DAILY, perSide: true }),
    steps: [
      "Stand holding a chair or counter.", "Bend one knee and hold that ankle behind you (loop a strap around it if you can't reach).",
      "Keep your knees together and tuck your pelvis under until the front of the thigh stretches.", "Hold, then lower the foot.",
    ],
    cues: ["Knees side by side", "Tuck the pelvis rather than pulling the heel harder"],
    commonErrors: ["Arching the back", "Letting the bent knee drift forward or out"],
    stopIf: ["your knee hurts"],
    progressions: ["EX-10"], regressions: [],
    precautions: [warn("KNEE_PAIN", "Stop if the knee hurts; a strap reduces the bend.")],
  },
  {
    ...stretch, code: "EX-13", name: "Adductor rock-back", alsoCategory: "MOBILITY", regions: ["HIP_ANTERIOR"], paired: true,
    dose: repsDose(2, 10, { perDay: 1, perWeek: DAILY, perSide: true, note: "Slow reps." }),
    steps: [
      "Start on your hands and knees.", "Stretch one leg straight out to the side with that foot flat on the floor.",
      "Keeping your back flat, rock your hips back toward your heels until the inner thigh stretches.", "Rock forward again. Repeat slowly.",
    ],
    cues: ["Back flat the whole time", "Slow and smooth, no bouncing"],
    commonErrors: ["Rounding the back as you rock back", "Turning the foot of the straight leg up"],
    stopIf: ["you feel a sharp pull in the groin"],
    progressions: [], regressions: [],
    precautions: [
      warn("ACUTE_GROIN_STRAIN", "Acute phase: keep the range small."),
      warn("HIP_REPLACEMENT_POSTERIOR", "Rocking back flexes the hips past 90°: keep the rock short."),
    ],
  },
  {
    ...stretch, code: "EX-14", name: "Single knee-to-chest", alsoCategory: "MOBILITY", regions: ["LUMBAR"], paired: true,
    dose: repsDose(1, 10, { repHold: 5, perDay: [1, 2], perWeek: DAILY, perSide: true }),
    steps: [
      "Lie on your back with both knees bent.", "Draw one knee toward your chest with your hands.",
      "Hold for a moment, lower it, then do the other side.",
    ],
    cues: ["Gentle pull, relaxed back", "Breathe out as the knee comes in"],
    commonErrors: ["Lifting the head to meet the knee", "Yanking the knee"],
    stopIf: ["pain spreads into the buttock or leg"],
    progressions: ["EX-36"], regressions: [],
    precautions: [
      block("FLEXION_INTOLERANT", "Flexion-sensitive disc pain that spreads: avoid; use EX-19 if extension centralises.", "EX-19"),
      block("HIP_REPLACEMENT_POSTERIOR", "Knee to chest takes the hip past 90° of flexion."),
      warn("PREGNANCY_SUPINE", SUPINE_LATE_PREGNANCY),
    ],
  },
  {
    ...stretch, code: "EX-36", name: "Child's pose / prayer stretch", regions: ["LUMBAR"], paired: false,
    dose: holdDose(3, 30, { perDay: 1, perWeek: DAILY }),
    steps: [
      "Kneel and sit back toward your heels.", "Walk your hands forward and let your back round gently.",
      "To stretch one side more, walk both hands toward the other side.", "Hold and breathe, then walk the hands back in.",
    ],
    cues: ["Let the back round softly", "Breathe into the back of the ribs"],
    commonErrors: ["Forcing the hips down onto the heels"],
    stopIf: ["your knees hurt", "pain spreads into the leg"],
    progressions: [], regressions: ["EX-14"],
    precautions: [
      warn("KNEE_PAIN", "Deep knee bend: put a cushion between heels and buttocks."),
      block("FLEXION_INTOLERANT", "Sustained flexion: not for flexion-intolerant disc presentations.", "EX-19"),
      block("HIP_REPLACEMENT_POSTERIOR", "Sitting back to the heels flexes the hips past 90°."),
    ],
  },
];
