-- Signed documentation never changes (DOMAIN.md §8.2, V20), enforced here for every row of a
-- signed visit, whoever writes it (the app role or SQL typed by hand).
REVOKE DELETE, TRUNCATE ON notes, note_signatures, note_addenda FROM kinetic_app;--> statement-breakpoint
REVOKE UPDATE ON note_signatures, note_addenda FROM kinetic_app;--> statement-breakpoint

CREATE OR REPLACE FUNCTION kc_visit_is_locked(v uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM notes n WHERE n.visit_id = v AND n.status IN ('signed', 'voided'))
$$;--> statement-breakpoint

-- A signed note may only be voided (with its reason); a voided note not at all.
CREATE OR REPLACE FUNCTION notes_lock() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  same_content boolean;
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'notes are never deleted' USING ERRCODE = 'check_violation', CONSTRAINT = 'notes_locked';
  END IF;
  IF OLD.status IN ('signed', 'voided') THEN
    -- everything but the status, the void fields and the patient (a merge moves records) must stay
    same_content := (to_jsonb(NEW) - ARRAY['status', 'voided_at', 'voided_by', 'void_reason', 'patient_id'])
                  = (to_jsonb(OLD) - ARRAY['status', 'voided_at', 'voided_by', 'void_reason', 'patient_id']);
    IF NOT same_content
       OR NOT ((NEW.status = OLD.status AND (NEW.voided_at, NEW.voided_by, NEW.void_reason) IS NOT DISTINCT FROM (OLD.voided_at, OLD.voided_by, OLD.void_reason))
               OR (OLD.status = 'signed' AND NEW.status = 'voided')) THEN
      RAISE EXCEPTION 'a signed note cannot change; add an addendum instead' USING ERRCODE = 'check_violation', CONSTRAINT = 'notes_locked';
    END IF;
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER notes_lock BEFORE UPDATE OR DELETE ON notes FOR EACH ROW EXECUTE FUNCTION notes_lock();--> statement-breakpoint

-- Any row that belongs to a signed visit is frozen: findings now; treatment lines, diagnoses and
-- billing lines attach the same trigger when they arrive.
CREATE OR REPLACE FUNCTION visit_rows_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- a patient merge may move a signed visit's rows to the surviving record, and nothing else
  IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'patient_id') = (to_jsonb(OLD) - 'patient_id') THEN
    RETURN NEW;
  END IF;
  IF (TG_OP <> 'INSERT' AND kc_visit_is_locked(OLD.visit_id)) OR (TG_OP <> 'DELETE' AND kc_visit_is_locked(NEW.visit_id)) THEN
    RAISE EXCEPTION 'this visit is signed: its records cannot change' USING ERRCODE = 'check_violation', CONSTRAINT = 'visit_locked';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;--> statement-breakpoint
CREATE TRIGGER exam_findings_visit_lock BEFORE INSERT OR UPDATE OR DELETE ON exam_findings FOR EACH ROW EXECUTE FUNCTION visit_rows_lock();--> statement-breakpoint

-- The visit itself: once signed, only a merge may move it to the surviving patient record.
CREATE OR REPLACE FUNCTION visits_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF kc_visit_is_locked(OLD.id) AND (NEW.visit_type, NEW.starts_at, NEW.status, NEW.clinician_id, NEW.episode_id)
       IS DISTINCT FROM (OLD.visit_type, OLD.starts_at, OLD.status, OLD.clinician_id, OLD.episode_id) THEN
    RAISE EXCEPTION 'this visit is signed: it cannot change' USING ERRCODE = 'check_violation', CONSTRAINT = 'visit_locked';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER visits_lock BEFORE UPDATE ON visits FOR EACH ROW EXECUTE FUNCTION visits_lock();--> statement-breakpoint

-- Signatures and addenda are append-only, also for the owner.
CREATE OR REPLACE FUNCTION append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'check_violation', CONSTRAINT = 'append_only';
END
$$;--> statement-breakpoint
CREATE TRIGGER note_signatures_append_only BEFORE UPDATE OR DELETE ON note_signatures FOR EACH ROW EXECUTE FUNCTION append_only();--> statement-breakpoint
CREATE TRIGGER note_addenda_append_only BEFORE UPDATE OR DELETE ON note_addenda FOR EACH ROW EXECUTE FUNCTION append_only();
