import { useMemo } from 'react';
import {
  type NetworkMemberRole,
  networkMemberRoles,
} from '../../../../../common/network-fields.js';
import { type PartnerRole, partnerRoles } from '../../../../../common/project-fields.js';
import { useTranslation } from '../../../i18n/use-translation.js';
import type { LinkGroup, LinkGroupId, NodeKind } from './graph-model.js';

const isPartnerRole = (role: string): role is PartnerRole =>
  (partnerRoles as readonly string[]).includes(role);
const isMemberRole = (role: string): role is NetworkMemberRole =>
  (networkMemberRoles as readonly string[]).includes(role);

/**
 * The words of the graph and its list in the page language. Roles and relations are worded as on
 * the project, network and organisation pages (`projects.roles`, `networks.roles`,
 * `relations.groups`).
 */
export function useGraphLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      kind: (kind: NodeKind) => t(`regions.ecosystem.graph.kind.${kind}`),
      links: (count: number) => t('regions.ecosystem.graph.links', { count }),
      group: ({ id, links }: LinkGroup): string => {
        switch (id) {
          case 'projects':
          case 'networks':
          case 'members':
            return t(`regions.ecosystem.graph.groups.${id}`);
          case 'partners':
            return t('projects.partnersHeading');
          default:
            return t(`relations.groups.${id}`, { count: links.length });
        }
      },
      /** A partner's or member's role; a role this app does not know yet stands as it came. */
      role: (group: LinkGroupId, role: string): string => {
        if ((group === 'projects' || group === 'partners') && isPartnerRole(role)) {
          return t(`projects.roles.${role}`);
        }
        if ((group === 'networks' || group === 'members') && isMemberRole(role)) {
          return t(`networks.roles.${role}`);
        }
        return role;
      },
    }),
    [t],
  );
}

export type GraphLabels = ReturnType<typeof useGraphLabels>;
