/**
 * Shape of a named protocol (DOMAIN.md §4.4): an ordered list of steps, each one or more
 * alternative treatment lines with default parameters (the first alternative is the default),
 * plus the HEP bundle, frequency, coding suggestions and exit criteria. Clinicians select and
 * edit; nothing here is applied without them.
 */
import type { ComponentCode } from "../components/types";
import type { LineParams, PatientPosition, Side } from "../types";

export interface ProtocolLine {
  componentCode: ComponentCode;
  params: LineParams;
  /** `AFFECTED` is replaced by the side of the patient's complaint when the protocol is applied. */
  side?: Side | "AFFECTED";
  minutes?: number;
  position?: PatientPosition;
  note?: string;
}

export interface ProtocolStep {
  /** The condition DOMAIN.md attaches to the step ("if the SI joint is hypomobile"). */
  when?: string;
  choices: readonly [ProtocolLine, ...ProtocolLine[]];
}

export interface Protocol {
  id: "P1" | "P2" | "P3" | "P4" | "P5" | "P6";
  name: string;
  indication: string;
  excludeFirst: readonly string[];
  steps: readonly ProtocolStep[];
  /** Exercise ids (§6), in DOMAIN.md order; a parenthesis says when. */
  hepBundle: readonly { exerciseId: string; when?: string }[];
  hepExtras?: readonly string[];
  frequency: string;
  runningModification?: string;
  /** ICD-10-CM codes DOMAIN.md suggests (lateral pairs as right then left), grouped as alternatives. */
  suggestedDiagnoses: readonly { codes: readonly string[]; when?: string }[];
  suggestedCpt: readonly string[];
  exitCriteria: readonly string[];
  cautions?: readonly string[];
  verify?: string;
}
