-- Actor cache generation (issue #10): one counter, bumped by every statement that changes what an
-- actor is made of (user, persons, organisations, units, role assignments, employments). The
-- server keeps resolved actors per process tagged with the counter they were read with, and reads
-- the counter on every request (one row, one statement with the session check), so a change bites
-- on the next request in every process and on every host. The bump is part of the writing
-- transaction: it becomes visible with the change itself, never before.
CREATE TABLE "actor_generation" (
	"id" integer PRIMARY KEY DEFAULT 1 CHECK ("id" = 1),
	"value" bigint NOT NULL DEFAULT 0
);
--> statement-breakpoint
INSERT INTO "actor_generation" ("id", "value") VALUES (1, 0);
--> statement-breakpoint
CREATE FUNCTION "bump_actor_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "actor_generation" SET "value" = "value" + 1 WHERE "id" = 1;
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "user_actor_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "user" FOR EACH STATEMENT EXECUTE FUNCTION "bump_actor_generation"();
--> statement-breakpoint
CREATE TRIGGER "persons_actor_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "persons" FOR EACH STATEMENT EXECUTE FUNCTION "bump_actor_generation"();
--> statement-breakpoint
CREATE TRIGGER "organizations_actor_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organizations" FOR EACH STATEMENT EXECUTE FUNCTION "bump_actor_generation"();
--> statement-breakpoint
CREATE TRIGGER "units_actor_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "units" FOR EACH STATEMENT EXECUTE FUNCTION "bump_actor_generation"();
--> statement-breakpoint
CREATE TRIGGER "role_assignments_actor_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "role_assignments" FOR EACH STATEMENT EXECUTE FUNCTION "bump_actor_generation"();
--> statement-breakpoint
CREATE TRIGGER "employments_actor_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "employments" FOR EACH STATEMENT EXECUTE FUNCTION "bump_actor_generation"();
