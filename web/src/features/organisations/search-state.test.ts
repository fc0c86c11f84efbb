import { describe, expect, it } from 'vitest';
import {
  directoryHref,
  effectiveSort,
  parseDirectoryState,
  regionListState,
  searchParamsOf,
  toggleFilter,
  withoutFilter,
} from './search-state.js';

const parse = (search: string) => parseDirectoryState(new URLSearchParams(search));

describe('the directory search in the address', () => {
  it('reads text, comma-separated and repeated filters, sort and page', () => {
    const state = parse('q=tuulikello&region=01,02&region=06&theme=culture&sort=name&page=3');
    expect(state.q).toBe('tuulikello');
    expect(state.filters.region).toEqual(['01', '02', '06']);
    expect(state.filters.theme).toEqual(['culture']);
    expect(state.sort).toBe('name');
    expect(state.page).toBe(3);
  });

  it('drops values the API would refuse instead of sending them on', () => {
    const state = parse(
      'region=1,abc,01&sdg=0,18,17&meets=nope,esem&partialWorkAbility=yes&sort=x',
    );
    expect(state.filters.region).toEqual(['01']);
    expect(state.filters.sdg).toEqual(['17']);
    expect(state.filters.meets).toEqual(['esem']);
    expect(state.filters.partialWorkAbility).toEqual([]);
    expect(state.sort).toBe('');
  });

  it('reads a tag as the theme or target group that has the code, and drops unknown tags', () => {
    const state = parse('tag=circular_economy,young_people&tag=%3Cscript%3E&theme=culture');
    expect(state.filters.theme).toEqual(['culture', 'circular_economy']);
    expect(state.filters.targetGroup).toEqual(['young_people']);
    // Written back as the filters they are.
    expect(searchParamsOf(state)).toBe('theme=culture,circular_economy&targetGroup=young_people');
  });

  it('takes page 1 for a page that is not a whole number from 1 up', () => {
    for (const page of ['0', '-2', '1.5', 'two', '']) expect(parse(`page=${page}`).page).toBe(1);
  });

  it('writes the same search back with readable commas, leaving out empty parts and page 1', () => {
    const state = parse('region=02,01&q=k%C3%A4si%20ty%C3%B6&page=1');
    expect(searchParamsOf(state)).toBe('q=k%C3%A4si%20ty%C3%B6&region=02,01');
    expect(directoryHref('/fi/organisaatiot', parse(''))).toBe('/fi/organisaatiot');
  });

  it('keeps the map view in the address but not in the search sent to the API', () => {
    const state = parse('q=kahvila&region=01&view=map');
    expect(state.view).toBe('map');
    expect(searchParamsOf(state)).toBe('q=kahvila&region=01');
    expect(directoryHref('/fi/organisaatiot', state)).toBe(
      '/fi/organisaatiot?q=kahvila&region=01&view=map',
    );
    expect(directoryHref('/fi/organisaatiot', { view: 'map' })).toBe('/fi/organisaatiot?view=map');
    expect(parse('view=globe').view).toBe('list');
    expect(directoryHref('/fi/organisaatiot', parse('view=list'))).toBe('/fi/organisaatiot');
  });

  it('leads from a region on the map to the list of that region, other choices kept', () => {
    const next = regionListState(parse('q=kahvila&region=01,02&theme=food&view=map&page=3'), '06');
    expect(directoryHref('/fi/organisaatiot', next)).toBe(
      '/fi/organisaatiot?q=kahvila&region=06&theme=food',
    );
  });

  it('goes back to page 1 when a filter changes', () => {
    const state = parse('region=01&page=4');
    const added = toggleFilter(state, 'region', '02', true);
    expect(added.filters.region).toEqual(['01', '02']);
    expect(added.page).toBe(1);
    expect(toggleFilter(added, 'region', '01', false).filters.region).toEqual(['02']);
    expect(withoutFilter(added, 'region').filters.region).toEqual([]);
  });

  it('sorts by relevance only when there is text to be relevant to', () => {
    expect(effectiveSort(parse('q=osuuskunta'))).toBe('relevance');
    expect(effectiveSort(parse(''))).toBe('name');
    expect(effectiveSort(parse('sort=relevance'))).toBe('name');
    expect(effectiveSort(parse('q=a&sort=updated'))).toBe('updated');
  });
});
