import type { Caller } from '../accounts/policy.js';
import { canModerate } from '../organisations/policy.js';

/**
 * Who may do what with a relation between two organisations. A person acts for an organisation
 * when they represent it (owner or editor) or moderate its region. Either side may state a
 * relation, change its dates or remove it; it is public once both sides agree, which is at once
 * when the person acts for both (a national coordinator, say), and otherwise when someone acting
 * for the other side confirms it.
 */
export interface RelationSide {
  regionCode: string | null;
  /** The caller represents this organisation. */
  represented: boolean;
}

export function actsFor(caller: Caller | null, side: RelationSide): boolean {
  if (!caller) return false;
  return side.represented || canModerate(caller, side.regionCode);
}

export type Proposer = 'from' | 'to' | 'both';

/** Whose side a new relation comes from, or null when the caller acts for neither. */
export function proposerOf(caller: Caller, from: RelationSide, to: RelationSide): Proposer | null {
  const f = actsFor(caller, from);
  const t = actsFor(caller, to);
  return f && t ? 'both' : f ? 'from' : t ? 'to' : null;
}

export function canEdit(caller: Caller | null, from: RelationSide, to: RelationSide): boolean {
  return actsFor(caller, from) || actsFor(caller, to);
}

/** Agreeing for the side that has not yet agreed. */
export function canConfirm(
  caller: Caller | null,
  r: { state: string; proposedBy: string },
  from: RelationSide,
  to: RelationSide,
): boolean {
  if (r.state !== 'proposed') return false;
  return r.proposedBy === 'from' ? actsFor(caller, to) : actsFor(caller, from);
}
