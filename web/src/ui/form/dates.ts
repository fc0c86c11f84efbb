// Dates as people type them in the forms (31.12.2026) and as the API takes them (2026-12-31).

/** ISO date → d.M.yyyy, the format the date fields use. */
export function displayDate(iso: string | null): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])}.${Number(m[2])}.${m[1]}` : iso;
}

/** d.M.yyyy → ISO date; anything else is returned as typed, for the check to reject. */
export function isoDate(typed: string): string | null {
  const value = typed.trim();
  if (!value) return null;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (!m) return value;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return value;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
