/**
 * Lower Extremity Functional Scale (DOMAIN.md §3.5, V7, V8). Item and response wording WRITTEN FOR THIS
 * PROJECT: each keeps the meaning of the corresponding LEFS item, phrased anew because the official
 * text is licensed (replace per item with `applyLicensedText`).
 *
 * Scoring: sum 0–80; with up to 2 items missing the sum is prorated to 20 items (house rule, verify);
 * with more missing there is no score.
 */
import type { ChangeRules, MeasureDefinition, MeasureItem, ResponseSpec } from "./types";

export const LEFS_MAX_MISSING = 2;

export const LEFS_RESPONSE: ResponseSpec = {
  kind: "options",
  options: [
    { value: 0, label: "Extremely difficult, or I can't do it" },
    { value: 1, label: "Quite difficult" },
    { value: 2, label: "Moderately difficult" },
    { value: 3, label: "Slightly difficult" },
    { value: 4, label: "Not difficult at all" },
  ],
};

const ROWS: [string, string][] = [
  ["USUAL_WORK", "Your normal work, housework or school tasks"],
  ["HOBBIES", "Your normal hobbies, leisure or sports activities"],
  ["BATH", "Getting in or out of the bath"],
  ["WALK_ROOMS", "Walking from one room to another"],
  ["SHOES_SOCKS", "Putting your shoes or socks on"],
  ["SQUAT", "Squatting down"],
  ["LIFT_FROM_FLOOR", "Lifting something like a bag of shopping off the floor"],
  ["LIGHT_HOME", "Light jobs around the home"],
  ["HEAVY_HOME", "Heavy jobs around the home"],
  ["CAR", "Getting in or out of a car"],
  ["WALK_2_BLOCKS", "Walking two blocks"],
  ["WALK_MILE", "Walking a mile (about 1.6 km)"],
  ["STAIRS", "Going up or down a flight of about 10 stairs"],
  ["STAND_1H", "Standing for an hour"],
  ["SIT_1H", "Sitting for an hour"],
  ["RUN_EVEN", "Running on flat, even ground"],
  ["RUN_UNEVEN", "Running on rough or uneven ground"],
  ["SHARP_TURNS", "Changing direction sharply while running fast"],
  ["HOPPING", "Hopping"],
  ["ROLL_IN_BED", "Turning over in bed"],
];

const ITEMS: readonly MeasureItem[] = ROWS.map(([id, text]) => ({ id, title: text, text, response: LEFS_RESPONSE, wording: "PROJECT_PARAPHRASE" }));

const CHANGE: ChangeRules = {
  higherIsBetter: true,
  thresholds: [
    { id: "LEFS_MCID", kind: "MCID", label: "MCID: change of at least 9 points", basis: "points", value: 9 },
    { id: "LEFS_MDC", kind: "MDC", label: "Minimal detectable change: at least 9 points", basis: "points", value: 9 },
  ],
};

export const LEFS: MeasureDefinition = {
  id: "LEFS",
  version: "LEFS_20",
  name: "Lower Extremity Functional Scale",
  instructions:
    "Because of the problem with your leg, hip or back, how hard is each of these activities for you today, or how hard would it be if you tried?",
  items: ITEMS,
  scoring: { kind: "sum", maxMissing: LEFS_MAX_MISSING, reportPercentOfMax: true },
  scoreRange: { min: 0, max: 80 },
  higherIsBetter: true,
  change: CHANGE,
  licensed: true,
};
