/**
 * Seed protocols P1 (piriformis / deep gluteal), P2 (hip flexor / iliopsoas overuse) and P5
 * (iliotibial band syndrome), DOMAIN.md §4.4. Default parameters sit inside each component's
 * typical range; every default line passes `lineParamsSchema` (tests/unit/treatment-protocols).
 */
import type { Protocol, ProtocolLine } from "./types";

const ifcGluteal: ProtocolLine = {
  componentCode: "IFC", side: "AFFECTED", minutes: 15,
  params: { region: "BUTTOCK_DEEP", electrode_type: "ADHESIVE", configuration: "QUADRIPOLAR_4_PAD", carrier_hz: 4000, beat_hz: 100, sweep_low_hz: 80, sweep_high_hz: 150 },
};

export const P1: Protocol = {
  id: "P1", name: "Piriformis syndrome / deep gluteal pain (runner)",
  indication: "Deep buttock pain ± posterior-thigh radiation, worse with prolonged sitting, cycling or hill running; FAIR ± Pace/Freiberg positive; piriformis trigger point grade ≥ 2; SLR usually negative or limited by buttock pain; normal neuro screen.",
  excludeFirst: ["Lumbar radiculopathy (SLR/slump positive with neuro deficit)", "SIJ cluster positive", "RF-BSI-SACRAL", "Hamstring tendinopathy (ischial pain)"],
  steps: [
    {
      when: "if the SI joint is hypomobile on the restricted side",
      choices: [
        { componentCode: "MANIPULATION", side: "AFFECTED", params: { segments: ["SIJ"], technique: "SIDE_POSTURE" } },
        { componentCode: "MANIPULATION", side: "AFFECTED", position: "PRONE", params: { segments: ["SIJ"], technique: "THOMPSON_DROP" } },
        { componentCode: "JOINT_MOBILISATION", side: "AFFECTED", minutes: 5, params: { joint: "SIJ", direction: "PA_UNILATERAL", system: "MAITLAND", grade: "III", sets: 3, duration_s: 45 } },
      ],
    },
    {
      choices: [
        ifcGluteal,
        { componentCode: "TENS_CONVENTIONAL", side: "AFFECTED", minutes: 15, params: { region: "BUTTOCK_DEEP", electrode_type: "ADHESIVE", electrodes_count: 4, pulse_rate_hz: 100, pulse_width_us: 80, intensity_level: "SENSORY" } },
      ],
    },
    { choices: [{ componentCode: "TRIGGER_POINT", side: "AFFECTED", minutes: 4, params: { muscle: "PIRIFORMIS", technique: "SUSTAINED_PRESSURE", hold_s: 75, reps: 2 } }] },
    { choices: [{ componentCode: "KNEADING", side: "AFFECTED", minutes: 5, params: { region: "BUTTOCK_UPPER", pressure: "MODERATE" } }] },
    { choices: [{ componentCode: "AIS", side: "AFFECTED", minutes: 3, params: { muscle: "PIRIFORMIS", reps: 10, sets: 1, hold_s: 2, assist: "NONE", breathing_cue: true } }] },
    { when: "if neural irritability", choices: [{ componentCode: "THERAPEUTIC_EXERCISE", side: "AFFECTED", minutes: 3, params: { exercise_id: "EX-18", sets: 1, reps: 10 } }] },
    { choices: [{ componentCode: "SELF_CARE_INSTRUCTION", minutes: 5, params: { topic: "Home-exercise bundle P1", handout_given: true } }] },
  ],
  hepBundle: [
    { exerciseId: "EX-01" }, { exerciseId: "EX-02" }, { exerciseId: "EX-04" }, { exerciseId: "EX-40" }, { exerciseId: "EX-26" }, { exerciseId: "EX-20" },
    { exerciseId: "EX-18", when: "if neural" },
  ],
  frequency: "2–3×/week × 2 weeks → 1–2×/week × 2–4 weeks → re-exam",
  runningModification: "Reduce volume 30–50 %, flat routes, no speed work; continue if pain during the run is ≤ 3/10 and not worse next morning.",
  suggestedDiagnoses: [
    { codes: ["G57.01", "G57.02"] },
    { codes: ["M99.04", "M99.05"], when: "if SI manipulation is billed by a DC" },
    { codes: ["M62.838"], when: "if gluteal / piriformis spasm is documented" },
  ],
  suggestedCpt: ["98940", "97140", "G0283", "97014", "97124", "97110"],
  exitCriteria: ["FAIR negative", "Sitting tolerance ≥ 60 min", "Pain-free 30-min run", "PSFS +2"],
  verify: "payer preference for the diagnosis codes",
};

export const P2: Protocol = {
  id: "P2", name: "Hip-flexor / iliopsoas overuse (runner)",
  indication: "Anterior hip / groin pain with running (especially uphill or speed), Thomas test positive for iliopsoas, painful resisted hip flexion, tender iliacus / psoas; hop test negative; FADIR may be mildly positive.",
  excludeFirst: ["RF-BSI-FN (femoral neck stress fracture: hop test, painful IR)", "Hip intra-articular pathology (FADIR + scour + log roll)", "Inguinal hernia", "Visceral referral"],
  steps: [
    { choices: [{ componentCode: "COMPRESSION", side: "AFFECTED", position: "PRONE", minutes: 4, params: { region: "BUTTOCK_UPPER", pressure: "MODERATE", tool: "FOREARM" } }] },
    { choices: [{ componentCode: "TRIGGER_POINT", side: "AFFECTED", minutes: 3, params: { muscle: "PIRIFORMIS", technique: "SUSTAINED_PRESSURE", hold_s: 75, reps: 2 } }] },
    { when: "if gluteus medius is tender", choices: [{ componentCode: "TRIGGER_POINT", side: "AFFECTED", minutes: 3, params: { muscle: "GLUTEUS_MEDIUS", technique: "SUSTAINED_PRESSURE", hold_s: 75, reps: 2 } }] },
    { choices: [{ componentCode: "KNEADING", side: "AFFECTED", minutes: 5, params: { region: "THIGH_LATERAL", pressure: "MODERATE" } }] },
    { choices: [{ componentCode: "CROSS_FRICTION", side: "AFFECTED", minutes: 4, params: { structure: "TFL", pressure: "FIRM" } }] },
    { choices: [{ componentCode: "AIS", side: "AFFECTED", minutes: 3, params: { muscle: "ILIOPSOAS", reps: 10, sets: 1, hold_s: 2 } }] },
    { when: "if Ely test positive", choices: [{ componentCode: "AIS", side: "AFFECTED", minutes: 3, params: { muscle: "RECTUS_FEMORIS", reps: 10, sets: 1, hold_s: 2 } }] },
    {
      when: "optional: gentle, with the patient's consent",
      choices: [{ componentCode: "MYOFASCIAL_RELEASE", side: "AFFECTED", position: "SUPINE", minutes: 3, params: { region: "GROIN_ANTERIOR_HIP", technique: "SUSTAINED" }, note: "Iliacus soft-tissue release in hook-lying" }],
    },
  ],
  hepBundle: [
    { exerciseId: "EX-09" }, { exerciseId: "EX-10", when: "if rectus femoris is tight" }, { exerciseId: "EX-20" }, { exerciseId: "EX-29" }, { exerciseId: "EX-38" }, { exerciseId: "EX-37" },
  ],
  frequency: "2×/week × 3 weeks → 1×/week × 2–3 weeks",
  runningModification: "Avoid hills and strides for 2 weeks; shorten stride / raise cadence 5 %; reintroduce speed last.",
  suggestedDiagnoses: [{ codes: ["M76.11", "M76.12"] }, { codes: ["M25.551", "M25.552"] }, { codes: ["S76.011A", "S76.012A"] }],
  suggestedCpt: ["97124", "97140", "97110"],
  exitCriteria: ["Thomas test hip angle ≤ 0°", "Pain-free resisted hip flexion", "Pain-free hill repeats"],
  cautions: ["Do not bill 97124 and 97140 for the same minutes or region."],
  verify: "diagnosis code choice",
};

export const P5: Protocol = {
  id: "P5", name: "Iliotibial band syndrome / lateral hip–thigh overload (runner)",
  indication: "Lateral knee pain starting at a predictable distance into a run, worse downhill, Noble test positive at ~30° knee flexion, Ober positive, weak hip abductors (Trendelenburg / single-leg squat drop).",
  excludeFirst: [],
  steps: [
    { choices: [{ componentCode: "KNEADING", side: "AFFECTED", minutes: 9, params: { region: "THIGH_LATERAL", pressure: "FIRM" }, note: "TFL, vastus lateralis and gluteus medius (kneading / stripping)" }] },
    { choices: [{ componentCode: "IASTM", side: "AFFECTED", minutes: 5, params: { tool: "GENERIC_STEEL", region: "THIGH_LATERAL", duration_s: 90, areas_count: 3, stroke_type: "SWEEP", pressure: "MODERATE" } }] },
    { when: "if tolerable", choices: [{ componentCode: "CROSS_FRICTION", side: "AFFECTED", minutes: 4, params: { structure: "ITB_DISTAL", pressure: "FIRM" }, note: "Around the lateral femoral epicondyle region" }] },
    { when: "acute: after treatment or a run", choices: [{ componentCode: "COLD_PACK", side: "AFFECTED", minutes: 12, params: { region: "KNEE_LATERAL", barrier: "WET" } }] },
    { choices: [{ componentCode: "THERAPEUTIC_EXERCISE", side: "AFFECTED", minutes: 10, params: { exercise_id: "EX-27", sets: 3, reps: 12, load: "BODYWEIGHT" }, note: "Hip-abductor strengthening" }] },
    { choices: [{ componentCode: "NEUROMUSCULAR_REEDUCATION", minutes: 10, params: { activity: "Running retraining", cues: "Cadence +5–10 %; avoid crossover gait" } }] },
  ],
  hepBundle: [
    { exerciseId: "EX-27" }, { exerciseId: "EX-26" }, { exerciseId: "EX-28" }, { exerciseId: "EX-24" }, { exerciseId: "EX-11" },
    { exerciseId: "EX-37", when: "roll TFL / vastus lateralis, not the bony epicondyle" }, { exerciseId: "EX-33" },
  ],
  frequency: "2×/week × 2–3 weeks → 1×/week × 2–4 weeks",
  runningModification: "Run only up to the distance before symptoms begin; flat routes; change track direction; avoid downhill.",
  suggestedDiagnoses: [{ codes: ["M76.31", "M76.32"] }],
  suggestedCpt: ["97140", "97110", "97112", "97010"],
  exitCriteria: [],
};
