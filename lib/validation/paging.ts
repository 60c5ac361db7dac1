/** A page number from a query string: anything odd becomes 1. */
export function pageParam(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1;
}

export function stringParam(value: string | string[] | undefined, max = 200): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v ? v.slice(0, max) : undefined;
}
