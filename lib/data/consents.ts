import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import type { SignerRelationship } from "@/lib/validation/consents";
import { patientScope } from "./patients";

export type ConsentSignature = {
  id: string;
  signedName: string;
  signedOn: string;
  signedAt: string;
  channel: "portal" | "desk";
  signerRelationship: SignerRelationship;
  /** the portal account that signed, or the staff member who captured it at the desk */
  recordedByName: string;
};

export type ConsentTextWithSignature = {
  textId: string;
  kind: string;
  version: number;
  title: string;
  body: string;
  signature: ConsentSignature | null;
};

export type PatientConsents = {
  patient: { id: string; firstName: string; dateOfBirth: string };
  /** the latest version of every kind, signed or not */
  current: ConsentTextWithSignature[];
  /** older versions this patient signed, newest first: what they agreed to before the wording changed */
  history: (ConsentTextWithSignature & { signature: ConsentSignature })[];
};

// "Current" is the highest version of a kind, exactly as the chart header's missingConsents counts it.
const IS_LATEST = sql`ct.version = (select max(v.version) from consent_texts v where v.kind = ct.kind)`;

/** Every current consent text with its signature status, plus signed older versions; one statement, scoped in SQL. */
export async function getPatientConsents(db: DbOrTx, caller: Caller, patientId: string): Promise<PatientConsents | null> {
  if (!/^[0-9a-f-]{36}$/i.test(patientId)) return null;
  const rows = await db.execute<{ id: string; firstName: string; dateOfBirth: string; texts: (ConsentTextWithSignature & { isLatest: boolean })[] }>(sql`
    select p.id, coalesce(p.preferred_name, p.legal_first_name) as "firstName", to_char(p.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth",
      coalesce((select json_agg(json_build_object('textId', ct.id, 'kind', ct.kind, 'version', ct.version, 'title', ct.title,
                 'body', ct.body, 'isLatest', ${IS_LATEST}, 'signature', s.signature) order by ct.kind, ct.version desc)
        from consent_texts ct
        left join lateral (
          select json_build_object('id', c.id, 'signedName', c.signed_name, 'signedOn', to_char(c.signed_on, 'YYYY-MM-DD'),
                   'signedAt', c.signed_at, 'channel', c.channel, 'signerRelationship', c.signer_relationship, 'recordedByName', u.display_name) as signature
          from consents c join users u on u.id = c.signed_by_user_id
          where c.patient_id = p.id and c.consent_text_id = ct.id order by c.signed_at limit 1) s on true
        where ${IS_LATEST} or s.signature is not null), '[]') as texts
    from patients p where p.id = ${patientId} and ${patientScope(caller)}`);
  const r = rows[0];
  if (!r) return null;
  const strip = (t: ConsentTextWithSignature): ConsentTextWithSignature =>
    ({ textId: t.textId, kind: t.kind, version: t.version, title: t.title, body: t.body, signature: t.signature });
  return {
    patient: { id: r.id, firstName: r.firstName, dateOfBirth: r.dateOfBirth },
    current: r.texts.filter((t) => t.isLatest).map(strip),
    history: r.texts.filter((t) => !t.isLatest && t.signature).map(strip) as PatientConsents["history"],
  };
}

export type OutstandingConsent = {
  patientId: string;
  patientFirstName: string;
  relationship: SignerRelationship;
  consentTextId: string;
  kind: string;
  title: string;
};

/** Current texts that the caller's patients (self, and minors they are guardian of) have not signed yet. */
export async function listMyOutstandingConsents(db: DbOrTx, caller: Caller): Promise<OutstandingConsent[]> {
  const rows = await db.execute<OutstandingConsent>(sql`
    select p.id as "patientId", coalesce(p.preferred_name, p.legal_first_name) as "patientFirstName", pl.relationship,
      ct.id as "consentTextId", ct.kind, ct.title
    from patients p join portal_links pl on pl.patient_id = p.id and pl.user_id = ${caller.userId}
    cross join consent_texts ct
    where ${patientScope(caller)} and ${IS_LATEST}
      and not exists (select 1 from consents c where c.patient_id = p.id and c.consent_text_id = ct.id)
    order by pl.relationship desc, p.legal_first_name, ct.kind`);
  return [...rows];
}

export type PortalConsent = {
  text: { id: string; kind: string; version: number; title: string; body: string };
  patient: { id: string; firstName: string; relationship: SignerRelationship };
  signature: { signedName: string; signedOn: string } | null;
};

/** One current text for one of the caller's patients (null for another patient, an unknown id or a replaced version). */
export async function getPortalConsent(db: DbOrTx, caller: Caller, consentTextId: string, patientId: string): Promise<PortalConsent | null> {
  if (!/^[0-9a-f-]{36}$/i.test(consentTextId) || !/^[0-9a-f-]{36}$/i.test(patientId)) return null;
  const rows = await db.execute<PortalConsent>(sql`
    select json_build_object('id', ct.id, 'kind', ct.kind, 'version', ct.version, 'title', ct.title, 'body', ct.body) as text,
      json_build_object('id', p.id, 'firstName', coalesce(p.preferred_name, p.legal_first_name), 'relationship', pl.relationship) as patient,
      (select json_build_object('signedName', c.signed_name, 'signedOn', to_char(c.signed_on, 'YYYY-MM-DD'))
         from consents c where c.patient_id = p.id and c.consent_text_id = ct.id order by c.signed_at limit 1) as signature
    from patients p join portal_links pl on pl.patient_id = p.id and pl.user_id = ${caller.userId}
    join consent_texts ct on ct.id = ${consentTextId}
    where p.id = ${patientId} and ${patientScope(caller)} and ${IS_LATEST}`);
  return rows[0] ?? null;
}
