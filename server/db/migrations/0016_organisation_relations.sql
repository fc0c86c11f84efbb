CREATE TABLE "organisation_relation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_id" uuid NOT NULL,
	"to_id" uuid NOT NULL,
	"type" varchar(16) NOT NULL,
	"start_date" date,
	"end_date" date,
	"state" varchar(10) DEFAULT 'proposed' NOT NULL,
	"proposed_by" varchar(4) NOT NULL,
	"created_by" uuid,
	"confirmed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "organisation_relation_not_self" CHECK ("organisation_relation"."from_id" <> "organisation_relation"."to_id")
);
--> statement-breakpoint
ALTER TABLE "organisation_relation" ADD CONSTRAINT "organisation_relation_from_id_organisation_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_relation" ADD CONSTRAINT "organisation_relation_to_id_organisation_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_relation" ADD CONSTRAINT "organisation_relation_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_relation" ADD CONSTRAINT "organisation_relation_confirmed_by_app_user_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_relation_key" ON "organisation_relation" USING btree ("from_id","to_id","type");--> statement-breakpoint
CREATE INDEX "organisation_relation_to_idx" ON "organisation_relation" USING btree ("to_id");