import type { RelationType } from '../../../../common/schemas/relations.js';

/**
 * How a relation reads from one of its organisations: "A funds B" is `funds` on A's page and
 * `fundedBy` on B's. A partnership reads the same from both sides, hence eleven, not twelve.
 * The order is the order of the groups on the page and of the choices in the form.
 */
export const perspectives = [
  'ownedBy',
  'owns',
  'memberOf',
  'hasMember',
  'partnerOf',
  'fundedBy',
  'funds',
  'supportedBy',
  'supports',
  'spunOffFrom',
  'spunOff',
] as const;
export type Perspective = (typeof perspectives)[number];

type Side = 'from' | 'to';

/** Each type read from its `from` side and from its `to` side. */
const perspectiveBySide: Record<RelationType, Record<Side, Perspective>> = {
  owns: { from: 'owns', to: 'ownedBy' },
  member_of: { from: 'memberOf', to: 'hasMember' },
  partner_of: { from: 'partnerOf', to: 'partnerOf' },
  funds: { from: 'funds', to: 'fundedBy' },
  supports: { from: 'supports', to: 'supportedBy' },
  spun_off_from: { from: 'spunOffFrom', to: 'spunOff' },
};

/** The type of each perspective: the table above, turned round. */
const typeOf = Object.fromEntries(
  Object.entries(perspectiveBySide).flatMap(([type, bySide]) =>
    Object.values(bySide).map((perspective) => [perspective, type]),
  ),
) as Record<Perspective, RelationType>;

export function isPerspective(value: string): value is Perspective {
  return (perspectives as readonly string[]).includes(value);
}

interface RelationSides {
  type: RelationType;
  from: { id: string };
  to: { id: string };
}

/** How a relation reads from `organisationId`'s side. */
export function perspectiveOf(relation: RelationSides, organisationId: string): Perspective {
  return perspectiveBySide[relation.type][relation.from.id === organisationId ? 'from' : 'to'];
}

/** The side of a relation that is not `organisationId`. */
export function otherSide<S extends { id: string }>(
  relation: { from: S; to: S },
  organisationId: string,
): S {
  return relation.from.id === organisationId ? relation.to : relation.from;
}

/** The sides and type of a new relation chosen on `thisId`'s page with `otherId` as the other. */
export function sidesOf(perspective: Perspective, thisId: string, otherId: string) {
  const type = typeOf[perspective];
  return perspectiveBySide[type].from === perspective
    ? { type, fromId: thisId, toId: otherId }
    : { type, fromId: otherId, toId: thisId };
}

/** The relations grouped by how they read from `organisationId`'s side, in the page's order. */
export function groupByPerspective<R extends RelationSides>(
  relations: R[],
  organisationId: string,
): { perspective: Perspective; relations: R[] }[] {
  return perspectives
    .map((perspective) => ({
      perspective,
      relations: relations.filter((r) => perspectiveOf(r, organisationId) === perspective),
    }))
    .filter((group) => group.relations.length > 0);
}
