/**
 * Electrotherapy (§4.2.5). Unattended stimulation bills one untimed unit of 97014 (G0283 for
 * Medicare) and never counts toward timed minutes; NMES and Russian current bill 97032 per 15 min
 * only when the clinician attends one-on-one. The frequency that defines a TENS mode is its valid
 * range, so a 3 Hz "conventional" TENS is refused with a pointer to the right component.
 */
import { codes, dec, electrodeParams, flag, hasAdhesiveElectrodes, int, oneOf, opts, region, ELECTRODE_TYPES } from "./params";
import type { ComponentDef, ParamSpec } from "./types";

const estim = {
  category: "ELECTROTHERAPY", source: "§4.2.5", scope: "MODALITIES", billing: { kind: "ESTIM" }, timed: false, tags: ["E_STIM"],
  paramTags: (p: Parameters<typeof hasAdhesiveElectrodes>[0]) => (hasAdhesiveElectrodes(p) ? (["ADHESIVE_ELECTRODES"] as const) : []),
} as const;

const INTENSITY_LEVELS = opts(["SENSORY", "Sensory: strong, comfortable tingling, no contraction"], ["MOTOR", "Motor: visible twitch / contraction"]);
const intensity = (dflt: string): ParamSpec[] => [
  oneOf("intensity_level", "Intensity", INTENSITY_LEVELS, { required: true, default: dflt }),
  dec("intensity_ma", "Intensity", "mA", [0, 100], 0.5),
];
const mode = oneOf("mode", "Mode", codes("CONTINUOUS", "MODULATED"), { default: "CONTINUOUS" });

export const TENS_CONVENTIONAL: ComponentDef = {
  ...estim, code: "TENS_CONVENTIONAL", label: "TENS – conventional (high-rate)",
  params: [
    ...electrodeParams(),
    int("pulse_rate_hz", "Pulse rate", "Hz", [80, 120], { required: true, default: 100, rangeNote: "for 2–4 Hz use acupuncture-like TENS" }),
    int("pulse_width_us", "Pulse width", "µs", [20, 250], { required: true, default: 80, typical: [50, 100] }),
    ...intensity("SENSORY"), mode,
  ],
  minutes: { range: { min: 5, max: 60 }, typical: { min: 15, max: 30 }, default: 20 },
};

export const TENS_ACUPUNCTURE_LIKE: ComponentDef = {
  ...estim, code: "TENS_ACUPUNCTURE_LIKE", label: "TENS – acupuncture-like (low-rate)",
  params: [
    ...electrodeParams(),
    int("pulse_rate_hz", "Pulse rate", "Hz", [2, 4], { required: true, default: 2, rangeNote: "for 80–120 Hz use conventional TENS" }),
    int("pulse_width_us", "Pulse width", "µs", [100, 400], { required: true, default: 250, typical: [200, 300] }),
    ...intensity("MOTOR"), mode,
  ],
  minutes: { range: { min: 5, max: 60 }, typical: { min: 20, max: 30 }, default: 25 },
};

export const TENS_BURST: ComponentDef = {
  ...estim, code: "TENS_BURST", label: "TENS – burst",
  params: [
    ...electrodeParams(),
    dec("burst_rate_hz", "Burst rate", "bursts/s", [1, 5], 0.5, { required: true, default: 2 }),
    int("internal_frequency_hz", "Frequency within the burst", "Hz", [50, 150], { required: true, default: 100 }),
    ...intensity("MOTOR"),
  ],
  minutes: { range: { min: 5, max: 60 }, typical: { min: 15, max: 30 }, default: 20 },
};

export const IFC: ComponentDef = {
  ...estim, code: "IFC", label: "Interferential current (IFC)",
  params: [
    region(),
    oneOf("electrode_type", "Electrodes", ELECTRODE_TYPES, { required: true, default: "ADHESIVE" }),
    oneOf("configuration", "Configuration", opts(["QUADRIPOLAR_4_PAD", "Quadripolar (4 pads)"], ["PREMODULATED_2_PAD", "Premodulated (2 pads)"]), { required: true, default: "QUADRIPOLAR_4_PAD" }),
    int("carrier_hz", "Carrier frequency", "Hz", [2500, 5000], { required: true, default: 4000 }),
    int("beat_hz", "Beat frequency (AMF)", "Hz", [1, 250], {
      required: true, default: 100, typical: [80, 150], help: "80–150 Hz for pain gating; 1–10 Hz for endorphin-type analgesia.",
    }),
    int("sweep_low_hz", "Sweep from", "Hz", [1, 250]),
    int("sweep_high_hz", "Sweep to", "Hz", [1, 250]),
    flag("vector_scan", "Vector scan"),
    dec("intensity_ma", "Intensity", "mA", [0, 100], 0.5),
  ],
  rules: [
    { path: "sweep_high_hz", message: "Give both ends of the sweep, or neither", valid: (p) => (p.sweep_low_hz === undefined) === (p.sweep_high_hz === undefined) },
    { path: "sweep_high_hz", message: "The sweep must go from a lower to a higher frequency", valid: (p) => p.sweep_low_hz === undefined || p.sweep_high_hz === undefined || (p.sweep_low_hz as number) < (p.sweep_high_hz as number) },
  ],
  minutes: { range: { min: 5, max: 30 }, typical: { min: 15, max: 15 }, default: 15 },
};

const attended = flag("attended", "Attended one-on-one (e.g. with active exercise)", { default: false, help: "Attended stimulation bills 97032 per 15 min; otherwise unattended 97014 / G0283." });
const muscleStim = { ...estim, billing: { kind: "ESTIM", attendedCode: "97032" }, timed: "DEPENDS" } as const;

export const NMES: ComponentDef = {
  ...muscleStim, code: "NMES", label: "NMES / EMS (muscle stimulation)",
  params: [
    ...electrodeParams(),
    int("frequency_hz", "Frequency", "Hz", [10, 100], { required: true, default: 35, typical: [30, 50] }),
    int("pulse_width_us", "Pulse width", "µs", [100, 500], { required: true, default: 300, typical: [200, 400] }),
    dec("ramp_up_s", "Ramp up", "s", [0, 5], 0.5, { default: 1, typical: [1, 2] }),
    dec("ramp_down_s", "Ramp down", "s", [0, 5], 0.5, { default: 1, typical: [1, 2] }),
    int("on_s", "On time", "s", [1, 30], { required: true, default: 10 }),
    int("off_s", "Off time", "s", [1, 120], { required: true, default: 40, typical: [30, 50], help: "On:off of 1:3 to 1:5." }),
    int("contractions", "Contractions", "contractions", [1, 60], { default: 15, typical: [10, 20] }),
    attended,
  ],
  minutes: { range: { min: 5, max: 30 }, typical: { min: 10, max: 20 } },
};

export const RUSSIAN_CURRENT: ComponentDef = {
  ...muscleStim, code: "RUSSIAN_CURRENT", label: "Russian current",
  params: [
    ...electrodeParams(),
    int("carrier_hz", "Carrier frequency", "Hz", [2000, 3000], { required: true, default: 2500 }),
    int("burst_hz", "Burst frequency", "Hz", [20, 100], { required: true, default: 50 }),
    int("on_s", "On time", "s", [1, 30], { required: true, default: 10 }),
    int("off_s", "Off time", "s", [1, 120], { required: true, default: 50 }),
    int("contractions", "Contractions", "contractions", [1, 60], { default: 10 }),
    attended,
  ],
  minutes: { range: { min: 5, max: 30 } },
};

export const HVPC: ComponentDef = {
  ...estim, code: "HVPC", label: "High-voltage pulsed current (HVPC)",
  params: [
    ...electrodeParams(),
    oneOf("polarity", "Polarity", codes("POSITIVE", "NEGATIVE"), { required: true }),
    int("pps", "Pulse rate", "pps", [1, 120], { required: true, default: 100, typical: [60, 120] }),
    int("intensity_v", "Intensity", "V", [0, 500]),
  ],
  minutes: { range: { min: 5, max: 60 }, default: 20 },
  note: "Non-wound indications only for G0283.",
};

export const MICROCURRENT: ComponentDef = {
  ...estim, code: "MICROCURRENT", label: "Microcurrent",
  params: [
    ...electrodeParams(),
    int("current_ua", "Current", "µA", [1, 999], { required: true, default: 300, rangeNote: "microcurrent stays below 1000 µA" }),
    dec("frequency_hz", "Frequency", "Hz", [0.1, 1000], 0.1),
  ],
  minutes: { range: { min: 5, max: 60 }, default: 20 },
  note: "97014 for microcurrent varies by payer (verify).",
};

export const ELECTROTHERAPY_COMPONENTS: readonly ComponentDef[] = [
  TENS_CONVENTIONAL, TENS_ACUPUNCTURE_LIKE, TENS_BURST, IFC, NMES, RUSSIAN_CURRENT, HVPC, MICROCURRENT,
];
