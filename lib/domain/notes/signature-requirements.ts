import type { NoteContent } from "@/lib/validation/notes";

export type NoteTypeCode = "INITIAL_EVALUATION" | "DAILY" | "RE_EXAM" | "DISCHARGE";

/**
 * What must be in a note before it can be signed (DOMAIN.md §8.1): a daily note needs the pain
 * score, the change since last visit and home-exercise adherence; evaluations and re-exams need
 * objective findings; every note needs an assessment and a plan. Returns field → message.
 */
export function missingForSignature(type: NoteTypeCode, note: NoteContent, findingsCount: number): Record<string, string> {
  const missing: Record<string, string> = {};
  const blank = (s: string) => s.trim().length === 0;
  if (type === "DAILY" || type === "RE_EXAM") {
    if (note.nprsNow === null) missing.nprsNow = "Record today's pain score (0–10)";
    if (note.changeSinceLast === null) missing.changeSinceLast = "Record the change since the last visit";
  }
  if (type === "DAILY" && note.hepAdherence === null) missing.hepAdherence = "Record home-exercise adherence";
  if ((type === "INITIAL_EVALUATION" || type === "RE_EXAM") && findingsCount === 0 && blank(note.objective)) {
    missing.objective = "Record the examination (findings or objective text) before signing";
  }
  if (type === "DAILY" && blank(note.objective) && findingsCount === 0) missing.objective = "Give at least one objective finding for the treated region";
  if (type === "INITIAL_EVALUATION" && blank(note.subjective)) missing.subjective = "Summarise the history";
  if (blank(note.assessment)) missing.assessment = "Write the assessment";
  if (blank(note.plan)) missing.plan = "Write the plan";
  return missing;
}
