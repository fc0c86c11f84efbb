import { styled } from 'styled-components';
import { Heading, Link, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import type { Ecosystem } from '../../../../../common/schemas/ecosystems.js';
import { useTranslation } from '../../../i18n/use-translation.js';
import { RuledList } from '../../../ui/ruled-list.js';
import type { RegionSectionProps } from '../region-sections.js';
import { WithEcosystem } from './with-ecosystem.js';

const Name = styled.h3`
  margin: 0 0 ${suomifiDesignTokens.spacing.xxs};
  font-size: 18px;
`;

const Line = styled.p`
  margin: 0;
`;

function ContactsOf({ contacts }: { contacts: Ecosystem['contacts'] }) {
  const { t } = useTranslation();
  if (contacts.length === 0) {
    return <Paragraph mb="xxl">{t('regions.ecosystem.contacts.none')}</Paragraph>;
  }
  return (
    <RuledList>
      {contacts.map((c) => (
        <li key={c.email}>
          <Name>{c.name}</Name>
          {c.title && <Line>{c.title}</Line>}
          <Line>
            {t('regions.ecosystem.contacts.email')}:{' '}
            <Link href={`mailto:${c.email}`} underline="initial">
              {c.email}
            </Link>
          </Line>
          {c.phone && (
            <Line>
              {t('regions.ecosystem.contacts.phone')}:{' '}
              <Link href={`tel:${c.phone.replace(/[^+0-9]/g, '')}`} underline="initial">
                {c.phone}
              </Link>
            </Line>
          )}
        </li>
      ))}
    </RuledList>
  );
}

/** The region's coordinators who chose to publish their contact (on the account page). */
export function RegionContacts({ region }: RegionSectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <Heading variant="h2" mb="m">
        {t('regions.ecosystem.contacts.heading')}
      </Heading>
      <WithEcosystem code={region.code}>
        {(ecosystem) => <ContactsOf contacts={ecosystem.contacts} />}
      </WithEcosystem>
    </>
  );
}
