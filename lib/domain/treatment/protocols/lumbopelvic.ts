/**
 * Seed protocols P3 (mechanical SI joint dysfunction), P4 (acute mechanical low back pain) and P6
 * (lumbar radicular pain with a directional preference), DOMAIN.md §4.4.
 */
import type { Protocol, ProtocolLine } from "./types";

const ifc = (region: string, side: ProtocolLine["side"]): ProtocolLine => ({
  componentCode: "IFC", side, minutes: 15,
  params: { region, electrode_type: "ADHESIVE", configuration: "QUADRIPOLAR_4_PAD", carrier_hz: 4000, beat_hz: 100, sweep_low_hz: 80, sweep_high_hz: 150 },
});

export const P3: Protocol = {
  id: "P3", name: "Mechanical SI joint dysfunction / SIJ pain (runner)",
  indication: "Unilateral pain over the PSIS / sacral sulcus (Fortin area), no centralisation on repeated movements, Laslett cluster ≥ 3/5, Gillet hypomobile or painful, pain on single-leg loading / stairs.",
  excludeFirst: ["RF-BSI-SACRAL (focal sacral tenderness, hop pain)", "RF-INFL (inflammatory sacroiliitis)", "Lumbar radiculopathy"],
  steps: [
    {
      choices: [
        { componentCode: "MANIPULATION", side: "AFFECTED", params: { segments: ["SIJ"], technique: "SIDE_POSTURE", listing: "PI" } },
        { componentCode: "MANIPULATION", side: "AFFECTED", position: "PRONE", params: { segments: ["SIJ"], technique: "THOMPSON_DROP" } },
        { componentCode: "JOINT_MOBILISATION", side: "AFFECTED", minutes: 5, params: { joint: "SIJ", direction: "PA_UNILATERAL", system: "MAITLAND", grade: "III", sets: 3, duration_s: 45 } },
      ],
    },
    { choices: [{ componentCode: "KNEADING", side: "AFFECTED", minutes: 6, params: { region: "LUMBAR_LOWER", pressure: "MODERATE" }, note: "Quadratus lumborum and gluteus medius" }] },
    {
      when: "acute: ice; subacute: moist heat",
      choices: [
        { componentCode: "COLD_PACK", side: "AFFECTED", minutes: 12, params: { region: "SIJ", barrier: "WET" } },
        { componentCode: "MOIST_HEAT", side: "AFFECTED", minutes: 15, params: { region: "SIJ", towel_layers: 6 } },
      ],
    },
    { when: "if pain-dominant", choices: [ifc("SIJ", "AFFECTED")] },
    { choices: [{ componentCode: "NEUROMUSCULAR_REEDUCATION", minutes: 10, params: { activity: "Motor control: bird dog, side plank, bridge with abduction" } }] },
  ],
  hepBundle: [
    { exerciseId: "EX-22" }, { exerciseId: "EX-24" }, { exerciseId: "EX-20" }, { exerciseId: "EX-26" }, { exerciseId: "EX-30" },
    { exerciseId: "EX-14", when: "if comfortable" }, { exerciseId: "EX-16" },
  ],
  hepExtras: ["Optional SI belt for short-term relief while running (low evidence; verify)"],
  frequency: "2–3×/week × 2 weeks → 1–2×/week × 2–4 weeks",
  suggestedDiagnoses: [
    { codes: ["M99.04", "M99.05"], when: "DC: sacral / pelvic segmental dysfunction" },
    { codes: ["M53.2X8"] }, { codes: ["M46.1"], when: "only when inflammation is documented" }, { codes: ["S33.6XXA"], when: "if traumatic" },
  ],
  suggestedCpt: ["98940", "98941", "97140", "97112", "97010"],
  exitCriteria: ["Laslett cluster ≤ 1/5", "Single-leg hop pain-free", "ODI / PSFS MCID met"],
  cautions: ["M53.3 is for sacrococcygeal / coccygeal disorders, not SI joint dysfunction."],
  verify: "payer preference for SIJ diagnosis codes",
};

export const P4: Protocol = {
  id: "P4", name: "Acute mechanical low back pain (segmental / facet), runner or desk worker",
  indication: "Local lumbar pain, no leg pain below the knee, painful extension–rotation (Kemp local), segmental restriction L4/L5, normal neuro.",
  excludeFirst: [],
  steps: [
    {
      when: "flexion-distraction if extension-intolerant",
      choices: [
        { componentCode: "MANIPULATION", side: "AFFECTED", params: { segments: ["L4", "L5"], technique: "SIDE_POSTURE" } },
        { componentCode: "FLEXION_DISTRACTION", position: "PRONE", params: { segment: "L5", cycles: 5, sets: 3, force: "LIGHT" } },
      ],
    },
    { when: "before treatment", choices: [{ componentCode: "MOIST_HEAT", side: "CENTRAL", minutes: 15, params: { region: "LUMBAR_LOWER", towel_layers: 6 } }] },
    { choices: [ifc("LUMBAR_LOWER", "CENTRAL")] },
    { choices: [{ componentCode: "KNEADING", side: "BIL", minutes: 6, params: { region: "LUMBAR_LOWER", pressure: "MODERATE" }, note: "Quadratus lumborum / erector spinae" }] },
    {
      when: "exercise in the direction of preference",
      choices: [
        { componentCode: "THERAPEUTIC_EXERCISE", minutes: 8, params: { exercise_id: "EX-19", sets: 1, reps: 10 }, note: "Only if extension centralises or relieves" },
        { componentCode: "THERAPEUTIC_EXERCISE", minutes: 8, params: { exercise_id: "EX-17", sets: 1, reps: 12 } },
      ],
    },
  ],
  hepBundle: [
    { exerciseId: "EX-17" }, { exerciseId: "EX-19", when: "only if extension centralises or relieves" }, { exerciseId: "EX-15" },
    { exerciseId: "EX-25" }, { exerciseId: "EX-24" }, { exerciseId: "EX-22" },
  ],
  hepExtras: ["Walking 10–20 min/day"],
  frequency: "2–3×/week × 2 weeks → re-exam; most acute LBP improves substantially within 2–6 weeks",
  suggestedDiagnoses: [
    { codes: ["M54.50", "M54.59"] }, { codes: ["M99.03"], when: "DC" }, { codes: ["S39.012A"], when: "acute strain" }, { codes: ["M62.830"], when: "spasm documented" },
  ],
  suggestedCpt: ["98940", "97140", "97110", "G0283", "97014", "97010"],
  exitCriteria: [],
};

export const P6: Protocol = {
  id: "P6", name: "Lumbar radicular pain with directional preference (disc-related sciatica)",
  indication: "Leg-dominant pain below the knee, SLR / slump positive, dermatomal symptoms, centralises with repeated extension (or another direction).",
  excludeFirst: ["Any cauda equina item (EMERGENCY)", "Progressive motor deficit (URGENT_REFERRAL)"],
  steps: [
    { choices: [{ componentCode: "THERAPEUTIC_EXERCISE", minutes: 8, params: { exercise_id: "EX-19", sets: 3, reps: 10 }, note: "McKenzie repeated movements in the preferred direction" }] },
    {
      choices: [
        { componentCode: "FLEXION_DISTRACTION", position: "PRONE", params: { segment: "L5", cycles: 5, sets: 3, force: "LIGHT" } },
        { componentCode: "JOINT_MOBILISATION", minutes: 5, params: { joint: "LUMBAR_L5", direction: "PA_CENTRAL", system: "MAITLAND", grade: "II", sets: 3, duration_s: 45 } },
      ],
    },
    { when: "if non-irritable: sliders, not tensioners", choices: [{ componentCode: "THERAPEUTIC_EXERCISE", side: "AFFECTED", minutes: 3, params: { exercise_id: "EX-18", sets: 1, reps: 10 } }] },
    {
      choices: [
        ifc("LUMBAR_LOWER", "AFFECTED"),
        { componentCode: "TENS_CONVENTIONAL", side: "AFFECTED", minutes: 20, params: { region: "LUMBAR_LOWER", electrode_type: "ADHESIVE", electrodes_count: 4, pulse_rate_hz: 100, pulse_width_us: 80, intensity_level: "SENSORY" } },
      ],
    },
    { choices: [{ componentCode: "SELF_CARE_INSTRUCTION", minutes: 5, params: { topic: "Walking program", handout_given: true } }] },
  ],
  hepBundle: [{ exerciseId: "EX-19", when: "if extension preference: ×10 every 2–3 h" }, { exerciseId: "EX-18" }, { exerciseId: "EX-17", when: "pain-free range" }],
  hepExtras: ["Walking"],
  frequency: "3×/week × 2 weeks → 2×/week × 2–4 weeks; re-check neuro every visit for the first 2 weeks",
  suggestedDiagnoses: [
    { codes: ["M54.41", "M54.42"] }, { codes: ["M51.16", "M51.17"], when: "if a disc is documented" }, { codes: ["M54.16", "M54.17"] },
  ],
  suggestedCpt: [],
  exitCriteria: [],
  cautions: [
    "No high-force HVLA at the symptomatic level while signs are progressing.",
    "Mind the Excludes1 pairs: M54.4- and M54.1- are never coded with M51.1-.",
  ],
};
