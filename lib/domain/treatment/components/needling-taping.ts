/**
 * Dry needling and taping (§4.2.6). Dry needling needs written consent (§4.1, V17) and bills by the
 * number of muscles treated, not needles (20560 for 1–2, 20561 for 3 or more). Taping is usually
 * bundled, so it has no default code.
 */
import { codes, dec, flag, int, oneOf, opts, region, where } from "./params";
import type { ComponentDef } from "./types";

export const DRY_NEEDLING: ComponentDef = {
  code: "DRY_NEEDLING", label: "Dry needling (intramuscular, trigger-point)", category: "DRY_NEEDLING", source: "§4.2.6", scope: "DRY_NEEDLING",
  params: [
    where("muscles", "Muscles", "TRP_MUSCLE", { required: true, maxItems: 12, help: "The line's side applies to every muscle; BIL counts each muscle twice for billing." }),
    dec("needle_gauge_mm", "Needle gauge", "mm", [0.12, 0.4], 0.01, { required: true, default: 0.3 }),
    int("needle_length_mm", "Needle length", "mm", [10, 150], { required: true, default: 50, help: "Piriformis / deep gluteal commonly 60–100 mm." }),
    int("needles_count", "Needles used", "needles", [1, 40]),
    oneOf("technique", "Technique", codes("FAST_IN_OUT_PISTONING", "STATIC_RETAINED", "ROTATION_WINDING", "ELECTRICAL_PERCUTANEOUS"), { required: true }),
    int("retention_min", "Retention", "min", [0, 30], { typical: [5, 20] }),
    oneOf("local_twitch_responses", "Local twitch responses", codes("NONE", "FEW", "MANY")),
    flag("clean_technique_attested", "Clean technique used", { requiredAtSignature: true }),
    flag("sharps_disposed", "Sharps disposed of safely", { requiredAtSignature: true }),
    oneOf("adverse", "Adverse effects", codes("NONE", "BLEEDING", "BRUISE", "VASOVAGAL", "POST_NEEDLING_SORENESS", "OTHER"), { default: "NONE" }),
  ],
  rules: [{
    path: "retention_min", message: "Static retained needling: record a retention of 5 to 20 min",
    valid: (p) => p.technique !== "STATIC_RETAINED" || (typeof p.retention_min === "number" && p.retention_min >= 5 && p.retention_min <= 20),
  }],
  billing: { kind: "DRY_NEEDLING" },
  timed: false,
  consent: { kind: "DRY_NEEDLING", types: ["WRITTEN"], why: "Dry needling requires written consent" },
  tags: ["DRY_NEEDLING"],
  // Current through the needles is electrical stimulation for the pacemaker and pregnancy rules.
  paramTags: (p) => (p.technique === "ELECTRICAL_PERCUTANEOUS" ? ["E_STIM"] : []),
  note: "Needling near the sciatic nerve in the deep gluteal region requires advanced training.",
};

export const TAPING: ComponentDef = {
  code: "TAPING", label: "Kinesiology / rigid taping", category: "TAPING", source: "§4.2.6", scope: "KINESIOLOGY_TAPING",
  params: [
    oneOf("tape_type", "Tape", codes("KINESIOLOGY", "RIGID_ZINC_OXIDE", "MCCONNELL"), { required: true, default: "KINESIOLOGY" }),
    region(),
    oneOf("pattern", "Pattern", codes("I", "Y", "X", "FAN", "WEB", "DONUT"), { required: true, default: "I" }),
    oneOf("tension_pct", "Tension", opts(["0", "0 %"], ["10_15", "10–15 % (paper-off)"], ["25", "25 %"], ["50", "50 %"], ["75", "75 %"], ["100", "100 %"]), { default: "10_15" }),
    flag("anchors_no_tension", "Anchors laid without stretch", { default: true }),
    int("wear_days", "Wear for", "days", [1, 5], { default: 3 }),
    flag("skin_prep", "Skin prepared"),
    flag("allergy_checked", "Adhesive allergy checked", { requiredAtSignature: true }),
  ],
  billing: { kind: "NONE", note: "Often bundled; strapping codes (e.g. 29799 unlisted) vary by payer (verify)." },
  timed: false,
  tags: ["ADHESIVE_TAPE"],
  note: "Tell the patient to remove the tape if it itches or burns.",
};

export const NEEDLING_TAPING_COMPONENTS: readonly ComponentDef[] = [DRY_NEEDLING, TAPING];
