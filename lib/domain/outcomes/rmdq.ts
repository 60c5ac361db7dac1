/**
 * Roland-Morris Disability Questionnaire, 24-item version (DOMAIN.md §3.6, V7, V8). Statement wording
 * WRITTEN FOR THIS PROJECT: each keeps the meaning of the corresponding RMDQ statement, phrased anew
 * because the official text is licensed (replace per item with `applyLicensedText`).
 *
 * Scoring: the number of statements ticked (0–24). An unticked statement means "does not apply", so
 * there is no missing data; only a wholly blank form is refused.
 */
import type { Band, ChangeRules, MeasureDefinition, MeasureItem, ResponseSpec } from "./types";

export const RMDQ_RESPONSE: ResponseSpec = {
  kind: "options",
  options: [
    { value: 1, label: "Yes, this applies to me today" },
    { value: 0, label: "No" },
  ],
};

const ROWS: [string, string, string][] = [
  ["HOME_MOST_OF_DAY", "At home", "Because of my back, I spend most of the day at home."],
  ["SHIFT_POSITION", "Shifting position", "I keep shifting position to try to get my back comfortable."],
  ["WALK_SLOWER", "Walking slower", "Because of my back, I walk more slowly than I normally do."],
  ["NO_HOUSE_JOBS", "No house jobs", "Because of my back, I'm not doing any of my usual jobs around the house."],
  ["HANDRAIL_UPSTAIRS", "Handrail", "Because of my back, I need the handrail to go upstairs."],
  ["LIE_DOWN_MORE", "Lying down", "Because of my back, I lie down to rest more than usual."],
  ["HOLD_ON_FROM_ARMCHAIR", "Armchair", "Because of my back, I need to hold on to something to get up from a soft armchair."],
  ["OTHERS_DO_THINGS", "Asking others", "Because of my back, I try to get other people to do things for me."],
  ["DRESS_SLOWER", "Dressing slower", "Because of my back, getting dressed takes me longer than usual."],
  ["STAND_SHORT", "Standing", "Because of my back, I only stand for short spells."],
  ["AVOID_BEND_KNEEL", "Bending", "Because of my back, I avoid bending or kneeling."],
  ["CHAIR_HARD", "Getting up", "Because of my back, getting up from a chair is hard."],
  ["PAIN_NEARLY_ALWAYS", "Constant pain", "My back hurts nearly all the time."],
  ["TURN_IN_BED_HARD", "Turning in bed", "Because of my back, turning over in bed is hard."],
  ["POOR_APPETITE", "Appetite", "Because of my back pain, I don't feel much like eating."],
  ["SOCKS_HARD", "Socks", "Because of my back pain, putting on socks or tights is hard."],
  ["WALK_SHORT", "Short walks", "Because of my back, I only walk short distances."],
  ["SLEEP_WORSE", "Sleep", "Because of my back, I don't sleep as well."],
  ["HELP_DRESSING", "Help dressing", "Because of my back pain, someone helps me get dressed."],
  ["SIT_MOST_OF_DAY", "Sitting", "Because of my back, I spend most of the day sitting."],
  ["AVOID_HEAVY_JOBS", "Heavy jobs", "Because of my back, I avoid heavy jobs around the house."],
  ["IRRITABLE", "Mood", "Because of my back pain, I'm more irritable and short-tempered with people than usual."],
  ["UPSTAIRS_SLOWER", "Stairs", "Because of my back, I go upstairs more slowly than usual."],
  ["BED_MOST_OF_TIME", "In bed", "Because of my back, I stay in bed most of the time."],
];

const ITEMS: readonly MeasureItem[] = ROWS.map(([id, title, text]) => ({ id, title, text, response: RMDQ_RESPONSE, wording: "PROJECT_PARAPHRASE" }));

/** A score at or below this is often equated with "recovered" (DOMAIN.md §3.6). */
export const RMDQ_RECOVERED_MAX = 2;

export const RMDQ_BANDS: readonly Band[] = [{ code: "RECOVERED_RANGE", label: "In the range often equated with recovery", min: 0, max: RMDQ_RECOVERED_MAX }];

/**
 * V8: configurable. DEVELOPER_2 / DEVELOPER_3 follow the developers' 2–3 points; CONSENSUS is the
 * 2008 consensus (5 points or 30 %). JUDGEMENT: CONSENSUS is the default, matching the ODI rule.
 */
export const RMDQ_PRESETS = ["DEVELOPER_2", "DEVELOPER_3", "CONSENSUS"] as const;

const CHANGE: ChangeRules = {
  higherIsBetter: false,
  defaultPreset: "CONSENSUS",
  thresholds: [
    { id: "RMDQ_MCID_DEV_2", kind: "MCID", label: "MCID (developer): change of at least 2 points", basis: "points", value: 2, presets: ["DEVELOPER_2"] },
    { id: "RMDQ_MCID_DEV_3", kind: "MCID", label: "MCID (developer): change of at least 3 points", basis: "points", value: 3, presets: ["DEVELOPER_3"] },
    { id: "RMDQ_MCID_POINTS", kind: "MCID", label: "MCID (consensus): change of at least 5 points", basis: "points", value: 5, presets: ["CONSENSUS"] },
    { id: "RMDQ_MCID_PERCENT", kind: "MCID", label: "MCID (consensus): improvement of at least 30 %", basis: "percent", value: 30, presets: ["CONSENSUS"] },
  ],
};

export const RMDQ: MeasureDefinition = {
  id: "RMDQ",
  version: "RMDQ_24",
  name: "Roland-Morris Disability Questionnaire",
  instructions: "When your back hurts, you may find some things harder to do. Tick each statement that describes you TODAY; leave the others blank.",
  items: ITEMS,
  scoring: { kind: "count_endorsed", endorsedValue: 1 },
  scoreRange: { min: 0, max: 24 },
  higherIsBetter: false,
  bands: RMDQ_BANDS,
  change: CHANGE,
  licensed: true,
};
