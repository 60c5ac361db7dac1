/**
 * One line-drawing per home exercise (public/exercises/ex-NN.svg), drawn for this project by
 * scripts/exercise-art (run `npx tsx scripts/exercise-art/generate.ts` after changing a pose or an alt).
 * The alt text describes the position shown, so a screen-reader user gets what the picture shows.
 */

export interface ExerciseIllustrationEntry {
  /** File name under public/exercises/. */
  file: string;
  alt: string;
}

const entry = (n: string, alt: string): ExerciseIllustrationEntry => ({ file: `ex-${n}.svg`, alt });

export const EXERCISE_ILLUSTRATIONS: Readonly<Record<string, ExerciseIllustrationEntry>> = {
  "EX-01": entry("01", "Person lying on their back with one knee bent on the floor, drawing the other knee up with both hands toward the opposite shoulder"),
  "EX-02": entry("02", "Person lying on their back with one ankle crossed over the other thigh, pulling that lower thigh toward the chest"),
  "EX-03": entry("03", "Person seen from the front sitting on a chair with one ankle crossed over the other knee, the trunk leaning forward over the crossed leg"),
  "EX-04": entry("04", "Person standing at a table with one leg bent and the shin lying across the tabletop, leaning the chest forward over the shin"),
  "EX-05": entry("05", "Person on the floor with the front knee bent and the shin angled under the body, the back leg straight behind, propped up on straight arms"),
  "EX-06": entry("06", "Person lying on their back raising one straight leg with a strap looped around the foot, the other leg flat on the floor"),
  "EX-07": entry("07", "Person standing with one heel on a low step, knee straight and toes up, hinging forward from the hips with a long back"),
  "EX-08": entry("08", "Person lying on their back holding one thigh upright with both hands and straightening that knee toward the ceiling"),
  "EX-09": entry("09", "Person kneeling on one knee on a cushion with the other foot forward, trunk upright and the same-side arm reaching overhead"),
  "EX-10": entry("10", "Person kneeling with the back of one shin upright against a couch and the other foot forward on the floor, trunk upright"),
  "EX-11": entry("11", "Person standing side-on to a wall with a hand on it, the near leg crossed behind the other, hip pushed toward the wall and upper body leaning away"),
  "EX-12": entry("12", "Person standing on one leg holding a chair back, bending the other knee and holding that ankle behind them close to the buttock"),
  "EX-13": entry("13", "Person on hands and knees seen from behind with one leg stretched straight out to the side, foot flat, rocking the hips back"),
  "EX-14": entry("14", "Person lying on their back with one foot flat on the floor, hugging the other knee straight in toward the chest"),
  "EX-15": entry("15", "Person lying on their back seen from above, arms out to the sides, both bent knees lowered together to one side"),
  "EX-16": entry("16", "Person lying on their back with knees bent and a ball squeezed between the knees, hips lifted into a bridge"),
  "EX-17": entry("17", "Person on hands and knees rounding the whole back up toward the ceiling, with the arched-down position shown dashed"),
  "EX-18": entry("18", "Person sitting on a chair straightening one knee with the toes pulled up while tipping the head back to look up"),
  "EX-19": entry("19", "Person lying face down with hips on the floor, pressing up on straight arms so the chest lifts and the low back arches"),
  "EX-20": entry("20", "Person lying on their back with both feet flat, hips lifted so that shoulders, hips and knees form a straight line"),
  "EX-21": entry("21", "Person in a bridge on one bent leg with the other leg held straight in line with the thigh, hips lifted and level"),
  "EX-22": entry("22", "Person on hands and knees reaching one arm straight forward and the opposite leg straight back, level with a flat back"),
  "EX-23": entry("23", "Person lying on their side propped on the forearm with the knees bent, hips lifted so the body is straight from head to knees"),
  "EX-24": entry("24", "Person in a full side plank on the forearm and the stacked feet, body straight, the top arm pointing to the ceiling"),
  "EX-25": entry("25", "Person lying on their back with one knee bent and one leg straight, hands under the low back, lifting head and shoulders slightly"),
  "EX-26": entry("26", "Person lying on their side with hips and knees bent, heels together and a band around the thighs, opening the top knee upward"),
  "EX-27": entry("27", "Person lying on their side with the bottom knee bent, lifting the straight top leg toward the ceiling"),
  "EX-28": entry("28", "Person seen from the front in a small squat with a band around the knees, stepping sideways against the band"),
  "EX-29": entry("29", "Person lying on their back with hips and knees at right angles, lowering one arm overhead and the opposite leg toward the floor"),
  "EX-30": entry("30", "Person seen from the front balancing on one leg with a soft knee and a level pelvis, fingertips resting on a support"),
  "EX-31": entry("31", "Person seen from the front standing on one leg on a step holding a rail, the free leg hanging off the edge as that side of the pelvis is lifted"),
  "EX-32": entry("32", "Person balancing on one slightly bent leg, hinging forward with a flat back while the free leg extends straight behind and the hands reach down"),
  "EX-33": entry("33", "Person standing on a low step on one bending leg, lowering the other heel slowly toward the floor in front of the step"),
  "EX-34": entry("34", "Person lying on their back with knees bent, flattening the low back into the floor by curling the tailbone up slightly"),
  "EX-35": entry("35", "Person seen from above sitting on the floor with both knees bent at right angles, one leg in front and one to the side, hands behind for support"),
  "EX-36": entry("36", "Person kneeling and sitting back toward the heels with the back rounded, forehead low and arms stretched forward along the floor"),
  "EX-37": entry("37", "Person lying on their side with the outer thigh on a foam roller, propped on the forearm, the top foot on the floor in front"),
  "EX-38": entry("38", "Person face down propped on the forearms with a foam roller under the front of the thighs, legs straight"),
  "EX-39": entry("39", "Person sitting on a foam roller with one ankle crossed over the other knee, hands on the floor behind, leaning toward the crossed side"),
  "EX-40": entry("40", "Person standing with their back to a wall and a small ball pressed between the wall and the middle of one buttock, knees softly bent"),
};

/** The picture for an exercise code, or null for a code the library does not have. */
export function exerciseIllustration(code: string): { src: string; alt: string } | null {
  const e = Object.hasOwn(EXERCISE_ILLUSTRATIONS, code) ? EXERCISE_ILLUSTRATIONS[code] : undefined;
  return e ? { src: `/exercises/${e.file}`, alt: e.alt } : null;
}
