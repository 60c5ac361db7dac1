/**
 * Red-flag evaluator (DOMAIN.md §1.6 Action column, §4.3, §9 V3). Pure functions.
 *
 * Judgement calls where §1.6 is vague (each marked JUDGEMENT below):
 * - A flag fires on YES; UNSURE fires only for CES items (at least the base action, needsClarification).
 * - Missing follow-up detail never escalates to EMERGENCY on its own: the result stays at the
 *   cautious non-emergency level and needsClarification is set, so staff ask in person.
 * - EMERGENCY results always add ALL_TREATMENT; URGENT_REFERRAL results add HVLA and impact/loading
 *   of the flagged region (§4.3 rows 1–2, V3), on top of the §1.6 "Restricts" cell.
 */
import { ACTION_RANK, CES_IDS, RED_FLAGS, type RedFlagAction, type RedFlagDefinition, type RestrictionCode } from "./red-flags";

export type Answer = "YES" | "NO" | "UNSURE";
export interface RedFlagAnswer {
  answer: Answer;
  detail?: string;
  followUps?: Record<string, boolean | number | string | null>;
}
export type RedFlagAnswers = Record<string, RedFlagAnswer>;

export interface RedFlagContext {
  ageYears: number;
  conditions?: {
    osteoporosis?: boolean;
    longTermSteroids?: boolean;
    immunosuppressed?: boolean;
    diabetes?: boolean;
    cancerHistory?: boolean;
    ivDrugUse?: boolean;
  };
  isRunner?: boolean;
  firstEpisode?: boolean;
  /** Weeks of care without measurable improvement (RF-CA escalation, RF-FAIL). */
  noImprovementWeeks?: number;
}

export interface RedFlagResult {
  id: string;
  action: RedFlagAction;
  restricts: RestrictionCode[];
  /** Short staff-facing explanations, e.g. "weakness in both legs". */
  reasons: string[];
  /** Must be clarified in person before treatment (UNSURE on a CES item, or missing decisive detail). */
  needsClarification: boolean;
}

/** Cut-offs the domain reference marks "(verify)"; change here, not in the rules. */
export const RED_FLAG_THRESHOLDS = {
  /** RF-WT: URGENT when at least this many kg … */
  weightLossKg: 4.5,
  /** … or at least this % of pre-loss body weight … */
  weightLossPercent: 5,
  /** … lost within at most this many months. */
  weightLossWindowMonths: 6,
  /** RF-CA: escalate when age is strictly greater than this. */
  cancerAgeOver: 50,
  /** RF-CA: escalate when no improvement for at least this many weeks. */
  cancerNoImprovementWeeks: 4,
  /** RF-TRAUMA: minor trauma escalates when age is strictly greater than this. */
  traumaAgeOver: 50,
  /** RF-AGE: first episode under this age (strictly) … */
  firstEpisodeAgeUnder: 20,
  /** … or over this age (strictly). Some sources use 18 / 55. */
  firstEpisodeAgeOver: 50,
  /** RF-OSTEO fires from context when age is strictly greater than this. */
  osteoAgeOver: 70,
  /** RF-FAIL fires from context after at least this many weeks without improvement. */
  failNoImprovementWeeks: 4,
} as const;

type FollowUps = RedFlagAnswer["followUps"];
const bool = (f: FollowUps, k: string): boolean | undefined => (typeof f?.[k] === "boolean" ? (f[k] as boolean) : undefined);
const num = (f: FollowUps, k: string): number | undefined => {
  const v = f?.[k];
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
};
const str = (f: FollowUps, k: string): string | undefined => (typeof f?.[k] === "string" ? (f[k] as string) : undefined);

interface Outcome {
  action: RedFlagAction;
  reasons: string[];
  clarify?: boolean;
}
type Rule = (a: RedFlagAnswer | undefined, ctx: RedFlagContext, all: RedFlagAnswers) => Outcome | null;

const isYes = (all: RedFlagAnswers, id: string) => all[id]?.answer === "YES";
const firesOnAnswer = (a: RedFlagAnswer | undefined): a is RedFlagAnswer => a?.answer === "YES";

function weightLossOutcome(f: FollowUps): Outcome {
  const T = RED_FLAG_THRESHOLDS;
  const kg = num(f, "kgLost");
  const body = num(f, "bodyWeightKg");
  const months = num(f, "overMonths");
  if (kg === undefined || months === undefined) {
    // JUDGEMENT: amount or period unknown → treat as significant until clarified.
    return { action: "URGENT_REFERRAL", reasons: ["unintentional weight loss, amount or period not recorded"], clarify: true };
  }
  if (months > T.weightLossWindowMonths) return { action: "FLAG", reasons: [`${kg} kg lost over ${months} months (longer than ${T.weightLossWindowMonths})`] };
  // JUDGEMENT: % is of the pre-loss weight (current + lost); a tiny epsilon absorbs float error at exactly 5 %.
  const pct = body !== undefined && body + kg > 0 ? (kg * 100) / (body + kg) : undefined;
  if (kg >= T.weightLossKg) return { action: "URGENT_REFERRAL", reasons: [`${kg} kg lost in ${months} months`] };
  if (pct !== undefined && pct >= T.weightLossPercent - 1e-9) {
    return { action: "URGENT_REFERRAL", reasons: [`${pct.toFixed(1)} % of body weight lost in ${months} months`] };
  }
  return { action: "FLAG", reasons: [`${kg} kg lost in ${months} months (below threshold)`] };
}

const RULES: Record<string, Rule> = {
  "RF-CES-4": (a, _c, all) => {
    if (!a) return null;
    const others = CES_IDS.filter((id) => id !== "RF-CES-4" && isYes(all, id));
    if (others.length > 0) return { action: "EMERGENCY", reasons: [`sexual/genital change with ${others.join(", ")}`] };
    return { action: "URGENT_REFERRAL", reasons: ["isolated sexual/genital change"] };
  },
  "RF-CES-5": (a, _c, all) => {
    if (!a) return null;
    const f = a.followUps;
    const reasons: string[] = [];
    if (bool(f, "bilateralWeakness")) reasons.push("weakness in both legs");
    if (bool(f, "bilateralNumbness")) reasons.push("numbness in both legs");
    const others = CES_IDS.filter((id) => id !== "RF-CES-5" && isYes(all, id));
    if (others.length > 0) reasons.push(`bilateral leg symptoms with ${others.join(", ")}`);
    if (reasons.length > 0) return { action: "EMERGENCY", reasons };
    const unknown = bool(f, "bilateralWeakness") === undefined || bool(f, "bilateralNumbness") === undefined;
    return { action: "URGENT_REFERRAL", reasons: [unknown ? "bilateral leg symptoms; weakness/numbness not recorded" : "bilateral pain or tingling only"], clarify: unknown };
  },
  "RF-NEURO": (a) => {
    if (!firesOnAnswer(a)) return null;
    const f = a.followUps;
    // JUDGEMENT: "severe or progressive in both legs" = both legs AND (severe OR progressing).
    if (bool(f, "bothLegs") && (bool(f, "severe") || bool(f, "progressing"))) {
      return { action: "EMERGENCY", reasons: ["severe or progressive deficit in both legs"] };
    }
    const unknown = bool(f, "bothLegs") === undefined;
    return { action: "URGENT_REFERRAL", reasons: [unknown ? "progressive deficit; sides not recorded" : bool(f, "bothLegs") ? "deficit in both legs, not severe or progressing" : "progressive deficit in one leg"], clarify: unknown };
  },
  "RF-CA": (a, ctx, all) => {
    const fromHistory = ctx.conditions?.cancerHistory === true;
    if (!firesOnAnswer(a) && !fromHistory) return null; // JUDGEMENT: also fires from recorded cancer history
    const T = RED_FLAG_THRESHOLDS;
    const reasons = [firesOnAnswer(a) ? "history of cancer" : "history of cancer (medical history)"];
    const esc: string[] = [];
    if (ctx.ageYears > T.cancerAgeOver) esc.push(`age over ${T.cancerAgeOver}`);
    if (isYes(all, "RF-WT")) esc.push("unexplained weight loss");
    if (isYes(all, "RF-NIGHT")) esc.push("night pain");
    if ((ctx.noImprovementWeeks ?? 0) >= T.cancerNoImprovementWeeks) esc.push(`no improvement in ${ctx.noImprovementWeeks} weeks`);
    return { action: esc.length > 0 ? "URGENT_REFERRAL" : "FLAG", reasons: [...reasons, ...esc] };
  },
  "RF-WT": (a) => (firesOnAnswer(a) ? weightLossOutcome(a.followUps) : null),
  "RF-NIGHT": (a) => {
    if (!firesOnAnswer(a)) return null;
    const type = str(a.followUps, "nightPainType");
    if (type === "POSITIONAL") return { action: "FLAG", reasons: ["positional (mechanical) night pain"] };
    // JUDGEMENT: the question itself describes constant pain, so an unspecified YES is non-mechanical.
    return { action: "URGENT_REFERRAL", reasons: [type === "CONSTANT_UNRELIEVED" ? "constant, unrelieved night pain" : "night pain, type not recorded"] };
  },
  "RF-INF": (a, ctx, all) => {
    if (!firesOnAnswer(a)) return null;
    const c = ctx.conditions ?? {};
    const risks = [c.immunosuppressed && "immunosuppressed", c.diabetes && "diabetes", c.ivDrugUse && "IV drug use"].filter((r): r is string => !!r);
    const reasons = ["possible spinal infection", ...risks.map((r) => `risk factor: ${r}`)];
    const ces5 = all["RF-CES-5"];
    // JUDGEMENT: RF-UMN exam signs also count as a neurological deficit.
    const neuro = isYes(all, "RF-NEURO") || isYes(all, "RF-UMN") || (ces5?.answer === "YES" && (bool(ces5.followUps, "bilateralWeakness") || bool(ces5.followUps, "bilateralNumbness")));
    if (bool(a.followUps, "feverNow") && neuro) return { action: "EMERGENCY", reasons: [...reasons, "fever with neurological deficit"] };
    return { action: "URGENT_REFERRAL", reasons };
  },
  "RF-TRAUMA": (a, ctx) => {
    if (!firesOnAnswer(a)) return null;
    const sev = str(a.followUps, "severity");
    if (sev === "MAJOR") return { action: "URGENT_REFERRAL", reasons: ["major trauma: image before manual therapy"] };
    if (sev !== "MINOR") return { action: "URGENT_REFERRAL", reasons: ["trauma, severity not recorded"], clarify: true }; // JUDGEMENT: unknown = major
    const T = RED_FLAG_THRESHOLDS;
    const c = ctx.conditions ?? {};
    const risks = [ctx.ageYears > T.traumaAgeOver && `age over ${T.traumaAgeOver}`, c.osteoporosis && "osteoporosis", c.longTermSteroids && "long-term steroids"].filter((r): r is string => !!r);
    if (risks.length > 0) return { action: "URGENT_REFERRAL", reasons: [`minor trauma with ${risks.join(", ")}`] };
    return { action: "FLAG", reasons: ["minor trauma"] };
  },
  "RF-OSTEO": (a, ctx) => {
    const c = ctx.conditions ?? {};
    const reasons = [
      firesOnAnswer(a) && "patient reports bone-fragility risk",
      c.osteoporosis && "osteoporosis",
      c.longTermSteroids && "long-term steroids",
      ctx.ageYears > RED_FLAG_THRESHOLDS.osteoAgeOver && `age over ${RED_FLAG_THRESHOLDS.osteoAgeOver}`,
    ].filter((r): r is string => !!r);
    return reasons.length > 0 ? { action: "FLAG", reasons } : null;
  },
  "RF-AGE": (a, ctx) => {
    const T = RED_FLAG_THRESHOLDS;
    const outside = ctx.ageYears < T.firstEpisodeAgeUnder || ctx.ageYears > T.firstEpisodeAgeOver;
    if (ctx.firstEpisode && outside) return { action: "FLAG", reasons: [`first episode at age ${ctx.ageYears}`] };
    // JUDGEMENT: a patient YES is recorded even when the context does not confirm it.
    return firesOnAnswer(a) ? { action: "FLAG", reasons: ["patient reports first episode under 20 or over 50"] } : null;
  },
  "RF-AAA": (a) => {
    if (!firesOnAnswer(a)) return null;
    const f = a.followUps;
    const reasons = [bool(f, "pulsatileMassWithPain") && "painful pulsatile abdominal mass", bool(f, "suddenSevere") && "sudden severe pain"].filter((r): r is string => !!r);
    if (reasons.length > 0) return { action: "EMERGENCY", reasons };
    const unknown = bool(f, "pulsatileMassWithPain") === undefined || bool(f, "suddenSevere") === undefined;
    return { action: "URGENT_REFERRAL", reasons: ["possible aneurysm features"], clarify: unknown };
  },
  "RF-VISC": (a) => {
    if (!firesOnAnswer(a)) return null;
    if (bool(a.followUps, "systemicSigns")) return { action: "URGENT_REFERRAL", reasons: ["possible visceral referral with systemic signs"] };
    return { action: "ROUTINE_REFERRAL", reasons: ["possible visceral referral"] };
  },
  "RF-FAIL": (a, ctx) => {
    const weeks = ctx.noImprovementWeeks ?? 0;
    if (weeks >= RED_FLAG_THRESHOLDS.failNoImprovementWeeks) return { action: "ROUTINE_REFERRAL", reasons: [`no measurable improvement in ${weeks} weeks`] };
    return firesOnAnswer(a) ? { action: "ROUTINE_REFERRAL", reasons: ["no improvement or worsening at re-exam"] } : null;
  },
};

const isCes = (id: string) => (CES_IDS as readonly string[]).includes(id);

function evaluateOne(def: RedFlagDefinition, answers: RedFlagAnswers, ctx: RedFlagContext): RedFlagResult | null {
  // JUDGEMENT: runner-only flags are skipped only when the context says "not a runner";
  // an unknown isRunner must not silently drop a YES.
  if (def.runnerOnly && ctx.isRunner === false) return null;
  const raw = answers[def.id];
  const unsureCes = raw?.answer === "UNSURE" && isCes(def.id);
  const a = raw && (raw.answer === "YES" || unsureCes) ? raw : undefined;
  const rule = RULES[def.id];
  // Flags without a rule (CES-1..3, UMN, INFL, BSI-*, DVT, PREG, ANTICOAG) fire at their base action.
  const out: Outcome | null = rule ? rule(a, ctx, answers) : a ? { action: def.baseAction, reasons: [`suspected: ${def.suspected.toLowerCase()}`] } : null;
  if (!out) return null;
  const action = ACTION_RANK[out.action] >= ACTION_RANK[def.baseAction] ? out.action : def.baseAction;
  const reasons = unsureCes ? [...out.reasons, "patient unsure: clarify in person before treatment"] : out.reasons;
  return { id: def.id, action, restricts: restrictionsFor(def, action), reasons, needsClarification: unsureCes || out.clarify === true };
}

function restrictionsFor(def: RedFlagDefinition, action: RedFlagAction): RestrictionCode[] {
  const extra: RestrictionCode[] =
    action === "EMERGENCY" ? ["ALL_TREATMENT"] : action === "URGENT_REFERRAL" ? ["HVLA_FLAGGED_REGION", "IMPACT_LOADING_FLAGGED_REGION"] : [];
  return [...new Set<RestrictionCode>([...extra, ...def.restricts])];
}

/** One result per flag that fires, in the order of RED_FLAGS. */
export function evaluateRedFlags(answers: RedFlagAnswers, ctx: RedFlagContext): RedFlagResult[] {
  return RED_FLAGS.map((def) => evaluateOne(def, answers, ctx)).filter((r): r is RedFlagResult => r !== null);
}

export function highestAction(results: readonly RedFlagResult[]): RedFlagAction | null {
  let best: RedFlagAction | null = null;
  for (const r of results) if (best === null || ACTION_RANK[r.action] > ACTION_RANK[best]) best = r.action;
  return best;
}

export function combinedRestrictions(results: readonly RedFlagResult[]): RestrictionCode[] {
  return [...new Set(results.flatMap((r) => r.restricts))];
}

/** True when any EMERGENCY or URGENT_REFERRAL fired: the chart banner stays until a clinician acknowledges. */
export function requiresAcknowledgement(results: readonly RedFlagResult[]): boolean {
  return results.some((r) => r.action === "EMERGENCY" || r.action === "URGENT_REFERRAL");
}
