import { describe, expect, it } from 'vitest';
import type { RelationType } from '../../../../common/schemas/relations.js';
import {
  groupByPerspective,
  otherSide,
  perspectiveOf,
  perspectives,
  sidesOf,
} from './perspectives.js';

const a = 'aaaaaaaa-0000-4000-8000-000000000000';
const b = 'bbbbbbbb-0000-4000-8000-000000000000';
const c = 'cccccccc-0000-4000-8000-000000000000';
const relation = (type: RelationType, from: string, to: string) => ({
  type,
  from: { id: from, name: from },
  to: { id: to, name: to },
});

describe('relation perspectives', () => {
  it('reads "A funds B" as funding on A’s side and as funded by on B’s', () => {
    const funds = relation('funds', a, b);
    expect(perspectiveOf(funds, a)).toBe('funds');
    expect(perspectiveOf(funds, b)).toBe('fundedBy');
    expect(otherSide(funds, a).id).toBe(b);
    expect(otherSide(funds, b).id).toBe(a);
  });

  it('reads a partnership the same from both sides', () => {
    const partners = relation('partner_of', a, b);
    expect(perspectiveOf(partners, a)).toBe('partnerOf');
    expect(perspectiveOf(partners, b)).toBe('partnerOf');
  });

  it('turns every choice of the form into a relation that reads back as the same choice', () => {
    for (const perspective of perspectives) {
      const sides = sidesOf(perspective, a, b);
      expect([sides.fromId, sides.toId].sort()).toEqual([a, b]);
      const made = relation(sides.type, sides.fromId, sides.toId);
      expect(perspectiveOf(made, a)).toBe(perspective);
    }
  });

  it('names the chosen organisation as the funder when this one is funded by it', () => {
    expect(sidesOf('fundedBy', a, b)).toEqual({ type: 'funds', fromId: b, toId: a });
    expect(sidesOf('owns', a, b)).toEqual({ type: 'owns', fromId: a, toId: b });
  });

  it('groups the relations in the page’s order and leaves out empty groups', () => {
    const items = [relation('funds', a, b), relation('owns', c, a), relation('funds', c, a)];
    const groups = groupByPerspective(items, a);
    expect(groups.map((g) => [g.perspective, g.relations.length])).toEqual([
      ['ownedBy', 1],
      ['fundedBy', 1],
      ['funds', 1],
    ]);
  });
});
