/** A page number from a query string: anything odd becomes 1. */
export function pageParam(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1;
}

// Control characters never come from a form field, and PostgreSQL refuses NUL outright (a 500).
const CONTROL = /[\u0000-\u001f\u007f]/g;

export function stringParam(value: string | string[] | undefined, max = 200): string | undefined {
  const v = (Array.isArray(value) ? value[0] : value)?.replace(CONTROL, "");
  return v ? v.slice(0, max) : undefined;
}

/** A yyyy-mm-dd from a query string that is a real calendar date PostgreSQL accepts, else undefined (no 2026-02-31, no 9999-99-99). */
export function dateParam(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
  const d = new Date(`${v}T00:00:00Z`);
  const year = Number(v.slice(0, 4));
  return year >= 1900 && year <= 2200 && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v ? v : undefined;
}
