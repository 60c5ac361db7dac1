/** Whole years between a yyyy-mm-dd birth date and a moment (calendar arithmetic, no time zones). */
export function ageOn(dateOfBirth: string, at: Date): number {
  const [y, m, d] = dateOfBirth.split("-").map(Number);
  const ty = at.getUTCFullYear();
  const tm = at.getUTCMonth() + 1;
  const td = at.getUTCDate();
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}
