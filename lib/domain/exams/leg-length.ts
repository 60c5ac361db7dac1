/**
 * Leg-length summary (DOMAIN.md §2.3, V10): each side's length is the mean of two tape readings;
 * the difference is |L − R| of those means, banded by `LEG_LENGTH_BANDS`.
 *
 * DOMAIN.md marks the bands "configurable; literature is not uniform (verify)", so they are a named,
 * exported object and every function takes an optional replacement.
 */

export type LegLengthBand = "NEGLIGIBLE" | "MILD" | "MODERATE" | "SIGNIFICANT";

/**
 * Lower bound (mm, inclusive) of each band above NEGLIGIBLE: < 5, 5–9, 10–19, ≥ 20. Bands are half-open,
 * so a mean difference of 9.5 mm (possible with two-reading means) is MILD, not in a gap.
 */
export const LEG_LENGTH_BANDS = {
  mildFromMm: 5,
  moderateFromMm: 10,
  significantFromMm: 20,
} as const;

export type LegLengthBandThresholds = { mildFromMm: number; moderateFromMm: number; significantFromMm: number };

export const LEG_LENGTH_BAND_LABELS: Record<LegLengthBand, string> = {
  NEGLIGIBLE: "Negligible (within measurement error)",
  MILD: "Mild: note, re-measure, consider a trial heel lift",
  MODERATE: "Moderate: usually clinically relevant; consider a lift and a block test or imaging",
  SIGNIFICANT: "Significant: confirm with imaging; refer if new or progressive",
};

/** Tape readings per side, in mm (two, or more). */
export interface SideReadings {
  L: readonly number[];
  R: readonly number[];
}

export interface LegLengthReadings {
  /** ASIS → medial malleolus. */
  true?: SideReadings;
  /** Umbilicus (or xiphisternum) → medial malleolus. */
  apparent?: SideReadings;
}

export interface LegLengthMeasure {
  meanLMm: number;
  meanRMm: number;
  diffMm: number;
  /** null when the means are equal. */
  shortSide: "L" | "R" | null;
  band: LegLengthBand;
}

export type LegLengthInterpretation = "NONE" | "STRUCTURAL" | "FUNCTIONAL";

export interface LegLengthSummary {
  true: LegLengthMeasure | null;
  apparent: LegLengthMeasure | null;
  /**
   * DOMAIN.md §2.3: a true difference → structural LLI; true equal but apparent different → functional.
   * "Different" means at least the MILD band, i.e. outside tape error. null when the true lengths are
   * missing (nothing separates structure from function then), or when only true lengths are equal and
   * the apparent ones were not taken.
   */
  interpretation: LegLengthInterpretation | null;
  problems: string[];
}

/** DOMAIN.md asks for two readings per side; a third (taken when two disagree) joins the mean. */
export const MIN_READINGS_PER_SIDE = 2;

export function legLengthBand(diffMm: number, bands: LegLengthBandThresholds = LEG_LENGTH_BANDS): LegLengthBand {
  const d = Math.abs(diffMm);
  if (d >= bands.significantFromMm) return "SIGNIFICANT";
  if (d >= bands.moderateFromMm) return "MODERATE";
  if (d >= bands.mildFromMm) return "MILD";
  return "NEGLIGIBLE";
}

// One decimal of a mm is finer than any tape; rounding there keeps means like 812.5 exact and stable.
const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function measure(label: string, r: SideReadings | undefined, bands: LegLengthBandThresholds, problems: string[]): LegLengthMeasure | null {
  if (!r) return null;
  const bad = (["L", "R"] as const).filter((s) => r[s].length < MIN_READINGS_PER_SIDE || r[s].some((v) => !Number.isFinite(v) || v <= 0));
  if (bad.length > 0) {
    problems.push(`${label}: record at least ${MIN_READINGS_PER_SIDE} positive readings in mm for ${bad.join(" and ")}`);
    return null;
  }
  const meanLMm = round1(mean(r.L));
  const meanRMm = round1(mean(r.R));
  const diffMm = round1(Math.abs(meanLMm - meanRMm));
  return { meanLMm, meanRMm, diffMm, shortSide: meanLMm === meanRMm ? null : meanLMm < meanRMm ? "L" : "R", band: legLengthBand(diffMm, bands) };
}

export function legLengthSummary(readings: LegLengthReadings, bands: LegLengthBandThresholds = LEG_LENGTH_BANDS): LegLengthSummary {
  const problems: string[] = [];
  const t = measure("True length", readings.true, bands, problems);
  const a = measure("Apparent length", readings.apparent, bands, problems);
  let interpretation: LegLengthInterpretation | null = null;
  if (t && t.band !== "NEGLIGIBLE") interpretation = "STRUCTURAL";
  else if (t && a) interpretation = a.band !== "NEGLIGIBLE" ? "FUNCTIONAL" : "NONE";
  return { true: t, apparent: a, interpretation, problems };
}
