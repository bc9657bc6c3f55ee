ALTER TABLE "persons" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "ppe_issues" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "safety_instructions" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;