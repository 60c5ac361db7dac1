/** A half-open span of time [start, end): back-to-back appointments do not overlap. */
export interface Interval {
  start: Date;
  end: Date;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}

/** Does `inner` lie wholly within `outer`? */
export function within(inner: Interval, outer: Interval): boolean {
  return inner.start.getTime() >= outer.start.getTime() && inner.end.getTime() <= outer.end.getTime();
}

/** Sort and join overlapping or touching intervals. */
export function mergeIntervals<T extends Interval>(list: readonly T[]): Interval[] {
  const sorted = [...list].filter((i) => i.end > i.start).sort((a, b) => a.start.getTime() - b.start.getTime());
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start.getTime() <= last.end.getTime()) {
      if (i.end > last.end) last.end = new Date(i.end.getTime());
    } else out.push({ start: new Date(i.start.getTime()), end: new Date(i.end.getTime()) });
  }
  return out;
}

/** `from` minus every interval in `cut`: the pieces of `from` left free. */
export function subtractIntervals(from: Interval, cut: readonly Interval[]): Interval[] {
  let pieces: Interval[] = [{ start: from.start, end: from.end }];
  for (const c of mergeIntervals(cut)) {
    pieces = pieces.flatMap((p) => {
      if (!overlaps(p, c)) return [p];
      const left = c.start > p.start ? [{ start: p.start, end: c.start }] : [];
      const right = c.end < p.end ? [{ start: c.end, end: p.end }] : [];
      return [...left, ...right];
    });
  }
  return pieces;
}
