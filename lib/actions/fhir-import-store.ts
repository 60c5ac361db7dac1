import { createHash, randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  appointments, appointmentTypes, billingLines, carePlans, consents, consentTexts, documents, episodes, examFindings, exercises, hepLogs, hepProgramItems,
  hepProgramVersions, hepPrograms, intakes, locations, noteAddenda, notes, noteSignatures, outcomeResponses, patientHistories, patients, protocols,
  redFlagFindings, rooms,
  staffProfiles, treatmentLines, users, visitDiagnoses, visits,
} from "@/db/schema";
import type { PatientRecord } from "@/lib/domain/fhir/record";

export interface ImportSummary { patientId: string; counts: Record<string, number>; skipped: string[] }

const d = (iso: string | null) => (iso ? new Date(iso) : null);
const DISCIPLINES = new Set(["DC", "PT", "LMT"]);

/**
 * Write a parsed record into this clinic under new ids. Order matters for the database's own rules:
 * a visit's findings, lines and codes go in before its signed note (a signed visit takes no new rows);
 * a program's exercises go in while its version is a draft, which then becomes assigned or superseded.
 * The people who worked on the record arrive as inactive staff accounts without a password (they
 * cannot sign in), so every signature still names its signer.
 */
export async function writeRecord(tx: Tx, record: PatientRecord, actorId: string, now: Date): Promise<ImportSummary> {
  const ids = new Map<string, string>();
  const id = (source: string | null) => {
    if (!source) return null;
    let v = ids.get(source);
    if (!v) ids.set(source, (v = randomUUID()));
    return v;
  };
  const must = (source: string) => id(source)!;
  const skipped: string[] = [];
  const counts: Record<string, number> = {};
  const count = (k: string, n = 1) => { counts[k] = (counts[k] ?? 0) + n; };

  for (const p of record.practitioners) {
    const uid = must(p.id);
    await tx.insert(users).values({ id: uid, kind: "staff", email: `imported-${uid}@import.invalid`, displayName: p.name, passwordHash: null, active: false, createdAt: now });
    const discipline = p.credentials?.split(/[ ,]/)[0] ?? "";
    await tx.insert(staffProfiles).values({ userId: uid, credentials: p.credentials, discipline: DISCIPLINES.has(discipline) ? (discipline as "DC" | "PT" | "LMT") : null });
    count("practitioners");
  }
  for (const l of [...record.locations].sort((a, b) => Number(Boolean(a.partOfId)) - Number(Boolean(b.partOfId)))) {
    if (!l.partOfId) {
      const [found] = await tx.select({ id: locations.id }).from(locations).where(eq(locations.name, l.name));
      ids.set(l.id, found?.id ?? (await tx.insert(locations).values({ name: l.name }).returning({ id: locations.id }))[0].id);
    } else {
      const locationId = must(l.partOfId);
      const [found] = await tx.select({ id: rooms.id }).from(rooms).where(and(eq(rooms.locationId, locationId), eq(rooms.name, l.name)));
      ids.set(l.id, found?.id ?? (await tx.insert(rooms).values({ locationId, name: l.name }).returning({ id: rooms.id }))[0].id);
    }
  }

  const p = record.patient;
  const patientId = must(p.id);
  // A new MRN from this clinic's sequence; the source id and MRN are not kept.
  const demographics = Object.fromEntries(Object.entries(p).filter(([k]) => k !== "id" && k !== "mrn")) as Omit<typeof p, "id" | "mrn">;
  await tx.insert(patients).values({ ...demographics, id: patientId, createdAt: now, updatedAt: now });

  if (record.history) {
    await tx.insert(patientHistories).values({ patientId, data: record.history.data as Record<string, unknown>, updatedAt: new Date(record.history.updatedAt), updatedBy: actorId });
  }
  if (record.episodes.length) {
    await tx.insert(episodes).values(record.episodes.map((e) => ({
      id: must(e.id), patientId, title: e.title, status: e.status, openedOn: e.openedOn, closedOn: e.closedOn,
      closeReason: e.status === "closed" ? e.closeReason ?? "Imported closed" : e.closeReason, createdBy: actorId, createdAt: now,
    })));
  }
  for (const i of record.intakes) {
    await tx.insert(intakes).values({
      id: must(i.id), episodeId: must(i.episodeId), patientId, status: i.status, answers: i.answers as Record<string, unknown>, submittedAt: d(i.submittedAt),
      acceptedAt: d(i.acceptedAt), acceptedBy: i.status === "accepted" ? actorId : null, updatedAt: new Date(i.updatedAt), updatedBy: actorId, createdAt: now,
    });
  }

  for (const a of record.appointments) {
    const typeId = await appointmentTypeId(tx, a.typeName, Math.round((Date.parse(a.endsAt) - Date.parse(a.startsAt)) / 60_000), now);
    let roomId = id(a.roomId);
    // The clinic's own bookings keep their room: an imported visit that would collide comes in without one.
    if (roomId && ["booked", "arrived", "completed"].includes(a.status)) {
      const busy = await tx.execute(sql`select 1 from appointments where room_id = ${roomId} and status in ('booked', 'arrived', 'completed')
        and tstzrange(starts_at, ends_at, '[)') && tstzrange(${a.startsAt}::timestamptz, ${a.endsAt}::timestamptz, '[)') limit 1`);
      if (busy.length) {
        skipped.push(`room of the appointment on ${a.startsAt.slice(0, 10)} (taken at that time here): kept without a room`);
        roomId = null;
      }
    }
    await tx.insert(appointments).values({
      id: must(a.id), patientId, clinicianId: must(a.clinicianId), roomId, appointmentTypeId: typeId, locationId: must(a.locationId),
      episodeId: id(a.episodeId), startsAt: new Date(a.startsAt), endsAt: new Date(a.endsAt), status: a.status, cancelReason: a.cancelReason,
      cancelledBy: a.status === "cancelled" ? actorId : null, cancelledAt: d(a.cancelledAt), arrivedAt: d(a.arrivedAt), createdBy: actorId,
      createdAt: new Date(a.createdAt), updatedAt: now,
    });
  }

  for (const v of record.visits) {
    await tx.insert(visits).values({
      id: must(v.id), patientId, episodeId: must(v.episodeId), clinicianId: must(v.clinicianId), visitType: v.visitType as typeof visits.$inferInsert.visitType,
      startsAt: new Date(v.startsAt), status: v.status, appointmentId: id(v.appointmentId), cancelReason: v.cancelReason, createdAt: now,
    });
  }
  // Red flags after the visits: an open emergency flag would (rightly) refuse new treatment visits.
  if (record.redFlags.length) {
    await tx.insert(redFlagFindings).values(record.redFlags.map((f) => ({
      id: must(f.id), patientId, episodeId: must(f.episodeId), intakeId: id(f.intakeId), flagId: f.flagId, action: f.action, restricts: f.restricts, reasons: f.reasons,
      needsClarification: f.needsClarification, raisedAt: new Date(f.raisedAt), acknowledgedAt: d(f.acknowledgedAt), acknowledgedBy: id(f.acknowledgedBy),
      acknowledgement: f.acknowledgement,
    })));
  }
  if (record.findings.length) {
    await tx.insert(examFindings).values(record.findings.map((f) => ({
      id: must(f.id), visitId: must(f.visitId), patientId, code: f.code, side: f.side as "L", site: f.site, valueNum: f.valueNum, valueText: f.valueText,
      valueJson: f.valueJson, extras: f.extras as Record<string, unknown> | null, modifier: f.modifier, unit: f.unit, method: f.method,
      familiarPain: f.familiarPain, comment: f.comment, recordedBy: must(f.recordedBy), recordedAt: new Date(f.recordedAt),
    })));
  }
  for (const l of record.treatmentLines) {
    const [protocol] = l.protocolCode
      ? await tx.select({ id: protocols.id }).from(protocols).where(and(eq(protocols.code, l.protocolCode), eq(protocols.version, l.protocolVersion ?? 1)))
      : [];
    if (l.protocolCode && !protocol) skipped.push(`protocol ${l.protocolCode} v${l.protocolVersion} (not in this clinic): line kept without it`);
    await tx.insert(treatmentLines).values({
      id: must(l.id), visitId: must(l.visitId), patientId, position: l.position, componentCode: l.componentCode, side: l.side, params: l.params as Record<string, unknown>,
      minutes: l.minutes, patientPosition: l.patientPosition, response: l.response, preNprs: l.preNprs, postNprs: l.postNprs, protocolId: protocol?.id ?? null,
      overrideReason: l.overrideReason, createdBy: must(l.createdBy), createdAt: new Date(l.createdAt),
    });
  }
  if (record.diagnoses.length) {
    await tx.insert(visitDiagnoses).values(record.diagnoses.map((x) => ({
      id: must(x.id), visitId: must(x.visitId), patientId, rank: x.rank, icdCode: x.icdCode, createdBy: must(x.createdBy), createdAt: new Date(x.createdAt),
    })));
  }
  if (record.billingLines.length) {
    await tx.insert(billingLines).values(record.billingLines.map((b) => ({
      id: must(b.id), visitId: must(b.visitId), patientId, position: b.position, code: b.code, units: b.units, minutes: b.minutes, modifiers: b.modifiers,
      diagnosisPointers: b.diagnosisPointers, createdBy: must(b.createdBy), createdAt: new Date(b.createdAt),
    })));
  }
  for (const o of record.outcomes) {
    await tx.insert(outcomeResponses).values({
      id: must(o.id), patientId, episodeId: must(o.episodeId), visitId: id(o.visitId), measure: o.measure, status: o.status, answers: o.answers as Record<string, unknown>,
      score: o.score, band: o.band, source: o.source, assignedBy: actorId, assignedAt: new Date(o.assignedAt), completedAt: d(o.completedAt),
      completedBy: o.status === "completed" && o.source === "clinic" ? actorId : null,
    });
  }
  // Signed notes last among a visit's rows: once the note is in, the visit is locked by trigger.
  for (const n of record.notes) {
    await tx.insert(notes).values({
      id: must(n.id), visitId: must(n.visitId), patientId, noteType: n.noteType as typeof notes.$inferInsert.noteType, status: "signed", ...n.content,
      changeSinceLast: n.content.changeSinceLast as "BETTER" | null, hepAdherence: n.content.hepAdherence as "FULL" | null,
      evaluationComplexity: n.content.evaluationComplexity as "LOW" | null, dischargeReason: n.content.dischargeReason as "GOALS_MET" | null,
      requiresCosign: n.requiresCosign, authorId: must(n.authorId), createdAt: new Date(n.createdAt), updatedAt: new Date(n.updatedAt), updatedBy: must(n.authorId),
    });
    await tx.insert(noteSignatures).values(n.signatures.map((s) => ({
      id: must(s.id), noteId: must(n.id), signerId: must(s.signerId), role: s.role, attestation: s.attestation, contentHash: s.contentHash, signedAt: new Date(s.signedAt),
    })));
    if (n.addenda.length) {
      await tx.insert(noteAddenda).values(n.addenda.map((a) => ({
        id: must(a.id), noteId: must(n.id), kind: a.kind, reason: a.reason, body: a.body, correctedText: a.correctedText, eventAt: d(a.eventAt),
        authorId: must(a.authorId), attestation: a.attestation, createdAt: new Date(a.createdAt),
      })));
    }
  }
  count("notes", record.notes.length);

  await writePrograms(tx, record, patientId, must, actorId, skipped);
  // Plan versions in order (a trigger wants them consecutive); each keeps whether it is the current one.
  for (const c of [...record.carePlans].sort((x, y) => x.episodeId.localeCompare(y.episodeId) || x.version - y.version)) {
    await tx.insert(carePlans).values({
      id: must(c.id), patientId, episodeId: must(c.episodeId), version: c.version, isCurrent: c.isCurrent, status: c.status, startDate: c.startDate,
      phases: c.phases, goals: c.goals as (typeof carePlans.$inferInsert)["goals"], reexamEveryVisits: c.reexamEveryVisits, reexamEveryDays: c.reexamEveryDays,
      outcomeMeasures: c.outcomeMeasures, dischargeCriteria: c.dischargeCriteria, preferredTimes: c.preferredTimes, changeReason: c.changeReason,
      createdBy: must(c.createdBy), createdAt: new Date(c.createdAt), supersededAt: d(c.supersededAt),
    });
  }
  for (const c of record.consents) {
    let [text] = await tx.select({ id: consentTexts.id }).from(consentTexts).where(and(eq(consentTexts.kind, c.kind as "consent_to_treat"), eq(consentTexts.version, c.textVersion)));
    text ??= (await tx.insert(consentTexts).values({ kind: c.kind as "consent_to_treat", version: c.textVersion, title: c.title, body: c.body, effectiveFrom: new Date(c.signedAt) }).returning({ id: consentTexts.id }))[0];
    await tx.insert(consents).values({
      id: must(c.id), patientId, consentTextId: text.id, signedName: c.signedName, signedOn: c.signedOn, signedAt: new Date(c.signedAt),
      signedByUserId: actorId, channel: c.channel, signerRelationship: c.signerRelationship,
    });
  }
  for (const doc of record.documents) {
    const bytes = Buffer.from(doc.contentBase64, "base64");
    if (!["application/pdf", "image/jpeg", "image/png"].includes(doc.contentType) || bytes.length === 0 || bytes.length > 10 * 1024 * 1024) {
      skipped.push(`document "${doc.filename}": type ${doc.contentType} or size not accepted`);
      continue;
    }
    await tx.insert(documents).values({
      id: must(doc.id), patientId, kind: doc.kind as "other", title: doc.title, filename: doc.filename, contentType: doc.contentType as "application/pdf",
      sizeBytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), content: bytes, uploadedBy: actorId, uploadedAt: new Date(doc.uploadedAt),
    });
  }
  for (const [k, rows] of Object.entries(record)) if (Array.isArray(rows) && !(k in counts)) count(k, rows.length);
  return { patientId, counts, skipped };
}

async function appointmentTypeId(tx: Tx, name: string, minutes: number, now: Date): Promise<string> {
  const [found] = await tx.select({ id: appointmentTypes.id }).from(appointmentTypes).where(sql`lower(${appointmentTypes.name}) = lower(${name})`);
  if (found) return found.id;
  const [row] = await tx.insert(appointmentTypes).values({ name, durationMinutes: Math.min(480, Math.max(5, minutes)), createdAt: now, updatedAt: now }).returning({ id: appointmentTypes.id });
  return row.id;
}

async function writePrograms(tx: Tx, record: PatientRecord, patientId: string, must: (s: string) => string, actorId: string, skipped: string[]) {
  const codes = [...new Set(record.hepVersions.flatMap((v) => v.items.map((i) => i.exerciseCode)))];
  const known = codes.length ? await tx.select({ id: exercises.id, code: exercises.code }).from(exercises).where(sql`${exercises.code} = any(string_to_array(${codes.join(",")}, ','))`) : [];
  const exerciseId = new Map(known.map((e) => [e.code, e.id]));
  const itemIds = new Map<string, string>();
  const versions = [...record.hepVersions].sort((a, b) => a.version - b.version);
  for (const v of versions) {
    const programId = must(v.programId);
    const [exists] = await tx.select({ id: hepPrograms.id }).from(hepPrograms).where(eq(hepPrograms.id, programId));
    if (!exists) {
      await tx.insert(hepPrograms).values({
        id: programId, patientId, episodeId: must(v.episodeId), title: v.programTitle, status: v.programStatus, createdBy: actorId,
        createdAt: new Date(v.assignedAt), endedAt: v.programEndedAt ? new Date(v.programEndedAt) : null,
      });
    }
    const versionId = must(v.id);
    // Exercises go into a draft (a trigger freezes assigned versions), which then takes its real status.
    await tx.insert(hepProgramVersions).values({ id: versionId, programId, patientId, version: v.version, status: "draft", createdBy: actorId, createdAt: new Date(v.assignedAt) });
    for (const i of v.items) {
      const exId = exerciseId.get(i.exerciseCode);
      if (!exId) { skipped.push(`exercise ${i.exerciseCode} (not in this clinic's library)`); continue; }
      const [row] = await tx.insert(hepProgramItems).values({
        versionId, patientId, position: i.position, phase: i.phase, exerciseId: exId, side: i.side as "NA", sets: i.sets, reps: i.reps, holdSeconds: i.holdSeconds,
        repHoldSeconds: i.repHoldSeconds, durationSeconds: i.durationSeconds, restSeconds: i.restSeconds, timesPerDay: i.timesPerDay, daysPerWeek: i.daysPerWeek,
        load: i.load, loadKg: i.loadKg, notes: i.notes, progressionNote: i.progressionNote, painRule: i.painRule,
      }).returning({ id: hepProgramItems.id });
      itemIds.set(`${v.id}:${i.position}`, row.id);
    }
    await tx.update(hepProgramVersions).set({
      status: v.status, assignedOn: v.assignedOn, assignedAt: new Date(v.assignedAt), assignedBy: must(v.assignedBy), supersededOn: v.supersededOn,
    }).where(eq(hepProgramVersions.id, versionId));
  }
  for (const l of record.hepLogs) {
    const itemId = itemIds.get(`${l.versionId}:${l.itemPosition}`);
    if (!itemId) { skipped.push(`exercise log of ${l.logDate} (its exercise was not imported)`); continue; }
    const logId = must(l.id);
    await tx.insert(hepLogs).values({
      id: logId, patientId, itemId, logDate: l.logDate, done: l.done, setsDone: l.setsDone, pain: l.pain, comment: l.comment,
      idempotencyKey: `import:${logId}`, loggedBy: actorId, createdAt: new Date(l.createdAt), updatedAt: new Date(l.createdAt),
    });
  }
}
