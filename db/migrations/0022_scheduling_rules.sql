-- No double booking, ever (DESIGN.md §6): PostgreSQL itself refuses a second live appointment that
-- overlaps in time for the same clinician, room or patient, so two concurrent requests (even from two
-- app instances) cannot both succeed. Ranges are half-open: 9:00-9:30 and 9:30-10:00 do not overlap.
-- Cancelled and no-show rows stay as history and free their slot.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
ALTER TABLE appointments ADD CONSTRAINT appointments_clinician_no_overlap
  EXCLUDE USING gist (clinician_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
  WHERE (status IN ('booked', 'arrived', 'completed'));--> statement-breakpoint
ALTER TABLE appointments ADD CONSTRAINT appointments_room_no_overlap
  EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
  WHERE (room_id IS NOT NULL AND status IN ('booked', 'arrived', 'completed'));--> statement-breakpoint
ALTER TABLE appointments ADD CONSTRAINT appointments_patient_no_overlap
  EXCLUDE USING gist (patient_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
  WHERE (status IN ('booked', 'arrived', 'completed'));--> statement-breakpoint
ALTER TABLE appointments ADD CONSTRAINT appointments_status_known
  CHECK (status IN ('booked', 'arrived', 'completed', 'cancelled', 'no_show'));--> statement-breakpoint
-- A cancelled appointment is final history; the patient of an appointment never changes (move = new
-- time, same patient). A re-booking is a new row.
CREATE OR REPLACE FUNCTION appointments_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'cancelled' THEN
    RAISE EXCEPTION 'a cancelled appointment cannot change' USING ERRCODE = 'check_violation', CONSTRAINT = 'appointments_cancelled_frozen';
  END IF;
  IF NEW.patient_id <> OLD.patient_id OR NEW.created_by <> OLD.created_by OR NEW.created_at <> OLD.created_at THEN
    RAISE EXCEPTION 'an appointment keeps its patient and creator' USING ERRCODE = 'check_violation', CONSTRAINT = 'appointments_identity_frozen';
  END IF;
  IF NEW.version <= OLD.version THEN
    RAISE EXCEPTION 'every change to an appointment bumps its version' USING ERRCODE = 'check_violation', CONSTRAINT = 'appointments_version_bump';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER appointments_guard BEFORE UPDATE ON appointments FOR EACH ROW EXECUTE FUNCTION appointments_guard();--> statement-breakpoint
-- Nothing in scheduling is deleted: types are retired, availability rows and exceptions are removed
-- by stamping removed_at, feeds are revoked, appointments are cancelled.
REVOKE DELETE, TRUNCATE ON appointment_types, clinician_availability, availability_exceptions, appointments,
  patient_reminder_prefs, appointment_notifications, ical_feeds FROM kinetic_app;--> statement-breakpoint
-- A notification decision is a record of what was sent: written once, never rewritten.
REVOKE UPDATE ON appointment_notifications FROM kinetic_app;
