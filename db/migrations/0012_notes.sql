CREATE TYPE "public"."note_type" AS ENUM('INITIAL_EVALUATION', 'DAILY', 'RE_EXAM', 'DISCHARGE');--> statement-breakpoint
CREATE TABLE "note_addenda" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"note_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"body" text NOT NULL,
	"corrected_text" text,
	"event_at" timestamp with time zone,
	"author_id" uuid NOT NULL,
	"attestation" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "note_addenda_correction_text" CHECK ("note_addenda"."kind" <> 'CORRECTION' or length(trim("note_addenda"."corrected_text")) > 0)
);
--> statement-breakpoint
CREATE TABLE "note_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"note_id" uuid NOT NULL,
	"signer_id" uuid NOT NULL,
	"role" text NOT NULL,
	"attestation" text NOT NULL,
	"content_hash" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"note_type" "note_type" NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"subjective" text DEFAULT '' NOT NULL,
	"nprs_now" integer,
	"change_since_last" text,
	"change_percent" integer,
	"hep_adherence" text,
	"objective" text DEFAULT '' NOT NULL,
	"assessment" text DEFAULT '' NOT NULL,
	"plan" text DEFAULT '' NOT NULL,
	"requires_cosign" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid NOT NULL,
	"voided_at" timestamp with time zone,
	"voided_by" uuid,
	"void_reason" text,
	CONSTRAINT "notes_nprs_range" CHECK ("notes"."nprs_now" is null or "notes"."nprs_now" between 0 and 10),
	CONSTRAINT "notes_void_complete" CHECK ("notes"."status" <> 'voided' or ("notes"."voided_at" is not null and "notes"."voided_by" is not null and length(trim("notes"."void_reason")) > 0))
);
--> statement-breakpoint
ALTER TABLE "note_addenda" ADD CONSTRAINT "note_addenda_note_id_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."notes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_addenda" ADD CONSTRAINT "note_addenda_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_signatures" ADD CONSTRAINT "note_signatures_note_id_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."notes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_signatures" ADD CONSTRAINT "note_signatures_signer_id_users_id_fk" FOREIGN KEY ("signer_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_voided_by_users_id_fk" FOREIGN KEY ("voided_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "note_addenda_note_idx" ON "note_addenda" USING btree ("note_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "note_signatures_note_role_key" ON "note_signatures" USING btree ("note_id","role");--> statement-breakpoint
CREATE UNIQUE INDEX "notes_visit_key" ON "notes" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "notes_patient_idx" ON "notes" USING btree ("patient_id");