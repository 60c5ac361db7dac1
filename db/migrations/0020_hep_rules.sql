-- Home-exercise programs are clinical history: never deleted by the app. Exercise pictures and library rows
-- are kept too, so an old program still shows what was prescribed (retire, never delete).
REVOKE DELETE, TRUNCATE ON exercises, exercise_images, hep_templates, hep_programs, hep_program_versions, hep_logs FROM kinetic_app;--> statement-breakpoint
-- Lines of a draft may be removed while it is edited (like treatment lines before signing); the trigger below
-- refuses that once the version is assigned.
REVOKE TRUNCATE ON hep_program_items FROM kinetic_app;--> statement-breakpoint
-- An uploaded picture never changes: a new picture is a new row.
REVOKE UPDATE ON exercise_images FROM kinetic_app;--> statement-breakpoint
-- An assigned version is frozen: only its status may move on (assigned → superseded) with the date it ended.
CREATE OR REPLACE FUNCTION hep_versions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'draft' THEN
    IF (to_jsonb(NEW) - 'status' - 'superseded_on') <> (to_jsonb(OLD) - 'status' - 'superseded_on')
       OR (NEW.status <> OLD.status AND NOT (OLD.status = 'assigned' AND NEW.status = 'superseded')) THEN
      RAISE EXCEPTION 'an assigned program version cannot change: progress the program as a new version'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'hep_versions_frozen';
    END IF;
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER hep_versions_frozen BEFORE UPDATE ON hep_program_versions FOR EACH ROW EXECUTE FUNCTION hep_versions_frozen();--> statement-breakpoint
CREATE OR REPLACE FUNCTION hep_items_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  st text;
BEGIN
  SELECT status INTO st FROM hep_program_versions WHERE id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.version_id ELSE NEW.version_id END);
  IF st IS DISTINCT FROM 'draft' OR (TG_OP = 'UPDATE' AND NEW.version_id <> OLD.version_id) THEN
    RAISE EXCEPTION 'the exercises of an assigned program version cannot change: progress the program as a new version'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'hep_versions_frozen';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER hep_items_frozen BEFORE INSERT OR UPDATE OR DELETE ON hep_program_items FOR EACH ROW EXECUTE FUNCTION hep_items_frozen();--> statement-breakpoint
-- A log may gain a pain score or comment later; what, whose and when it was stays as first recorded.
CREATE OR REPLACE FUNCTION hep_logs_identity_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.patient_id <> OLD.patient_id OR NEW.item_id <> OLD.item_id OR NEW.log_date <> OLD.log_date
     OR NEW.idempotency_key <> OLD.idempotency_key OR NEW.created_at <> OLD.created_at THEN
    RAISE EXCEPTION 'an exercise log cannot be moved to another exercise, patient or day'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'hep_logs_identity_frozen';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER hep_logs_identity_frozen BEFORE UPDATE ON hep_logs FOR EACH ROW EXECUTE FUNCTION hep_logs_identity_frozen();
