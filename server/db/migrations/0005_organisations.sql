-- pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it. PGlite loads it in db/client.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"state" varchar(10) DEFAULT 'pending' NOT NULL,
	"merged_into" uuid,
	"data" jsonb NOT NULL,
	"name" text NOT NULL,
	"business_id" varchar(9),
	"legal_form" varchar(4),
	"family" varchar(12),
	"actor_types" text[] DEFAULT '{}' NOT NULL,
	"municipality_code" varchar(3),
	"region_code" varchar(2),
	"tol_section" varchar(1),
	"themes" text[] DEFAULT '{}' NOT NULL,
	"sdg_goals" smallint[] DEFAULT '{}' NOT NULL,
	"target_groups" text[] DEFAULT '{}' NOT NULL,
	"recognitions" text[] DEFAULT '{}' NOT NULL,
	"meets" text[] DEFAULT '{}' NOT NULL,
	"classification_version" varchar(20) NOT NULL,
	"partial_work_ability" boolean DEFAULT false NOT NULL,
	"status" varchar(10) DEFAULT 'active' NOT NULL,
	"search_doc" "tsvector" NOT NULL,
	"search_names" text NOT NULL,
	"sort_name" text NOT NULL,
	"has_logo" boolean DEFAULT false NOT NULL,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reminder_sent_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_confirm_token" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "organisation_invitation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" varchar(10) NOT NULL,
	"invited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	CONSTRAINT "organisation_invitation_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "organisation_logo" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"content_type" varchar(20) NOT NULL,
	"bytes" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_member" (
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" varchar(10) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_member_organisation_id_user_id_pk" PRIMARY KEY("organisation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "organisation_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" varchar(10) NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid,
	"state" varchar(10) DEFAULT 'pending' NOT NULL,
	"message" text,
	"reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_revision" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"action" varchar(10) NOT NULL,
	"actor_id" uuid,
	"actor_label" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"data" jsonb NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_municipality_code_municipality_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipality"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_confirm_token" ADD CONSTRAINT "organisation_confirm_token_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_confirm_token" ADD CONSTRAINT "organisation_confirm_token_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_invitation" ADD CONSTRAINT "organisation_invitation_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_invitation" ADD CONSTRAINT "organisation_invitation_invited_by_app_user_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_logo" ADD CONSTRAINT "organisation_logo_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_member" ADD CONSTRAINT "organisation_member_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_member" ADD CONSTRAINT "organisation_member_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_request" ADD CONSTRAINT "organisation_request_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_request" ADD CONSTRAINT "organisation_request_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_request" ADD CONSTRAINT "organisation_request_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_revision" ADD CONSTRAINT "organisation_revision_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_revision" ADD CONSTRAINT "organisation_revision_actor_id_app_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_business_id_key" ON "organisation" USING btree ("business_id") WHERE "organisation"."business_id" is not null and "organisation"."state" in ('pending', 'published');--> statement-breakpoint
CREATE INDEX "organisation_state_idx" ON "organisation" USING btree ("state","sort_name");--> statement-breakpoint
CREATE INDEX "organisation_updated_idx" ON "organisation" USING btree ("state","updated_at");--> statement-breakpoint
CREATE INDEX "organisation_region_idx" ON "organisation" USING btree ("region_code") WHERE "organisation"."state" = 'published';--> statement-breakpoint
CREATE INDEX "organisation_municipality_idx" ON "organisation" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "organisation_confirmed_idx" ON "organisation" USING btree ("confirmed_at");--> statement-breakpoint
CREATE INDEX "organisation_search_doc_idx" ON "organisation" USING gin ("search_doc");--> statement-breakpoint
CREATE INDEX "organisation_search_names_idx" ON "organisation" USING gin ("search_names" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisation_tags_idx" ON "organisation" USING gin ("actor_types","themes","target_groups","meets");--> statement-breakpoint
CREATE INDEX "organisation_invitation_org_idx" ON "organisation_invitation" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "organisation_member_user_idx" ON "organisation_member" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "organisation_request_state_idx" ON "organisation_request" USING btree ("state","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_request_pending_key" ON "organisation_request" USING btree ("organisation_id","user_id") WHERE "organisation_request"."state" = 'pending';--> statement-breakpoint
CREATE INDEX "organisation_revision_org_idx" ON "organisation_revision" USING btree ("organisation_id","id");