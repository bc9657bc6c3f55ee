-- Hand-written data migration (drizzle-kit generate --custom): no schema change.
-- Rule set wvp-2013-r2 (docs/poortwachter.md) moves the vangnet report to UWV (`uwv_vangnet_melding`)
-- from day 42 to the 4th sick day of the case's first vangnet report. Timelines are computed when
-- read, so cases get the corrected deadline without a migration; but the in-app notices the
-- reminder job already wrote store the due date they announced. Correct it, and whether the task
-- was overdue on the day of the notice (the third part of the notice key `case:milestone:day:recipient`).
UPDATE "absence_notices" n SET
	"due" = v.first_day + 3,
	"overdue" = split_part(n."key", ':', 3)::date > v.first_day + 3
FROM (
	SELECT "organization_id", "case_id", min("start_date") AS first_day
	FROM "absence_reports" WHERE "safety_net" GROUP BY "organization_id", "case_id"
) v
WHERE n."milestone_key" = 'uwv_vangnet_melding'
	AND n."organization_id" = v."organization_id" AND n."case_id" = v."case_id";
