"use server";
import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { hepProgramItems, hepPrograms, hepProgramVersions } from "@/db/schema";
import { patientScope } from "@/lib/data/patients";
import { getClinicSettings } from "@/lib/data/settings";
import { dateInZone } from "@/lib/domain/hep/format";
import { AppError } from "@/lib/errors";
import { queueMessage } from "@/lib/outbox";
import type { Caller } from "@/lib/auth/caller";
import { prescriptionItemSchema, type ExerciseFacts, type PrescriptionItem } from "@/lib/validation/hep";
import { AssignProgramInput, ProgramInput, SaveProgramDraftInput, StartProgramInput } from "@/lib/validation/hep-programs";
import { checkDraftPrecautions } from "./hep-precautions";
import { action } from "./action";

type Exercise = ExerciseFacts & { id: string; code: string; status: string } & Record<string, unknown>;

/** The exercises named by code, with what the dosing rules need (library and clinic exercises alike). */
async function exercisesByCode(tx: Tx, codes: string[]): Promise<Map<string, Exercise>> {
  if (codes.length === 0) return new Map();
  const rows = await tx.execute<Exercise>(sql`
    select id, code, status, paired, dose_kind as "doseKind" from exercises
    where code in (${sql.join([...new Set(codes)].map((c) => sql`${c}`), sql`, `)})`);
  return new Map(rows.map((r) => [r.code, r]));
}

/**
 * V19 on every line with the exercise's facts from the database. Field messages come back under
 * "items.<index>.<field>", next to the line's own fields in the builder.
 */
function checkItems(raw: unknown[], known: Map<string, Exercise>, allowRetired: Set<string>): PrescriptionItem[] {
  const schema = prescriptionItemSchema((code) => known.get(code));
  const fieldErrors: Record<string, string[]> = {};
  const items: PrescriptionItem[] = [];
  raw.forEach((line, index) => {
    const parsed = schema.safeParse(line);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) (fieldErrors[`items.${index}.${issue.path.join(".") || "exerciseCode"}`] ??= []).push(issue.message);
      return;
    }
    const ex = known.get(parsed.data.exerciseCode)!;
    if (ex.status === "retired" && !allowRetired.has(ex.code)) {
      (fieldErrors[`items.${index}.exerciseCode`] ??= []).push("This exercise is retired: choose another one");
      return;
    }
    items.push(parsed.data);
  });
  if (Object.keys(fieldErrors).length > 0) throw new AppError("validation", "Please correct the highlighted exercises.", fieldErrors);
  return items;
}

async function insertItems(tx: Tx, versionId: string, patientId: string, items: PrescriptionItem[], known: Map<string, Exercise>) {
  if (items.length === 0) return;
  await tx.insert(hepProgramItems).values(items.map((it, i) => ({
    versionId, patientId, position: i + 1, phase: it.phase ?? 1, exerciseId: known.get(it.exerciseCode)!.id, side: it.side, sets: it.sets,
    reps: it.reps || null, holdSeconds: it.holdSeconds || null, repHoldSeconds: it.repHoldSeconds || null, durationSeconds: it.durationSeconds ?? null,
    restSeconds: it.restSeconds ?? null, timesPerDay: it.timesPerDay, daysPerWeek: it.daysPerWeek, load: it.load ?? null, loadKg: it.loadKg ?? null,
    notes: it.notes ?? null, progressionNote: it.progressionNote ?? null, painRule: it.painRule,
  })));
}

type LockedVersion = { id: string; programId: string; patientId: string; version: number; status: string; programStatus: string };

/** The version, locked, within the caller's scope (staff: any live patient). */
async function lockVersion(tx: Tx, caller: Caller, versionId: string): Promise<LockedVersion> {
  const [v] = await tx.execute<LockedVersion>(sql`
    select v.id, v.program_id as "programId", v.patient_id as "patientId", v.version, v.status, pr.status as "programStatus"
    from hep_program_versions v join hep_programs pr on pr.id = v.program_id join patients p on p.id = v.patient_id
    where v.id = ${versionId} and ${patientScope(caller)} for update of v`);
  if (!v) throw new AppError("not_found", "That program was not found.");
  return v;
}

const CONSTRAINTS = {
  hep_programs_one_active_per_episode: { field: "episodeId", message: "This episode already has an active program: progress it instead." },
  hep_program_versions_one_draft: { message: "A new version is already being prepared: open it below." },
  hep_versions_frozen: { message: "An assigned program cannot change: progress it as a new version." },
};

/** Start a program for an episode, blank or from a protocol's template (the template's lines become the draft). */
export const startProgram = action({
  name: "hep.start",
  permission: "chart.clinical.write",
  input: StartProgramInput,
  patientId: (input) => input.patientId,
  constraintMessages: CONSTRAINTS,
  async handler(input, ctx) {
    const [episode] = await ctx.tx.execute<{ id: string }>(sql`
      select e.id from episodes e join patients p on p.id = e.patient_id
      where e.id = ${input.episodeId} and e.patient_id = ${input.patientId} and e.status = 'open' and ${patientScope(ctx.caller!)}`);
    if (!episode) throw new AppError("not_found", "Choose an open episode of this patient.", { episodeId: ["Choose an open episode"] });
    let templateItems: unknown[] = [];
    if (input.templateId) {
      const [t] = await ctx.tx.execute<{ items: unknown[] }>(sql`select items from hep_templates where id = ${input.templateId} and status = 'active'`);
      if (!t) throw new AppError("not_found", "That template was not found.", { templateId: ["Choose a template from the list"] });
      templateItems = t.items;
    }
    const [program] = await ctx.tx.insert(hepPrograms).values({
      patientId: input.patientId, episodeId: input.episodeId, title: input.title, createdBy: ctx.caller!.userId, createdAt: ctx.now,
    }).returning({ id: hepPrograms.id });
    const [version] = await ctx.tx.insert(hepProgramVersions).values({
      programId: program.id, patientId: input.patientId, version: 1, templateId: input.templateId ?? null, createdBy: ctx.caller!.userId, createdAt: ctx.now,
    }).returning({ id: hepProgramVersions.id });
    const codeOf = (i: unknown) => String((i as { exerciseCode?: unknown }).exerciseCode);
    const known = await exercisesByCode(ctx.tx, templateItems.map(codeOf));
    // An exercise retired since the template was made is left out, not prescribed.
    const usable = templateItems.filter((i) => known.get(codeOf(i))?.status === "active");
    await insertItems(ctx.tx, version.id, input.patientId, checkItems(usable, known, new Set()), known);
    ctx.audit({ entityType: "hep_program", entityId: program.id, details: { template: input.templateId ?? null, items: usable.length } });
    return { programId: program.id, versionId: version.id, leftOut: templateItems.length - usable.length };
  },
});

/** Replace the lines of a draft (order, dosing, phases) after checking each against V19. */
export const saveProgramDraft = action({
  name: "hep.saveDraft",
  permission: "chart.clinical.write",
  input: SaveProgramDraftInput,
  constraintMessages: CONSTRAINTS,
  async handler(input, ctx) {
    const v = await lockVersion(ctx.tx, ctx.caller!, input.versionId);
    if (v.status !== "draft") throw new AppError("invalid", "This version is already assigned: progress the program to change it.");
    const codes = input.items.map((i) => String(i.exerciseCode ?? ""));
    const known = await exercisesByCode(ctx.tx, codes);
    // A retired exercise may stay in a program that already had it; it cannot be newly added.
    const existing = await ctx.tx.execute<{ code: string }>(sql`
      select distinct x.code from hep_program_items i join hep_program_versions v on v.id = i.version_id join exercises x on x.id = i.exercise_id
      where v.program_id = ${v.programId}`);
    const items = checkItems(input.items, known, new Set(existing.map((r) => r.code)));
    await ctx.tx.delete(hepProgramItems).where(sql`${hepProgramItems.versionId} = ${v.id}`);
    await insertItems(ctx.tx, v.id, v.patientId, items, known);
    ctx.audit({ patientId: v.patientId, entityType: "hep_program_version", entityId: v.id, details: { items: items.length, codes: items.map((i) => i.exerciseCode) } });
    return { items: items.length };
  },
});

/**
 * Assign the draft: it becomes the program the patient sees (the version before is superseded and kept),
 * and the patient is told in the portal and by email through the outbox.
 */
export const assignProgram = action({
  name: "hep.assign",
  permission: "chart.clinical.write",
  input: AssignProgramInput,
  constraintMessages: CONSTRAINTS,
  async handler(input, ctx) {
    const v = await lockVersion(ctx.tx, ctx.caller!, input.versionId);
    if (v.status !== "draft") throw new AppError("invalid", "This version is already assigned.");
    if (v.programStatus !== "active") throw new AppError("invalid", "This program has ended.");
    const [{ n }] = await ctx.tx.execute<{ n: number }>(sql`select count(*)::int as n from hep_program_items where version_id = ${v.id}`);
    if (n === 0) throw new AppError("validation", "Add at least one exercise before assigning the program.");
    const precautions = await checkDraftPrecautions(ctx.tx, v.id, v.patientId, input.precautionOverride);
    const settings = await getClinicSettings(ctx.tx);
    const today = dateInZone(ctx.now, settings.timeZone);
    await ctx.tx.execute(sql`update hep_program_versions set status = 'superseded', superseded_on = ${today} where program_id = ${v.programId} and status = 'assigned'`);
    await ctx.tx.execute(sql`update hep_program_versions set status = 'assigned', assigned_on = ${today}, assigned_at = ${ctx.now.toISOString()}, assigned_by = ${ctx.caller!.userId} where id = ${v.id}`);
    const recipients = await ctx.tx.execute<{ email: string }>(sql`
      select u.email from portal_links pl join users u on u.id = pl.user_id where pl.patient_id = ${v.patientId} and u.active
      union select p.email from patients p where p.id = ${v.patientId} and p.email is not null
        and not exists (select 1 from portal_links pl join users u on u.id = pl.user_id where pl.patient_id = p.id and u.active)`);
    // The message names no exercise or condition: the content is behind the portal's sign-in.
    for (const r of recipients) {
      await queueMessage(ctx.tx, {
        kind: "hep_assigned", to: r.email, subject: `Your home exercises from ${settings.name}`,
        body: `Your clinician has ${v.version > 1 ? "updated" : "given you"} a home-exercise program. Sign in to see today's exercises with pictures and instructions:\n\n${ctx.origin}/portal/exercises\n`,
        createdBy: ctx.caller!.userId,
      }, ctx.now);
    }
    ctx.audit({ patientId: v.patientId, entityType: "hep_program_version", entityId: v.id, details: {
      version: v.version, items: n, notified: recipients.length,
      ...(precautions.warnings.length ? { precautions: precautions.warnings.map((w) => `${w.level} ${w.exerciseCode} ${w.tag}`), override: input.precautionOverride || null } : {}),
    } });
    return { version: v.version, notified: recipients.length, warnings: precautions.warnings.filter((w) => w.level === "WARN").map((w) => `${w.exerciseCode}: ${w.message}`) };
  },
});

/** Progress the program: a new draft version starting from the assigned one (history kept). */
export const progressProgram = action({
  name: "hep.progress",
  permission: "chart.clinical.write",
  input: ProgramInput,
  constraintMessages: CONSTRAINTS,
  async handler(input, ctx) {
    const [current] = await ctx.tx.execute<{ id: string; patientId: string; version: number; programStatus: string }>(sql`
      select v.id, v.patient_id as "patientId", (select max(v2.version) from hep_program_versions v2 where v2.program_id = pr.id) as version, pr.status as "programStatus"
      from hep_programs pr join patients p on p.id = pr.patient_id join hep_program_versions v on v.program_id = pr.id and v.status = 'assigned'
      where pr.id = ${input.programId} and ${patientScope(ctx.caller!)} for update of pr`);
    if (!current) throw new AppError("not_found", "That program has no assigned version to progress.");
    if (current.programStatus !== "active") throw new AppError("invalid", "This program has ended.");
    const [draft] = await ctx.tx.insert(hepProgramVersions).values({
      programId: input.programId, patientId: current.patientId, version: current.version + 1, createdBy: ctx.caller!.userId, createdAt: ctx.now,
    }).returning({ id: hepProgramVersions.id });
    await ctx.tx.execute(sql`
      insert into hep_program_items (version_id, patient_id, position, phase, exercise_id, side, sets, reps, hold_seconds, rep_hold_seconds, duration_seconds,
        rest_seconds, times_per_day, days_per_week, load, load_kg, notes, progression_note, pain_rule)
      select ${draft.id}, patient_id, position, phase, exercise_id, side, sets, reps, hold_seconds, rep_hold_seconds, duration_seconds,
        rest_seconds, times_per_day, days_per_week, load, load_kg, notes, progression_note, pain_rule
      from hep_program_items where version_id = ${current.id} order by position`);
    ctx.audit({ patientId: current.patientId, entityType: "hep_program_version", entityId: draft.id, details: { version: current.version + 1 } });
    return { versionId: draft.id };
  },
});

/** End a program (discharge, or replaced by another): it leaves the portal and the nudge list; history stays. */
export const endProgram = action({
  name: "hep.end",
  permission: "chart.clinical.write",
  input: ProgramInput,
  async handler(input, ctx) {
    const rows = await ctx.tx.execute<{ patientId: string }>(sql`
      update hep_programs pr set status = 'ended', ended_at = ${ctx.now.toISOString()}
      from patients p where p.id = pr.patient_id and pr.id = ${input.programId} and pr.status = 'active' and ${patientScope(ctx.caller!)}
      returning pr.patient_id as "patientId"`);
    if (rows.length === 0) throw new AppError("not_found", "That program was not found or has already ended.");
    ctx.audit({ patientId: rows[0].patientId, entityType: "hep_program", entityId: input.programId, details: { ended: true } });
    return { ended: true };
  },
});
