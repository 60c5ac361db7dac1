import { createHash } from "node:crypto";
import type { Coding, Extension, Quantity } from "@medplum/fhirtypes";

/**
 * Code systems, extension URLs and units the FHIR mapping uses. Standard terminologies where one
 * exists (LOINC for NPRS and ODI scores, ICD-10-CM, CPT, UCUM); everything else is named by a
 * local code system under one base URI, so another system can still tell our codes apart.
 */
export const BASE = "https://kinetic-chart.example/fhir";
export const localSystem = (name: string) => `${BASE}/CodeSystem/${name}`;
export const extensionUrl = (name: string) => `${BASE}/StructureDefinition/${name}`;
export const questionnaireUrl = (name: string) => `${BASE}/Questionnaire/${name}`;
export const identifierSystem = (name: string) => `${BASE}/identifier/${name}`;

export const SYSTEM = {
  loinc: "http://loinc.org",
  ucum: "http://unitsofmeasure.org",
  icd10cm: "http://hl7.org/fhir/sid/icd-10-cm",
  cpt: "http://www.ama-assn.org/go/cpt",
  actCode: "http://terminology.hl7.org/CodeSystem/v3-ActCode",
  observationCategory: "http://terminology.hl7.org/CodeSystem/observation-category",
  conditionCategory: "http://terminology.hl7.org/CodeSystem/condition-category",
  conditionClinical: "http://terminology.hl7.org/CodeSystem/condition-clinical",
  conditionVerification: "http://terminology.hl7.org/CodeSystem/condition-ver-status",
  provenanceParticipant: "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
  signatureType: "urn:iso-astm:E1762-95:2013",
  consentScope: "http://terminology.hl7.org/CodeSystem/consentscope",
  consentAction: "http://terminology.hl7.org/CodeSystem/consentaction",
  participationType: "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
  roleCode: "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
  carePlanCategory: "http://hl7.org/fhir/us/core/CodeSystem/careplan-category",
} as const;

export const LOCAL = {
  mrn: identifierSystem("mrn"),
  hepProgram: identifierSystem("hep-program"),
  exam: localSystem("exam"),
  examSite: localSystem("exam-site"),
  examMethod: localSystem("exam-method"),
  examResult: localSystem("exam-result"),
  examComponent: localSystem("exam-component"),
  laterality: localSystem("laterality"),
  visitType: localSystem("visit-type"),
  outcomeMeasure: localSystem("outcome-measure"),
  treatmentComponent: localSystem("treatment-component"),
  noteType: localSystem("note-type"),
  addendumKind: localSystem("addendum-kind"),
  documentKind: localSystem("document-kind"),
  consentKind: localSystem("consent-kind"),
  exercise: localSystem("exercise"),
  appointmentType: localSystem("appointment-type"),
  hepLog: localSystem("hep-log"),
  recordKind: localSystem("record-kind"),
} as const;

/** Outcome measures that LOINC names (score observations); the rest use the local measure system. */
export const LOINC_SCORE: Record<string, { code: string; display: string; unit: string }> = {
  NPRS: { code: "72514-3", display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported", unit: "{score}" },
  ODI: { code: "97909-6", display: "Oswestry disability index score ODI", unit: "%" },
};

/** Our stored units → UCUM. Ordinal grades and counts are annotations ({grade}), as UCUM advises. */
const UCUM: Record<string, string> = {
  deg: "deg", mm: "mm", cm: "cm", s: "s", grade: "{grade}", count: "{count}", "kg/cm2": "kg/cm2", nprs: "{score}", kg: "kg", "%": "%", "{score}": "{score}",
};

export function quantity(value: number, unit: string | null): Quantity {
  if (!unit) return { value };
  const code = UCUM[unit];
  return code ? { value, unit, system: SYSTEM.ucum, code } : { value, unit };
}

export const coding = (system: string, code: string, display?: string): Coding => (display ? { system, code, display } : { system, code });

// Local extensions: one small helper per value type so the mapping reads as data.
export const extString = (name: string, v: string | null | undefined): Extension[] => (v == null || v === "" ? [] : [{ url: extensionUrl(name), valueString: v }]);
export const extInt = (name: string, v: number | null | undefined): Extension[] => (v == null ? [] : [{ url: extensionUrl(name), valueInteger: v }]);
export const extDecimal = (name: string, v: number | null | undefined): Extension[] => (v == null ? [] : [{ url: extensionUrl(name), valueDecimal: v }]);
export const extBool = (name: string, v: boolean | null | undefined): Extension[] => (v == null ? [] : [{ url: extensionUrl(name), valueBoolean: v }]);
export const extCode = (name: string, v: string | null | undefined): Extension[] => (v == null || v === "" ? [] : [{ url: extensionUrl(name), valueCode: v }]);
export const extDate = (name: string, v: string | null | undefined): Extension[] => (v == null ? [] : [{ url: extensionUrl(name), valueDate: v }]);
export const extDateTime = (name: string, v: string | null | undefined): Extension[] => (v == null ? [] : [{ url: extensionUrl(name), valueDateTime: v }]);
/** Structured values FHIR has no element for (treatment parameters, exam extras) travel as JSON text. */
export const extJson = (name: string, v: unknown): Extension[] =>
  v == null || (typeof v === "object" && !Array.isArray(v) && Object.keys(v as object).length === 0) ? [] : [{ url: extensionUrl(name), valueString: JSON.stringify(v) }];

/** Drop the keys whose value is undefined or an empty array, so resources carry no empty elements (FHIR forbids them). */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0) && v !== "")) as T;
}

/** base64 of UTF-8 text, and back (Attachment.data). */
export const toBase64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
export const fromBase64 = (data: string) => Buffer.from(data, "base64").toString("utf8");

type HasExtensions = { extension?: Extension[] } | undefined;
export const readExt = (r: HasExtensions, name: string): Extension | undefined => r?.extension?.find((e) => e.url === extensionUrl(name));
export const readString = (r: HasExtensions, name: string): string | null => readExt(r, name)?.valueString ?? null;
export const readCode = (r: HasExtensions, name: string): string | null => readExt(r, name)?.valueCode ?? null;
export const readInt = (r: HasExtensions, name: string): number | null => readExt(r, name)?.valueInteger ?? null;
export const readDecimal = (r: HasExtensions, name: string): number | null => readExt(r, name)?.valueDecimal ?? null;
export const readBool = (r: HasExtensions, name: string): boolean | null => readExt(r, name)?.valueBoolean ?? null;
export const readDate = (r: HasExtensions, name: string): string | null => readExt(r, name)?.valueDate ?? null;
export const readDateTime = (r: HasExtensions, name: string): string | null => readExt(r, name)?.valueDateTime ?? null;
export function readJson<T>(r: HasExtensions, name: string): T | null {
  const s = readString(r, name);
  return s == null ? null : (JSON.parse(s) as T);
}
/** The code of the first coding in a concept that belongs to `system`. */
export const codeIn = (c: { coding?: Coding[] } | undefined, system: string): string | null => c?.coding?.find((x) => x.system === system)?.code ?? null;

/** A stable uuid for a resource derived from a row (an outcome's score Observation), so re-exports give the same ids. */
export function derivedId(id: string, salt: string): string {
  const h = createHash("sha1").update(`${salt}:${id}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A bundle that cannot be imported: the message says what is missing, for the person importing it. */
export class BundleError extends Error {}
