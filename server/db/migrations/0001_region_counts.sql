ALTER TABLE "region" ADD COLUMN "municipality_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "region" ADD COLUMN "postal_code_count" integer DEFAULT 0 NOT NULL;