CREATE TABLE "intervention_offers" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"intervention_id" text NOT NULL,
	"unit_id" text,
	"campaign_id" text,
	"scale_key" text,
	"created_by_person_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intervention_signups" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"intervention_id" text NOT NULL,
	"person_id" text NOT NULL,
	"unit_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intervention_signups_organizationId_interventionId_personId_unique" UNIQUE("organization_id","intervention_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "survey_campaign_units" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"campaign_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"parent_id" text,
	"name" text NOT NULL,
	"invited" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "survey_campaign_units_organizationId_campaignId_unitId_unique" UNIQUE("organization_id","campaign_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "survey_campaigns" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"title" text NOT NULL,
	"instrument_keys" jsonb NOT NULL,
	"unit_ids" jsonb NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"min_group_size" integer DEFAULT 10 NOT NULL,
	"reminder_days_before" integer DEFAULT 3 NOT NULL,
	"created_by_person_id" text,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_instruments" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"instrument_key" text NOT NULL,
	"instrument_version" text NOT NULL,
	"definition" jsonb NOT NULL,
	"licence_holder" text,
	"licence_reference" text NOT NULL,
	"licence_valid_until" date,
	"uploaded_by_person_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_instruments_organizationId_instrumentKey_unique" UNIQUE("organization_id","instrument_key")
);
--> statement-breakpoint
CREATE TABLE "survey_participants" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"campaign_id" text NOT NULL,
	"person_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"age_band" text,
	"invited_at" timestamp with time zone NOT NULL,
	"reminded_at" timestamp with time zone,
	CONSTRAINT "survey_participants_organizationId_campaignId_personId_unique" UNIQUE("organization_id","campaign_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"campaign_id" text NOT NULL,
	"token" text NOT NULL,
	"unit_id" text NOT NULL,
	"age_band" text,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"answers" jsonb NOT NULL,
	CONSTRAINT "survey_responses_organizationId_campaignId_token_unique" UNIQUE("organization_id","campaign_id","token")
);
--> statement-breakpoint
CREATE TABLE "survey_scores" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"campaign_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"age_band" text,
	"scale_key" text NOT NULL,
	"score" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_texts" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"campaign_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"age_band" text,
	"instrument_key" text NOT NULL,
	"item_id" text NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "intervention_offers_organization_id_unit_id_index" ON "intervention_offers" USING btree ("organization_id","unit_id");--> statement-breakpoint
CREATE INDEX "survey_campaigns_organization_id_status_index" ON "survey_campaigns" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "survey_participants_organization_id_person_id_index" ON "survey_participants" USING btree ("organization_id","person_id");--> statement-breakpoint
CREATE INDEX "survey_responses_organization_id_campaign_id_status_index" ON "survey_responses" USING btree ("organization_id","campaign_id","status");--> statement-breakpoint
CREATE INDEX "survey_scores_organization_id_campaign_id_scale_key_index" ON "survey_scores" USING btree ("organization_id","campaign_id","scale_key");--> statement-breakpoint
CREATE INDEX "survey_texts_organization_id_campaign_id_index" ON "survey_texts" USING btree ("organization_id","campaign_id");