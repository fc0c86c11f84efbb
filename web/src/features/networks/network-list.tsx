import { styled } from 'styled-components';
import { suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { NetworkSummary } from '../../../../common/schemas/networks.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { RuledList } from '../../ui/ruled-list.js';
import { pickUserText } from '../organisations/labels.js';
import { kindAndPlace } from './labels.js';

const { spacing } = suomifiDesignTokens;

const Name = styled.h3`
  margin: 0 0 ${spacing.xxs};
  font-size: 18px;
`;

const Meta = styled.p`
  margin: 0;
`;

/** Networks as a list: the name as a link (a heading), then kind, regions and members. */
export function NetworkList({
  items,
  headingLevel = 3,
}: {
  items: NetworkSummary[];
  /** The level of each network's name: one below the heading the list stands under. */
  headingLevel?: 3 | 4;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <RuledList>
      {items.map((n) => {
        const name = pickUserText(n.name, lang);
        return (
          <li key={n.id}>
            <Name as={headingLevel === 4 ? 'h4' : 'h3'}>
              <AppLink to={pagePath('network', lang, { id: n.id })} lang={name.lang}>
                {name.text}
              </AppLink>
            </Name>
            <Meta>
              {kindAndPlace(n, t, lang)} · {t('networks.memberCount', { count: n.memberCount })}
            </Meta>
          </li>
        );
      })}
    </RuledList>
  );
}
