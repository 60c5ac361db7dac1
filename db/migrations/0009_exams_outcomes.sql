CREATE TABLE "exam_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"code" text NOT NULL,
	"side" text NOT NULL,
	"site" text DEFAULT '' NOT NULL,
	"value_num" numeric,
	"value_text" text,
	"value_json" jsonb,
	"extras" jsonb,
	"modifier" text,
	"unit" text,
	"method" text,
	"familiar_pain" boolean,
	"comment" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "exam_findings_has_value" CHECK ("exam_findings"."value_num" is not null or "exam_findings"."value_text" is not null or "exam_findings"."value_json" is not null)
);
--> statement-breakpoint
CREATE TABLE "outcome_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"episode_id" uuid NOT NULL,
	"visit_id" uuid,
	"measure" text NOT NULL,
	"status" text NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"score" numeric,
	"band" text,
	"source" text NOT NULL,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone NOT NULL,
	"completed_by" uuid,
	"completed_at" timestamp with time zone,
	CONSTRAINT "outcome_completed_has_when" CHECK ("outcome_responses"."status" <> 'completed' or "outcome_responses"."completed_at" is not null)
);
--> statement-breakpoint
ALTER TABLE "exam_findings" ADD CONSTRAINT "exam_findings_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_findings" ADD CONSTRAINT "exam_findings_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_findings" ADD CONSTRAINT "exam_findings_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_responses" ADD CONSTRAINT "outcome_responses_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_responses" ADD CONSTRAINT "outcome_responses_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_responses" ADD CONSTRAINT "outcome_responses_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_responses" ADD CONSTRAINT "outcome_responses_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_responses" ADD CONSTRAINT "outcome_responses_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "exam_findings_visit_code_side_site_key" ON "exam_findings" USING btree ("visit_id","code","side","site");--> statement-breakpoint
CREATE INDEX "exam_findings_patient_code_idx" ON "exam_findings" USING btree ("patient_id","code");--> statement-breakpoint
CREATE INDEX "outcome_responses_episode_idx" ON "outcome_responses" USING btree ("episode_id","measure","completed_at");--> statement-breakpoint
CREATE INDEX "outcome_responses_patient_idx" ON "outcome_responses" USING btree ("patient_id","status");