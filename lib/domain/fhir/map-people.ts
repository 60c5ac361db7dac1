import type { Location, Patient, PatientContact, Practitioner } from "@medplum/fhirtypes";
import { LOCAL, compact, extString } from "./codes";
import type { LocationRow, PatientRow, PractitionerRow } from "./record";

/** Every reference inside a bundle points at an entry's fullUrl (urn:uuid), so it resolves offline. */
export const urn = (id: string) => `urn:uuid:${id}`;
/** A reference to an entry of the same bundle (assignable to any Reference<T>: it names no resource type). */
export const ref = (id: string, display?: string): { reference: string; display?: string } => (display ? { reference: urn(id), display } : { reference: urn(id) });
export const idOfRef = (r: { reference?: string } | undefined): string | null => (r?.reference?.startsWith("urn:uuid:") ? r.reference.slice(9) : null);

const GENDER: Record<PatientRow["sex"], Patient["gender"]> = { female: "female", male: "male", intersex: "other", unknown: "unknown" };

function contact(relation: string | null, name: string | null, phone: string | null, email: string | null, kind: "emergency" | "guardian"): PatientContact[] {
  if (!name && !phone && !email) return [];
  return [compact({
    relationship: [compact({ coding: [{ system: "http://terminology.hl7.org/CodeSystem/v2-0131", code: kind === "emergency" ? "C" : "N" }], text: relation ?? undefined })],
    name: name ? { text: name } : undefined,
    telecom: [...(phone ? [{ system: "phone" as const, value: phone }] : []), ...(email ? [{ system: "email" as const, value: email }] : [])],
  })];
}

export function mapPatient(p: PatientRow): Patient {
  const address = [p.addressLine1, p.addressLine2].filter((l): l is string => Boolean(l));
  const hasAddress = address.length > 0 || p.city || p.region || p.postalCode;
  return compact({
    resourceType: "Patient" as const,
    id: p.id,
    extension: extString("referral-source", p.referralSource),
    identifier: [{ use: "usual" as const, system: LOCAL.mrn, value: p.mrn }],
    name: [
      { use: "official" as const, family: p.legalLastName, given: [p.legalFirstName] },
      ...(p.preferredName ? [{ use: "usual" as const, given: [p.preferredName] }] : []),
    ],
    telecom: [...(p.phone ? [{ system: "phone" as const, value: p.phone }] : []), ...(p.email ? [{ system: "email" as const, value: p.email }] : [])],
    gender: GENDER[p.sex],
    birthDate: p.dateOfBirth,
    address: hasAddress ? [compact({ line: address, city: p.city ?? undefined, state: p.region ?? undefined, postalCode: p.postalCode ?? undefined })] : [],
    contact: [
      ...contact(p.emergencyContactRelation, p.emergencyContactName, p.emergencyContactPhone, null, "emergency"),
      ...contact(p.guardianRelation, p.guardianName, p.guardianPhone, p.guardianEmail, "guardian"),
    ],
  });
}

export function mapPractitioner(p: PractitionerRow): Practitioner {
  return compact({
    resourceType: "Practitioner" as const,
    id: p.id,
    name: [{ text: p.name }],
    qualification: p.credentials ? [{ code: { text: p.credentials } }] : [],
  });
}

export function mapLocation(l: LocationRow): Location {
  return compact({
    resourceType: "Location" as const,
    id: l.id,
    name: l.name,
    physicalType: l.partOfId ? { coding: [{ system: "http://terminology.hl7.org/CodeSystem/location-physical-type", code: "ro" }] } : undefined,
    partOf: l.partOfId ? ref(l.partOfId) : undefined,
  });
}

// ---- reverse (import) ----

const SEX: Record<string, PatientRow["sex"]> = { female: "female", male: "male", other: "intersex", unknown: "unknown" };

export function parsePatient(r: Patient): PatientRow {
  const official = r.name?.find((n) => n.use === "official") ?? r.name?.[0];
  const usual = r.name?.find((n) => n.use === "usual");
  const tel = (t: { telecom?: { system?: string; value?: string }[] } | undefined, system: string) => t?.telecom?.find((x) => x.system === system)?.value ?? null;
  const byCode = (code: string) => r.contact?.find((c) => c.relationship?.some((rel) => rel.coding?.some((cd) => cd.code === code)));
  const emergency = byCode("C");
  const guardian = byCode("N");
  const addr = r.address?.[0];
  return {
    id: r.id ?? "",
    mrn: r.identifier?.find((i) => i.system === LOCAL.mrn)?.value ?? "",
    legalFirstName: official?.given?.join(" ") ?? "",
    legalLastName: official?.family ?? "",
    preferredName: usual?.given?.join(" ") ?? null,
    dateOfBirth: r.birthDate ?? "",
    sex: SEX[r.gender ?? "unknown"] ?? "unknown",
    phone: tel(r, "phone"),
    email: tel(r, "email"),
    addressLine1: addr?.line?.[0] ?? null,
    addressLine2: addr?.line?.[1] ?? null,
    city: addr?.city ?? null,
    region: addr?.state ?? null,
    postalCode: addr?.postalCode ?? null,
    emergencyContactName: emergency?.name?.text ?? null,
    emergencyContactPhone: tel(emergency, "phone"),
    emergencyContactRelation: emergency?.relationship?.[0]?.text ?? null,
    referralSource: r.extension?.find((e) => e.url.endsWith("/referral-source"))?.valueString ?? null,
    guardianName: guardian?.name?.text ?? null,
    guardianRelation: guardian?.relationship?.[0]?.text ?? null,
    guardianPhone: tel(guardian, "phone"),
    guardianEmail: tel(guardian, "email"),
  };
}

export const parsePractitioner = (r: Practitioner): PractitionerRow => ({
  id: r.id ?? "", name: r.name?.[0]?.text ?? [r.name?.[0]?.given?.join(" "), r.name?.[0]?.family].filter(Boolean).join(" "), credentials: r.qualification?.[0]?.code.text ?? null,
});

export const parseLocation = (r: Location): LocationRow => ({ id: r.id ?? "", name: r.name ?? "Location", partOfId: idOfRef(r.partOf) });
