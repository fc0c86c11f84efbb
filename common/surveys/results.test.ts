import { describe, expect, it } from 'vitest';
import { resultsOf } from './results.js';

const definition = {
  elements: [
    { type: 'dropdown', name: 'size', choices: ['small', 'large'] },
    { type: 'text', name: 'people', inputType: 'number' },
    { type: 'comment', name: 'note' },
    { type: 'matrix', name: 'grid', columns: ['a'], rows: ['r'] },
  ],
};

describe('resultsOf', () => {
  it('counts a value no longer offered under its own value, after the offered ones', () => {
    const sum = resultsOf(definition, 'en');
    sum.add({ size: 'small' });
    sum.add({ size: 'medium' });
    sum.add({ size: '' });
    const [size] = sum.result();
    expect(size?.answered).toBe(2);
    expect(size?.choices).toEqual([
      { value: 'small', label: 'small', count: 1 },
      { value: 'large', label: 'large', count: 0 },
      { value: 'medium', label: 'medium', count: 1 },
    ]);
  });

  it('skips what is no number and gives the median of an even count', () => {
    const sum = resultsOf(definition, 'fi');
    sum.add({});
    expect(sum.result()[1]).toMatchObject({ name: 'people', answered: 0, numbers: null });
    for (const n of [4, 1, 10, 3]) sum.add({ people: n });
    sum.add({ people: 'many' });
    expect(sum.result()[1]).toMatchObject({
      answered: 5,
      numbers: { count: 4, mean: 4.5, median: 3.5, min: 1, max: 10 },
    });
  });

  it('keeps as many written answers as asked, in the order given', () => {
    const sum = resultsOf(definition, 'sv', 2);
    for (const note of ['c', 'b', 'a']) sum.add({ note });
    expect(sum.result()[2]).toMatchObject({ answered: 3, texts: ['c', 'b'] });
  });

  it('only counts the answers of other questions', () => {
    const sum = resultsOf(definition, 'en');
    sum.add({ grid: { r: 'a' } });
    expect(sum.result()[3]).toEqual({
      name: 'grid',
      title: 'grid',
      type: 'matrix',
      answered: 1,
      choices: null,
      numbers: null,
      texts: null,
    });
  });
});

describe('resultsOf, answers at the edges', () => {
  it('gives finite figures for numbers near the largest there is', () => {
    const sum = resultsOf(definition, 'en');
    sum.add({ people: 1e308 });
    sum.add({ people: 1e308 });
    expect(sum.result()[1]?.numbers).toEqual({
      count: 2,
      mean: 1e308,
      median: 1e308,
      min: 1e308,
      max: 1e308,
    });
  });

  it('lists every choice in the definition’s order, those shown only for some answers too', () => {
    const sum = resultsOf(
      {
        elements: [
          {
            type: 'radiogroup',
            name: 'pick',
            choicesOrder: 'random',
            choices: [
              { value: 'a', text: 'A' },
              { value: 'b', text: 'B', visibleIf: '{other} = 1' },
              { value: 'c', text: 'C' },
            ],
            showNoneItem: true,
          },
          { type: 'text', name: 'other' },
        ],
      },
      'en',
    );
    sum.add({ pick: 'b', other: 1 });
    sum.add({ pick: 'none' });
    expect(sum.result()[0]?.choices).toEqual([
      { value: 'a', label: 'A', count: 0 },
      { value: 'b', label: 'B', count: 1 },
      { value: 'c', label: 'C', count: 0 },
      { value: 'none', label: 'None', count: 1 },
    ]);
  });
});
