-- Outcome responses are cancelled, never deleted. Findings of an unsigned visit may be removed
-- (a test entered by mistake); the notes issue's signing trigger then freezes them.
REVOKE DELETE, TRUNCATE ON outcome_responses FROM kinetic_app;--> statement-breakpoint
REVOKE TRUNCATE ON exam_findings FROM kinetic_app;--> statement-breakpoint
-- A finding belongs to the patient of its visit.
CREATE OR REPLACE FUNCTION exam_findings_patient_matches() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM visits v WHERE v.id = NEW.visit_id AND v.patient_id = NEW.patient_id) THEN
    RAISE EXCEPTION 'finding and visit belong to different patients' USING ERRCODE = 'check_violation', CONSTRAINT = 'exam_findings_patient_matches';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER exam_findings_patient_matches BEFORE INSERT OR UPDATE OF visit_id, patient_id ON exam_findings
  FOR EACH ROW EXECUTE FUNCTION exam_findings_patient_matches();
