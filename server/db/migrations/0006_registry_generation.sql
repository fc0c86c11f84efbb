-- A counter that every change of the organisation table moves on (a statement-level trigger, so
-- that imports bump it once). Search results and region counts are cached per generation: a cache
-- entry is valid exactly as long as no organisation has changed, in every app process.
CREATE TABLE "registry_state" (
	"id" smallint PRIMARY KEY DEFAULT 1 CHECK ("id" = 1),
	"generation" bigint NOT NULL DEFAULT 0
);--> statement-breakpoint
INSERT INTO "registry_state" ("id", "generation") VALUES (1, 0);--> statement-breakpoint
CREATE FUNCTION "bump_registry_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "registry_state" SET "generation" = "generation" + 1 WHERE "id" = 1;
	RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "organisation_generation"
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organisation"
	FOR EACH STATEMENT EXECUTE FUNCTION "bump_registry_generation"();
