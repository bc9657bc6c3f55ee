CREATE TABLE "accidents" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"occurred_on" date NOT NULL,
	"unit_id" text,
	"person_id" text,
	"nature" text NOT NULL,
	"consequences" text NOT NULL,
	"absence_working_days" integer DEFAULT 0 NOT NULL,
	"death" boolean DEFAULT false NOT NULL,
	"permanent_injury" boolean DEFAULT false NOT NULL,
	"hospital_care" text DEFAULT 'none' NOT NULL,
	"commuting" boolean DEFAULT false NOT NULL,
	"reported_to_inspectorate_on" date,
	"incident_report_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "arbo_measures" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"assessment_id" text,
	"risk_id" text,
	"description" text NOT NULL,
	"level" text NOT NULL,
	"owner_person_id" text,
	"due_date" date,
	"budget" double precision,
	"status" text DEFAULT 'planned' NOT NULL,
	"completed_on" date,
	"effectiveness_check_on" date,
	"effectiveness_result" text,
	"effectiveness_notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "arbo_own_risks" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"catalogue_id" text NOT NULL,
	"module_id" text NOT NULL,
	"risk_id" text NOT NULL,
	"risk" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "arbo_own_risks_organizationId_catalogueId_riskId_unique" UNIQUE("organization_id","catalogue_id","risk_id")
);
--> statement-breakpoint
CREATE TABLE "health_check_offers" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"kind" text NOT NULL,
	"offered_on" date NOT NULL,
	"description" text,
	"invited_count" integer,
	"participant_count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_reports" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"type" text NOT NULL,
	"by_colleague" boolean DEFAULT false NOT NULL,
	"routed_to" text NOT NULL,
	"description" text NOT NULL,
	"location" text,
	"unit_id" text,
	"occurred_on" date,
	"reported_on" date NOT NULL,
	"anonymous" boolean NOT NULL,
	"reporter_person_id" text,
	"feedback_token_hash" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"assessment_id" text,
	"risk_id" text,
	"measure_id" text,
	"feedback" text,
	"feedback_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "incident_reports_organizationId_feedbackTokenHash_unique" UNIQUE("organization_id","feedback_token_hash")
);
--> statement-breakpoint
CREATE TABLE "instruction_attendance" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"instruction_id" text NOT NULL,
	"person_id" text NOT NULL,
	"acknowledged_at" timestamp with time zone,
	CONSTRAINT "instruction_attendance_organizationId_instructionId_personId_unique" UNIQUE("organization_id","instruction_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "ppe_issues" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"person_id" text NOT NULL,
	"item" text NOT NULL,
	"issued_on" date NOT NULL,
	"inspection_due" date,
	"replacement_due" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prevention_officer_records" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"person_id" text,
	"employer_acts_personally" boolean DEFAULT false NOT NULL,
	"appointed_on" date NOT NULL,
	"works_council_consent_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rie_answers" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"assessment_id" text NOT NULL,
	"risk_id" text NOT NULL,
	"answer" text NOT NULL,
	"existing_measures" text,
	"notes" text,
	"evaluation_method" text,
	"probability" double precision,
	"exposure" double precision,
	"effect" double precision,
	"score" double precision,
	"risk_class" text,
	"priority" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rie_answers_organizationId_assessmentId_riskId_unique" UNIQUE("organization_id","assessment_id","risk_id")
);
--> statement-breakpoint
CREATE TABLE "rie_assessments" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"unit_id" text,
	"year" integer NOT NULL,
	"catalogue_id" text NOT NULL,
	"catalogue_version" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"profile_answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"completed_on" date,
	"locked_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rie_assessments_organizationId_unitId_year_unique" UNIQUE NULLS NOT DISTINCT("organization_id","unit_id","year")
);
--> statement-breakpoint
CREATE TABLE "rie_consents" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"assessment_id" text NOT NULL,
	"decision" text NOT NULL,
	"decided_on" date NOT NULL,
	"notes" text,
	"recorded_by_person_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rie_toetsing" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"assessment_id" text,
	"toetsed_on" date NOT NULL,
	"expert_name" text NOT NULL,
	"expert_registration" text,
	"scope" text DEFAULT 'both' NOT NULL,
	"outcome" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safety_instructions" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"kind" text NOT NULL,
	"topic" text NOT NULL,
	"given_on" date NOT NULL,
	"given_by" text NOT NULL,
	"risk_id" text,
	"unit_id" text,
	"valid_months" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "accidents_organization_id_occurred_on_index" ON "accidents" USING btree ("organization_id","occurred_on");--> statement-breakpoint
CREATE INDEX "arbo_measures_organization_id_assessment_id_index" ON "arbo_measures" USING btree ("organization_id","assessment_id");--> statement-breakpoint
CREATE INDEX "arbo_measures_organization_id_due_date_index" ON "arbo_measures" USING btree ("organization_id","due_date");--> statement-breakpoint
CREATE INDEX "health_check_offers_organization_id_index" ON "health_check_offers" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "incident_reports_feedback_token_hash_index" ON "incident_reports" USING btree ("feedback_token_hash");--> statement-breakpoint
CREATE INDEX "incident_reports_organization_id_reported_on_index" ON "incident_reports" USING btree ("organization_id","reported_on");--> statement-breakpoint
CREATE INDEX "instruction_attendance_organization_id_person_id_index" ON "instruction_attendance" USING btree ("organization_id","person_id");--> statement-breakpoint
CREATE INDEX "ppe_issues_organization_id_person_id_index" ON "ppe_issues" USING btree ("organization_id","person_id");--> statement-breakpoint
CREATE INDEX "prevention_officer_records_organization_id_index" ON "prevention_officer_records" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "rie_consents_organization_id_assessment_id_index" ON "rie_consents" USING btree ("organization_id","assessment_id");--> statement-breakpoint
CREATE INDEX "rie_toetsing_organization_id_index" ON "rie_toetsing" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "safety_instructions_organization_id_given_on_index" ON "safety_instructions" USING btree ("organization_id","given_on");