import { describe, expect, it } from 'vitest';
import {
  groupSuggestions,
  type Suggestion,
  suggestionKey,
  suggestionQueryText,
} from './suggestions.js';

describe('suggestionQueryText', () => {
  it('asks nothing for fewer than two characters', () => {
    expect(suggestionQueryText('')).toBeNull();
    expect(suggestionQueryText('k')).toBeNull();
    expect(suggestionQueryText('  k  ')).toBeNull();
  });

  it('asks from two characters on, without the spaces around them', () => {
    expect(suggestionQueryText('ku')).toBe('ku');
    expect(suggestionQueryText('  osuus ')).toBe('osuus');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(suggestionQueryText('😀')).toBeNull();
    expect(suggestionQueryText('åä')).toBe('åä');
  });

  it('folds runs of spaces into one', () => {
    expect(suggestionQueryText('osuuskunta   tuuli')).toBe('osuuskunta tuuli');
  });

  it('cuts the text to what the endpoint accepts', () => {
    const long = `${'a'.repeat(99)} b${'c'.repeat(50)}`;
    expect(suggestionQueryText(long)).toBe('a'.repeat(99));
    expect(suggestionQueryText('x'.repeat(300))).toHaveLength(100);
  });
});

const org = (id: string, label: string): Suggestion => ({ kind: 'organisation', id, label });
const term = (label: string): Suggestion => ({ kind: 'term', label, lang: 'fi' });

describe('groupSuggestions', () => {
  it('puts organisations first and numbers the options in the order they are shown', () => {
    const items = [term('kulttuuri'), org('a', 'Kuopion Kulttuuri'), term('kuntoutus')];
    const { ordered, groups } = groupSuggestions(items);
    expect(ordered.map((s) => s.label)).toEqual(['Kuopion Kulttuuri', 'kulttuuri', 'kuntoutus']);
    expect(groups.map((g) => g.kind)).toEqual(['organisation', 'term']);
    expect(groups[1]?.entries.map((e) => [e.suggestion.label, e.index])).toEqual([
      ['kulttuuri', 1],
      ['kuntoutus', 2],
    ]);
  });

  it('leaves out a kind with nothing to suggest', () => {
    const { groups } = groupSuggestions([term('työllistäminen')]);
    expect(groups).toEqual([
      { kind: 'term', entries: [{ suggestion: term('työllistäminen'), index: 0 }] },
    ]);
    expect(groupSuggestions([])).toEqual({ ordered: [], groups: [] });
  });
});

describe('suggestionKey', () => {
  it('tells an organisation from a term of the same name', () => {
    expect(suggestionKey(org('a', 'Kahvila'))).not.toBe(suggestionKey(term('Kahvila')));
  });
});
