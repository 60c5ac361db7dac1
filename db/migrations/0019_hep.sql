CREATE TABLE "exercise_images" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "exercise_images_size_limit" CHECK ("exercise_images"."size_bytes" > 0 and "exercise_images"."size_bytes" <= 2097152 and octet_length("exercise_images"."content") = "exercise_images"."size_bytes")
);
--> statement-breakpoint
CREATE TABLE "exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"source" text NOT NULL,
	"name" text NOT NULL,
	"region" text NOT NULL,
	"category" text NOT NULL,
	"dose_kind" text NOT NULL,
	"paired" boolean DEFAULT false NOT NULL,
	"default_sets" integer NOT NULL,
	"default_reps" integer,
	"default_hold_seconds" integer,
	"default_duration_seconds" integer,
	"default_times_per_day" integer NOT NULL,
	"default_days_per_week" integer NOT NULL,
	"steps" text[] NOT NULL,
	"cautions" text[] DEFAULT '{}' NOT NULL,
	"pain_rule" text NOT NULL,
	"image_id" uuid,
	"video_url" text,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "exercises_video_https" CHECK ("exercises"."video_url" is null or "exercises"."video_url" ~ '^https://')
);
--> statement-breakpoint
CREATE TABLE "hep_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"log_date" date NOT NULL,
	"done" boolean DEFAULT true NOT NULL,
	"sets_done" integer NOT NULL,
	"pain" integer,
	"comment" text,
	"idempotency_key" text NOT NULL,
	"logged_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "hep_logs_pain" CHECK ("hep_logs"."pain" is null or "hep_logs"."pain" between 0 and 10),
	CONSTRAINT "hep_logs_sets" CHECK ("hep_logs"."sets_done" between 0 and 6)
);
--> statement-breakpoint
CREATE TABLE "hep_program_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"phase" integer DEFAULT 1 NOT NULL,
	"exercise_id" uuid NOT NULL,
	"side" text NOT NULL,
	"sets" integer NOT NULL,
	"reps" integer,
	"hold_seconds" integer,
	"rep_hold_seconds" integer,
	"duration_seconds" integer,
	"rest_seconds" integer,
	"times_per_day" integer NOT NULL,
	"days_per_week" integer NOT NULL,
	"load" text,
	"load_kg" double precision,
	"notes" text,
	"progression_note" text,
	"pain_rule" text NOT NULL,
	CONSTRAINT "hep_program_items_ranges" CHECK ("hep_program_items"."sets" between 1 and 6 and "hep_program_items"."times_per_day" between 1 and 6 and "hep_program_items"."days_per_week" between 1 and 7
      and ("hep_program_items"."reps" is null or "hep_program_items"."reps" between 1 and 50) and ("hep_program_items"."hold_seconds" is null or "hep_program_items"."hold_seconds" between 0 and 180)
      and ("hep_program_items"."duration_seconds" is null or "hep_program_items"."duration_seconds" between 30 and 180) and ("hep_program_items"."phase" between 1 and 6)),
	CONSTRAINT "hep_program_items_one_dose" CHECK (num_nonnulls(nullif("hep_program_items"."reps", 0), nullif("hep_program_items"."hold_seconds", 0), "hep_program_items"."duration_seconds") = 1)
);
--> statement-breakpoint
CREATE TABLE "hep_program_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"template_id" uuid,
	"assigned_on" date,
	"assigned_at" timestamp with time zone,
	"assigned_by" uuid,
	"superseded_on" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "hep_program_versions_assigned_has_who" CHECK ("hep_program_versions"."status" = 'draft' or ("hep_program_versions"."assigned_at" is not null and "hep_program_versions"."assigned_by" is not null and "hep_program_versions"."assigned_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "hep_programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"episode_id" uuid NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "hep_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"protocol_code" text,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"items" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "clinic_settings" ADD COLUMN "hep_content_for_all_staff" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "exercise_images" ADD CONSTRAINT "exercise_images_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_image_id_exercise_images_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."exercise_images"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hep_logs" ADD CONSTRAINT "hep_logs_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hep_logs" ADD CONSTRAINT "hep_logs_item_id_hep_program_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."hep_program_items"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hep_logs" ADD CONSTRAINT "hep_logs_logged_by_users_id_fk" FOREIGN KEY ("logged_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hep_program_items" ADD CONSTRAINT "hep_program_items_version_id_hep_program_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."hep_program_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hep_program_items" ADD CONSTRAINT "hep_program_items_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hep_program_items" ADD CONSTRAINT "hep_program_items_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hep_program_versions" ADD CONSTRAINT "hep_program_versions_program_id_hep_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."hep_programs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hep_program_versions" ADD CONSTRAINT "hep_program_versions_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hep_program_versions" ADD CONSTRAINT "hep_program_versions_template_id_hep_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."hep_templates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hep_program_versions" ADD CONSTRAINT "hep_program_versions_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hep_program_versions" ADD CONSTRAINT "hep_program_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hep_programs" ADD CONSTRAINT "hep_programs_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hep_programs" ADD CONSTRAINT "hep_programs_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hep_programs" ADD CONSTRAINT "hep_programs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "exercises_code_key" ON "exercises" USING btree ("code");--> statement-breakpoint
CREATE INDEX "exercises_name_idx" ON "exercises" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "hep_logs_idempotency_key" ON "hep_logs" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "hep_logs_patient_date_idx" ON "hep_logs" USING btree ("patient_id","log_date");--> statement-breakpoint
CREATE INDEX "hep_logs_item_idx" ON "hep_logs" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "hep_program_items_version_idx" ON "hep_program_items" USING btree ("version_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "hep_program_versions_program_version_key" ON "hep_program_versions" USING btree ("program_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "hep_program_versions_one_draft" ON "hep_program_versions" USING btree ("program_id") WHERE "hep_program_versions"."status" = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "hep_program_versions_one_assigned" ON "hep_program_versions" USING btree ("program_id") WHERE "hep_program_versions"."status" = 'assigned';--> statement-breakpoint
CREATE INDEX "hep_programs_patient_idx" ON "hep_programs" USING btree ("patient_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hep_programs_one_active_per_episode" ON "hep_programs" USING btree ("episode_id") WHERE "hep_programs"."status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "hep_templates_code_key" ON "hep_templates" USING btree ("code");