CREATE TABLE "clinic_exports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requested_by" uuid NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"filename" text,
	"size_bytes" integer,
	"content" "bytea",
	"error" text,
	"created_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "clinic_exports_progress" CHECK ("clinic_exports"."done" >= 0 and "clinic_exports"."done" <= "clinic_exports"."total")
);
--> statement-breakpoint
ALTER TABLE "clinic_exports" ADD CONSTRAINT "clinic_exports_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clinic_exports_created_idx" ON "clinic_exports" USING btree ("created_at");