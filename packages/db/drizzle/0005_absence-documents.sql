CREATE TABLE "absence_document_contents" (
	"document_id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "absence_documents" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"case_id" text NOT NULL,
	"person_id" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by_person_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"released_at" timestamp with time zone,
	"released_by_person_id" text
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"person_id" text NOT NULL,
	"user_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"lang" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "calendar_feeds_organizationId_personId_unique" UNIQUE("organization_id","person_id")
);
--> statement-breakpoint
CREATE INDEX "absence_documents_organization_id_case_id_index" ON "absence_documents" USING btree ("organization_id","case_id");--> statement-breakpoint
CREATE INDEX "calendar_feeds_token_hash_index" ON "calendar_feeds" USING btree ("token_hash");