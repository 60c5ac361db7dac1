import { createHash } from "node:crypto";
import { z } from "zod";
import { exerciseImages } from "@/db/schema";
import { safeFilename } from "@/lib/domain/documents/files";
import { checkExerciseImage } from "@/lib/domain/hep/exercise-image";
import type { ActionDefinition } from "./core";
import { registerAction } from "./registry";

export const UploadExerciseImageInput = z.object({
  file: z.object({
    name: z.string().max(1000).transform(safeFilename).pipe(z.string().min(1, "The file needs a name")),
    type: z.string().max(200),
    bytes: z.instanceof(Uint8Array),
  }, { error: "Choose a picture to upload" }).transform((f, ctx) => {
    const checked = checkExerciseImage(f);
    if (!checked.ok) {
      ctx.addIssue({ code: "custom", message: checked.message });
      return z.NEVER;
    }
    return { name: f.name, bytes: f.bytes, contentType: checked.contentType };
  }),
});

/**
 * Storing a clinic exercise's picture. A plain definition run by the route handler
 * app/api/exercises/images/route.ts (server actions cap bodies at 1 MB), so it gets the permission,
 * validation (type sniffed from the bytes), audit row and error mapping of every other write.
 */
export const uploadExerciseImage: ActionDefinition<typeof UploadExerciseImageInput, { imageId: string }> = {
  name: "exercise.image_upload",
  permission: "chart.clinical.write",
  input: UploadExerciseImageInput,
  idempotent: true,
  constraintMessages: { exercise_images_size_limit: { field: "file", message: "The picture is empty or larger than 2 MB." } },
  async handler(input, ctx) {
    const bytes = Buffer.from(input.file.bytes.buffer, input.file.bytes.byteOffset, input.file.bytes.byteLength);
    const [row] = await ctx.tx.insert(exerciseImages).values({
      filename: input.file.name, contentType: input.file.contentType, sizeBytes: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"), content: bytes, uploadedBy: ctx.caller!.userId, uploadedAt: ctx.now,
    }).returning({ id: exerciseImages.id });
    ctx.audit({ entityType: "exercise_image", entityId: row.id, details: { contentType: input.file.contentType, sizeBytes: bytes.byteLength } });
    return { imageId: row.id };
  },
};
registerAction(uploadExerciseImage);
