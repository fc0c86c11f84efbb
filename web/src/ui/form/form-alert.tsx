import type { ReactNode } from 'react';
import { styled } from 'styled-components';
import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import { ApiError, clientErrorCodes } from '../../app/api-client.js';
import { useTranslation } from '../../i18n/use-translation.js';

const Code = styled.p`
  margin: 8px 0 0;
  font-size: 14px;
`;

/** When trying again makes sense, from the server's Retry-After; long waits in minutes. */
function RetryAfter({ seconds }: { seconds: number }) {
  const { t } = useTranslation();
  return (
    <Paragraph>
      {seconds < 90
        ? t('form.retryAfterSeconds', { count: seconds })
        : t('form.retryAfterMinutes', { count: Math.ceil(seconds / 60) })}
    </Paragraph>
  );
}

interface FormAlertProps {
  error: unknown;
  /** What the reader can do next, e.g. a link to ask for a new e-mail link. */
  children?: ReactNode;
}

/**
 * An error about a whole form, in the server's words. The error code is shown only when something
 * failed on the way or on the server, where support needs it; "wrong password" needs no code.
 */
export function FormAlert({ error, children }: FormAlertProps) {
  const { t } = useTranslation();
  const api = error instanceof ApiError ? error : undefined;
  const code = api?.code ?? clientErrorCodes.unexpected;
  const isNetwork = code === clientErrorCodes.network;
  const message = api?.message || t(isNetwork ? 'errors.network' : 'errors.unexpected');
  const showCode = !api || api.status === 0 || api.status >= 500 || !api.message;
  const requestId = api?.details?.requestId;

  return (
    <InlineAlert status="error" labelText={message} mb="l">
      {api?.retryAfter !== undefined && <RetryAfter seconds={api.retryAfter} />}
      {showCode && (
        <Paragraph>{isNetwork ? t('errors.todoNetwork') : t('errors.todoLater')}</Paragraph>
      )}
      {children}
      {showCode && (
        <Code>
          {t('common.errorCode', { code })}
          {typeof requestId === 'string' && (
            <>
              <br />
              {t('common.requestId', { id: requestId })}
            </>
          )}
        </Code>
      )}
    </InlineAlert>
  );
}
