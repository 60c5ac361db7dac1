ALTER TYPE "public"."patient_status" ADD VALUE 'merged';--> statement-breakpoint
CREATE TABLE "episodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"close_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "episodes_closed_needs_reason" CHECK ("episodes"."status" <> 'closed' or ("episodes"."closed_on" is not null and length(trim("episodes"."close_reason")) > 0)),
	CONSTRAINT "episodes_close_after_open" CHECK ("episodes"."closed_on" is null or "episodes"."closed_on" >= "episodes"."opened_on")
);
--> statement-breakpoint
CREATE TABLE "intake_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"intake_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"changed_by" uuid NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	"fields" text[] NOT NULL,
	"previous" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intakes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"episode_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"status" text NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "intakes_accepted_has_who" CHECK ("intakes"."status" <> 'accepted' or ("intakes"."accepted_by" is not null and "intakes"."accepted_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "red_flag_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"episode_id" uuid NOT NULL,
	"intake_id" uuid,
	"flag_id" text NOT NULL,
	"action" text NOT NULL,
	"restricts" text[] DEFAULT '{}' NOT NULL,
	"reasons" text[] DEFAULT '{}' NOT NULL,
	"needs_clarification" text DEFAULT 'no' NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"acknowledgement" text,
	CONSTRAINT "red_flag_ack_complete" CHECK (("red_flag_findings"."acknowledged_at" is null) = ("red_flag_findings"."acknowledged_by" is null) and ("red_flag_findings"."acknowledged_at" is null or length(trim("red_flag_findings"."acknowledgement")) > 0))
);
--> statement-breakpoint
CREATE TABLE "patient_histories" (
	"patient_id" uuid PRIMARY KEY NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "guardian_name" text;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "guardian_relation" text;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "guardian_phone" text;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "guardian_email" text;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "search_name" text GENERATED ALWAYS AS (kc_normalize(legal_first_name || ' ' || legal_last_name || ' ' || coalesce(preferred_name, ''))) STORED;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_revisions" ADD CONSTRAINT "intake_revisions_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_revisions" ADD CONSTRAINT "intake_revisions_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "red_flag_findings" ADD CONSTRAINT "red_flag_findings_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "red_flag_findings" ADD CONSTRAINT "red_flag_findings_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "red_flag_findings" ADD CONSTRAINT "red_flag_findings_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "red_flag_findings" ADD CONSTRAINT "red_flag_findings_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_histories" ADD CONSTRAINT "patient_histories_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_histories" ADD CONSTRAINT "patient_histories_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "episodes_patient_idx" ON "episodes" USING btree ("patient_id","opened_on");--> statement-breakpoint
CREATE INDEX "intake_revisions_intake_idx" ON "intake_revisions" USING btree ("intake_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "intakes_episode_key" ON "intakes" USING btree ("episode_id");--> statement-breakpoint
CREATE INDEX "intakes_patient_idx" ON "intakes" USING btree ("patient_id");--> statement-breakpoint
CREATE UNIQUE INDEX "red_flag_findings_episode_flag_key" ON "red_flag_findings" USING btree ("episode_id","flag_id");--> statement-breakpoint
CREATE INDEX "red_flag_findings_patient_idx" ON "red_flag_findings" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "patients_search_trgm_idx" ON "patients" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "patients_dob_idx" ON "patients" USING btree ("date_of_birth");--> statement-breakpoint
CREATE INDEX "patients_phone_trgm_idx" ON "patients" USING gin (regexp_replace(coalesce("phone", ''), '[^0-9]', '', 'g') gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_merged_has_target" CHECK ("patients"."status"::text <> 'merged' or "patients"."merged_into_id" is not null);