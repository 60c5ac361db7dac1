/**
 * Return-to-run progression (DOMAIN.md §5.5), used after the runner protocols P1/P2/P3/P5 or after a bone
 * stress injury has been medically cleared. DOMAIN marks the stages and thresholds as a house program to
 * verify (§10 item 7), so they are data here and the rules read them, never literals.
 */
import { addDays } from "@/lib/domain/hep/dates";

export interface RunStage {
  stage: number;
  /** Run/walk intervals, or a continuous easy run. */
  intervals?: { repeats: number; runMinutes: number; walkMinutes: number };
  continuousMinutes?: number;
  label: string;
  note?: string;
}

export const RETURN_TO_RUN_STAGES: readonly RunStage[] = [
  { stage: 1, intervals: { repeats: 5, runMinutes: 1, walkMinutes: 2 }, label: "5 × (1 min run / 2 min walk)" },
  { stage: 2, intervals: { repeats: 5, runMinutes: 2, walkMinutes: 2 }, label: "5 × (2 min run / 2 min walk)" },
  { stage: 3, intervals: { repeats: 5, runMinutes: 3, walkMinutes: 1 }, label: "5 × (3 min run / 1 min walk)" },
  { stage: 4, intervals: { repeats: 4, runMinutes: 5, walkMinutes: 1 }, label: "4 × (5 min run / 1 min walk)" },
  { stage: 5, continuousMinutes: 20, label: "20 min continuous easy" },
  {
    stage: 6, continuousMinutes: 30, label: "30 min continuous easy",
    note: "Then build weekly volume gradually (no more than 10 % a week); add hills first and speed last.",
  },
];

/** "Session (every other day)": the next run is two calendar days after the last. */
export const SESSION_SPACING_DAYS = 2;
export const WEEKLY_VOLUME_INCREASE_MAX_PCT = 10;

/** "Move on only if pain during run ≤ 2–3/10": ≤ 2 moves on, 3 is the borderline that repeats the stage. */
export const PROGRESSION_THRESHOLDS = { advanceMaxPain: 2, repeatMaxPain: 3 } as const;

export function findStage(stage: number): RunStage | undefined {
  return RETURN_TO_RUN_STAGES.find((s) => s.stage === stage);
}

export function runMinutes(stage: RunStage): number {
  return stage.intervals ? stage.intervals.repeats * stage.intervals.runMinutes : stage.continuousMinutes ?? 0;
}

export function sessionMinutes(stage: RunStage): number {
  return stage.intervals ? stage.intervals.repeats * (stage.intervals.runMinutes + stage.intervals.walkMinutes) : stage.continuousMinutes ?? 0;
}

export function nextSessionDate(lastSessionDate: string): string {
  return addDays(lastSessionDate, SESSION_SPACING_DAYS);
}

export const ENTRY_CRITERIA = {
  WALK_30_PAIN_FREE: "Pain-free walking for 30 minutes",
  HOP_PAIN_FREE: "Pain-free single-leg hop × 10–20",
  SINGLE_LEG_SQUAT: "Single-leg squat without pelvic drop",
  SINGLE_LEG_BRIDGE: "Single-leg bridge without pelvic drop",
  REST_PAIN_MAX_2: "Pain at rest NPRS ≤ 2",
  BONE_STRESS_CLEARED: "Bone stress injury: medical clearance before hopping or running",
} as const;
export type EntryCriterion = keyof typeof ENTRY_CRITERIA;

export const ENTRY_THRESHOLDS = { walkMinutes: 30, hops: 10, restNprsMax: 2 } as const;

export interface EntryAssessment {
  painFreeWalkMinutes: number;
  /** Pain-free single-leg hops on the weaker (affected) leg. The lower end of "10–20" is the bar. */
  painFreeHops: number;
  singleLegSquatWithoutPelvicDrop: boolean;
  singleLegBridgeWithoutPelvicDrop: boolean;
  restNprs: number;
  /** Suspected or confirmed bone stress injury this episode (RF-BSI-*): §4.3 blocks hopping and running until cleared. */
  boneStressInjury?: boolean;
  medicallyCleared?: boolean;
}

/** Entry criteria of §5.5 (all must be met); `unmet` lists the ones that are not, in table order. */
export function checkEntry(a: EntryAssessment): { ready: boolean; unmet: EntryCriterion[] } {
  const unmet: EntryCriterion[] = [];
  const bsiBlocked = a.boneStressInjury === true && a.medicallyCleared !== true;
  if (!(a.painFreeWalkMinutes >= ENTRY_THRESHOLDS.walkMinutes)) unmet.push("WALK_30_PAIN_FREE");
  // A hop result recorded before clearance does not count: the test should not have been done.
  if (bsiBlocked || !(a.painFreeHops >= ENTRY_THRESHOLDS.hops)) unmet.push("HOP_PAIN_FREE");
  if (!a.singleLegSquatWithoutPelvicDrop) unmet.push("SINGLE_LEG_SQUAT");
  if (!a.singleLegBridgeWithoutPelvicDrop) unmet.push("SINGLE_LEG_BRIDGE");
  if (!(a.restNprs <= ENTRY_THRESHOLDS.restNprsMax)) unmet.push("REST_PAIN_MAX_2");
  if (bsiBlocked) unmet.push("BONE_STRESS_CLEARED");
  return { ready: unmet.length === 0, unmet };
}

export interface RunSessionOutcome {
  /** Highest pain during the run, NPRS 0–10. */
  painDuringRun: number;
  /** Symptoms worse the next morning than before the run. */
  worseNextMorning: boolean;
}

export type StageDecision = "ADVANCE" | "REPEAT" | "DROP_BACK" | "STOP_AND_REVIEW" | "COMPLETE";

export interface StageDecisionResult {
  decision: StageDecision;
  /** The stage of the next session. */
  stage: number;
  reason: string;
}

/**
 * §5.5 progression rule: move on only when pain during the run was ≤ 2 and it was no worse next morning;
 * repeat on the borderline (3/10, no worse next morning); drop back a stage when worse (pain above 3 or
 * worse next morning). Worse at stage 1 has nowhere to drop to: stop running and review with the clinician.
 * After a good stage 6 the program is complete and volume builds by ≤ 10 % a week.
 */
export function nextStage(current: number, outcome: RunSessionOutcome): StageDecisionResult {
  if (!findStage(current)) throw new Error(`No return-to-run stage ${current}`);
  const pain = outcome.painDuringRun;
  if (!Number.isInteger(pain) || pain < 0 || pain > 10) throw new Error(`Pain must be an NPRS score 0–10: ${pain}`);
  const last = RETURN_TO_RUN_STAGES[RETURN_TO_RUN_STAGES.length - 1].stage;
  const worse = outcome.worseNextMorning || pain > PROGRESSION_THRESHOLDS.repeatMaxPain;
  if (worse) {
    const why = outcome.worseNextMorning ? "worse the next morning" : `pain ${pain}/10 during the run`;
    return current === 1
      ? { decision: "STOP_AND_REVIEW", stage: 1, reason: `${why} at stage 1: stop running and review with the clinician` }
      : { decision: "DROP_BACK", stage: current - 1, reason: `${why}: drop back a stage` };
  }
  if (pain > PROGRESSION_THRESHOLDS.advanceMaxPain) return { decision: "REPEAT", stage: current, reason: `borderline (pain ${pain}/10): repeat the stage` };
  if (current === last) return { decision: "COMPLETE", stage: current, reason: `stage ${last} done: build weekly volume by no more than ${WEEKLY_VOLUME_INCREASE_MAX_PCT} % a week` };
  return { decision: "ADVANCE", stage: current + 1, reason: `pain ${pain}/10 and no worse next morning: move on` };
}
