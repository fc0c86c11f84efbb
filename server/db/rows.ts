/** Rows of a raw `db.execute` query (both drivers answer with `rows`). */
export const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
