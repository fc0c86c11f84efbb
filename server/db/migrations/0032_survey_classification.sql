CREATE TABLE "survey_classification" (
	"response_id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"version" varchar(20) NOT NULL,
	"result" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"previous_version" varchar(20),
	"previous_result" jsonb,
	"changed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "survey_classification" ADD CONSTRAINT "survey_classification_response_id_survey_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_response"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_classification_round_idx" ON "survey_classification" USING btree ("round_id");