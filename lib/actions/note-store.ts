import { eq } from "drizzle-orm";
import { notes, staffProfiles } from "@/db/schema";
import type { Tx } from "@/db/client";
import type { NOTE_TYPES } from "@/lib/validation/notes";

/**
 * Open the draft note of a visit (one per visit, by a unique index): a PTA's note is marked for
 * co-signature by the supervising PT. Returns null when the visit already has a note.
 */
export async function insertNoteDraft(tx: Tx, draft: {
  visitId: string; patientId: string; noteType: (typeof NOTE_TYPES)[number]; authorId: string; at: Date; plan?: string; subjective?: string;
}): Promise<string | null> {
  const [profile] = await tx.select({ discipline: staffProfiles.discipline }).from(staffProfiles).where(eq(staffProfiles.userId, draft.authorId));
  const [row] = await tx.insert(notes).values({
    visitId: draft.visitId, patientId: draft.patientId, noteType: draft.noteType, requiresCosign: profile?.discipline === "PTA",
    authorId: draft.authorId, createdAt: draft.at, updatedAt: draft.at, updatedBy: draft.authorId, ...(draft.plan ? { plan: draft.plan } : {}), ...(draft.subjective ? { subjective: draft.subjective } : {}),
  }).onConflictDoNothing().returning({ id: notes.id });
  return row?.id ?? null;
}
