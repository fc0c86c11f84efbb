-- NUTS 2 areas get their names in Finnish, Swedish and English like regions; the Finnish name
-- stays, the reference data (common/reference/regions.json) fills in the others when it loads.
ALTER TABLE "nuts2_area" ALTER COLUMN "name" SET DATA TYPE jsonb USING jsonb_build_object('fi', "name");
