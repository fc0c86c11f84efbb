import { styled } from 'styled-components';
import { suomifiDesignTokens } from 'suomifi-ui-components';
import { pickText } from '../../../../common/languages.js';
import { pagePath } from '../../../../common/routes.js';
import type { ProjectSummary } from '../../../../common/schemas/projects.js';
import { useDateFormat, useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { RuledList } from '../../ui/ruled-list.js';
import { displayName } from '../organisations/labels.js';
import { projectText } from './labels.js';

const { spacing } = suomifiDesignTokens;

const Title = styled.h3`
  margin: 0 0 ${spacing.xxs};
  font-size: 18px;
`;

const Meta = styled.p`
  margin: 0;
`;

/** "1.1.2025–31.12.2027", "from 1.1.2025", or nothing. */
export function usePeriod(): (start: string | null, end: string | null) => string {
  const { t } = useTranslation();
  const format = useDateFormat();
  return (start, end) => {
    if (start && end) return t('projects.period', { start: format(start), end: format(end) });
    if (start) return t('projects.periodFrom', { start: format(start) });
    if (end) return t('projects.periodUntil', { end: format(end) });
    return '';
  };
}

/** Projects as a list: the title as a link (a heading), then status, period, lead and regions. */
export function ProjectList({
  items,
  headingLevel = 3,
}: {
  items: ProjectSummary[];
  /** The level of each project's title: one below the heading the list stands under. */
  headingLevel?: 3 | 4;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const period = usePeriod();
  return (
    <RuledList>
      {items.map((p) => {
        const title = projectText(p.title, lang);
        const where = p.national
          ? t('projects.national')
          : p.regions.map((r) => pickText(r.name, lang).text).join(', ');
        const when = period(p.startDate, p.endDate);
        return (
          <li key={p.id}>
            <Title as={headingLevel === 4 ? 'h4' : 'h3'}>
              <AppLink to={pagePath('project', lang, { id: p.id })} lang={title.lang}>
                {title.text}
              </AppLink>
            </Title>
            <Meta>
              {[t(`projects.statuses.${p.status}`), when, where].filter(Boolean).join(' · ')}
            </Meta>
            {p.lead && <Meta>{t('projects.leadLine', { name: displayName(p.lead, lang) })}</Meta>}
          </li>
        );
      })}
    </RuledList>
  );
}
