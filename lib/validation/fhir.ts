import { z } from "zod";

/** Largest bundle the import accepts (a whole record with its documents, base64). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * The outer shape of an importable bundle; what each resource must hold is checked while it is read
 * (lib/domain/fhir/parse-bundle.ts), which names what is missing.
 */
export const ImportBundleInput = z.object({
  /** import even when a patient with the same name and date of birth is already here */
  allowDuplicate: z.boolean().optional(),
  bundle: z.object(
    {
      resourceType: z.literal("Bundle", { error: "That file is not a FHIR Bundle." }),
      entry: z.array(z.object({ resource: z.looseObject({ resourceType: z.string() }) }).loose(), { error: "The bundle has no entries." }).min(1, "The bundle has no entries."),
    },
    { error: "That file is not a FHIR Bundle." },
  ).loose(),
});
export type ImportBundleInput = z.infer<typeof ImportBundleInput>;
