import { networkKinds, networkSorts } from '../../../../common/network-fields.js';
import { regionCodePattern } from '../../../../common/region-code.js';

/** The network list's search as the URL holds it ("" = no filter, the API's default order). */
export interface NetworkListFilters {
  q: string;
  kind: string;
  region: string;
  sort: string;
  page: number;
}

const oneOf = (value: string | null, allowed: readonly string[]) =>
  value !== null && allowed.includes(value) ? value : '';

/** Reads the search from the address; anything that is not a valid value is left out. */
export function networkFiltersFrom(params: URLSearchParams): NetworkListFilters {
  const page = Number(params.get('page'));
  const region = params.get('region') ?? '';
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    kind: oneOf(params.get('kind'), networkKinds),
    region: regionCodePattern.test(region) ? region : '',
    sort: oneOf(params.get('sort'), networkSorts),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}
