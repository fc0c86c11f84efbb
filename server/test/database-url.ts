export type DbTemplate =
  | { kind: 'pglite'; file: string }
  | { kind: 'postgresql'; serverUrl: string; name: string };

/** The same server URL pointing at another database. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
