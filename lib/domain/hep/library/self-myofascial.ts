/**
 * Self-myofascial release (DOMAIN.md §6.5: EX-37 – EX-40). The §6.5 default SMR rules fill what the rows
 * leave out (one pass per area, once a day, daily) and the general cautions apply to every row.
 */
import { SMR_PAIN_RULE } from "@/lib/domain/hep/pain-rule";
import { DAILY, smrDose, warn } from "./build";
import type { Exercise, Precaution } from "./types";

const base = { category: "SELF_MYOFASCIAL", source: "§6.5", paired: true, painRule: SMR_PAIN_RULE } as const;

/** §6.5 general cautions, as they map onto history tags. */
const GENERAL: readonly Precaution[] = [
  warn("BLEEDING_RISK", "Anticoagulant or bleeding disorder: lighter pressure; stop if it bruises."),
  warn("OSTEOPOROSIS", "Osteoporosis: lighter pressure; stay off bony points."),
  warn("DVT_HISTORY", "History of DVT: confirm there is no current clot before rolling that limb."),
];
const TIMING = "Pause 20–30 s on tender spots; before or after runs is fine.";
const GENERAL_STOP = ["the area bruises, or you feel a bony point or a varicose vein under the roller"];

export const SELF_MYOFASCIAL: readonly Exercise[] = [
  {
    ...base, code: "EX-37", name: "Foam roll lateral thigh (TFL / vastus lateralis)", regions: ["THIGH_LATERAL"], equipment: ["foam roller"],
    dose: smrDose([60, 90], { perDay: 1, perWeek: DAILY, perSide: true, note: TIMING }),
    steps: [
      "Lie on your side on the roller just below the hip bone, resting on your forearm with the top foot on the floor in front.",
      "Roll slowly between the hip and just above the knee.",
      "Turn slightly forward and back to find the tender muscles at the outer front of the thigh, and pause on them.",
    ],
    cues: ["Slow rolls, about an inch a second", "Use the top foot to control the pressure"],
    commonErrors: ["Grinding over the bony outside of the knee", "Rolling fast back and forth"],
    stopIf: ["you get sharp pain at the side of the knee", ...GENERAL_STOP],
    progressions: [], regressions: [],
    precautions: [...GENERAL],
  },
  {
    ...base, code: "EX-38", name: "Foam roll quadriceps", regions: ["THIGH_ANTERIOR"], equipment: ["foam roller"],
    // §6.5 gives no frequency for this row: the default SMR rule (once a day).
    dose: smrDose([60, 90], { perDay: 1, perWeek: DAILY, perSide: true, note: TIMING }),
    steps: [
      "Lie face down with the roller under the front of your thighs and your forearms on the floor.",
      "Roll from just below the hip to just above the kneecap.", "Turn your leg slightly in and out to cover the whole front of the thigh.",
    ],
    cues: ["Keep your tummy gently tight so the back doesn't sag", "Stop above the kneecap"],
    commonErrors: ["Rolling over the kneecap", "Letting the low back sag"],
    stopIf: GENERAL_STOP,
    progressions: [], regressions: [],
    precautions: [...GENERAL, warn("PREGNANCY_PRONE", "Face-down position: not in later pregnancy.")],
  },
  {
    ...base, code: "EX-39", name: "Foam roll glutes / piriformis (figure-4 on roller)", regions: ["HIP_POSTERIOR"], equipment: ["foam roller"],
    dose: smrDose([60, 90], { perDay: 1, perWeek: DAILY, perSide: true, note: TIMING }),
    steps: [
      "Sit on the roller and cross your sore-side ankle over the other knee.", "Lean toward the crossed side so that buttock rests on the roller.",
      "Roll slowly in small movements, pausing on tender spots.",
    ],
    cues: ["Small, slow movements", "Hands behind you take some of the weight"],
    commonErrors: ["Sitting straight down on the sit-bone", "Rolling into the low back"],
    stopIf: ["you get tingling down the leg", ...GENERAL_STOP],
    progressions: ["EX-40"], regressions: [],
    precautions: [...GENERAL, warn("ACUTE_RADICULAR", "Stop if it reproduces leg tingling (pressure on the sciatic nerve).")],
  },
  {
    ...base, code: "EX-40", name: "Ball release piriformis (tennis/lacrosse ball)", regions: ["HIP_POSTERIOR"], equipment: ["tennis or lacrosse ball", "wall"],
    dose: smrDose([60, 120], { perDay: [1, 2], perWeek: DAILY, perSide: true, note: "Start against a wall; the floor is firmer." }),
    steps: [
      "Stand with your back to a wall (gentler) or lie on the floor, with a ball under the deep middle of your buttock.",
      "Find the spot roughly halfway between the base of the spine and the bony point on the outside of the hip.",
      "Lean into it until it is moderately tender and hold until it eases, or make small circles.",
      "Bending and straightening that knee adds movement.",
    ],
    cues: ["Moderate pressure: it should ease as you hold", "Start against the wall"],
    commonErrors: ["Pressing on the sit-bone", "Lying on the floor before the wall version is comfortable"],
    stopIf: ["you get numbness or tingling down the leg", ...GENERAL_STOP],
    progressions: [], regressions: ["EX-39"],
    precautions: [...GENERAL, warn("ACUTE_RADICULAR", "Avoid if numbness or tingling runs down the leg.")],
  },
];
