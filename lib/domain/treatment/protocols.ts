/**
 * The six named runner protocols of DOMAIN.md §4.4 (seed data in `./protocols/`), and how a chosen
 * protocol becomes editable treatment lines for one patient. Pathway R1 (suspected bone stress
 * injury) is a referral pathway, not a treatment protocol, so it is not here.
 */
import { P3, P4, P6 } from "./protocols/lumbopelvic";
import { P1, P2, P5 } from "./protocols/runner-hip";
import type { Protocol, ProtocolLine } from "./protocols/types";
import type { Discipline, TreatmentLine } from "./types";

export type { Protocol, ProtocolLine, ProtocolStep } from "./protocols/types";

export const PROTOCOLS: readonly Protocol[] = [P1, P2, P3, P4, P5, P6];

export function findProtocol(id: string): Protocol | undefined {
  return PROTOCOLS.find((p) => p.id === id);
}

export interface ApplyOptions {
  /** Side of the patient's complaint; replaces `AFFECTED`. */
  side: "L" | "R" | "BIL";
  discipline?: Discipline;
  /** Step index → alternative index (default: the first alternative). */
  pick?: Readonly<Record<number, number>>;
  /** Step indexes the clinician leaves out (conditional steps that do not apply). */
  skip?: readonly number[];
}

export function toTreatmentLine(line: ProtocolLine, side: ApplyOptions["side"], discipline?: Discipline): TreatmentLine {
  return {
    componentCode: line.componentCode,
    params: { ...line.params },
    ...(line.side !== undefined ? { side: line.side === "AFFECTED" ? side : line.side } : {}),
    ...(line.minutes !== undefined ? { minutes: line.minutes } : {}),
    ...(line.position !== undefined ? { position: line.position } : {}),
    ...(discipline ? { discipline } : {}),
  };
}

/** The protocol's lines for one patient, ready for the clinician to edit. */
export function applyProtocol(protocol: Protocol, options: ApplyOptions): TreatmentLine[] {
  return protocol.steps.flatMap((step, i) => {
    if (options.skip?.includes(i)) return [];
    const choice = step.choices[options.pick?.[i] ?? 0];
    if (!choice) throw new Error(`${protocol.id} step ${i + 1} has no alternative ${options.pick?.[i]}`);
    return [toTreatmentLine(choice, options.side, options.discipline)];
  });
}
