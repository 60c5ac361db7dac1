-- Signed consents, documents and merge records are never deleted by the app; signed consents never change.
REVOKE DELETE, TRUNCATE ON consents, consent_texts, documents, patient_merges FROM kinetic_app;--> statement-breakpoint
REVOKE UPDATE ON consents, patient_merges FROM kinetic_app;--> statement-breakpoint
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
