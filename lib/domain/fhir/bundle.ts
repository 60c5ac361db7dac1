import type { Bundle, BundleEntry, Resource } from "@medplum/fhirtypes";
import { mapAppointment, mapHepLog, mapHepVersion } from "./map-care";
import { mapCarePlan } from "./map-care-plan";
import { mapBillingLine, mapDiagnosis, mapEncounter, mapEpisode, mapFinding, mapTreatmentLine } from "./map-clinical";
import { mapAddendum, mapConsent, mapNote, mapSignature, mapUploadedDocument } from "./map-documents";
import { mapLocation, mapPatient, mapPractitioner, urn } from "./map-people";
import { mapIntake, mapOutcomeResponse, mapOutcomeScore } from "./map-questionnaires";
import { mapHistory, mapRedFlag } from "./map-screening";
import type { PatientRecord } from "./record";

const byTime = <T>(key: (x: T) => string, tie: (x: T) => string | number = () => 0) => (a: T, b: T) =>
  key(a).localeCompare(key(b)) || (typeof tie(a) === "number" ? (tie(a) as number) - (tie(b) as number) : String(tie(a)).localeCompare(String(tie(b))));

/**
 * A patient's record as a FHIR R4 Bundle of type "collection". Every reference points at another
 * entry's urn:uuid fullUrl, so the bundle is complete on its own. Entries come in a fixed order
 * (by kind, then by time and position, never by id), so two exports of the same record compare equal.
 */
export function recordToBundle(record: PatientRecord, timestamp: string): Bundle {
  const pid = record.patient.id;
  const signed = new Map(record.visits.map((v) => [v.id, v.signed]));
  const visitStart = new Map(record.visits.map((v) => [v.id, v.startsAt]));
  const billed = new Map<string, Set<string>>();
  for (const b of record.billingLines) (billed.get(b.visitId) ?? billed.set(b.visitId, new Set()).get(b.visitId)!).add(b.code);
  const visitOrder = new Map([...record.visits].sort(byTime((v) => v.startsAt, (v) => v.visitType)).map((v, i) => [v.id, i]));
  const inVisit = <T extends { visitId: string }>(rows: readonly T[], tie: (x: T) => string | number) =>
    [...rows].sort((a, b) => (visitOrder.get(a.visitId) ?? 0) - (visitOrder.get(b.visitId) ?? 0) || byTime<T>(() => "", tie)(a, b));

  const resources: Resource[] = [
    mapPatient(record.patient),
    ...[...record.practitioners].sort(byTime((p) => p.name, (p) => p.credentials ?? "")).map(mapPractitioner),
    ...[...record.locations].sort(byTime((l) => `${l.partOfId ? 1 : 0}${l.name}`)).map(mapLocation),
    ...(record.history ? [mapHistory(record.history, pid)] : []),
    ...[...record.episodes].sort(byTime((e) => e.openedOn, (e) => e.title)).map((e) => mapEpisode(e, pid)),
    ...[...record.intakes].sort(byTime((i) => i.updatedAt)).map((i) => mapIntake(i, pid)),
    ...[...record.redFlags].sort(byTime((f) => f.raisedAt, (f) => f.flagId)).map((f) => mapRedFlag(f, pid)),
    ...[...record.visits].sort(byTime((v) => v.startsAt, (v) => v.visitType)).map((v) => mapEncounter(v, pid, record.diagnoses)),
    ...inVisit(record.diagnoses, (d) => d.rank).map((d) => mapDiagnosis(d, pid, signed.get(d.visitId) ?? false)),
    ...inVisit(record.findings, (f) => `${f.recordedAt}|${f.code}|${f.side}|${f.site}`).map((f) => mapFinding(f, pid, signed.get(f.visitId) ?? false)),
    ...inVisit(record.treatmentLines, (l) => l.position).map((l) => mapTreatmentLine(l, pid, signed.get(l.visitId) ?? false, visitStart.get(l.visitId) ?? l.createdAt, billed.get(l.visitId) ?? new Set())),
    ...inVisit(record.billingLines, (b) => b.position).map((b) => mapBillingLine(b, pid)),
    ...[...record.outcomes].sort(byTime((o) => o.assignedAt, (o) => o.measure)).flatMap((o) => {
      const score = mapOutcomeScore(o, pid);
      return score ? [mapOutcomeResponse(o, pid), score] : [mapOutcomeResponse(o, pid)];
    }),
    ...inVisit(record.notes, () => 0).flatMap((n) => [
      mapNote(n, pid),
      ...[...n.signatures].sort(byTime((s) => s.signedAt, (s) => s.role)).map((s) => mapSignature(s, n.id)),
      ...[...n.addenda].sort(byTime((a) => a.createdAt, (a) => a.kind)).map((a) => mapAddendum(a, n, pid)),
    ]),
    ...carePlans(record),
    ...hepPlans(record),
    ...[...record.hepLogs].sort(byTime((l) => `${l.logDate}|${l.createdAt}`, (l) => l.itemPosition)).map((l) => {
      const version = record.hepVersions.find((v) => v.id === l.versionId);
      return mapHepLog(l, pid, version?.items.find((i) => i.position === l.itemPosition)?.exerciseCode ?? "");
    }),
    ...[...record.appointments].sort(byTime((a) => a.startsAt, (a) => a.createdAt)).map((a) => mapAppointment(a, pid)),
    ...[...record.consents].sort(byTime((c) => c.signedAt, (c) => c.kind)).map((c) => mapConsent(c, pid)),
    ...[...record.documents].sort(byTime((d) => d.uploadedAt, (d) => d.filename)).map((d) => mapUploadedDocument(d, pid)),
  ];
  const entry: BundleEntry[] = resources.map((resource) => ({ fullUrl: urn(resource.id!), resource }));
  return { resourceType: "Bundle", type: "collection", timestamp, entry };
}

function hepPlans(record: PatientRecord) {
  const versions = [...record.hepVersions].sort(byTime((v) => `${v.assignedAt}`, (v) => v.version));
  return versions.map((v) => {
    const previous = versions.filter((p) => p.programId === v.programId && p.version < v.version).at(-1);
    return mapHepVersion(v, previous, record.patient.id);
  });
}

function carePlans(record: PatientRecord) {
  const plans = [...record.carePlans].sort(byTime((c) => c.startDate, (c) => c.version));
  return plans.flatMap((c) => mapCarePlan(c, plans.find((p) => p.episodeId === c.episodeId && p.version === c.version - 1), record.patient.id));
}
