-- Custom SQL: extensions, the app's least-privilege role, and the invariants PostgreSQL enforces.
-- Later issues rely on btree_gist (no double booking) and pg_trgm (patient search).
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint

-- Request connections run as kinetic_app: it may read and write rows but cannot alter tables,
-- disable triggers (only owners can), change the audit log, or delete clinical records.
-- The role is cluster-wide, so create it only once; a migration owner without CREATEROLE
-- gets a notice and must create it by hand (README, "Database roles").
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kinetic_app') THEN
    CREATE ROLE kinetic_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
  END IF;
  BEGIN
    EXECUTE format('GRANT kinetic_app TO %I', current_user);
  EXCEPTION WHEN insufficient_privilege OR invalid_grant_operation THEN
    RAISE NOTICE 'could not grant kinetic_app to %', current_user;
  END;
END
$$;--> statement-breakpoint

GRANT USAGE ON SCHEMA public TO kinetic_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO kinetic_app;--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO kinetic_app;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO kinetic_app;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO kinetic_app;--> statement-breakpoint

-- Append-only audit trail: no UPDATE/DELETE privilege, and triggers that refuse them for everyone.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM kinetic_app;--> statement-breakpoint
-- Clinical and identity records are voided, never deleted.
REVOKE DELETE, TRUNCATE ON patients, portal_links FROM kinetic_app;--> statement-breakpoint

CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;--> statement-breakpoint
CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();--> statement-breakpoint

-- A PTA's supervisor must be an active PT.
CREATE OR REPLACE FUNCTION staff_supervisor_is_pt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.supervisor_user_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM staff_profiles sp JOIN users u ON u.id = sp.user_id
    WHERE sp.user_id = NEW.supervisor_user_id AND sp.discipline = 'PT' AND u.active
  ) THEN
    RAISE EXCEPTION 'supervisor must be an active physical therapist' USING ERRCODE = 'check_violation',
      CONSTRAINT = 'staff_supervisor_is_pt';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER staff_profiles_supervisor_check BEFORE INSERT OR UPDATE ON staff_profiles
  FOR EACH ROW EXECUTE FUNCTION staff_supervisor_is_pt();--> statement-breakpoint

-- Roles belong to staff accounts only; a portal account can never be granted one.
CREATE OR REPLACE FUNCTION user_roles_staff_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT kind FROM users WHERE id = NEW.user_id) <> 'staff' THEN
    RAISE EXCEPTION 'roles can only be granted to staff accounts' USING ERRCODE = 'check_violation',
      CONSTRAINT = 'user_roles_staff_only';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER user_roles_staff_only BEFORE INSERT OR UPDATE ON user_roles
  FOR EACH ROW EXECUTE FUNCTION user_roles_staff_only();--> statement-breakpoint

CREATE OR REPLACE FUNCTION portal_links_patient_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT kind FROM users WHERE id = NEW.user_id) <> 'patient' THEN
    RAISE EXCEPTION 'portal links are for portal accounts only' USING ERRCODE = 'check_violation',
      CONSTRAINT = 'portal_links_patient_only';
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER portal_links_patient_only BEFORE INSERT OR UPDATE ON portal_links
  FOR EACH ROW EXECUTE FUNCTION portal_links_patient_only();
