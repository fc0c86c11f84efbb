import { useId, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { Button, Link, Paragraph, suomifiDesignTokens, Textarea } from 'suomifi-ui-components';
import { useTranslation } from '../../i18n/use-translation.js';
import { embedAddress, iframeCode } from './embed-code.js';

const { colors, spacing } = suomifiDesignTokens;

const Panel = styled.div`
  max-width: 44rem;
  margin: ${spacing.m} 0 ${spacing.xl};
  padding: ${spacing.m};
  border: 1px solid ${colors.depthLight1};
  background: ${colors.depthLight3};

  & textarea {
    font-family: monospace;
    font-size: 14px;
  }
`;

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${spacing.s} ${spacing.m};
  margin-bottom: ${spacing.l};
`;

const Address = styled.p`
  margin: 0 0 ${spacing.s};
  overflow-wrap: anywhere;
`;

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * A button that copies a text, and says (in a status region) whether it did. Where the browser
 * refuses, the reader is told to copy it by hand and the text is selected for them.
 */
function CopyButton({ text, label, select }: { text: string; label: string; select: () => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      select();
      setState('failed');
    }
  };
  return (
    <Row>
      <Button variant="secondary" onClick={() => void copy()}>
        {label}
      </Button>
      <span role="status">
        {state === 'copied' && t('networks.embed.copied')}
        {state === 'failed' && t('networks.embed.copyFailed')}
      </span>
    </Row>
  );
}

interface EmbedSnippetProps {
  /** The embed page's path and query on this site. */
  path: string;
  /** The frame's title, which names it for screen readers on the other site. */
  frameTitle: string;
  buttonText: string;
  intro: string;
}

/**
 * "Embed": a button that shows, below it, the HTML code that puts an embed page on another site
 * and the page's plain address, each with a copy button. The code is made when shown, from the
 * address the reader is at, so it names this installation of Kudos.
 */
export function EmbedSnippet({ path, frameTitle, buttonText, intro }: EmbedSnippetProps) {
  const { t } = useTranslation();
  const panelId = useId();
  const codeId = useId();
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const addressRef = useRef<HTMLParagraphElement>(null);
  const [open, setOpen] = useState(false);
  const address = open ? embedAddress(path, window.location.origin) : '';
  const code = iframeCode(address, t('app.pageTitle', { page: frameTitle }));
  return (
    <>
      <Button
        variant="secondary"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        {buttonText}
      </Button>
      {open && (
        <Panel id={panelId}>
          <Paragraph mb="m">{intro}</Paragraph>
          <Textarea
            id={codeId}
            ref={codeRef}
            labelText={t('networks.embed.codeLabel')}
            hintText={t('networks.embed.codeHint')}
            value={code}
            readOnly
            rows={4}
            resize="vertical"
            fullWidth
            mb="s"
          />
          <CopyButton
            text={code}
            label={t('networks.embed.copyCode')}
            select={() => codeRef.current?.select()}
          />
          <Paragraph mb="xs">{t('networks.embed.linkLabel')}</Paragraph>
          <Address ref={addressRef}>
            <Link href={address} underline="initial">
              {address}
            </Link>
          </Address>
          <CopyButton
            text={address}
            label={t('networks.embed.copyLink')}
            select={() => {
              if (addressRef.current) window.getSelection()?.selectAllChildren(addressRef.current);
            }}
          />
        </Panel>
      )}
    </>
  );
}
