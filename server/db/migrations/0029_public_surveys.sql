CREATE TABLE "survey_public_response" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"respondent_hash" text NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"lang" varchar(2) DEFAULT 'fi' NOT NULL,
	"state" varchar(12) DEFAULT 'in_progress' NOT NULL,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "survey_public_response_respondent" UNIQUE("round_id","respondent_hash")
);
--> statement-breakpoint
ALTER TABLE "survey_round" ADD COLUMN "audience" varchar(16) DEFAULT 'organisations' NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_public_response" ADD CONSTRAINT "survey_public_response_round_id_survey_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_round"("id") ON DELETE cascade ON UPDATE no action;