"use server";
import { PATIENT_FIELDS, SaveIntakeDraftInput, SubmitIntakeInput, type IntakeDraftAnswers } from "@/lib/validation/intake";
import { AppError } from "@/lib/errors";
import { action } from "./action";
import { lockIntake, recordRedFlags, saveAnswers, type IntakeRow } from "./intake-store";

/** A patient's answers may only touch patient fields; staff notes in the stored answers are kept as they are. */
function mergePatientAnswers(intake: IntakeRow, answers: IntakeDraftAnswers): IntakeDraftAnswers {
  const stored = intake.answers as IntakeDraftAnswers;
  const mine = Object.fromEntries(Object.entries(answers).filter(([k]) => (PATIENT_FIELDS as string[]).includes(k)));
  return { ...mine, staffNotes: stored.staffNotes };
}

function assertEditable(intake: IntakeRow) {
  if (intake.status === "submitted" || intake.status === "accepted") {
    throw new AppError("invalid", "You have already sent this form to the clinic. Call the clinic if something has changed.");
  }
}

/** Autosave from the patient's phone: closing the tab loses nothing. */
export const saveMyIntakeDraft = action({
  name: "portal.intake.save",
  permission: "portal.self",
  input: SaveIntakeDraftInput,
  async handler(input, ctx) {
    const intake = await lockIntake(ctx.tx, ctx.caller!, input.intakeId);
    assertEditable(intake);
    const saved = await saveAnswers(ctx.tx, ctx.caller!, intake, input.version, mergePatientAnswers(intake, input.answers), ctx.now,
      intake.status === "requested" ? { status: "draft" } : {});
    ctx.audit({ patientId: intake.patientId, entityType: "intake", entityId: intake.id, details: { fields: saved.changed } });
    return { version: saved.version };
  },
});

/** Submit once: the clinic sees "intake received", and any red flags show on the chart at once. */
export const submitMyIntake = action({
  name: "portal.intake.submit",
  permission: "portal.self",
  input: SubmitIntakeInput,
  async handler(input, ctx) {
    const intake = await lockIntake(ctx.tx, ctx.caller!, input.intakeId);
    assertEditable(intake);
    const answers = mergePatientAnswers(intake, input.answers);
    const saved = await saveAnswers(ctx.tx, ctx.caller!, intake, input.version, answers, ctx.now, {
      status: "submitted", submittedAt: ctx.now, submittedBy: ctx.caller!.userId,
    });
    await recordRedFlags(ctx.tx, intake, answers, ctx.now);
    ctx.audit({ patientId: intake.patientId, entityType: "intake", entityId: intake.id });
    ctx.redirectAfterCommit("/portal?intake=sent");
    return { version: saved.version };
  },
});
