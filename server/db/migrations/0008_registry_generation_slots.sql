-- The registry generation without a hot row. Migration 0006 kept it in one row that every write
-- transaction updated, so all organisation writes queued behind that row until each committed (an
-- import held it for its whole run). Now it is the sum of 64 slots: a writing statement adds one to
-- a slot no other open transaction holds (its connection's own slot when free, else any free one,
-- SKIP LOCKED), so concurrent writers do not wait for each other. The sum is still transactional:
-- it moves exactly when a write commits, and a reader that reads it in its snapshot before reading
-- the data can never cache an older state under a newer number.
CREATE TABLE "registry_generation_slot" (
	"slot" smallint PRIMARY KEY CHECK ("slot" >= 0 AND "slot" < 64),
	"n" bigint NOT NULL DEFAULT 0
);--> statement-breakpoint
INSERT INTO "registry_generation_slot" ("slot", "n")
	SELECT s, CASE WHEN s = 0 THEN (SELECT "generation" FROM "registry_state" WHERE "id" = 1) ELSE 0 END
	FROM generate_series(0, 63) AS s;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "bump_registry_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "registry_generation_slot" SET "n" = "n" + 1
	WHERE "slot" = (
		SELECT "slot" FROM "registry_generation_slot"
		ORDER BY "slot" = pg_backend_pid() % 64 DESC, "slot"
		LIMIT 1 FOR UPDATE SKIP LOCKED);
	-- Every slot is held by another open transaction: wait for this connection's own.
	IF NOT FOUND THEN
		UPDATE "registry_generation_slot" SET "n" = "n" + 1 WHERE "slot" = pg_backend_pid() % 64;
	END IF;
	RETURN NULL;
END;
$$;--> statement-breakpoint
DROP TABLE "registry_state";
