/** ODI is a percentage; every other score reads "n of max". */
export function formatScore(measureId: string, max: number, score: number): string {
  return measureId === "ODI" ? `${score} %` : `${score} of ${max}`;
}

/** A signed number with a real minus sign, so "−12" is read as minus twelve. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : "0";
}

/** A date in the clinic's zone, e.g. "12 Mar 2026". */
export function formatDay(at: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric" }).format(new Date(at));
}
