/** Value sets of the intake questionnaire (DOMAIN.md §1.1, §1.3, §1.4), with staff and patient wording. */
export type Option = { value: string; label: string; patient?: string };

const opts = (...items: [string, string, string?][]): Option[] => items.map(([value, label, patient]) => ({ value, label, patient }));

export const ONSET_MODES = opts(["SUDDEN", "Sudden", "It started suddenly"], ["GRADUAL", "Gradual", "It came on gradually"], ["INSIDIOUS", "Insidious (no recalled cause)", "I don't know why it started"], ["POST_EVENT", "After a specific event", "After a specific event (a fall, a race…)"]);

export const MECHANISMS = opts(
  ["TRAINING_VOLUME_INCREASE", "Training volume increase", "I increased my running distance"], ["INTENSITY_INCREASE", "Intensity increase (speed/intervals)", "More speed work or intervals"],
  ["HILLS", "Hills"], ["RACE", "Race"], ["NEW_SHOES", "New shoes"], ["SURFACE_CHANGE", "Surface change (track/trail/camber)", "Different surface (track, trail, cambered road)"],
  ["LIFTING", "Lifting"], ["BENDING_TWISTING", "Bending / twisting"], ["PROLONGED_SITTING", "Prolonged sitting"], ["DRIVING", "Driving"],
  ["FALL", "Fall"], ["SLIP_TRIP", "Slip or trip"], ["MVC", "Motor-vehicle collision", "Car or traffic accident"], ["SPORT_CONTACT", "Sport contact"],
  ["BIKE_FIT_CHANGE", "Bike-fit change", "Changes to my bike or bike fit"], ["POSTPARTUM", "Postpartum", "After having a baby"], ["UNKNOWN", "Unknown", "I don't know"], ["OTHER", "Other"],
);

export const RADIATION = opts(["NONE", "None", "It stays in one place"], ["TO_BUTTOCK", "To buttock", "Into the buttock"], ["TO_THIGH", "To thigh (above knee)", "Down the thigh, not past the knee"], ["BELOW_KNEE", "Below knee", "Below the knee"], ["TO_FOOT", "To foot", "Into the foot"]);

export const PAIN_QUALITIES = opts(
  ["ACHING", "Aching"], ["DULL_DEEP", "Dull / deep"], ["SHARP", "Sharp"], ["STABBING", "Stabbing"], ["BURNING", "Burning"], ["TINGLING", "Tingling (pins and needles)"],
  ["NUMBNESS", "Numbness"], ["SHOOTING_ELECTRIC", "Shooting / electric"], ["THROBBING", "Throbbing"], ["CRAMPING", "Cramping"], ["STIFFNESS", "Stiffness"], ["TIGHTNESS", "Tightness"], ["PULLING", "Pulling"],
);
export const NEUROPATHIC_QUALITIES = ["BURNING", "TINGLING", "NUMBNESS", "SHOOTING_ELECTRIC"];

export const FREQUENCIES = opts(["CONSTANT", "Constant (76–100 % of waking time)", "All or almost all the time"], ["FREQUENT", "Frequent (51–75 %)", "Most of the time"], ["OCCASIONAL", "Occasional (26–50 %)", "Some of the time"], ["INTERMITTENT", "Intermittent (≤ 25 %)", "Now and then"]);

export const AGGRAVATING = opts(
  ["RUNNING", "Running"], ["RUNNING_UPHILL", "Running uphill"], ["RUNNING_DOWNHILL", "Running downhill"], ["SPEED_WORK", "Speed work"], ["LONG_RUN_OVER_KM", "Long runs"],
  ["RUNNING_OFF_BIKE", "Running off the bike", "Running straight after cycling"], ["BIKING", "Cycling"], ["SITTING_OVER_MIN", "Sitting"], ["DRIVING_OVER_MIN", "Driving"], ["STANDING_OVER_MIN", "Standing"],
  ["WALKING_OVER_MIN", "Walking"], ["STAIRS", "Stairs"], ["SIT_TO_STAND", "Getting up from a chair"], ["BENDING_FORWARD", "Bending forward"], ["SOCKS_AND_SHOES", "Putting on socks and shoes"],
  ["BACKWARD_BENDING", "Bending backwards"], ["LIFTING", "Lifting"], ["TWISTING", "Twisting"], ["LYING_ON_SIDE", "Lying on my side"], ["ROLLING_IN_BED", "Rolling over in bed"],
  ["GETTING_IN_OUT_OF_CAR", "Getting in or out of a car"], ["CROSSING_LEGS", "Crossing my legs"], ["SINGLE_LEG_STANCE", "Standing on one leg"], ["COUGH_SNEEZE_STRAIN", "Coughing, sneezing or straining"], ["MORNING_FIRST_STEPS", "First steps in the morning"],
);

export const EASING = opts(["REST", "Rest"], ["LYING_SUPINE", "Lying on my back"], ["LYING_PRONE", "Lying on my front"], ["WALKING", "Walking"], ["MOVEMENT_GENERAL", "Moving around"], ["CHANGING_POSITION", "Changing position"], ["STRETCHING", "Stretching"], ["HEAT", "Heat"], ["ICE", "Ice"], ["MEDICATION", "Medication"], ["MASSAGE", "Massage"], ["NOTHING_HELPS", "Nothing helps"]);

export const PATTERNS_24H = opts(["WORST_AM", "Worst in the morning"], ["WORST_MIDDAY", "Worst in the middle of the day"], ["WORST_PM", "Worst in the evening"], ["WORSE_AFTER_ACTIVITY", "Worse after activity"], ["WORSE_NEXT_MORNING_AFTER_RUN", "Worse the morning after a run"], ["NIGHT_PAIN", "Worst at night"], ["NO_PATTERN", "No pattern"]);

export const NIGHT_PAIN = opts(["NONE", "None", "It doesn't wake me"], ["POSITIONAL", "Positional (wakes on turning)", "It wakes me when I turn, then settles"], ["CONSTANT_UNRELIEVED", "Constant, unrelieved", "Constant at night, nothing eases it"]);

export const TREATMENT_RESPONSES = opts(["BETTER", "Helped"], ["NO_CHANGE", "No change"], ["WORSE", "Made it worse"]);

export const OCCUPATION_CATEGORIES = opts(["SEDENTARY", "Sedentary"], ["LIGHT", "Light"], ["MEDIUM", "Medium"], ["HEAVY", "Heavy"], ["VERY_HEAVY", "Very heavy"]);

export const HABITS = opts(["WALLET_BACK_POCKET", "Wallet in back pocket", "I sit on a wallet or phone in my back pocket"], ["CROSSES_LEGS", "Crosses legs when sitting", "I sit with my legs crossed"], ["SLEEPS_PRONE", "Sleeps on stomach", "I sleep on my stomach"], ["BAG_ONE_SIDE", "Carries a bag on one side", "I carry a heavy bag on one shoulder"], ["STANDS_ON_ONE_LEG", "Stands with weight on one leg", "I stand with my weight on one leg"]);

export const SPORTS = opts(["ROAD_RUNNING", "Road running"], ["TRAIL_RUNNING", "Trail running"], ["TRACK", "Track"], ["TRIATHLON", "Triathlon"], ["CYCLING_ROAD", "Road cycling"], ["CYCLING_MTB", "Mountain biking"], ["TEAM_SPORT", "Team sport"], ["GYM", "Gym"], ["YOGA_PILATES", "Yoga / Pilates"], ["OTHER", "Other"]);
export const RUNNING_SPORTS = ["ROAD_RUNNING", "TRAIL_RUNNING", "TRACK", "TRIATHLON"];

export const SURFACES = opts(["ROAD", "Road"], ["TRAIL", "Trail"], ["TRACK", "Track"], ["TREADMILL", "Treadmill"], ["MIXED", "Mixed"]);
export const HILLS = opts(["NONE", "None"], ["SOME", "Some"], ["FREQUENT", "Frequent"]);
export const SHOE_TYPES = opts(["NEUTRAL", "Neutral"], ["STABILITY", "Stability"], ["MINIMAL", "Minimal"], ["MAX_CUSHION", "Max cushion"], ["CARBON_PLATE", "Carbon plate"]);

export const values = (o: Option[]) => o.map((x) => x.value) as [string, ...string[]];
export const labelFor = (o: Option[], value: string, audience: "staff" | "patient" = "staff") => {
  const found = o.find((x) => x.value === value);
  return found ? (audience === "patient" ? found.patient ?? found.label : found.label) : value;
};
