/**
 * The contraindication engine (DOMAIN.md §4.3, V18): checks one treatment line against the
 * patient's history and the restrictions of open red-flag findings. Pure: the rules are data in
 * `./contraindication-rules` and `./contraindication-restrictions`.
 *
 * A line whose parameters name no region (an exercise) and that the context gives no region for
 * is treated as acting on any region: an unknown place never escapes a regional restriction.
 */
import { RESTRICTIONS } from "@/lib/domain/intake/red-flag-labels";
import { SPINAL_ORDER, type Zone } from "./anatomy";
import { DEFAULT_CONTRAINDICATION_SETTINGS, type ContraindicationContext, type ContraindicationSettings, type TreatmentHistory } from "./contraindication-context";
import { RESTRICTION_EFFECTS } from "./contraindication-restrictions";
import { ALL_CONTRAINDICATION_ROWS, type ContraindicationRow, type Effect, type Trigger, type WhenId } from "./contraindication-rules";
import { findComponent } from "./components/catalogue";
import { tagsOfLine, zonesOfLine } from "./line-facts";
import type { TreatmentLine } from "./types";

export type LineStatus = "ok" | "caution" | "blocked";

export interface ContraindicationFinding {
  /** Row id (§4.3 / §4.2) or `RF:<restriction code>`. */
  source: string;
  severity: "block" | "warn";
  reason: string;
  overridable: boolean;
}

export interface LineCheck {
  status: LineStatus;
  reasons: string[];
  /** A clinician may record an override / acknowledgement with a reason (every warning; blocks only where DOMAIN.md defers). */
  overridable: boolean;
  findings: ContraindicationFinding[];
}

interface Facts {
  line: TreatmentLine;
  tags: ReadonlySet<string>;
  /** null: the line names no region. */
  zones: readonly Zone[] | null;
  history: TreatmentHistory;
  ctx: ContraindicationContext;
  settings: ContraindicationSettings;
}

const has = (list: readonly string[] | undefined, items: readonly string[] | undefined) => (items ?? []).some((i) => (list ?? []).includes(i));

function fires(t: Trigger, f: Facts): boolean {
  const h = f.history;
  return (
    has(f.ctx.redFlagRestrictions, t.restrictions) || has(h.conditions, t.conditions) || has(h.medicationClasses, t.medicationClasses) ||
    (t.longTermSteroids === true && h.longTermSteroids === true) || has(h.allergyKinds, t.allergyKinds) || has(h.surgeryFlags, t.surgeryFlags)
  );
}

const segmentsOf = (line: TreatmentLine): string[] => {
  const s = line.params.segments ?? line.params.segment;
  return Array.isArray(s) ? [...s] : typeof s === "string" ? [s] : [];
};
const spinalIndex = (segment: string) => SPINAL_ORDER.indexOf(segment);

const WHEN: Readonly<Record<WhenId, (f: Facts) => boolean>> = {
  // Unknown weeks: assume the stricter case.
  FIRST_TRIMESTER: (f) => f.history.pregnancyWeeks === undefined || f.history.pregnancyWeeks <= f.settings.firstTrimesterLastWeek,
  LATER_PREGNANCY: (f) => f.history.pregnancyWeeks === undefined || f.history.pregnancyWeeks >= f.settings.laterPregnancyFromWeek,
  POSTERIOR_OR_UNKNOWN_HIP_APPROACH: (f) => {
    const approaches = f.history.hipApproaches ?? [];
    return approaches.length === 0 || approaches.some((a) => a !== "ANTERIOR" && a !== "LATERAL");
  },
  AT_FUSED_SEGMENT: (f) => segmentsOf(f.line).some((s) => (f.history.fusedSegments ?? []).includes(s)),
  ADJACENT_TO_FUSION: (f) => {
    const fused = (f.history.fusedSegments ?? []).map(spinalIndex).filter((i) => i >= 0);
    return segmentsOf(f.line).some((s) => {
      const i = spinalIndex(s);
      return i >= 0 && !fused.includes(i) && fused.some((j) => Math.abs(i - j) === 1);
    });
  },
  FUSION_LEVELS_UNKNOWN: (f) => (f.history.fusedSegments ?? []).length === 0,
  IN_SENSORY_LOSS_AREA: (f) => {
    const area = f.history.sensoryLossZones ?? [];
    return area.length > 0 && (f.zones === null || f.zones.some((z) => area.includes(z)));
  },
  SENSORY_LOSS_AREA_UNKNOWN: (f) => (f.history.sensoryLossZones ?? []).length === 0,
  ACTIVE_DVT_LIMB: (f) => {
    const dvt = f.history.activeDvt;
    if (!dvt?.active) return false;
    const side = f.line.side;
    return dvt.side === undefined || side === undefined || side === "BIL" || side === dvt.side || side === "NA" || side === "CENTRAL";
  },
  DVT_ACTIVITY_UNKNOWN: (f) => f.history.activeDvt === undefined,
};

function matches(effect: Effect, f: Facts): boolean {
  if (effect.tags !== "ALL" && !effect.tags.some((t) => f.tags.has(t))) return false;
  if (effect.zones !== undefined && f.zones !== null) {
    const where = effect.zones === "FLAGGED" ? f.ctx.flaggedZones : effect.zones;
    // No flagged region given: the restriction applies everywhere.
    if (where !== undefined && where.length > 0 && !f.zones.some((z) => where.includes(z))) return false;
  }
  return effect.when === undefined || WHEN[effect.when](f);
}

function severityOf(effect: Effect, base: "block" | "warn", settings: ContraindicationSettings): "block" | "warn" {
  return base === "block" && effect.setting === "osteoporosisHighForceHvla" && settings.osteoporosisHighForceHvla === "warn" ? "warn" : base;
}

function rowFindings(row: ContraindicationRow, f: Facts): ContraindicationFinding[] {
  if (!fires(row.trigger, f)) return [];
  const out: ContraindicationFinding[] = [];
  for (const [effects, base] of [[row.blocks, "block"], [row.warns, "warn"]] as const) {
    for (const e of effects) {
      if (!matches(e, f)) continue;
      const severity = severityOf(e, base, f.settings);
      out.push({
        source: row.id, severity, overridable: severity === "warn" || e.overridable === true,
        reason: severity === "block" ? `${row.flag}: no ${e.label}` : `${row.flag}: caution with ${e.label} (acknowledge before treating)`,
      });
    }
  }
  return out;
}

function restrictionFindings(f: Facts): ContraindicationFinding[] {
  return [...new Set(f.ctx.redFlagRestrictions ?? [])].flatMap((code) => {
    const r = RESTRICTION_EFFECTS[code];
    const effect = r.effects.find((e) => matches(e, f));
    if (!effect) return [];
    const severity = severityOf(effect, r.severity, f.settings);
    const reason = severity === "block" ? `Open red flag restricts: ${RESTRICTIONS[code]}` : `Open red flag, precaution: ${RESTRICTIONS[code]} (acknowledge before treating)`;
    return [{ source: `RF:${code}`, severity, reason, overridable: severity === "warn" }];
  });
}

/** Check one line (V18). Unknown components are blocked: nothing unknown reaches a patient unchecked. */
export function checkLine(line: TreatmentLine, context: ContraindicationContext = {}): LineCheck {
  if (!findComponent(line.componentCode)) {
    return { status: "blocked", reasons: [`Unknown treatment component ${line.componentCode}`], overridable: false, findings: [] };
  }
  const own = zonesOfLine(line);
  const zones = [...new Set([...own, ...(context.region ?? [])])];
  const facts: Facts = {
    line, tags: new Set(tagsOfLine(line)), zones: zones.length > 0 ? zones : null,
    history: context.history ?? {}, ctx: context, settings: { ...DEFAULT_CONTRAINDICATION_SETTINGS, ...context.settings },
  };
  const findings = [...ALL_CONTRAINDICATION_ROWS.flatMap((row) => rowFindings(row, facts)), ...restrictionFindings(facts)];
  const blocks = findings.filter((x) => x.severity === "block");
  const status: LineStatus = blocks.length > 0 ? "blocked" : findings.length > 0 ? "caution" : "ok";
  const overridable = status === "blocked" ? blocks.every((b) => b.overridable) : status === "caution";
  // Blocks first: they are what the clinician must read.
  const ordered = [...blocks, ...findings.filter((x) => x.severity === "warn")];
  return { status, reasons: [...new Set(ordered.map((x) => x.reason))], overridable, findings: ordered };
}
