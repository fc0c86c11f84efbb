CREATE TABLE "survey_round_address" (
	"round_id" uuid NOT NULL,
	"address_hash" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_round_address_round_id_address_hash_pk" PRIMARY KEY("round_id","address_hash")
);
--> statement-breakpoint
ALTER TABLE "survey_round_address" ADD CONSTRAINT "survey_round_address_round_id_survey_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."survey_round"("id") ON DELETE cascade ON UPDATE no action;