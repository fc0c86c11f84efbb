CREATE TABLE "project_logo" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"content_type" varchar(20) NOT NULL,
	"bytes" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "project" ADD COLUMN "has_logo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "project_logo" ADD CONSTRAINT "project_logo_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;