CREATE TABLE "industry_section" (
	"version" text NOT NULL,
	"code" varchar(1) NOT NULL,
	"name" jsonb NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "industry_section_version_code_pk" PRIMARY KEY("version","code")
);
--> statement-breakpoint
CREATE TABLE "sdg_goal" (
	"n" smallint PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_dataset" (
	"name" text PRIMARY KEY NOT NULL,
	"checksum" text NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipality" (
	"code" varchar(3) PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"region_code" varchar(2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nuts2_area" (
	"code" varchar(4) PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "postal_code" (
	"code" varchar(5) PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"municipality_code" varchar(3) NOT NULL,
	"type_code" smallint
);
--> statement-breakpoint
CREATE TABLE "region" (
	"code" varchar(2) PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"nuts3" varchar(5) NOT NULL,
	"nuts2" varchar(4) NOT NULL,
	CONSTRAINT "region_nuts3_unique" UNIQUE("nuts3"),
	CONSTRAINT "region_code_format" CHECK ("region"."code" ~ '^[0-9]{2}$')
);
--> statement-breakpoint
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postal_code" ADD CONSTRAINT "postal_code_municipality_code_municipality_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipality"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region" ADD CONSTRAINT "region_nuts2_nuts2_area_code_fk" FOREIGN KEY ("nuts2") REFERENCES "public"."nuts2_area"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "municipality_region_idx" ON "municipality" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "postal_code_municipality_idx" ON "postal_code" USING btree ("municipality_code");