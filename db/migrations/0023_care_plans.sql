CREATE TABLE "care_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"episode_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"is_current" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"start_date" date NOT NULL,
	"phases" jsonb NOT NULL,
	"goals" jsonb NOT NULL,
	"reexam_every_visits" integer,
	"reexam_every_days" integer,
	"outcome_measures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"discharge_criteria" text NOT NULL,
	"preferred_times" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"change_reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"superseded_at" timestamp with time zone,
	CONSTRAINT "care_plans_version_positive" CHECK ("care_plans"."version" >= 1),
	CONSTRAINT "care_plans_reexam_cadence" CHECK ("care_plans"."reexam_every_visits" is not null or "care_plans"."reexam_every_days" is not null),
	CONSTRAINT "care_plans_reexam_ranges" CHECK (("care_plans"."reexam_every_visits" is null or "care_plans"."reexam_every_visits" between 1 and 60) and ("care_plans"."reexam_every_days" is null or "care_plans"."reexam_every_days" between 1 and 365)),
	CONSTRAINT "care_plans_change_reason" CHECK ("care_plans"."version" = 1 or length(trim("care_plans"."change_reason")) > 0)
);
--> statement-breakpoint
CREATE TABLE "queue_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"episode_id" uuid,
	"kind" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"contacted_by" uuid NOT NULL,
	"contacted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "waitlist_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"clinician_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"weekdays" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"time_windows" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"appointment_type_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"booked_appointment_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "waitlist_entries_booked_has_appointment" CHECK ("waitlist_entries"."status" <> 'booked' or "waitlist_entries"."booked_appointment_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "clinic_settings" ADD COLUMN "drop_off_days" integer DEFAULT 14 NOT NULL;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_contacts" ADD CONSTRAINT "queue_contacts_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_contacts" ADD CONSTRAINT "queue_contacts_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_contacts" ADD CONSTRAINT "queue_contacts_contacted_by_users_id_fk" FOREIGN KEY ("contacted_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_appointment_type_id_appointment_types_id_fk" FOREIGN KEY ("appointment_type_id") REFERENCES "public"."appointment_types"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_booked_appointment_id_appointments_id_fk" FOREIGN KEY ("booked_appointment_id") REFERENCES "public"."appointments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "care_plans_episode_version_key" ON "care_plans" USING btree ("episode_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "care_plans_one_current_key" ON "care_plans" USING btree ("episode_id") WHERE "care_plans"."is_current";--> statement-breakpoint
CREATE INDEX "care_plans_patient_idx" ON "care_plans" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "queue_contacts_patient_idx" ON "queue_contacts" USING btree ("patient_id","contacted_at");--> statement-breakpoint
CREATE INDEX "waitlist_entries_status_idx" ON "waitlist_entries" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_entries_one_open_key" ON "waitlist_entries" USING btree ("patient_id") WHERE "waitlist_entries"."status" in ('waiting', 'offered');