-- A round's response rate counted as it happens (survey_round_tally, 0030): invitations add to
-- `invited` by the organisation's region and family at invitation (one statement's rows at once),
-- responses to `started` and `submitted`. Removals only update (the round may be going away).
CREATE FUNCTION survey_invitations_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO survey_round_tally (round_id, region_code, family, invited)
    SELECT round_id, coalesce(region_code, ''), coalesce(family, ''), count(*)
    FROM added GROUP BY 1, 2, 3
  ON CONFLICT (round_id, region_code, family)
    DO UPDATE SET invited = survey_round_tally.invited + excluded.invited;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER survey_invitation_tally_insert AFTER INSERT ON survey_invitation
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION survey_invitations_added();--> statement-breakpoint
CREATE FUNCTION survey_invitations_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Counted afresh for the groups concerned: an organisation leaving the registry takes its
  -- invitation and its response in one cascade, in an order the response's trigger cannot know.
  UPDATE survey_round_tally t
    SET invited = c.invited, started = c.started, submitted = c.submitted
    FROM (
      SELECT g.round_id, g.region_code, g.family, count(i.id) AS invited, count(r.id) AS started,
        count(r.id) FILTER (WHERE r.state = 'submitted') AS submitted
      FROM (SELECT DISTINCT round_id, coalesce(region_code, '') AS region_code,
              coalesce(family, '') AS family FROM removed) g
      LEFT JOIN survey_invitation i ON i.round_id = g.round_id
        AND coalesce(i.region_code, '') = g.region_code AND coalesce(i.family, '') = g.family
      LEFT JOIN survey_response r ON r.round_id = i.round_id AND r.organisation_id = i.organisation_id
      GROUP BY 1, 2, 3) c
    WHERE t.round_id = c.round_id AND t.region_code = c.region_code AND t.family = c.family;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER survey_invitation_tally_delete AFTER DELETE ON survey_invitation
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION survey_invitations_removed();--> statement-breakpoint
CREATE FUNCTION survey_response_tally() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r survey_response%ROWTYPE;
  d_started integer := 0;
  d_submitted integer := 0;
BEGIN
  IF TG_OP = 'INSERT' THEN
    r := NEW; d_started := 1; d_submitted := (NEW.state = 'submitted')::integer;
  ELSIF TG_OP = 'UPDATE' THEN
    IF NEW.state IS NOT DISTINCT FROM OLD.state THEN RETURN NULL; END IF;
    r := NEW;
    d_submitted := (NEW.state = 'submitted')::integer - (OLD.state = 'submitted')::integer;
  ELSE
    r := OLD; d_started := -1; d_submitted := -((OLD.state = 'submitted')::integer);
  END IF;
  UPDATE survey_round_tally t
    SET started = t.started + d_started, submitted = t.submitted + d_submitted
    FROM survey_invitation i
    WHERE i.round_id = r.round_id AND i.organisation_id = r.organisation_id
      AND t.round_id = i.round_id AND t.region_code = coalesce(i.region_code, '')
      AND t.family = coalesce(i.family, '');
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER survey_response_tally AFTER INSERT OR DELETE OR UPDATE OF state ON survey_response
  FOR EACH ROW EXECUTE FUNCTION survey_response_tally();--> statement-breakpoint
-- What was there before: the invitations' region and family from their organisations, counted.
UPDATE survey_invitation i SET region_code = o.region_code, family = o.family
  FROM organisation o WHERE o.id = i.organisation_id;--> statement-breakpoint
INSERT INTO survey_round_tally (round_id, region_code, family, invited, started, submitted)
  SELECT i.round_id, coalesce(i.region_code, ''), coalesce(i.family, ''), count(*), count(r.id),
    count(*) FILTER (WHERE r.state = 'submitted')
  FROM survey_invitation i
  LEFT JOIN survey_response r ON r.round_id = i.round_id AND r.organisation_id = i.organisation_id
  GROUP BY 1, 2, 3;
