import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** Extensions the schema uses; PGlite ships them as separate bundles that must be loaded. */
export const pgliteExtensions = { btree_gist, pg_trgm };
