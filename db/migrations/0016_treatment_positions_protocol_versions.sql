ALTER TABLE "treatment_lines" ADD COLUMN "patient_position" text;--> statement-breakpoint
ALTER TABLE "treatment_lines" ADD COLUMN "response" text;--> statement-breakpoint
ALTER TABLE "treatment_lines" ADD COLUMN "pre_nprs" integer;--> statement-breakpoint
ALTER TABLE "treatment_lines" ADD COLUMN "post_nprs" integer;--> statement-breakpoint
CREATE UNIQUE INDEX "protocols_one_active_version" ON "protocols" USING btree ("code") WHERE "protocols"."status" = 'active';--> statement-breakpoint
ALTER TABLE "protocols" ADD CONSTRAINT "protocols_has_steps" CHECK (jsonb_typeof("protocols"."lines") = 'array' and jsonb_array_length("protocols"."lines") > 0);--> statement-breakpoint
ALTER TABLE "treatment_lines" ADD CONSTRAINT "treatment_lines_nprs" CHECK (("treatment_lines"."pre_nprs" is null or "treatment_lines"."pre_nprs" between 0 and 10) and ("treatment_lines"."post_nprs" is null or "treatment_lines"."post_nprs" between 0 and 10));