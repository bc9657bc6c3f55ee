CREATE TABLE "survey_score_sums" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"campaign_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"age_band" text,
	"scale_key" text NOT NULL,
	"n" integer NOT NULL,
	"sum" double precision NOT NULL,
	CONSTRAINT "survey_score_sums_organizationId_campaignId_unitId_ageBand_scaleKey_unique" UNIQUE NULLS NOT DISTINCT("organization_id","campaign_id","unit_id","age_band","scale_key")
);
--> statement-breakpoint
-- Backfill from the score rows of campaigns answered before this table existed.
INSERT INTO "survey_score_sums" ("id", "organization_id", "campaign_id", "unit_id", "age_band", "scale_key", "n", "sum")
SELECT gen_random_uuid()::text, "organization_id", "campaign_id", "unit_id", "age_band", "scale_key", count(*)::int, sum("score")
FROM "survey_scores"
GROUP BY "organization_id", "campaign_id", "unit_id", "age_band", "scale_key";
