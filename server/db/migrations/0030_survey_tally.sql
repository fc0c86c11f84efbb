CREATE TABLE "survey_round_tally" (
	"round_id" uuid NOT NULL,
	"region_code" varchar(2) DEFAULT '' NOT NULL,
	"family" varchar(12) DEFAULT '' NOT NULL,
	"invited" integer DEFAULT 0 NOT NULL,
	"started" integer DEFAULT 0 NOT NULL,
	"submitted" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "survey_round_tally_round_id_region_code_family_pk" PRIMARY KEY("round_id","region_code","family")
);
--> statement-breakpoint
ALTER TABLE "survey_invitation" ADD COLUMN "region_code" varchar(2);--> statement-breakpoint
ALTER TABLE "survey_invitation" ADD COLUMN "family" varchar(12);--> statement-breakpoint
ALTER TABLE "survey_round_tally" ADD CONSTRAINT "survey_round_tally_round_id_survey_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_round"("id") ON DELETE cascade ON UPDATE no action;