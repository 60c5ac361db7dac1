/**
 * Ultrasound, heat and cold, infrared / laser and mechanical traction (§4.2.5). Ultrasound is the
 * only timed one (97035); hot/cold packs bill one untimed 97010 however many were applied.
 */
import { codes, dec, flag, int, oneOf, opts, region } from "./params";
import type { ComponentDef } from "./types";

const base = { source: "§4.2.5", scope: "MODALITIES" } as const;
const skinCheck = flag("skin_check_pre_post", "Skin checked before and after", { requiredAtSignature: true });

export const ULTRASOUND: ComponentDef = {
  ...base, category: "ULTRASOUND", code: "ULTRASOUND", label: "Therapeutic ultrasound",
  params: [
    region(),
    oneOf("frequency_mhz", "Frequency", opts(["1", "1 MHz (deeper, up to ≈ 5 cm)"], ["3", "3 MHz (superficial, ≈ 1–2 cm)"]), { required: true, default: "1" }),
    dec("intensity_w_cm2", "Intensity", "W/cm²", [0.1, 3], 0.1, { required: true, default: 1.5 }),
    int("duty_cycle_pct", "Duty cycle", "%", [10, 100], { required: true, default: 100, help: "100 % continuous (thermal); 20–50 % pulsed (non-thermal)." }),
    dec("era_cm2", "Effective radiating area", "cm²", [1, 10], 0.5, { default: 5 }),
    int("treatment_area_cm2", "Treatment area", "cm²", [1, 40], { help: "About twice the ERA." }),
    oneOf("coupling", "Coupling", codes("GEL", "GEL_PAD", "WATER_IMMERSION"), { default: "GEL" }),
  ],
  minutes: { range: { min: 1, max: 15 }, typical: { min: 5, max: 10 }, default: 8 },
  billing: { kind: "CPT", code: "97035" }, timed: true,
  tags: ["ULTRASOUND"],
  note: "Thermal: 1 MHz 1.5–2.0 W/cm² continuous, 5–10 min; non-thermal: 20 % pulsed, 0.5–1.0 W/cm².",
};

const pack = { ...base, category: "HEAT_COLD", billing: { kind: "CPT", code: "97010" }, timed: false } as const;

export const MOIST_HEAT: ComponentDef = {
  ...pack, code: "MOIST_HEAT", label: "Moist heat (hydrocollator pack)",
  params: [region(), int("towel_layers", "Towel layers", "layers", [1, 12], { default: 6, typical: [6, 8] }), skinCheck],
  minutes: { range: { min: 5, max: 30 }, typical: { min: 15, max: 20 }, default: 15 },
  tags: ["HEAT"],
  note: "Medicare bundles 97010 (not paid separately).",
};

export const COLD_PACK: ComponentDef = {
  ...pack, code: "COLD_PACK", label: "Cold / ice pack",
  params: [region(), oneOf("barrier", "Barrier", codes("WET", "DRY"), { required: true, default: "WET" }), skinCheck],
  minutes: { range: { min: 5, max: 30 }, typical: { min: 10, max: 15 }, default: 12 },
  tags: ["COLD"],
};

export const ICE_MASSAGE: ComponentDef = {
  ...pack, code: "ICE_MASSAGE", label: "Ice massage",
  params: [region()],
  minutes: { range: { min: 2, max: 15 }, typical: { min: 5, max: 10 }, default: 7 },
  tags: ["COLD"],
  note: "Until numb: cold → burning → aching → numb.",
};

export const INFRARED_LASER: ComponentDef = {
  ...base, category: "PHOTOBIOMODULATION", code: "INFRARED_LASER", label: "Infrared / laser (photobiomodulation)",
  params: [
    oneOf("kind", "Device", codes("INFRARED", "LASER"), { required: true, default: "INFRARED" }),
    region(),
    int("wavelength_nm", "Wavelength", "nm", [600, 1100]),
    int("power_mw", "Power", "mW", [1, 30000]),
    dec("dose_j_cm2", "Dose", "J/cm²", [0.1, 100], 0.1),
    int("duration_s", "Duration", "s", [10, 1800]),
  ],
  // Laser is often not covered (verify): no default code, the clinician chooses one.
  billing: { kind: "BY_PARAM", param: "kind", codes: { INFRARED: "97026", LASER: null } },
  timed: false,
  tags: ["HEAT"],
};

export const MECHANICAL_TRACTION: ComponentDef = {
  ...base, category: "TRACTION", code: "MECHANICAL_TRACTION", label: "Mechanical traction",
  params: [
    oneOf("spine_region", "Region", codes("LUMBAR", "CERVICAL"), { required: true, default: "LUMBAR" }),
    oneOf("mode", "Mode", codes("STATIC", "INTERMITTENT"), { required: true, default: "INTERMITTENT" }),
    int("force_lb", "Force", "lb", [5, 200]),
    int("force_pct_body_weight", "Force", "% body weight", [5, 60], { typical: [25, 50] }),
    int("hold_s", "Hold", "s", [5, 120]),
    int("rest_s", "Rest", "s", [0, 120]),
  ],
  rules: [{ path: "force_lb", message: "Record the force in lb or as % of body weight", valid: (p) => p.force_lb !== undefined || p.force_pct_body_weight !== undefined }],
  minutes: { range: { min: 5, max: 30 }, typical: { min: 10, max: 15 } },
  billing: { kind: "CPT", code: "97012" }, timed: false,
  tags: ["TRACTION"],
  paramZones: (p) => (p.spine_region === "CERVICAL" ? ["CERVICAL"] : ["LUMBAR"]),
  note: "Lumbar: start around 25–50 % of body weight, 10–15 min (verify).",
};

export const MODALITY_COMPONENTS: readonly ComponentDef[] = [ULTRASOUND, MOIST_HEAT, COLD_PACK, ICE_MASSAGE, INFRARED_LASER, MECHANICAL_TRACTION];
