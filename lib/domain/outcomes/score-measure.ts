/**
 * The one scorer for every outcome measure (DOMAIN.md §3, V1, V6, V7): reads the definition's
 * scoring rule, bands and constraints; no questionnaire has code of its own.
 *
 * Refusals are results, not exceptions: an unknown item, an answer outside the item's options or
 * scale, a multi-mark where the rule does not allow one, a failed error-level constraint, or too few
 * answers all give `{ scored: false, reason }`, so the form can say what is wrong.
 */
import type { Band, MeasureAnswers, MeasureDefinition, MeasureItem } from "./types";

export interface ScoreOptions {
  /** Override the rule's minimum answered items (ODI: 8 by default; some allow 7). */
  minAnswered?: number;
  /** Override the rule's maximum missing items (LEFS: 2 by default). */
  maxMissing?: number;
}

interface Common {
  measureId: string;
  version: string;
  /** Items that have an answer, after resolving multi-marks. */
  answered: number;
  /** Required items without an answer (optional items are never "missing"). */
  missingItems: string[];
  /** The value each answered item contributed. */
  itemScores: Record<string, number>;
  warnings: string[];
}

export type MeasureScore =
  | (Common & {
      scored: true;
      score: number;
      /** Before rounding or prorating: the plain sum / count / mean. */
      rawScore: number;
      band: Band | null;
      /** LEFS: score / 80 × 100, one decimal. */
      percentOfMax?: number;
      prorated?: boolean;
      /** Items marked more than once, scored at their highest mark (ODI). */
      multiMarked?: string[];
    })
  | (Common & { scored: false; reason: string; errors: string[] });

const roundTo = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;

function allowed(item: MeasureItem, v: number): boolean {
  if (!Number.isInteger(v)) return false;
  const r = item.response;
  return r.kind === "options" ? r.options.some((o) => o.value === v) : v >= r.min && v <= r.max;
}

export function bandFor(def: MeasureDefinition, score: number): Band | null {
  return def.bands?.find((b) => score >= b.min && score <= b.max) ?? null;
}

export function scoreMeasure(def: MeasureDefinition, answers: MeasureAnswers, options: ScoreOptions = {}): MeasureScore {
  const rule = def.scoring;
  const errors: string[] = [];
  const warnings: string[] = [];
  const itemScores: Record<string, number> = {};
  const multiMarked: string[] = [];
  const byId = new Map(def.items.map((i) => [i.id, i]));

  for (const key of Object.keys(answers)) if (!byId.has(key)) errors.push(`Unknown item "${key}" for ${def.id}.`);

  for (const item of def.items) {
    const raw = answers[item.id];
    if (raw === null || raw === undefined) continue;
    const marks = typeof raw === "number" ? [raw] : [...raw];
    if (marks.length === 0) continue;
    const bad = marks.filter((v) => !allowed(item, v));
    if (bad.length > 0) {
      errors.push(`${item.title}: ${bad.join(", ")} is not an allowed answer.`);
      continue;
    }
    if (marks.length > 1) {
      if (rule.kind !== "percent_of_answered_max") {
        errors.push(`${item.title}: only one answer is allowed.`);
        continue;
      }
      // DOMAIN.md §3.3: two statements marked in one section → score the higher (worse) one.
      multiMarked.push(item.id);
    }
    itemScores[item.id] = Math.max(...marks);
  }

  for (const c of def.constraints ?? []) {
    const failed =
      c.kind === "lte"
        ? itemScores[c.left] !== undefined && itemScores[c.right] !== undefined && itemScores[c.left] > itemScores[c.right]
        : itemScores[c.item] !== undefined && itemScores[c.low] !== undefined && itemScores[c.high] !== undefined &&
          (itemScores[c.item] < itemScores[c.low] || itemScores[c.item] > itemScores[c.high]);
    if (failed) (c.severity === "error" ? errors : warnings).push(c.message);
  }

  // Items that count towards the score: the rule's own list (mean over named items) or every item.
  const scoredIds = rule.kind === "mean" && rule.itemIds ? rule.itemIds : rule.kind === "item" ? [rule.itemId] : def.items.map((i) => i.id);
  const values = scoredIds.filter((id) => itemScores[id] !== undefined).map((id) => itemScores[id]);
  const answered = values.length;
  // RMDQ has no missing data (a blank statement means "does not apply"); elsewhere optional items are never missing.
  const missingItems = rule.kind === "count_endorsed" ? [] : scoredIds.filter((id) => itemScores[id] === undefined && !byId.get(id)?.optional);
  const common: Common = { measureId: def.id, version: def.version, answered, missingItems, itemScores, warnings };
  const refuse = (reason: string): MeasureScore => ({ ...common, scored: false, reason, errors });

  if (errors.length > 0) return refuse(errors.join(" "));

  const sum = values.reduce((a, b) => a + b, 0);
  const done = (score: number, rawScore: number, extra: Partial<Extract<MeasureScore, { scored: true }>> = {}): MeasureScore => ({
    ...common, scored: true, score, rawScore, band: bandFor(def, score), ...(multiMarked.length ? { multiMarked } : {}), ...extra,
  });

  switch (rule.kind) {
    case "item":
      if (answered === 0) return refuse(`${byId.get(rule.itemId)?.title ?? rule.itemId} is not answered.`);
      return done(values[0], values[0]);
    case "mean": {
      const min = options.minAnswered ?? rule.minAnswered;
      if (answered < min) return refuse(`${answered} of ${scoredIds.length} items answered; at least ${min} needed.`);
      const mean = sum / answered;
      return done(roundTo(mean, rule.decimals), mean);
    }
    case "percent_of_answered_max": {
      const min = options.minAnswered ?? rule.minAnswered;
      if (answered < min) return refuse(`${answered} of ${scoredIds.length} sections answered; at least ${min} needed for a score.`);
      const pct = (sum / (rule.itemMax * answered)) * 100;
      return done(Math.round(pct), pct);
    }
    case "sum": {
      const maxMissing = options.maxMissing ?? rule.maxMissing;
      const missing = scoredIds.length - answered;
      if (missing > maxMissing) return refuse(`${missing} items unanswered; at most ${maxMissing} may be missing for a score.`);
      const itemMax = Math.max(...def.items.map((i) => (i.response.kind === "options" ? Math.max(...i.response.options.map((o) => o.value)) : i.response.max)));
      // Prorate to the full item count: the answered items' mean stands in for the missing ones.
      const score = missing > 0 ? Math.round((sum * scoredIds.length) / answered) : sum;
      const maxScore = itemMax * scoredIds.length;
      return done(score, sum, {
        ...(missing > 0 ? { prorated: true } : {}),
        ...(rule.reportPercentOfMax ? { percentOfMax: roundTo((score / maxScore) * 100, 1) } : {}),
      });
    }
    case "count_endorsed": {
      if (answered === 0) return refuse("The form is blank: nothing was answered.");
      const count = values.filter((v) => v === rule.endorsedValue).length;
      return done(count, count);
    }
  }
}
