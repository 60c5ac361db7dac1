ALTER TABLE "notes" ADD COLUMN "referral_to" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "notes" ADD COLUMN "referral_reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "notes" ADD COLUMN "red_flag_reasoning" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "notes" ADD COLUMN "evaluation_complexity" text;--> statement-breakpoint
ALTER TABLE "notes" ADD COLUMN "discharge_reason" text;--> statement-breakpoint
ALTER TABLE "notes" ADD COLUMN "return_to_sport" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "notes" ADD COLUMN "recommendations" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "notes" ADD COLUMN "follow_up" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "notes" ADD COLUMN "hep_given" boolean;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_evaluation_complexity" CHECK ("notes"."evaluation_complexity" is null or "notes"."evaluation_complexity" in ('LOW', 'MODERATE', 'HIGH'));--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_discharge_reason" CHECK ("notes"."discharge_reason" is null or "notes"."discharge_reason" in ('GOALS_MET', 'MAX_THERAPEUTIC_BENEFIT', 'SELF_DISCHARGE', 'NON_ATTENDANCE', 'REFERRED_OUT', 'TRANSFER_OF_CARE', 'BENEFITS_EXHAUSTED', 'MOVED_OTHER'));