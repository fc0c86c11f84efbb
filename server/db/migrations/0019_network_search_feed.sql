CREATE TABLE "network_tombstone" (
	"id" uuid PRIMARY KEY NOT NULL,
	"change_xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL
);
--> statement-breakpoint
DROP INDEX "network_search_text_idx";--> statement-breakpoint
ALTER TABLE "network" ADD COLUMN "change_xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
CREATE INDEX "network_tombstone_change_xid_idx" ON "network_tombstone" USING btree ("change_xid");--> statement-breakpoint
CREATE INDEX "network_change_xid_idx" ON "network" USING btree ("change_xid");--> statement-breakpoint
ALTER TABLE "network" DROP COLUMN "search_text";--> statement-breakpoint
-- Networks are searched as organisations and projects are (migration 0018): the rows written
-- since an index last looked, tombstones of deleted ones, and the registry's generation moved on.
CREATE FUNCTION network_change_xid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.change_xid := pg_current_xact_id();
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER network_change_xid BEFORE UPDATE ON network
  FOR EACH ROW EXECUTE FUNCTION network_change_xid();--> statement-breakpoint
CREATE FUNCTION network_tombstone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO network_tombstone (id) SELECT id FROM deleted
    ON CONFLICT (id) DO UPDATE SET change_xid = pg_current_xact_id();
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER network_tombstone AFTER DELETE ON network
  REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION network_tombstone();--> statement-breakpoint
CREATE TRIGGER network_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON network
  FOR EACH STATEMENT EXECUTE FUNCTION bump_registry_generation();
