CREATE TABLE "llo_budget_rules" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"from_year" integer NOT NULL,
	"money_per_year_cents" integer NOT NULL,
	"hours_per_year" double precision NOT NULL,
	"carry_over_years" integer DEFAULT 0 NOT NULL,
	"max_carry_over_cents" integer,
	"max_carry_over_hours" double precision,
	"pro_rata" text DEFAULT 'hours' NOT NULL,
	"max_per_activity_cents" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "llo_budget_rules_organizationId_fromYear_unique" UNIQUE("organization_id","from_year")
);
--> statement-breakpoint
CREATE TABLE "llo_certificates" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"person_id" text NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"issuer" text,
	"number" text,
	"obtained_on" date NOT NULL,
	"expires_on" date,
	"learning_request_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "llo_custom_skills" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"esco_skill_uri" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "llo_custom_skills_organizationId_name_unique" UNIQUE("organization_id","name")
);
--> statement-breakpoint
CREATE TABLE "llo_funding_schemes" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"definition" jsonb NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "llo_internal_roles" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"esco_occupation_uri" text,
	"skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "llo_internal_roles_organizationId_name_unique" UNIQUE("organization_id","name")
);
--> statement-breakpoint
CREATE TABLE "llo_learning_items" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"code" text,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"provider" text,
	"delivery" text NOT NULL,
	"mode" text NOT NULL,
	"duration_hours" double precision DEFAULT 0 NOT NULL,
	"cost_cents" integer DEFAULT 0 NOT NULL,
	"skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"certificate_type" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "llo_learning_items_organizationId_code_unique" UNIQUE("organization_id","code")
);
--> statement-breakpoint
CREATE TABLE "llo_pop_goals" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"person_id" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"target_kind" text NOT NULL,
	"target_occupation_uri" text,
	"target_role_id" text,
	"target_skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"deadline" date,
	"status" text DEFAULT 'open' NOT NULL,
	"actions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "llo_profile_skills" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"person_id" text NOT NULL,
	"skill_ref" text NOT NULL,
	"level" integer NOT NULL,
	"source" text NOT NULL,
	"assessed_on" date NOT NULL,
	"confirmed_by_person_id" text,
	"confirmed_on" date,
	"learning_request_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "llo_profile_skills_organizationId_personId_skillRef_unique" UNIQUE("organization_id","person_id","skill_ref")
);
--> statement-breakpoint
CREATE TABLE "llo_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"person_id" text NOT NULL,
	"learning_item_id" text,
	"pop_goal_id" text,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"provider" text,
	"cost_cents" integer DEFAULT 0 NOT NULL,
	"hours" double precision DEFAULT 0 NOT NULL,
	"start_on" date,
	"end_on" date,
	"motivation" text DEFAULT '' NOT NULL,
	"funding_source" text DEFAULT 'personal_budget' NOT NULL,
	"skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"certificate_type" text,
	"status" text DEFAULT 'submitted' NOT NULL,
	"budget_year" integer,
	"decided_by_person_id" text,
	"decided_on" date,
	"decision_reason" text,
	"completed_on" date,
	"actual_cost_cents" integer,
	"actual_hours" double precision,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "llo_skill_rejections" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"person_id" text NOT NULL,
	"skill_ref" text NOT NULL,
	"rejected_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "llo_skill_rejections_organizationId_personId_skillRef_unique" UNIQUE("organization_id","person_id","skill_ref")
);
--> statement-breakpoint
CREATE TABLE "llo_talk_preparations" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"talk_id" text NOT NULL,
	"person_id" text NOT NULL,
	"answers" jsonb NOT NULL,
	"shared_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "llo_talk_preparations_organizationId_talkId_unique" UNIQUE("organization_id","talk_id")
);
--> statement-breakpoint
CREATE TABLE "llo_talks" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"person_id" text NOT NULL,
	"manager_person_id" text,
	"planned_on" date NOT NULL,
	"held_on" date,
	"notes" jsonb NOT NULL,
	"agreements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"employee_confirmed_at" timestamp with time zone,
	"manager_confirmed_at" timestamp with time zone,
	"manager_confirmed_by_person_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "llo_certificates_organization_id_person_id_index" ON "llo_certificates" USING btree ("organization_id","person_id");--> statement-breakpoint
CREATE INDEX "llo_certificates_organization_id_expires_on_index" ON "llo_certificates" USING btree ("organization_id","expires_on");--> statement-breakpoint
CREATE INDEX "llo_funding_schemes_organization_id_index" ON "llo_funding_schemes" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "llo_learning_items_organization_id_title_index" ON "llo_learning_items" USING btree ("organization_id","title");--> statement-breakpoint
CREATE INDEX "llo_pop_goals_organization_id_person_id_index" ON "llo_pop_goals" USING btree ("organization_id","person_id");--> statement-breakpoint
CREATE INDEX "llo_profile_skills_organization_id_skill_ref_index" ON "llo_profile_skills" USING btree ("organization_id","skill_ref");--> statement-breakpoint
CREATE INDEX "llo_requests_organization_id_person_id_index" ON "llo_requests" USING btree ("organization_id","person_id");--> statement-breakpoint
CREATE INDEX "llo_requests_organization_id_status_index" ON "llo_requests" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "llo_talks_organization_id_person_id_index" ON "llo_talks" USING btree ("organization_id","person_id");