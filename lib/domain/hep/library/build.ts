/**
 * Small constructors that keep the library files readable: each returns plain data.
 * A figure is a number or a [min, max] pair, as DOMAIN.md writes dosing ("3 × 10–15").
 */
import type { DefaultDose, HepLoad, Precaution, Range } from "./types";

type Figure = number | readonly [number, number];

const range = (f: Figure): Range => (typeof f === "number" ? { min: f, max: f } : { min: f[0], max: f[1] });

interface Frequency {
  perDay: Figure;
  perWeek: Figure;
  perSide?: boolean;
  load?: HepLoad;
  note?: string;
}

const frequency = (f: Frequency) => ({
  timesPerDay: range(f.perDay),
  daysPerWeek: range(f.perWeek),
  perSide: f.perSide ?? false,
  ...(f.load ? { load: f.load } : {}),
  ...(f.note ? { note: f.note } : {}),
});

/** "Daily" in DOMAIN's dosing column. */
export const DAILY = 7;

export const repsDose = (sets: Figure, reps: Figure, f: Frequency & { repHold?: Figure }): DefaultDose => ({
  kind: "REPS", sets: range(sets), reps: range(reps), ...(f.repHold !== undefined ? { repHoldSeconds: range(f.repHold) } : {}), ...frequency(f),
});

export const holdDose = (sets: Figure, seconds: Figure, f: Frequency): DefaultDose => ({
  kind: "HOLD", sets: range(sets), holdSeconds: range(seconds), ...frequency(f),
});

/** SMR is dosed as time per area; one pass per area is a set. */
export const smrDose = (seconds: Figure, f: Frequency): DefaultDose => ({
  kind: "DURATION", sets: range(1), durationSeconds: range(seconds), ...frequency(f),
});

export const block = (tag: Precaution["tag"], text: string, substitute?: string): Precaution => ({ tag, level: "BLOCK", text, ...(substitute ? { substitute } : {}) });
export const warn = (tag: Precaution["tag"], text: string, substitute?: string): Precaution => ({ tag, level: "WARN", text, ...(substitute ? { substitute } : {}) });
