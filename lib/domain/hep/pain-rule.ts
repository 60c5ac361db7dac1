/**
 * The pain rule printed with every prescription (DOMAIN.md §6.1 `pain_rule`, V19 "pain rule printed"),
 * and the scores the adherence flags compare logged pain against.
 */
import type { PainRule } from "@/lib/domain/hep/library/types";

export const DEFAULT_PAIN_RULE_TEXT =
  "Mild discomfort ≤ 3/10 that settles within a few hours is acceptable; stop if pain is sharp, spreads into the leg, or is worse the next morning.";

/** "Mild discomfort ≤ 3/10 … is acceptable": a logged pain above this is outside the rule. */
export const PAIN_RULE_MAX_ACCEPTABLE = 3;

export const STANDARD_PAIN_RULE: PainRule = { text: DEFAULT_PAIN_RULE_TEXT, maxAcceptable: PAIN_RULE_MAX_ACCEPTABLE };

/**
 * §6.5: rolling pauses on tender spots "at ≤ 5–6/10 discomfort". Pressure tenderness is expected there, so
 * a 4/10 during foam rolling is not a reason to call the patient. Of the 5–6 range the lower end is used,
 * so a review is prompted rather than missed.
 */
export const SMR_MAX_ACCEPTABLE = 5;

export const SMR_PAIN_RULE: PainRule = {
  text: `Pressure on a tender spot may feel uncomfortable up to about ${SMR_MAX_ACCEPTABLE}/10 and should ease as you hold it. ${DEFAULT_PAIN_RULE_TEXT}`,
  maxAcceptable: SMR_MAX_ACCEPTABLE,
};
