import { useRef, useState } from 'react';
import { styled } from 'styled-components';
import { Heading, Link, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { useTranslation } from '../../i18n/use-translation.js';
import { Section } from '../../ui/section.js';
import { type CreatedToken, TokenForm } from './token-form.js';
import { TokenList } from './token-list.js';
import { TokenSecret } from './token-secret.js';

/** The browsable description of the API, served by the API itself (Swagger UI, in English). */
const apiDocsPath = '/api/docs';

// Takes focus only from script, after the new token's secret is dismissed.
const SectionHeading = styled(Heading)`
  &:focus {
    outline: none;
  }
`;

const Example = styled.code`
  display: block;
  max-width: 48rem;
  margin: 0 0 ${suomifiDesignTokens.spacing.m};
  padding: ${suomifiDesignTokens.spacing.s};
  overflow-wrap: anywhere;
  background: ${suomifiDesignTokens.colors.depthLight3};
  border: 1px solid ${suomifiDesignTokens.colors.depthLight1};
`;

/** Personal API tokens: what they are for, the person's tokens, and making a new one. */
export function TokensSection() {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The secret lives only here, in memory: leaving the page or dismissing it forgets it for good.
  const [created, setCreated] = useState<CreatedToken>();

  const dismiss = () => {
    setCreated(undefined);
    headingRef.current?.focus();
  };

  return (
    <Section aria-labelledby="tokens-heading">
      <SectionHeading variant="h2" id="tokens-heading" ref={headingRef} tabIndex={-1} mb="s">
        {t('account.tokens.heading')}
      </SectionHeading>
      <Paragraph mb="s">{t('account.tokens.intro')}</Paragraph>
      <Paragraph mb="xs">{t('account.tokens.howTo')}</Paragraph>
      <Example>Authorization: Bearer kudos_pat_…</Example>
      <Paragraph mb="s">{t('account.tokens.keepSecret')}</Paragraph>
      <Paragraph mb="l">
        <Link href={apiDocsPath} underline="initial">
          {t('account.tokens.docs')}
        </Link>
      </Paragraph>
      {created && <TokenSecret key={created.item.id} created={created} onDismiss={dismiss} />}
      <TokenList />
      <TokenForm onCreated={setCreated} />
    </Section>
  );
}
