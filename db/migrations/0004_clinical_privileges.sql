-- Clinical records are never hard-deleted by the app (DESIGN.md §6): they are voided or closed.
REVOKE DELETE, TRUNCATE ON episodes, intakes, red_flag_findings, patient_histories FROM kinetic_app;--> statement-breakpoint
-- The intake revision trail is append-only.
REVOKE UPDATE, DELETE, TRUNCATE ON intake_revisions FROM kinetic_app;
