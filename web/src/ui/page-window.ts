/** The page numbers to show: the first, the last and two either side of the current page. */
export function pageWindow(page: number, lastPage: number): (number | 'gap')[] {
  const shown = new Set([1, lastPage]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= lastPage) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => {
    const previous = sorted[i - 1];
    return previous !== undefined && p - previous > 1 ? ['gap' as const, p] : [p];
  });
}
