CREATE TABLE "absence_cases" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"person_id" text NOT NULL,
	"kind" text NOT NULL,
	"first_sick_day" date NOT NULL,
	"last_sick_day" date,
	"loonsanctie_weeks" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "absence_evaluations" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"case_id" text NOT NULL,
	"date" date NOT NULL,
	"summary" text NOT NULL,
	"adjustments" text DEFAULT '' NOT NULL,
	"author_person_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "absence_milestone_completions" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"case_id" text NOT NULL,
	"key" text NOT NULL,
	"done_on" date NOT NULL,
	"document_id" text,
	"note" text,
	"completed_by_person_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "absence_milestone_completions_organizationId_caseId_key_unique" UNIQUE("organization_id","case_id","key")
);
--> statement-breakpoint
CREATE TABLE "absence_notices" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"recipient_person_id" text NOT NULL,
	"case_id" text NOT NULL,
	"milestone_key" text NOT NULL,
	"due" date NOT NULL,
	"overdue" boolean NOT NULL,
	"key" text NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "absence_notices_organizationId_key_unique" UNIQUE("organization_id","key")
);
--> statement-breakpoint
CREATE TABLE "absence_plans" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"case_id" text NOT NULL,
	"goals" text DEFAULT '' NOT NULL,
	"agreed_activities" text DEFAULT '' NOT NULL,
	"adapted_work" text DEFAULT '' NOT NULL,
	"reduced_hours_per_week" double precision,
	"casemanager_person_id" text,
	"spoor1" text DEFAULT '' NOT NULL,
	"spoor2_status" text DEFAULT 'not_decided' NOT NULL,
	"spoor2_started_on" date,
	"spoor2_notes" text DEFAULT '' NOT NULL,
	"agreed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "absence_plans_organizationId_caseId_unique" UNIQUE("organization_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "absence_recovery_segments" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"report_id" text NOT NULL,
	"from_date" date NOT NULL,
	"incapacity_percentage" double precision NOT NULL,
	"created_by_person_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "absence_recovery_segments_organizationId_reportId_fromDate_unique" UNIQUE("organization_id","report_id","from_date")
);
--> statement-breakpoint
CREATE TABLE "absence_reports" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"case_id" text NOT NULL,
	"person_id" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"pregnancy_related" boolean DEFAULT false NOT NULL,
	"contact_phone" text,
	"contact_address" text,
	"expected_duration_days" integer,
	"current_work" text,
	"vangnet" boolean DEFAULT false NOT NULL,
	"work_accident" boolean DEFAULT false NOT NULL,
	"liable_third_party" boolean DEFAULT false NOT NULL,
	"reported_by_person_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "absence_reports_organizationId_personId_startDate_unique" UNIQUE("organization_id","person_id","start_date")
);
--> statement-breakpoint
CREATE TABLE "medical_notes" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"case_id" text NOT NULL,
	"person_id" text NOT NULL,
	"author_person_id" text,
	"note" text NOT NULL,
	"diagnosis_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_capabilities" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"case_id" text NOT NULL,
	"person_id" text NOT NULL,
	"author_person_id" text,
	"valid_from" date NOT NULL,
	"limitations" text NOT NULL,
	"possibilities" text NOT NULL,
	"work_advice" text NOT NULL,
	"prognosis" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "absence_cases_organization_id_person_id_index" ON "absence_cases" USING btree ("organization_id","person_id");--> statement-breakpoint
CREATE INDEX "absence_cases_organization_id_last_sick_day_index" ON "absence_cases" USING btree ("organization_id","last_sick_day");--> statement-breakpoint
CREATE INDEX "absence_evaluations_organization_id_case_id_date_index" ON "absence_evaluations" USING btree ("organization_id","case_id","date");--> statement-breakpoint
CREATE INDEX "absence_notices_organization_id_recipient_person_id_created_at_index" ON "absence_notices" USING btree ("organization_id","recipient_person_id","created_at");--> statement-breakpoint
CREATE INDEX "absence_recovery_segments_organization_id_report_id_index" ON "absence_recovery_segments" USING btree ("organization_id","report_id");--> statement-breakpoint
CREATE INDEX "absence_reports_organization_id_case_id_index" ON "absence_reports" USING btree ("organization_id","case_id");--> statement-breakpoint
CREATE INDEX "absence_reports_organization_id_person_id_start_date_index" ON "absence_reports" USING btree ("organization_id","person_id","start_date");--> statement-breakpoint
CREATE INDEX "medical_notes_organization_id_case_id_index" ON "medical_notes" USING btree ("organization_id","case_id");--> statement-breakpoint
CREATE INDEX "work_capabilities_organization_id_case_id_index" ON "work_capabilities" USING btree ("organization_id","case_id");