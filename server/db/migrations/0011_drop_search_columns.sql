-- The directory search reads names, descriptions and tags into each process's index (server/search);
-- the tsvector and trigram columns it used before are no longer written or read.
DROP INDEX "organisation_search_doc_idx";--> statement-breakpoint
DROP INDEX "organisation_search_names_idx";--> statement-breakpoint
ALTER TABLE "organisation" DROP COLUMN "search_doc";--> statement-breakpoint
ALTER TABLE "organisation" DROP COLUMN "search_names";