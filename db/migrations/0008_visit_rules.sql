-- Visits are cancelled, never deleted.
REVOKE DELETE, TRUNCATE ON visits FROM kinetic_app;--> statement-breakpoint
-- DOMAIN.md V3: with an unacknowledged EMERGENCY red flag no treatment visit may be opened until a
-- clinician has recorded what was done. Enforced here so no code path can skip it.
CREATE OR REPLACE FUNCTION visits_block_after_emergency() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.visit_type = 'TREATMENT' AND (TG_OP = 'INSERT' OR OLD.visit_type IS DISTINCT FROM NEW.visit_type) AND EXISTS (
    SELECT 1 FROM red_flag_findings f
    WHERE f.patient_id = NEW.patient_id AND f.action = 'EMERGENCY' AND f.acknowledged_at IS NULL
  ) THEN
    RAISE EXCEPTION 'an emergency red flag must be acknowledged before a treatment visit'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'visits_emergency_unacknowledged';
  END IF;
  -- the visit's episode must belong to the visit's patient
  IF NOT EXISTS (SELECT 1 FROM episodes e WHERE e.id = NEW.episode_id AND e.patient_id = NEW.patient_id) THEN
    RAISE EXCEPTION 'episode belongs to another patient' USING ERRCODE = 'check_violation', CONSTRAINT = 'visits_episode_patient';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER visits_rules BEFORE INSERT OR UPDATE OF visit_type, patient_id, episode_id ON visits
  FOR EACH ROW EXECUTE FUNCTION visits_block_after_emergency();
