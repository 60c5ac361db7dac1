-- Every row of a signed visit is frozen (DOMAIN.md V20): treatment lines, diagnoses and billing lines
-- share the lock the findings already have.
CREATE TRIGGER treatment_lines_visit_lock BEFORE INSERT OR UPDATE OR DELETE ON treatment_lines FOR EACH ROW EXECUTE FUNCTION visit_rows_lock();--> statement-breakpoint
CREATE TRIGGER visit_diagnoses_visit_lock BEFORE INSERT OR UPDATE OR DELETE ON visit_diagnoses FOR EACH ROW EXECUTE FUNCTION visit_rows_lock();--> statement-breakpoint
CREATE TRIGGER billing_lines_visit_lock BEFORE INSERT OR UPDATE OR DELETE ON billing_lines FOR EACH ROW EXECUTE FUNCTION visit_rows_lock();--> statement-breakpoint
-- Protocol versions and procedure consents are history: never deleted, versions never edited (retire only).
REVOKE DELETE, TRUNCATE ON protocols, procedure_consents FROM kinetic_app;--> statement-breakpoint
CREATE OR REPLACE FUNCTION protocols_versions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (to_jsonb(NEW) - 'status') <> (to_jsonb(OLD) - 'status') THEN
    RAISE EXCEPTION 'a protocol version cannot change: save a new version' USING ERRCODE = 'check_violation', CONSTRAINT = 'protocols_versions_frozen';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER protocols_versions_frozen BEFORE UPDATE ON protocols FOR EACH ROW EXECUTE FUNCTION protocols_versions_frozen();
