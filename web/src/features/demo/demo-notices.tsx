import { useQuery } from '@tanstack/react-query';
import { Trans } from 'react-i18next';
import { styled } from 'styled-components';
import { InlineAlert, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { Container } from '../../app/container.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { demoStatusQuery } from './api.js';

/** The command that removes demo data (not translated: it is typed as it is). */
export const demoUnloadCommand = 'npm run demo:unload';

const Bar = styled.aside`
  padding-top: ${suomifiDesignTokens.spacing.s};
`;

// One short paragraph (label and text on the same lines), in the small text size, keeps the notice
// to a few lines on a phone, also in a wider fallback font.
const Text = styled(Paragraph)`
  && {
    ${suomifiDesignTokens.typography.bodyTextSmall}
  }
`;

const Label = styled.strong`
  font-weight: 600;
`;

const Command = styled.code`
  white-space: nowrap;
`;

/** On every page while the service holds demo data: what it is and how it goes away. */
export function DemoBanner() {
  const { t } = useTranslation();
  const lang = useLang();
  const { data } = useQuery(demoStatusQuery(lang));
  if (!data?.present) return null;
  return (
    <Bar aria-label={t('demo.label')}>
      <Container>
        <InlineAlert status="warning" smallScreen>
          <Text>
            <Label>{t('demo.label')}:</Label>{' '}
            <Trans
              i18nKey="demo.banner"
              values={{ command: demoUnloadCommand }}
              components={[<Command key="command" />]}
            />
          </Text>
        </InlineAlert>
      </Container>
    </Bar>
  );
}

/** On a demo organisation's own page: it is made up. */
export function DemoOrganisationNotice() {
  const { t } = useTranslation();
  return (
    <InlineAlert status="neutral" labelText={t('demo.organisation.heading')} mb="l">
      <Paragraph>{t('demo.organisation.text')}</Paragraph>
    </InlineAlert>
  );
}
