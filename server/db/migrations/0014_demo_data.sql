CREATE TABLE "organisation_tombstone" (
	"id" uuid PRIMARY KEY NOT NULL,
	"change_xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "organisation_tombstone_change_xid_idx" ON "organisation_tombstone" USING btree ("change_xid");--> statement-breakpoint
CREATE INDEX "organisation_demo_idx" ON "organisation" USING btree ("id") WHERE "organisation"."demo";--> statement-breakpoint
-- Until now no organisation was ever deleted; the demo registry's unload deletes its rows. A search
-- index reads the rows written since it last looked (migration 0010), which a deleted row no
-- longer is: its tombstone, written in the deleting transaction, tells the index to drop it.
CREATE FUNCTION organisation_tombstone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO organisation_tombstone (id) SELECT id FROM deleted
    ON CONFLICT (id) DO UPDATE SET change_xid = pg_current_xact_id();
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER organisation_tombstone AFTER DELETE ON organisation
  REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION organisation_tombstone();
