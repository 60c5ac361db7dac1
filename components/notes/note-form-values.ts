/** The note form holds text only (selects and numbers included); these convert to and from the saved note. */
import type { NoteContent } from "@/lib/validation/notes";

export type FormValues = Record<keyof NoteContent, string>;

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));

export const toForm = (n: NoteContent): FormValues => ({
  subjective: n.subjective, objective: n.objective, assessment: n.assessment, plan: n.plan,
  nprsNow: str(n.nprsNow), changePercent: str(n.changePercent), changeSinceLast: n.changeSinceLast ?? "", hepAdherence: n.hepAdherence ?? "",
  referralTo: n.referralTo ?? "", referralReason: n.referralReason ?? "", redFlagReasoning: n.redFlagReasoning ?? "",
  evaluationComplexity: n.evaluationComplexity ?? "", dischargeReason: n.dischargeReason ?? "", returnToSport: n.returnToSport ?? "",
  recommendations: n.recommendations ?? "", followUp: n.followUp ?? "", hepGiven: n.hepGiven === null || n.hepGiven === undefined ? "" : n.hepGiven ? "yes" : "no",
});

export const toContent = (v: FormValues): NoteContent => ({
  subjective: v.subjective, objective: v.objective, assessment: v.assessment, plan: v.plan,
  nprsNow: v.nprsNow === "" ? null : Number(v.nprsNow), changePercent: v.changePercent === "" ? null : Number(v.changePercent),
  changeSinceLast: (v.changeSinceLast || null) as NoteContent["changeSinceLast"], hepAdherence: (v.hepAdherence || null) as NoteContent["hepAdherence"],
  referralTo: v.referralTo, referralReason: v.referralReason, redFlagReasoning: v.redFlagReasoning,
  evaluationComplexity: (v.evaluationComplexity || null) as NoteContent["evaluationComplexity"],
  dischargeReason: (v.dischargeReason || null) as NoteContent["dischargeReason"],
  returnToSport: v.returnToSport, recommendations: v.recommendations, followUp: v.followUp,
  hepGiven: v.hepGiven === "" ? null : v.hepGiven === "yes",
});
