CREATE TABLE "project" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"state" varchar(10) DEFAULT 'pending' NOT NULL,
	"data" jsonb NOT NULL,
	"title" text NOT NULL,
	"sort_title" text NOT NULL,
	"search_text" text NOT NULL,
	"status" varchar(10) NOT NULL,
	"start_date" date,
	"end_date" date,
	"funding_programme" varchar(20),
	"budget" numeric(14, 2),
	"region_codes" text[] DEFAULT '{}' NOT NULL,
	"national" boolean DEFAULT false NOT NULL,
	"goals" smallint[] DEFAULT '{}' NOT NULL,
	"themes" text[] DEFAULT '{}' NOT NULL,
	"lead_organisation_id" uuid,
	"eura_code" varchar(40),
	"reminder_sent_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_partner" (
	"project_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" varchar(16) NOT NULL,
	CONSTRAINT "project_partner_project_id_organisation_id_pk" PRIMARY KEY("project_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "project_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"user_id" uuid,
	"state" varchar(10) DEFAULT 'pending' NOT NULL,
	"reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_revision" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"action" varchar(10) NOT NULL,
	"actor_id" uuid,
	"actor_label" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"data" jsonb NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_lead_organisation_id_organisation_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_partner" ADD CONSTRAINT "project_partner_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_partner" ADD CONSTRAINT "project_partner_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_request" ADD CONSTRAINT "project_request_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_request" ADD CONSTRAINT "project_request_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_request" ADD CONSTRAINT "project_request_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_revision" ADD CONSTRAINT "project_revision_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_revision" ADD CONSTRAINT "project_revision_actor_id_app_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_state_idx" ON "project" USING btree ("state","sort_title");--> statement-breakpoint
CREATE INDEX "project_updated_idx" ON "project" USING btree ("state","updated_at");--> statement-breakpoint
CREATE INDEX "project_lead_idx" ON "project" USING btree ("lead_organisation_id");--> statement-breakpoint
CREATE INDEX "project_search_text_idx" ON "project" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "project_tags_idx" ON "project" USING gin ("region_codes","goals","themes");--> statement-breakpoint
CREATE UNIQUE INDEX "project_eura_code_key" ON "project" USING btree ("eura_code") WHERE "project"."eura_code" is not null and "project"."state" in ('pending', 'published');--> statement-breakpoint
CREATE INDEX "project_partner_org_idx" ON "project_partner" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "project_request_state_idx" ON "project_request" USING btree ("state","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "project_request_pending_key" ON "project_request" USING btree ("project_id") WHERE "project_request"."state" = 'pending';--> statement-breakpoint
CREATE INDEX "project_revision_project_idx" ON "project_revision" USING btree ("project_id","id");