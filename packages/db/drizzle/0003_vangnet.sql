-- Hand-written (drizzle-kit generate --custom; the snapshot 0003 was edited to match the schema and
-- `drizzle-kit generate` reports no changes). Do NOT regenerate: drizzle-kit would drop and re-add
-- the column and lose its values. See docs/absence.md ("Vangnet").
--
-- 1. One employer-side vangnet flag. `pregnancy_related` told WHICH vangnet applies (pregnancy),
--    which the AP forbids (domain-rules §2.1 item 4); `vangnet` told WHETHER one applies. Both
--    become `safety_net` (true when either was true): the rename keeps the values.
ALTER TABLE "absence_reports" RENAME COLUMN "pregnancy_related" TO "safety_net";--> statement-breakpoint
UPDATE "absence_reports" SET "safety_net" = true WHERE "vangnet" AND NOT "safety_net";--> statement-breakpoint
ALTER TABLE "absence_reports" DROP COLUMN "vangnet";--> statement-breakpoint
-- 2. One case per samentelregel chain, whatever the cause (art. 7:629 lid 10 BW; domain-rules §1.2).
--    Pregnancy-related reports used to form a case of their own; where such a case and an ordinary
--    case belong to the same chain (fit gap < 28 days between consecutive reports of the person),
--    the later case is merged into the chain's first case.
CREATE TEMP TABLE "absence_case_merge" AS
WITH ordered AS (
	SELECT "id", "organization_id", "person_id", "case_id", "start_date",
		lag("end_date") OVER (PARTITION BY "organization_id", "person_id" ORDER BY "start_date") AS prev_end
	FROM "absence_reports"
), chained AS (
	SELECT *, sum(CASE WHEN prev_end IS NULL OR "start_date" - prev_end - 1 >= 28 THEN 1 ELSE 0 END)
		OVER (PARTITION BY "organization_id", "person_id" ORDER BY "start_date") AS chain
	FROM ordered
), targeted AS (
	SELECT "case_id", "start_date",
		first_value("case_id") OVER (PARTITION BY "organization_id", "person_id", chain ORDER BY "start_date") AS target_id
	FROM chained
)
SELECT DISTINCT ON ("case_id") "case_id" AS from_id, target_id AS to_id
FROM targeted WHERE "case_id" <> target_id ORDER BY "case_id", "start_date";--> statement-breakpoint
UPDATE "absence_reports" r SET "case_id" = m.to_id FROM "absence_case_merge" m WHERE r."case_id" = m.from_id;--> statement-breakpoint
-- Milestone records: the renamed milestone keeps its records; on a clash the earliest date stays.
UPDATE "absence_milestone_completions" SET "key" = 'uwv_vangnet_melding' WHERE "key" = 'uwv_zwangerschap_melding';--> statement-breakpoint
DELETE FROM "absence_milestone_completions" c USING "absence_case_merge" m, "absence_milestone_completions" t
WHERE c."case_id" = m.from_id AND t."case_id" = m.to_id AND t."key" = c."key" AND t."done_on" <= c."done_on";--> statement-breakpoint
DELETE FROM "absence_milestone_completions" t USING "absence_case_merge" m, "absence_milestone_completions" c
WHERE t."case_id" = m.to_id AND c."case_id" = m.from_id AND c."key" = t."key";--> statement-breakpoint
UPDATE "absence_milestone_completions" c SET "case_id" = m.to_id FROM "absence_case_merge" m WHERE c."case_id" = m.from_id;--> statement-breakpoint
-- Plan van aanpak (one per case): on a clash the most recently updated plan stays.
DELETE FROM "absence_plans" p USING "absence_case_merge" m, "absence_plans" t
WHERE (p."case_id" = m.from_id AND t."case_id" = m.to_id AND t."updated_at" >= p."updated_at")
	OR (p."case_id" = m.to_id AND t."case_id" = m.from_id AND t."updated_at" > p."updated_at");--> statement-breakpoint
UPDATE "absence_plans" p SET "case_id" = m.to_id FROM "absence_case_merge" m WHERE p."case_id" = m.from_id;--> statement-breakpoint
UPDATE "absence_evaluations" e SET "case_id" = m.to_id FROM "absence_case_merge" m WHERE e."case_id" = m.from_id;--> statement-breakpoint
UPDATE "work_capabilities" w SET "case_id" = m.to_id FROM "absence_case_merge" m WHERE w."case_id" = m.from_id;--> statement-breakpoint
UPDATE "medical_notes" n SET "case_id" = m.to_id FROM "absence_case_merge" m WHERE n."case_id" = m.from_id;--> statement-breakpoint
UPDATE "absence_notices" n SET "case_id" = m.to_id FROM "absence_case_merge" m WHERE n."case_id" = m.from_id;--> statement-breakpoint
DELETE FROM "absence_cases" c USING "absence_case_merge" m WHERE c."id" = m.from_id;--> statement-breakpoint
-- The merged cases: dates from their reports again, and a new version so open edit forms get a 409.
UPDATE "absence_cases" c SET
	"first_sick_day" = (SELECT min(r."start_date") FROM "absence_reports" r WHERE r."case_id" = c."id"),
	"last_sick_day" = (SELECT r."end_date" FROM "absence_reports" r WHERE r."case_id" = c."id" ORDER BY r."start_date" DESC LIMIT 1),
	"version" = c."version" + 1,
	"updated_at" = now()
WHERE c."id" IN (SELECT DISTINCT to_id FROM "absence_case_merge");--> statement-breakpoint
DROP TABLE "absence_case_merge";--> statement-breakpoint
ALTER TABLE "absence_cases" DROP COLUMN "kind";
