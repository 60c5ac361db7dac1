/**
 * Red-flag screen definitions (DOMAIN.md §1.6). Data only; the escalation logic lives in
 * `./red-flag-rules`. `baseAction` is the action when none of the escalation conditions of
 * the §1.6 Action column is met (the lowest action that a YES can produce); `restricts` is the
 * §1.6 "Restricts" cell for that base action.
 */
import type { RedFlagAction, RestrictionCode } from "./red-flag-labels";

export { ACTION_LABELS, ACTION_RANK, RED_FLAG_ACTIONS, RESTRICTION_CODES, RESTRICTIONS } from "./red-flag-labels";
export type { RedFlagAction, RestrictionCode } from "./red-flag-labels";

export interface FollowUp {
  key: string;
  question: string;
  kind: "boolean" | "number" | "choice";
  unit?: string;
  options?: { value: string; label: string }[];
  min?: number;
  max?: number;
}

export interface RedFlagDefinition {
  id: string;
  /** Plain language, as a patient would read it on a phone (clinician prompt for staff-only items). */
  patientQuestion: string;
  /** True for exam/system items (RF-UMN, RF-FAIL) that patients never see. */
  staffOnly: boolean;
  suspected: string;
  baseAction: RedFlagAction;
  restricts: RestrictionCode[];
  /** Only asked of (and only evaluated for) runners. */
  runnerOnly?: boolean;
  followUps: FollowUp[];
}

const yesNo = (key: string, question: string): FollowUp => ({ key, question, kind: "boolean" });

export const RED_FLAGS: readonly RedFlagDefinition[] = [
  {
    id: "RF-CES-1",
    patientQuestion: "Have you noticed numbness or a strange feeling around your bottom, genitals or inner thighs (where you would sit on a bike saddle)?",
    staffOnly: false, suspected: "Cauda equina syndrome", baseAction: "EMERGENCY", restricts: ["ALL_TREATMENT"], followUps: [],
  },
  {
    id: "RF-CES-2",
    patientQuestion: "Is peeing newly difficult: trouble starting, having to strain, leaking, or not feeling when your bladder is full?",
    staffOnly: false, suspected: "Cauda equina syndrome", baseAction: "EMERGENCY", restricts: ["ALL_TREATMENT"], followUps: [],
  },
  {
    id: "RF-CES-3",
    patientQuestion: "Have you newly lost control of your bowels, or can you no longer feel when you are having a bowel movement?",
    staffOnly: false, suspected: "Cauda equina syndrome", baseAction: "EMERGENCY", restricts: ["ALL_TREATMENT"], followUps: [],
  },
  {
    id: "RF-CES-4",
    patientQuestion: "Have you noticed any new change in sexual function or in feeling around your genitals?",
    staffOnly: false, suspected: "Cauda equina syndrome", baseAction: "URGENT_REFERRAL", restricts: ["ALL_TREATMENT"], followUps: [],
  },
  {
    id: "RF-CES-5",
    patientQuestion: "Do you have pain, pins and needles or weakness in BOTH legs that started in the last 2 weeks or is getting worse?",
    staffOnly: false, suspected: "Central disc prolapse, cauda equina syndrome or spinal stenosis", baseAction: "URGENT_REFERRAL", restricts: ["HVLA_LUMBAR"],
    followUps: [
      yesNo("bilateralWeakness", "Is there weakness (legs giving way, foot catching) in both legs?"),
      yesNo("bilateralNumbness", "Is there numbness (loss of feeling, not just tingling) in both legs?"),
    ],
  },
  {
    id: "RF-NEURO",
    patientQuestion: "Is weakness in your leg getting worse, does your foot slap or catch when you walk, or is numbness spreading?",
    staffOnly: false, suspected: "Progressive neurological deficit", baseAction: "URGENT_REFERRAL", restricts: ["HVLA_LUMBAR", "TRACTION"],
    followUps: [
      yesNo("bothLegs", "Is it happening in both legs?"),
      yesNo("severe", "Is it severe (for example you cannot lift the front of your foot, or your legs give way)?"),
      yesNo("progressing", "Has it got worse over the last hours or days?"),
    ],
  },
  {
    id: "RF-UMN",
    patientQuestion: "(Exam) Upgoing plantar response (Babinski), sustained clonus over 3 beats, widespread hyperreflexia or gait ataxia?",
    staffOnly: true, suspected: "Upper motor neurone lesion (spinal cord or brain)", baseAction: "URGENT_REFERRAL", restricts: ["SPINAL_MANIPULATION_ALL"],
    followUps: [
      {
        key: "finding", question: "Main finding", kind: "choice",
        options: [
          { value: "BABINSKI", label: "Upgoing plantar response (Babinski)" },
          { value: "CLONUS", label: "Sustained clonus (> 3 beats)" },
          { value: "HYPERREFLEXIA", label: "Widespread hyperreflexia" },
          { value: "ATAXIA", label: "Gait ataxia" },
        ],
      },
    ],
  },
  {
    id: "RF-CA",
    patientQuestion: "Have you ever had cancer? If so, what kind and when?",
    staffOnly: false, suspected: "Spinal metastasis", baseAction: "FLAG", restricts: ["HVLA_SUSPECTED_SITE", "DEEP_PRESSURE_SUSPECTED_SITE"],
    followUps: [{ key: "yearDiagnosed", question: "What year was it diagnosed?", kind: "number", min: 1900, max: 2100 }],
  },
  {
    id: "RF-WT",
    patientQuestion: "Have you lost weight without trying to?",
    staffOnly: false, suspected: "Cancer or other systemic disease", baseAction: "FLAG", restricts: [],
    followUps: [
      { key: "kgLost", question: "About how much weight have you lost?", kind: "number", unit: "kg", min: 0, max: 150 },
      { key: "bodyWeightKg", question: "What do you weigh now?", kind: "number", unit: "kg", min: 20, max: 350 },
      { key: "overMonths", question: "Over how many months did you lose it?", kind: "number", unit: "months", min: 0, max: 120 },
    ],
  },
  {
    id: "RF-NIGHT",
    patientQuestion: "Do you have pain at night that is there all the time and does not ease whatever position you lie in or however much you rest?",
    staffOnly: false, suspected: "Tumour, infection or fracture", baseAction: "FLAG", restricts: ["HVLA_ALL"],
    followUps: [
      {
        key: "nightPainType", question: "Which best describes your night pain?", kind: "choice",
        options: [
          { value: "CONSTANT_UNRELIEVED", label: "Constant; nothing eases it" },
          { value: "POSITIONAL", label: "Wakes me when I turn over, then settles when I move" },
        ],
      },
    ],
  },
  {
    id: "RF-INF",
    patientQuestion: "Do you have fever, chills or night sweats? Or have you recently had an infection (bladder, skin), a spinal injection or surgery, used IV drugs, or do you have diabetes or a weakened immune system (steroids, chemo, HIV, transplant)?",
    staffOnly: false, suspected: "Spinal infection (discitis, epidural abscess) or septic sacro-iliac joint", baseAction: "URGENT_REFERRAL", restricts: ["MANUAL_THERAPY_REGION"],
    followUps: [yesNo("feverNow", "Do you have a fever (38 °C / 100.4 °F or higher) or shivering right now?")],
  },
  {
    id: "RF-TRAUMA",
    patientQuestion: "Have you recently had a bad fall, a vehicle crash or a hard knock?",
    staffOnly: false, suspected: "Fracture", baseAction: "FLAG", restricts: ["HVLA_ALL"],
    followUps: [
      {
        key: "severity", question: "How big was the impact?", kind: "choice",
        options: [
          { value: "MAJOR", label: "Major: vehicle crash, fall from a height or down stairs, sports collision" },
          { value: "MINOR", label: "Minor: fall from standing, slip, lifting strain" },
        ],
      },
    ],
  },
  {
    id: "RF-OSTEO",
    patientQuestion: "Do you have osteoporosis (thin bones), take steroid tablets long-term, or have you broken a bone in a minor fall?",
    staffOnly: false, suspected: "Fragility or compression fracture", baseAction: "FLAG", restricts: ["HIGH_FORCE_HVLA", "LOADED_SPINAL_FLEXION"],
    followUps: [yesNo("lowTraumaFracture", "Have you broken a bone from a minor fall or knock?")],
  },
  {
    id: "RF-AGE",
    patientQuestion: "Is this the first time you have ever had back pain, and are you under 20 or over 50?",
    staffOnly: false, suspected: "Structural or serious pathology more likely", baseAction: "FLAG", restricts: [], followUps: [],
  },
  {
    id: "RF-AAA",
    patientQuestion: "Do you feel a throbbing or pulsing in your tummy, tummy pain together with back pain, or have you been told you have an aneurysm? (Also tell us if you smoke or have circulation problems.)",
    staffOnly: false, suspected: "Abdominal aortic aneurysm", baseAction: "URGENT_REFERRAL", restricts: ["LUMBAR_MANUAL_THERAPY"],
    followUps: [
      yesNo("pulsatileMassWithPain", "Can you feel a pulsing lump in your tummy, and is it painful?"),
      yesNo("suddenSevere", "Did severe tummy or back pain come on suddenly?"),
    ],
  },
  {
    id: "RF-VISC",
    patientQuestion: "Is your pain the same whatever you do or however you move? Or do you have burning when peeing, blood in your urine, pain in your side, bowel changes or period/gynaecological problems?",
    staffOnly: false, suspected: "Pain referred from an organ (kidney, bowel, pelvic organs)", baseAction: "ROUTINE_REFERRAL", restricts: [],
    followUps: [yesNo("systemicSigns", "Do you also have fever, shivering, vomiting or feel generally very unwell?")],
  },
  {
    id: "RF-INFL",
    patientQuestion: "Is your back or buttock stiff for more than 30 minutes in the morning, better with exercise but not rest, did it start before age 45, does buttock pain swap sides, or does it wake you in the early morning hours?",
    staffOnly: false, suspected: "Axial spondyloarthritis or sacroiliitis", baseAction: "ROUTINE_REFERRAL", restricts: ["HVLA_SIJ_INFLAMED"],
    followUps: [{ key: "morningStiffnessMin", question: "How many minutes does morning stiffness last?", kind: "number", unit: "min", min: 0, max: 240 }],
  },
  {
    id: "RF-BSI-SACRAL",
    patientQuestion: "Do you have buttock, low-back or tailbone-area pain that gets worse when you run or hop, started after increasing your mileage, or hurts to press on one spot? Or have you had a stress fracture before, irregular or missed periods, or been under-eating?",
    staffOnly: false, suspected: "Sacral stress fracture", baseAction: "URGENT_REFERRAL", runnerOnly: true,
    restricts: ["HVLA_SACRUM_SIJ", "DROP_TECHNIQUE_SACRUM_SIJ", "IMPACT_EXERCISE", "HOPPING_TESTS"],
    followUps: [yesNo("hopPain", "Does hopping on one leg hurt?"), yesNo("recentMileageJump", "Did you increase your running a lot recently?")],
  },
  {
    id: "RF-BSI-FN",
    patientQuestion: "Do you have groin or front-of-hip pain when you run, pain hopping on that leg, or an ache at night or at rest?",
    staffOnly: false, suspected: "Femoral neck stress fracture", baseAction: "URGENT_REFERRAL", runnerOnly: true,
    restricts: ["HIP_LOADING", "HIP_TRACTION_THRUST"],
    followUps: [yesNo("hopPain", "Does hopping on that leg hurt?"), yesNo("restAche", "Does it ache at night or at rest?")],
  },
  {
    id: "RF-BSI-PUBIC",
    patientQuestion: "Do you have groin, inner-thigh or sit-bone pain when you run, pain standing on that leg, or one spot on the pubic bone that hurts to press?",
    staffOnly: false, suspected: "Pubic ramus stress fracture", baseAction: "URGENT_REFERRAL", runnerOnly: true,
    restricts: ["IMPACT_EXERCISE"], followUps: [],
  },
  {
    id: "RF-DVT",
    patientQuestion: "Is your calf swollen, warm or red? Have you recently had surgery, a long flight or been laid up? Do you take the pill and smoke?",
    staffOnly: false, suspected: "Deep vein thrombosis", baseAction: "URGENT_REFERRAL", restricts: ["LIMB_MASSAGE_COMPRESSION_ESTIM"], followUps: [],
  },
  {
    id: "RF-PREG",
    patientQuestion: "Are you pregnant, or could you be?",
    staffOnly: false, suspected: "Pregnancy (treatment precautions)", baseAction: "FLAG",
    restricts: ["ESTIM_TRUNK_PELVIS", "PRONE_LATE_PREGNANCY", "DRY_NEEDLING", "DROP_TABLE_PREGNANCY"],
    followUps: [{ key: "weeks", question: "How many weeks pregnant are you?", kind: "number", unit: "weeks", min: 0, max: 45 }],
  },
  {
    id: "RF-ANTICOAG",
    patientQuestion: "Do you take blood thinners, or do you bleed or bruise easily?",
    staffOnly: false, suspected: "Bleeding or haematoma risk", baseAction: "FLAG",
    restricts: ["DRY_NEEDLING", "IASTM", "CUPPING", "DEEP_FRICTION", "HIGH_FORCE_HVLA"], followUps: [],
  },
  {
    id: "RF-FAIL",
    patientQuestion: "(System) No measurable improvement after 4 weeks or 2 consecutive re-exams, or the patient is getting worse?",
    staffOnly: true, suspected: "Missed diagnosis", baseAction: "ROUTINE_REFERRAL", restricts: [],
    followUps: [yesNo("worsening", "Is the patient getting worse?")],
  },
];

export const CES_IDS = ["RF-CES-1", "RF-CES-2", "RF-CES-3", "RF-CES-4", "RF-CES-5"] as const;

/** Short form re-asked at every re-exam and whenever a new complaint is added. */
export const SHORT_FORM_IDS = [...CES_IDS, "RF-NEURO", "RF-INF"] as const;

export const RED_FLAG_BY_ID: ReadonlyMap<string, RedFlagDefinition> = new Map(RED_FLAGS.map((f) => [f.id, f]));
