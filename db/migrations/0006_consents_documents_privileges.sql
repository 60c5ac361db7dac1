-- Signed consents, documents and merge records are never deleted by the app; signed consents never change.
REVOKE DELETE, TRUNCATE ON consents, consent_texts, documents, patient_merges FROM kinetic_app;--> statement-breakpoint
REVOKE UPDATE ON patient_merges FROM kinetic_app;--> statement-breakpoint
-- A signature never changes; only a merge of duplicate records may move it to the surviving patient.
CREATE OR REPLACE FUNCTION consents_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.id, NEW.consent_text_id, NEW.signed_name, NEW.signed_on, NEW.signed_at, NEW.signed_by_user_id, NEW.channel, NEW.signer_relationship)
     IS DISTINCT FROM (OLD.id, OLD.consent_text_id, OLD.signed_name, OLD.signed_on, OLD.signed_at, OLD.signed_by_user_id, OLD.channel, OLD.signer_relationship) THEN
    RAISE EXCEPTION 'a signed consent cannot change' USING ERRCODE = 'check_violation', CONSTRAINT = 'consents_immutable';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER consents_immutable BEFORE UPDATE ON consents FOR EACH ROW EXECUTE FUNCTION consents_immutable();--> statement-breakpoint
-- A document's bytes are fixed once uploaded; voiding and a patient merge may change the row.
CREATE OR REPLACE FUNCTION documents_content_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.content IS DISTINCT FROM OLD.content
     OR NEW.sha256 IS DISTINCT FROM OLD.sha256 OR NEW.uploaded_by IS DISTINCT FROM OLD.uploaded_by THEN
    RAISE EXCEPTION 'document content cannot change' USING ERRCODE = 'check_violation', CONSTRAINT = 'documents_content_immutable';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER documents_content_immutable BEFORE UPDATE ON documents FOR EACH ROW EXECUTE FUNCTION documents_content_immutable();
