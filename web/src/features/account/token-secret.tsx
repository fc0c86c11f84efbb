import { useEffect, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { Button, Heading, Paragraph, suomifiDesignTokens, TextInput } from 'suomifi-ui-components';
import { useTranslation } from '../../i18n/use-translation.js';
import { FormActions } from '../../ui/form/form-layout.js';
import type { CreatedToken } from './token-form.js';

const { colors, spacing } = suomifiDesignTokens;

// Set apart from the rest of the page by a thick border and a background, not by colour alone.
const Box = styled.div`
  max-width: 48rem;
  margin-bottom: ${spacing.xl};
  padding: ${spacing.m} ${spacing.l};
  border: 1px solid ${colors.blackBase};
  border-left: 8px solid ${colors.warningBase};
  background: ${colors.warningLight1};
`;

// Takes focus only from script when the box appears.
const BoxHeading = styled(Heading)`
  &:focus {
    outline: none;
  }
`;

// A secret is read and compared character by character: a monospace face helps.
const SecretInput = styled(TextInput)`
  & input {
    font-family: ui-monospace, 'Cascadia Mono', 'Segoe UI Mono', 'DejaVu Sans Mono', monospace;
  }
`;

type CopyState = 'idle' | 'copied' | 'failed';

interface TokenSecretProps {
  created: CreatedToken;
  onDismiss: () => void;
}

/**
 * The secret of a token just created, with a way to copy it, shown only until the reader leaves
 * or dismisses it: the server never gives it again. Takes focus when it appears.
 */
export function TokenSecret({ created, onDismiss }: TokenSecretProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  // Where the clipboard is out of reach (an insecure origin, a refused permission), the secret is
  // selected instead, for the reader to copy with the keyboard.
  const copySecret = async () => {
    // From idle again, so that a second copy is announced again.
    setCopy('idle');
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(created.token);
      setCopy('copied');
    } catch {
      setCopy('failed');
      inputRef.current?.focus();
      inputRef.current?.select();
    }
  };

  return (
    <Box>
      <BoxHeading variant="h3" ref={headingRef} tabIndex={-1} mb="s">
        {t('account.tokens.secretHeading', { name: created.item.name })}
      </BoxHeading>
      <Paragraph mb="m">
        <strong>{t('account.tokens.secretWarning')}</strong>
      </Paragraph>
      <SecretInput
        id="token-secret"
        ref={inputRef}
        labelText={t('account.tokens.secretLabel')}
        value={created.token}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        autoComplete="off"
        spellCheck={false}
        fullWidth
        mb="s"
      />
      <FormActions>
        <Button onClick={() => void copySecret()}>{t('account.tokens.copy')}</Button>
        <Button variant="secondary" onClick={onDismiss}>
          {t('account.tokens.dismiss')}
        </Button>
      </FormActions>
      <div role="status">
        {copy !== 'idle' && (
          <Paragraph mt="s">
            {copy === 'copied' ? t('account.tokens.copied') : t('account.tokens.copyFailed')}
          </Paragraph>
        )}
      </div>
    </Box>
  );
}
