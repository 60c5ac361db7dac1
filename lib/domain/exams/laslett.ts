/**
 * Laslett SIJ provocation cluster (DOMAIN.md §2.8 T-LASLETT, V5). Derived, never typed.
 *
 * Counting rules (JUDGEMENT where DOMAIN.md says verify):
 * - A member test is "done" when it has a POS, NEG or EQUIV result; NT and UTP mean not done.
 * - It is "positive" only when POS with `familiarPain === true` (V5). A POS without familiar pain, or
 *   with the answer missing, is done but not positive, and is listed so the clinician can fix it.
 * - Paired members (thigh thrust, Gaenslen) count ONCE: positive if either side is positive, done if
 *   either side is done. Gaenslen "both sides" therefore never counts twice (DOMAIN.md verify item).
 * - Each rule reports MET, NOT_MET or INCOMPLETE. A rule is INCOMPLETE while fewer than
 *   `minTestsDone` of its tests are done (DOMAIN.md: INCOMPLETE if < 3 done), or while the tests not
 *   yet done could still change its answer. The cluster is POSITIVE when either rule is MET,
 *   NEGATIVE when both are NOT_MET, otherwise INCOMPLETE.
 */
import { LASLETT_CODES } from "./catalogue/special-tests-sij";
import { canonicalCode } from "./catalogue/catalogue";
import type { ExamFinding } from "./finding";

export type LaslettCode = (typeof LASLETT_CODES)[number];
export type RuleStatus = "MET" | "NOT_MET" | "INCOMPLETE";
export type ClusterStatus = "POSITIVE" | "NEGATIVE" | "INCOMPLETE";

export const LASLETT_RULES = {
  /** Main rule: at least this many of the five positive. */
  mainNeeded: 3,
  /** Alternative rule: at least this many of the four tests without Gaenslen positive. */
  altNeeded: 2,
  /** Below this many tests done a rule is INCOMPLETE (DOMAIN.md §2.8). */
  minTestsDone: 3,
} as const;

export type LaslettRules = { mainNeeded: number; altNeeded: number; minTestsDone: number };

export interface RuleOutcome {
  rule: "3_OF_5" | "2_OF_4";
  status: RuleStatus;
  positive: number;
  done: number;
  needed: number;
  of: number;
}

export type MemberState = "POSITIVE" | "NOT_POSITIVE" | "NOT_DONE";

export interface LaslettResult {
  status: ClusterStatus;
  /** The rule(s) that made the cluster positive, main rule first. */
  metBy: RuleOutcome["rule"][];
  positiveCount: number;
  testsDone: number;
  main: RuleOutcome;
  alt: RuleOutcome;
  members: { code: LaslettCode; state: MemberState }[];
  /** Members recorded POS whose familiar pain is not confirmed: they do not count (V5). */
  posWithoutFamiliarPain: LaslettCode[];
  notDone: LaslettCode[];
  message: string;
}

const DONE = new Set(["POS", "NEG", "EQUIV"]);
const ALT_CODES: readonly LaslettCode[] = LASLETT_CODES.filter((c) => c !== "T-GAENS");

function memberState(findings: readonly ExamFinding[], code: LaslettCode): { state: MemberState; unconfirmedPos: boolean } {
  const rows = findings.filter((f) => canonicalCode(f.code) === code && typeof f.value === "string" && DONE.has(f.value));
  if (rows.length === 0) return { state: "NOT_DONE", unconfirmedPos: false };
  const positive = rows.some((f) => f.value === "POS" && f.familiarPain === true);
  const unconfirmedPos = !positive && rows.some((f) => f.value === "POS");
  return { state: positive ? "POSITIVE" : "NOT_POSITIVE", unconfirmedPos };
}

function evaluate(rule: RuleOutcome["rule"], states: MemberState[], needed: number, minDone: number): RuleOutcome {
  const positive = states.filter((s) => s === "POSITIVE").length;
  const done = states.filter((s) => s !== "NOT_DONE").length;
  const notDone = states.length - done;
  let status: RuleStatus;
  if (done < minDone) status = "INCOMPLETE";
  else if (positive >= needed) status = "MET";
  else if (positive + notDone < needed) status = "NOT_MET";
  else status = "INCOMPLETE";
  return { rule, status, positive, done, needed, of: states.length };
}

const LABEL: Record<RuleOutcome["rule"], string> = { "3_OF_5": "≥ 3 of 5", "2_OF_4": "≥ 2 of 4 without Gaenslen" };

export function laslettCluster(findings: readonly ExamFinding[], rules: LaslettRules = LASLETT_RULES): LaslettResult {
  const perCode = LASLETT_CODES.map((code) => ({ code, ...memberState(findings, code) }));
  const stateOf = (code: LaslettCode) => perCode.find((m) => m.code === code)!.state;
  const main = evaluate("3_OF_5", LASLETT_CODES.map(stateOf), rules.mainNeeded, rules.minTestsDone);
  const alt = evaluate("2_OF_4", ALT_CODES.map(stateOf), rules.altNeeded, rules.minTestsDone);
  const metBy = [main, alt].filter((r) => r.status === "MET").map((r) => r.rule);
  const status: ClusterStatus = metBy.length > 0 ? "POSITIVE" : main.status === "NOT_MET" && alt.status === "NOT_MET" ? "NEGATIVE" : "INCOMPLETE";
  const notDone = perCode.filter((m) => m.state === "NOT_DONE").map((m) => m.code);
  const posWithoutFamiliarPain = perCode.filter((m) => m.unconfirmedPos).map((m) => m.code);

  let message: string;
  if (status === "POSITIVE") message = `Cluster positive (${metBy.map((r) => LABEL[r]).join("; ")}): ${main.positive} of ${main.done} tests done positive.`;
  else if (status === "NEGATIVE") message = `Cluster negative: ${main.positive} of ${main.done} tests done positive.`;
  else if (main.done < rules.minTestsDone) message = `Incomplete: ${main.done} of 5 tests done, at least ${rules.minTestsDone} needed. Not done: ${notDone.join(", ")}.`;
  else message = `Incomplete: the tests not done (${notDone.join(", ")}) could still change the result.`;
  if (posWithoutFamiliarPain.length > 0) message += ` Not counted (POS without familiar pain): ${posWithoutFamiliarPain.join(", ")}.`;

  return {
    status, metBy, positiveCount: main.positive, testsDone: main.done, main, alt,
    members: perCode.map(({ code, state }) => ({ code, state })), posWithoutFamiliarPain, notDone, message,
  };
}
