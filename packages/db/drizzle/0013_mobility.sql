CREATE TABLE "mobility_cases" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"reorganisation_id" text NOT NULL,
	"person_id" text NOT NULL,
	"coach_person_id" text,
	"status" text DEFAULT 'orientation' NOT NULL,
	"target_ref" text,
	"target_title" text,
	"status_changed_on" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mobility_cases_organizationId_reorganisationId_personId_unique" UNIQUE("organization_id","reorganisation_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "mobility_openings" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"unit_id" text,
	"hours_per_week" integer,
	"esco_occupation_uri" text,
	"isco_group" text,
	"essential_skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"optional_skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"closes_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by_person_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mobility_preferences" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"person_id" text NOT NULL,
	"is_open_to_other_work" boolean DEFAULT false NOT NULL,
	"kinds" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"open_since" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mobility_preferences_organizationId_personId_unique" UNIQUE("organization_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "mobility_reorganisations" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"announced_on" date NOT NULL,
	"ends_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mobility_shortage_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"import_id" text NOT NULL,
	"esco_occupation_uri" text,
	"isco4" text,
	"level" text NOT NULL,
	"source" text NOT NULL,
	"date" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mobility_shortage_imports" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"file_name" text NOT NULL,
	"row_count" integer NOT NULL,
	"imported_by_person_id" text,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "mobility_cases_organization_id_coach_person_id_index" ON "mobility_cases" USING btree ("organization_id","coach_person_id");--> statement-breakpoint
CREATE INDEX "mobility_openings_organization_id_status_index" ON "mobility_openings" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "mobility_reorganisations_organization_id_index" ON "mobility_reorganisations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "mobility_shortage_entries_organization_id_import_id_index" ON "mobility_shortage_entries" USING btree ("organization_id","import_id");--> statement-breakpoint
CREATE INDEX "mobility_shortage_imports_organization_id_imported_at_index" ON "mobility_shortage_imports" USING btree ("organization_id","imported_at");