/**
 * The whole home-exercise library in one list (code order, EX-01 → EX-40), with lookups and the
 * progression / regression ladder.
 */
import { MOBILITY_NEURAL } from "./mobility-neural";
import { SELF_MYOFASCIAL } from "./self-myofascial";
import { STRENGTH_MOTOR_CONTROL } from "./strength-motor-control";
import { STRETCHES } from "./stretches";
import { PAIN_RULE_MAX_ACCEPTABLE } from "@/lib/domain/hep/pain-rule";
import type { Exercise, HepCategory, HepRegion } from "./types";

export const EXERCISES: readonly Exercise[] = [...STRETCHES, ...MOBILITY_NEURAL, ...STRENGTH_MOTOR_CONTROL, ...SELF_MYOFASCIAL]
  .sort((a, b) => a.code.localeCompare(b.code));

export const EXERCISE_BY_CODE: ReadonlyMap<string, Exercise> = new Map(EXERCISES.map((e) => [e.code, e]));

export function findExercise(code: string): Exercise | undefined {
  return EXERCISE_BY_CODE.get(code);
}

/** Self-myofascial items are dosed in seconds per area (`duration_s`), never reps or holds (V19). */
export function isSmr(code: string): boolean {
  return findExercise(code)?.dose.kind === "DURATION";
}

/** The logged pain above which the adherence check calls for a review (3, or 5 for self-massage). */
export function painThresholdFor(code: string): number {
  return findExercise(code)?.painRule.maxAcceptable ?? PAIN_RULE_MAX_ACCEPTABLE;
}

export function exercisesInCategory(category: HepCategory): Exercise[] {
  return EXERCISES.filter((e) => e.category === category || e.alsoCategory === category);
}

export function exercisesInRegion(region: HepRegion): Exercise[] {
  return EXERCISES.filter((e) => e.regions.includes(region));
}

const resolve = (codes: readonly string[]): Exercise[] => codes.flatMap((c) => EXERCISE_BY_CODE.get(c) ?? []);

/** The next harder versions of an exercise (empty for an unknown code or the top of a ladder). */
export function progressionsOf(code: string): Exercise[] {
  return resolve(findExercise(code)?.progressions ?? []);
}

/** The easier versions of an exercise, for a flare-up or when the patient cannot manage it yet. */
export function regressionsOf(code: string): Exercise[] {
  return resolve(findExercise(code)?.regressions ?? []);
}

/**
 * Every exercise reachable by progressing from `code`, nearest first, so a program can show
 * "where this is heading". The ladder is acyclic (a unit test checks it), the visited set is a guard.
 */
export function progressionPath(code: string): Exercise[] {
  const seen = new Set<string>([code]);
  const out: Exercise[] = [];
  let frontier = [code];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const c of frontier) {
      for (const e of progressionsOf(c)) {
        if (seen.has(e.code)) continue;
        seen.add(e.code);
        out.push(e);
        next.push(e.code);
      }
    }
    frontier = next;
  }
  return out;
}
