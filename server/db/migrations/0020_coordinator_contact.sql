ALTER TABLE "app_user" ADD COLUMN "contact_public" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "contact_title" text;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "contact_phone" text;