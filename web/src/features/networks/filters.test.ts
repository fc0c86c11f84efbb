import { describe, expect, it } from 'vitest';
import { networkFiltersFrom } from './filters.js';

describe('the network list’s search in the address', () => {
  it('reads the text, the filters, the order and the page', () => {
    const params = new URLSearchParams('q=  sote  &kind=regional&region=06&sort=members&page=3');
    expect(networkFiltersFrom(params)).toEqual({
      q: 'sote',
      kind: 'regional',
      region: '06',
      sort: 'members',
      page: 3,
    });
  });

  it('leaves out what the API would refuse', () => {
    const params = new URLSearchParams(
      `kind=<script>&region=1;drop&sort=random&page=-2&q=${'x'.repeat(300)}`,
    );
    expect(networkFiltersFrom(params)).toEqual({
      q: 'x'.repeat(200),
      kind: '',
      region: '',
      sort: '',
      page: 1,
    });
  });
});
