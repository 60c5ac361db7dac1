/**
 * Calendar arithmetic in the clinic's IANA zone with the runtime's own zone database (Intl), so
 * no time-zone dependency is needed. A "local date" is "YYYY-MM-DD", a wall time "HH:MM".
 */

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsIn(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock in `timeZone` at an instant. */
export function wallClock(at: Date, timeZone: string): { date: string; time: string; minutes: number } {
  const p = Object.fromEntries(partsIn(timeZone).formatToParts(at).map((x) => [x.type, x.value]));
  const time = `${p.hour}:${p.minute}`;
  return { date: `${p.year}-${p.month}-${p.day}`, time, minutes: Number(p.hour) * 60 + Number(p.minute) };
}

export function localDateOf(at: Date, timeZone: string): string {
  return wallClock(at, timeZone).date;
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday (independent of any zone). */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T12:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Monday of the ISO week containing `date`. */
export function startOfWeek(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** Dates from `from` to `to` inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to && out.length < 400; d = addDays(d, 1)) out.push(d);
  return out;
}

/** "09:00" or "09:00:00" → minutes after midnight. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return h * 60 + m;
}

export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * The instant a wall-clock time on a local date happens in the zone (DST aware): guess UTC, see
 * what the zone's clock shows, correct by the difference (twice, for the edges of a change).
 * A time skipped by spring-forward lands an hour later, as clocks show it.
 */
export function atLocal(date: string, time: string, timeZone: string): Date {
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  const wanted = Date.UTC(y, mo - 1, d, h, mi);
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const p = Object.fromEntries(partsIn(timeZone).formatToParts(new Date(guess)).map((x) => [x.type, x.value]));
    const shown = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
    guess -= shown - wanted;
  }
  return new Date(guess);
}

/** The instants a local date begins and ends (23 or 25 hours long on DST days). */
export function localDayBounds(date: string, timeZone: string): { start: Date; end: Date } {
  return { start: atLocal(date, "00:00", timeZone), end: atLocal(addDays(date, 1), "00:00", timeZone) };
}
