/**
 * Timed-code unit arithmetic (DOMAIN.md §7.4, V13). Medicare's "8-minute rule" counts the TOTAL
 * timed minutes of one-on-one codes on the date: fewer than 8 → 0 units, then one more unit for
 * each further 15 minutes. Many commercial payers instead need ≥ 8 minutes per code.
 */

/** §7.4 table, kept as data for the note and the tests: [min, max, units]. */
export const EIGHT_MINUTE_TABLE: readonly (readonly [number, number, number])[] = [
  [0, 7, 0], [8, 22, 1], [23, 37, 2], [38, 52, 3], [53, 67, 4], [68, 82, 5], [83, 97, 6],
];

/** Units for a number of timed minutes (total, or one code's minutes under the per-code rule). */
export function unitsForMinutes(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes < 8) return 0;
  // 8–22 → 1, 23–37 → 2, …: the first unit needs 8 minutes, every further unit 15 more.
  return Math.floor((Math.floor(minutes) + 7) / 15);
}

export interface CodeMinutes {
  code: string;
  minutes: number;
}

/**
 * Share `units` among codes, each unit to the code with the most minutes not yet covered (§7.4:
 * "allocate units to the codes with the most minutes first"). A code with fewer than 8 minutes can
 * still get a unit when the total supports it and its remainder is the largest. Ties go to the
 * code with more minutes in total, then to the earlier code, so the result is deterministic.
 */
export function allocateUnits(codes: readonly CodeMinutes[], units: number): Map<string, number> {
  const remaining = codes.map((c) => ({ ...c, left: c.minutes, units: 0 }));
  for (let u = 0; u < units && remaining.length > 0; u++) {
    let best = remaining[0];
    for (const r of remaining) if (r.left > best.left || (r.left === best.left && r.minutes > best.minutes)) best = r;
    best.units += 1;
    best.left -= 15;
  }
  return new Map(remaining.map((r) => [r.code, r.units]));
}

/** Medicare method: total timed minutes → units → shared out. */
export function totalMinuteUnits(codes: readonly CodeMinutes[]): Map<string, number> {
  const total = codes.reduce((sum, c) => sum + c.minutes, 0);
  return allocateUnits(codes, unitsForMinutes(total));
}

/** Per-code ("substantial portion") method: each code on its own minutes. */
export function perCodeUnits(codes: readonly CodeMinutes[]): Map<string, number> {
  return new Map(codes.map((c) => [c.code, unitsForMinutes(c.minutes)]));
}
