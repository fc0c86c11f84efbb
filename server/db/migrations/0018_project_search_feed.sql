CREATE TABLE "project_tombstone" (
	"id" uuid PRIMARY KEY NOT NULL,
	"change_xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL
);
--> statement-breakpoint
DROP INDEX "project_search_text_idx";--> statement-breakpoint
ALTER TABLE "project" ADD COLUMN "change_xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
CREATE INDEX "project_tombstone_change_xid_idx" ON "project_tombstone" USING btree ("change_xid");--> statement-breakpoint
CREATE INDEX "project_change_xid_idx" ON "project" USING btree ("change_xid");--> statement-breakpoint
ALTER TABLE "project" DROP COLUMN "search_text";--> statement-breakpoint
-- Projects are searched as organisations are (server/search): each process keeps an index that
-- reads the rows written since it last looked (as migration 0010 for organisations), drops the
-- deleted ones by their tombstones (as 0014), and knows that something changed from the registry's
-- generation (0006, 0008), which a write of a project now moves on too.
CREATE FUNCTION project_change_xid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.change_xid := pg_current_xact_id();
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER project_change_xid BEFORE UPDATE ON project
  FOR EACH ROW EXECUTE FUNCTION project_change_xid();--> statement-breakpoint
CREATE FUNCTION project_tombstone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO project_tombstone (id) SELECT id FROM deleted
    ON CONFLICT (id) DO UPDATE SET change_xid = pg_current_xact_id();
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER project_tombstone AFTER DELETE ON project
  REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION project_tombstone();--> statement-breakpoint
CREATE TRIGGER project_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project
  FOR EACH STATEMENT EXECUTE FUNCTION bump_registry_generation();
