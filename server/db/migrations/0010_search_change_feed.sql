ALTER TABLE "organisation" ADD COLUMN "change_xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
CREATE INDEX "organisation_change_xid_idx" ON "organisation" USING btree ("change_xid");--> statement-breakpoint
-- Each process's search index reads the organisations written by transactions it has not seen yet:
-- those with change_xid at or above the oldest transaction still running when it last looked.
CREATE FUNCTION organisation_change_xid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.change_xid := pg_current_xact_id();
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER organisation_change_xid BEFORE UPDATE ON organisation
  FOR EACH ROW EXECUTE FUNCTION organisation_change_xid();
