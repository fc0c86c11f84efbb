-- btree_gist is a trusted extension (PostgreSQL 13+): a database owner may create it. It lets the
-- GiST index below hold the municipality beside the trigrams. PGlite loads it in db/pglite/extensions.ts.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
CREATE INDEX "organisation_similar_name_idx" ON "organisation" USING gist (coalesce("municipality_code", ''),"sort_name" gist_trgm_ops(siglen = 256));