import {
  definitionIds,
  facetNames,
  organisationStatuses,
  type searchSorts,
} from '../../../../common/organisation-fields.js';
import { codes } from '../../../../common/organisations.js';

export type SearchSort = (typeof searchSorts)[number];

/** The directory's filters, in the order they appear on the page and in its addresses. */
export const filterKeys = facetNames;
export type FilterKey = (typeof filterKeys)[number];
export type Filters = Record<FilterKey, string[]>;

/** How the results are shown: as a list of organisations, or counted by region on a map. */
export type DirectoryView = 'list' | 'map';

/** Everything a directory search is: shared, bookmarked and restored through the address alone. */
export interface DirectoryState {
  q: string;
  filters: Filters;
  /** Empty: the server's default (relevance when there is text, else by name). */
  sort: SearchSort | '';
  page: number;
  /** Not part of the search the API is asked for: only of the page's address. */
  view?: DirectoryView;
}

/**
 * A limit of a directory that the reader cannot lift: the members of one network (its
 * sub-portal). It goes with every request to the API, never into the page's address, which names
 * the network by itself.
 */
export interface DirectoryScope {
  network: string;
}

/** The scope as query parameters for the API, without the leading "&"; "" for the whole directory. */
export function scopeParamsOf(scope: DirectoryScope | undefined): string {
  return scope ? `network=${encodeURIComponent(scope.network)}` : '';
}

const oneOf = (allowed: readonly string[]) => (value: string) => allowed.includes(value);

/** What the API accepts for each filter; anything else in an address is dropped, not sent on. */
const validValue: Record<FilterKey, (value: string) => boolean> = {
  region: (v) => /^\d{2}$/.test(v),
  municipality: (v) => /^\d{3}$/.test(v),
  actorType: oneOf(codes.actorTypes),
  family: oneOf(codes.families),
  legalForm: oneOf(codes.legalForms),
  tolSection: (v) => /^[A-U]$/.test(v),
  theme: oneOf(codes.themes),
  sdg: (v) => /^([1-9]|1[0-7])$/.test(v),
  targetGroup: oneOf(codes.targetGroups),
  recognition: oneOf(codes.recognitions),
  meets: oneOf(definitionIds),
  partialWorkAbility: (v) => v === 'true',
  status: oneOf(organisationStatuses),
};

const sorts: readonly string[] = ['relevance', 'name', 'updated'] satisfies SearchSort[];
const maxValues = 50;
export const maxQueryLength = 200;
export const pageSize = 20;

export function emptyFilters(): Filters {
  return Object.fromEntries(filterKeys.map((key) => [key, []])) as unknown as Filters;
}

/** Reads the search from an address; values the API would refuse are left out. */
export function parseDirectoryState(params: URLSearchParams): DirectoryState {
  const filters = emptyFilters();
  for (const key of filterKeys) {
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(validValue[key]);
    filters[key] = [...new Set(values)].slice(0, maxValues);
  }
  // A tag (`?tag=circular_economy`, as sub-portals of a theme are linked) is a theme or a target
  // group of the registry's vocabularies, whichever has the code.
  for (const tag of params.getAll('tag').flatMap((v) => v.split(','))) {
    const code = tag.trim();
    const key = validValue.theme(code)
      ? 'theme'
      : validValue.targetGroup(code)
        ? 'targetGroup'
        : null;
    if (key && !filters[key].includes(code) && filters[key].length < maxValues) {
      filters[key].push(code);
    }
  }
  const sort = params.get('sort') ?? '';
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').trim().slice(0, maxQueryLength),
    filters,
    sort: sorts.includes(sort) ? (sort as SearchSort) : '',
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    view: params.get('view') === 'map' ? 'map' : 'list',
  };
}

/**
 * The query string of a search, without the leading "?". Lists are comma-separated with the commas
 * left readable (codes never contain one), empty parts and page 1 are left out.
 */
export function searchParamsOf(
  state: Partial<DirectoryState>,
  options: { page?: boolean } = {},
): string {
  const parts: string[] = [];
  if (state.q) parts.push(`q=${encodeURIComponent(state.q)}`);
  for (const key of filterKeys) {
    const values = state.filters?.[key] ?? [];
    if (values.length > 0) parts.push(`${key}=${values.map(encodeURIComponent).join(',')}`);
  }
  if (state.sort) parts.push(`sort=${state.sort}`);
  if (options.page !== false && state.page && state.page > 1) parts.push(`page=${state.page}`);
  return parts.join('&');
}

/**
 * The address of a search on the directory page: `path?…`, or just `path` when nothing is set.
 * The map view adds `view=map`; the list is the default and needs nothing.
 */
export function directoryHref(path: string, state: Partial<DirectoryState>): string {
  const parts = [searchParamsOf(state), state.view === 'map' ? 'view=map' : ''].filter(Boolean);
  return parts.length > 0 ? `${path}?${parts.join('&')}` : path;
}

/** The search narrowed to one region, shown as a list: where a region on the map leads. */
export function regionListState(state: DirectoryState, region: string): DirectoryState {
  return { ...state, filters: { ...state.filters, region: [region] }, page: 1, view: 'list' };
}

/** A filter value switched on or off; the page goes back to 1, since the result changes. */
export function toggleFilter(
  state: DirectoryState,
  key: FilterKey,
  value: string,
  on: boolean,
): DirectoryState {
  const current = state.filters[key];
  const values = on
    ? current.includes(value)
      ? current
      : [...current, value]
    : current.filter((v) => v !== value);
  return { ...state, filters: { ...state.filters, [key]: values }, page: 1 };
}

/** The same search with one filter left out: what the counts of that filter's options are over. */
export function withoutFilter(state: DirectoryState, key: FilterKey): DirectoryState {
  return { ...state, filters: { ...state.filters, [key]: [] }, page: 1 };
}

export function hasFilters(state: DirectoryState): boolean {
  return filterKeys.some((key) => state.filters[key].length > 0);
}

/** Sorting by relevance needs text to be relevant to; without it the list is by name. */
export function effectiveSort(state: DirectoryState): SearchSort {
  if (state.sort === 'relevance' && !state.q) return 'name';
  return state.sort || (state.q ? 'relevance' : 'name');
}
