CREATE TABLE "network" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"state" varchar(10) DEFAULT 'published' NOT NULL,
	"data" jsonb NOT NULL,
	"name" text NOT NULL,
	"sort_name" text NOT NULL,
	"search_text" text NOT NULL,
	"kind" varchar(24) NOT NULL,
	"region_codes" text[] DEFAULT '{}' NOT NULL,
	"member_count" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_member" (
	"network_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" varchar(12) NOT NULL,
	"start_date" date,
	"end_date" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_member_network_id_organisation_id_pk" PRIMARY KEY("network_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "network_revision" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"action" varchar(10) NOT NULL,
	"actor_id" uuid,
	"actor_label" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"data" jsonb NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "network" ADD CONSTRAINT "network_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_member" ADD CONSTRAINT "network_member_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_member" ADD CONSTRAINT "network_member_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_revision" ADD CONSTRAINT "network_revision_network_id_network_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."network"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_revision" ADD CONSTRAINT "network_revision_actor_id_app_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "network_state_idx" ON "network" USING btree ("state","sort_name");--> statement-breakpoint
CREATE INDEX "network_search_text_idx" ON "network" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "network_regions_idx" ON "network" USING gin ("region_codes");--> statement-breakpoint
CREATE INDEX "network_member_org_idx" ON "network_member" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "network_revision_network_idx" ON "network_revision" USING btree ("network_id","id");--> statement-breakpoint
-- The programme's own consortium (../shared/reference/programme.md: "a network of 11 organisations",
-- the coordinator and ten partners). Its members are not all public, so it starts empty for the
-- coordinators to fill; the name and description are data, editable like any network's.
INSERT INTO "network" ("data", "name", "sort_name", "search_text", "kind")
SELECT d, d->'name'->>'fi', lower(d->'name'->>'fi'),
       lower(concat_ws(E'\n', d->'name'->>'fi', d->'name'->>'sv', d->'name'->>'en',
                       d->'description'->>'fi', d->'description'->>'sv', d->'description'->>'en')),
       'programme_consortium'
FROM (SELECT jsonb_build_object(
  'name', jsonb_build_object(
    'fi', 'Yhteiskunnallisen yrittäjyyden ja yhteisötalouden koordinaatiohankkeen konsortio',
    'sv', 'Konsortiet för koordinationsprojektet för socialt entreprenörskap och social ekonomi',
    'en', 'Consortium of the coordination programme for social entrepreneurship and the social economy'),
  'description', jsonb_build_object(
    'fi', 'Koordinaatiohanketta toteuttaa 11 organisaation verkosto: hankkeen koordinaattori ja kymmenen osatoteuttajaa.',
    'sv', 'Koordinationsprojektet genomförs av ett nätverk av 11 organisationer: projektets koordinator och tio delgenomförare.',
    'en', 'The coordination programme is carried out by a network of 11 organisations: its coordinator and ten partners.'),
  'kind', 'programme_consortium',
  'regions', '[]'::jsonb,
  'website', null,
  'contact', null) AS d) AS seed;
--> statement-breakpoint
INSERT INTO "network_revision" ("network_id", "version", "action", "data", "changes")
SELECT n.id, 1, 'create', n.data,
       jsonb_build_array(
         jsonb_build_object('field', 'name.fi', 'before', null, 'after', n.data->'name'->'fi'),
         jsonb_build_object('field', 'name.sv', 'before', null, 'after', n.data->'name'->'sv'),
         jsonb_build_object('field', 'name.en', 'before', null, 'after', n.data->'name'->'en'),
         jsonb_build_object('field', 'description.fi', 'before', null, 'after', n.data->'description'->'fi'),
         jsonb_build_object('field', 'description.sv', 'before', null, 'after', n.data->'description'->'sv'),
         jsonb_build_object('field', 'description.en', 'before', null, 'after', n.data->'description'->'en'),
         jsonb_build_object('field', 'kind', 'before', null, 'after', n.data->'kind'))
FROM "network" n WHERE n.kind = 'programme_consortium';
