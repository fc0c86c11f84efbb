import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { suomifiDesignTokens } from 'suomifi-ui-components';
import { Container } from './container.js';

const { colors, spacing } = suomifiDesignTokens;

const Footer = styled.footer`
  margin-top: ${spacing.xxxl};
  padding: ${spacing.xl} 0;
  border-top: 1px solid ${colors.depthLight1};
  background: ${colors.depthLight3};
`;

const Name = styled.p`
  margin: 0 0 ${spacing.xs};
  font-size: 22px;
  font-weight: 600;
  color: ${colors.brandBase};
`;

const Text = styled.p`
  margin: 0;
  max-width: 60ch;
`;

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <Footer>
      <Container>
        <Name>{t('app.serviceName')}</Name>
        <Text>{t('app.footer')}</Text>
      </Container>
    </Footer>
  );
}
