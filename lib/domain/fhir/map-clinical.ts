import type { ChargeItem, Condition, Encounter, EpisodeOfCare, Observation, ObservationComponent, Procedure } from "@medplum/fhirtypes";
import { findCpt } from "@/lib/domain/coding/cpt-codes";
import { findIcd } from "@/lib/domain/coding/icd10";
import { findExamItem } from "@/lib/domain/exams/catalogue/catalogue";
import { findComponent } from "@/lib/domain/treatment/components/catalogue";
import {
  LOCAL, SYSTEM, coding, compact, extCode, extInt, extJson, extString, quantity,
} from "./codes";
import { ref } from "./map-people";
import type { BillingLineRow, DiagnosisRow, EpisodeRow, FindingRow, TreatmentLineRow, VisitRow } from "./record";

export const ENCOUNTER_STATUS: Record<VisitRow["status"], Encounter["status"]> = { in_progress: "in-progress", completed: "finished", cancelled: "cancelled" };

export function mapEpisode(e: EpisodeRow, patientId: string): EpisodeOfCare {
  return compact({
    resourceType: "EpisodeOfCare" as const,
    id: e.id,
    extension: extString("close-reason", e.closeReason),
    status: e.status === "open" ? ("active" as const) : ("finished" as const),
    type: [{ text: e.title }],
    patient: ref(patientId),
    period: compact({ start: e.openedOn, end: e.closedOn ?? undefined }),
  });
}

export function mapEncounter(v: VisitRow, patientId: string, diagnoses: readonly DiagnosisRow[]): Encounter {
  return compact({
    resourceType: "Encounter" as const,
    id: v.id,
    extension: extString("cancel-reason", v.cancelReason),
    status: ENCOUNTER_STATUS[v.status],
    class: coding(SYSTEM.actCode, "AMB", "ambulatory"),
    type: [{ coding: [coding(LOCAL.visitType, v.visitType)] }],
    subject: ref(patientId),
    episodeOfCare: [ref(v.episodeId)],
    participant: [{ type: [{ coding: [coding(SYSTEM.participationType, "PPRF", "primary performer")] }], individual: ref(v.clinicianId) }],
    appointment: v.appointmentId ? [ref(v.appointmentId)] : [],
    period: { start: v.startsAt },
    diagnosis: diagnoses
      .filter((d) => d.visitId === v.id)
      .sort((a, b) => a.rank - b.rank)
      .map((d) => ({ condition: ref(d.id), rank: d.rank })),
  });
}

/** One exam finding: the catalogue code, a value with its UCUM unit, side and site; what FHIR has no element for goes to extensions. */
export function mapFinding(f: FindingRow, patientId: string, signed: boolean): Observation {
  const item = findExamItem(f.code);
  const components: ObservationComponent[] = [];
  let value: Pick<Observation, "valueQuantity" | "valueCodeableConcept" | "valueString"> = {};
  if (f.valueNum != null) value = { valueQuantity: quantity(f.valueNum, f.unit) };
  else if (f.valueText != null) value = { valueCodeableConcept: { coding: [coding(LOCAL.examResult, f.valueText)] } };
  else if (f.valueJson != null) value = { valueString: JSON.stringify(f.valueJson) };
  if (f.valueNum != null && f.valueText != null) components.push({ code: { coding: [coding(LOCAL.examComponent, "result")] }, valueCodeableConcept: { coding: [coding(LOCAL.examResult, f.valueText)] } });
  if (f.valueJson != null && (f.valueNum != null || f.valueText != null)) components.push({ code: { coding: [coding(LOCAL.examComponent, "detail")] }, valueString: JSON.stringify(f.valueJson) });
  if (f.familiarPain != null) components.push({ code: { coding: [coding(LOCAL.examComponent, "familiar-pain", "Reproduces the usual complaint")] }, valueBoolean: f.familiarPain });
  return compact({
    resourceType: "Observation" as const,
    id: f.id,
    extension: [...extCode("laterality", f.side), ...extCode("modifier", f.modifier), ...extJson("exam-extras", f.extras), ...extString("unit", f.valueNum == null ? f.unit : null)],
    status: signed ? ("final" as const) : ("preliminary" as const),
    category: [{ coding: [coding(SYSTEM.observationCategory, "exam", "Exam")] }],
    code: { coding: [coding(LOCAL.exam, f.code, item?.label)], text: item?.label ?? f.code },
    subject: ref(patientId),
    encounter: ref(f.visitId),
    effectiveDateTime: f.recordedAt,
    performer: [ref(f.recordedBy)],
    ...value,
    note: f.comment ? [{ text: f.comment }] : [],
    bodySite: f.site ? { coding: [coding(LOCAL.examSite, f.site)] } : undefined,
    method: f.method ? { coding: [coding(LOCAL.examMethod, f.method)] } : undefined,
    component: components,
  });
}

export function mapDiagnosis(d: DiagnosisRow, patientId: string, signed: boolean): Condition {
  const icd = findIcd(d.icdCode);
  return compact({
    resourceType: "Condition" as const,
    id: d.id,
    clinicalStatus: { coding: [coding(SYSTEM.conditionClinical, "active")] },
    verificationStatus: { coding: [coding(SYSTEM.conditionVerification, signed ? "confirmed" : "provisional")] },
    category: [{ coding: [coding(SYSTEM.conditionCategory, "encounter-diagnosis", "Encounter Diagnosis")] }],
    code: { coding: [coding(SYSTEM.icd10cm, d.icdCode, icd?.label)], text: icd?.label ?? d.icdCode },
    subject: ref(patientId),
    encounter: ref(d.visitId),
    recordedDate: d.createdAt,
    recorder: ref(d.createdBy),
  });
}

/** The CPT code a component bills under, when the visit's billing lines carry it ("CPT where billed"). */
function billedCpt(line: TreatmentLineRow, billedCodes: ReadonlySet<string>): string | null {
  const b = findComponent(line.componentCode)?.billing;
  if (!b) return null;
  const candidates = b.kind === "CPT" ? [b.code, ...(b.alternatives ?? [])]
    : b.kind === "CMT_FOR_DC" ? ["98940", "98941", "98942", "98943", b.otherwise]
    : b.kind === "ESTIM" ? ["97014", "G0283", ...(b.attendedCode ? [b.attendedCode] : [])]
    : b.kind === "DRY_NEEDLING" ? ["20560", "20561"]
    : b.kind === "BY_PARAM" ? Object.values(b.codes).filter((c): c is string => Boolean(c))
    : [];
  return candidates.find((c) => billedCodes.has(c)) ?? null;
}

export function mapTreatmentLine(l: TreatmentLineRow, patientId: string, signed: boolean, visitStart: string, billedCodes: ReadonlySet<string>): Procedure {
  const comp = findComponent(l.componentCode);
  const cpt = billedCpt(l, billedCodes);
  const params = Object.entries(l.params).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : String(v)}`).join("; ");
  return compact({
    resourceType: "Procedure" as const,
    id: l.id,
    extension: [
      ...extInt("position", l.position), ...extCode("laterality", l.side), ...extJson("treatment-parameters", l.params), ...extInt("minutes", l.minutes),
      ...extString("patient-position", l.patientPosition), ...extString("response", l.response), ...extInt("pre-nprs", l.preNprs), ...extInt("post-nprs", l.postNprs),
      ...extString("override-reason", l.overrideReason),
    ],
    instantiatesUri: l.protocolCode ? [`https://kinetic-chart.example/fhir/protocol/${encodeURIComponent(l.protocolCode)}|${l.protocolVersion ?? 1}`] : [],
    status: signed ? ("completed" as const) : ("in-progress" as const),
    code: {
      coding: [coding(LOCAL.treatmentComponent, l.componentCode, comp?.label), ...(cpt ? [coding(SYSTEM.cpt, cpt, findCpt(cpt)?.label)] : [])],
      text: comp?.label ?? l.componentCode,
    },
    subject: ref(patientId),
    encounter: ref(l.visitId),
    performedDateTime: visitStart,
    recorder: ref(l.createdBy),
    note: [{ text: [params && `Parameters: ${params}`, l.minutes != null ? `${l.minutes} min` : ""].filter(Boolean).join(" · ") || (comp?.label ?? l.componentCode), time: l.createdAt }],
  });
}

/** Billing lines keep their units, modifiers and diagnosis pointers: a ChargeItem each, coded in CPT/HCPCS. */
export function mapBillingLine(b: BillingLineRow, patientId: string): ChargeItem {
  return compact({
    resourceType: "ChargeItem" as const,
    id: b.id,
    extension: [...extInt("position", b.position), ...extInt("minutes", b.minutes), ...extJson("modifiers", b.modifiers.length ? b.modifiers : null), ...extJson("diagnosis-pointers", b.diagnosisPointers.length ? b.diagnosisPointers : null)],
    status: "billable" as const,
    code: { coding: [coding(SYSTEM.cpt, b.code, findCpt(b.code)?.label)] },
    subject: ref(patientId),
    context: ref(b.visitId),
    quantity: { value: b.units },
    enteredDate: b.createdAt,
    enterer: ref(b.createdBy),
  });
}

