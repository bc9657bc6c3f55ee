ALTER TABLE "rie_assessments" ADD COLUMN "uses_recognised_branche_instrument" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "rie_assessments" ADD COLUMN "branche_instrument_name" text;--> statement-breakpoint
ALTER TABLE "rie_toetsing" ADD COLUMN "expert_certification" text;--> statement-breakpoint
ALTER TABLE "rie_toetsing" ADD COLUMN "verdict" text;