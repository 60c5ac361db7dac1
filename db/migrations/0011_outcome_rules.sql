-- An outcome response belongs to the patient of its episode (and of its visit, when linked).
CREATE OR REPLACE FUNCTION outcome_responses_patient_matches() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM episodes e WHERE e.id = NEW.episode_id AND e.patient_id = NEW.patient_id)
     OR (NEW.visit_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.id = NEW.visit_id AND v.patient_id = NEW.patient_id AND v.episode_id = NEW.episode_id)) THEN
    RAISE EXCEPTION 'outcome response, episode and visit belong to different patients'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'outcome_responses_patient_matches';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER outcome_responses_patient_matches BEFORE INSERT OR UPDATE OF patient_id, episode_id, visit_id ON outcome_responses
  FOR EACH ROW EXECUTE FUNCTION outcome_responses_patient_matches();
