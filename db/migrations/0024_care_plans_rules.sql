-- Care plans are versioned history (DOMAIN.md §5): a change is a new version row. The only update a
-- version ever takes is being superseded (is_current true → false, stamped once); everything else in
-- an old or current version is frozen, even against SQL typed by hand as the app.
CREATE OR REPLACE FUNCTION care_plans_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT OLD.is_current OR NEW.is_current OR NEW.superseded_at IS NULL
     OR (to_jsonb(NEW) - 'is_current' - 'superseded_at') <> (to_jsonb(OLD) - 'is_current' - 'superseded_at') THEN
    RAISE EXCEPTION 'a care plan version cannot change: save a new version' USING ERRCODE = 'check_violation', CONSTRAINT = 'care_plans_versions_frozen';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER care_plans_frozen BEFORE UPDATE ON care_plans FOR EACH ROW EXECUTE FUNCTION care_plans_frozen();--> statement-breakpoint
-- A plan belongs to its episode's patient, and versions follow one another without gaps.
CREATE OR REPLACE FUNCTION care_plans_insert_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM episodes e WHERE e.id = NEW.episode_id AND e.patient_id = NEW.patient_id) THEN
    RAISE EXCEPTION 'episode belongs to another patient' USING ERRCODE = 'check_violation', CONSTRAINT = 'care_plans_episode_patient';
  END IF;
  IF NEW.version <> coalesce((SELECT max(version) FROM care_plans WHERE episode_id = NEW.episode_id), 0) + 1 THEN
    RAISE EXCEPTION 'care plan versions follow one another' USING ERRCODE = 'check_violation', CONSTRAINT = 'care_plans_version_sequence';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER care_plans_insert_rules BEFORE INSERT ON care_plans FOR EACH ROW EXECUTE FUNCTION care_plans_insert_rules();--> statement-breakpoint
ALTER TABLE care_plans ADD CONSTRAINT care_plans_status_known CHECK (status IN ('active', 'completed', 'discontinued'));--> statement-breakpoint
ALTER TABLE waitlist_entries ADD CONSTRAINT waitlist_entries_status_known CHECK (status IN ('waiting', 'offered', 'booked', 'removed'));--> statement-breakpoint
ALTER TABLE queue_contacts ADD CONSTRAINT queue_contacts_kind_known CHECK (kind IN ('dropped_off', 'no_show'));--> statement-breakpoint
ALTER TABLE clinic_settings ADD CONSTRAINT clinic_settings_drop_off_days CHECK (drop_off_days BETWEEN 1 AND 365);--> statement-breakpoint
-- A booked or removed waitlist entry is history: it keeps its patient and does not come back.
CREATE OR REPLACE FUNCTION waitlist_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status IN ('booked', 'removed') THEN
    RAISE EXCEPTION 'a closed waitlist entry cannot change' USING ERRCODE = 'check_violation', CONSTRAINT = 'waitlist_entries_closed_frozen';
  END IF;
  IF NEW.patient_id <> OLD.patient_id OR NEW.created_by <> OLD.created_by OR NEW.created_at <> OLD.created_at THEN
    RAISE EXCEPTION 'a waitlist entry keeps its patient and creator' USING ERRCODE = 'check_violation', CONSTRAINT = 'waitlist_entries_identity_frozen';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER waitlist_entries_guard BEFORE UPDATE ON waitlist_entries FOR EACH ROW EXECUTE FUNCTION waitlist_entries_guard();--> statement-breakpoint
-- Nothing here is deleted: plans are superseded, entries removed by status, contacts are a log.
REVOKE DELETE, TRUNCATE ON care_plans, waitlist_entries, queue_contacts FROM kinetic_app;--> statement-breakpoint
REVOKE UPDATE ON queue_contacts FROM kinetic_app;
