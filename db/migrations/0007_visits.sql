CREATE TYPE "public"."visit_type" AS ENUM('INITIAL_EXAM', 'TREATMENT', 'RE_EXAM', 'PROGRESS_REPORT', 'DISCHARGE', 'REFERRAL_ONLY');--> statement-breakpoint
CREATE TABLE "visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"episode_id" uuid NOT NULL,
	"clinician_id" uuid NOT NULL,
	"visit_type" "visit_type" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"appointment_id" uuid,
	"cancel_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "visits_cancel_reason" CHECK ("visits"."status" <> 'cancelled' or length(trim("visits"."cancel_reason")) > 0)
);
--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_clinician_id_users_id_fk" FOREIGN KEY ("clinician_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "visits_patient_idx" ON "visits" USING btree ("patient_id","starts_at");--> statement-breakpoint
CREATE INDEX "visits_episode_idx" ON "visits" USING btree ("episode_id","starts_at");