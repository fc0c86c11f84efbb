CREATE TABLE "survey_link" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"invitation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "survey_invitation" DROP CONSTRAINT "survey_invitation_token_hash_unique";--> statement-breakpoint
ALTER TABLE "survey_link" ADD CONSTRAINT "survey_link_invitation_id_survey_invitation_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."survey_invitation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_link_invitation_idx" ON "survey_link" USING btree ("invitation_id");--> statement-breakpoint
-- The first link of each invitation made before reminders had links of their own.
INSERT INTO "survey_link" ("token_hash", "invitation_id", "created_at")
  SELECT "token_hash", "id", "created_at" FROM "survey_invitation";--> statement-breakpoint
ALTER TABLE "survey_invitation" DROP COLUMN "token_hash";