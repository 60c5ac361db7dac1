/**
 * The one-word verdict shown beside a change since baseline (DOMAIN.md V8). An improvement that meets
 * an MCID says so; otherwise a change past the measure's MDC is only "detectable" (real, not yet
 * clinically important); a worsening past a points MCID is called out, because it needs attention.
 */
import type { ChangeResult } from "./change-since-baseline";

export type ChangeFlag = "MCID_MET" | "WORSE" | "DETECTABLE" | "NOT_YET";

export const CHANGE_FLAG_LABELS: Record<ChangeFlag, string> = {
  MCID_MET: "MCID met",
  WORSE: "worse by at least the MCID",
  DETECTABLE: "detectable change",
  NOT_YET: "not yet",
};

export function changeFlag(change: ChangeResult): ChangeFlag | null {
  if (!change.comparable) return null;
  if (change.mcidMet) return "MCID_MET";
  if (change.meaningfulWorsening) return "WORSE";
  if (change.mdcMet) return "DETECTABLE";
  return "NOT_YET";
}
