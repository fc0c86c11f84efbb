-- The links between the registry's records (project partners, network members, relations between
-- organisations) move the registry's generation (0006, 0008) as the records do, so that what is
-- computed from them (the region's ecosystem graph) can be kept exactly until one changes.
CREATE TRIGGER project_partner_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_partner
  FOR EACH STATEMENT EXECUTE FUNCTION bump_registry_generation();--> statement-breakpoint
CREATE TRIGGER network_member_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON network_member
  FOR EACH STATEMENT EXECUTE FUNCTION bump_registry_generation();--> statement-breakpoint
CREATE TRIGGER organisation_relation_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organisation_relation
  FOR EACH STATEMENT EXECUTE FUNCTION bump_registry_generation();
