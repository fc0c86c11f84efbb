import { styled } from 'styled-components';
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { ApiError, clientErrorCodes } from '../app/api-client.js';
import { useTranslation } from '../i18n/use-translation.js';

const Code = styled.p`
  margin: 8px 0 0;
  font-size: 14px;
`;

interface ErrorBoxProps {
  error: unknown;
  /** Offered when trying again may help: the network failed or the server had a problem. */
  onRetry?: () => void;
}

function describe(error: unknown) {
  if (!(error instanceof ApiError)) {
    return {
      code: clientErrorCodes.unexpected,
      message: '',
      retryable: true,
      requestId: undefined,
    };
  }
  // A server error names the request in the log; its message asks the reader to give the id to support.
  const requestId = error.details?.requestId;
  return {
    code: error.code,
    message: error.message,
    retryable: error.status === 0 || error.status >= 500,
    requestId: typeof requestId === 'string' ? requestId : undefined,
  };
}

/** Says what went wrong and what to do, with the error code small beneath for support. */
export function ErrorBox({ error, onRetry }: ErrorBoxProps) {
  const { t } = useTranslation();
  const { code, message, retryable, requestId } = describe(error);
  const isNetwork = code === clientErrorCodes.network;
  const happened = message || t(isNetwork ? 'errors.network' : 'errors.unexpected');
  const todo = isNetwork
    ? t('errors.todoNetwork')
    : retryable
      ? t('errors.todoLater')
      : t('errors.todoRequest');

  return (
    <InlineAlert status="error" labelText={happened} role="alert" mb="l">
      <Paragraph>{todo}</Paragraph>
      {retryable && onRetry && (
        <Button variant="secondary" onClick={onRetry} mt="s">
          {t('common.retry')}
        </Button>
      )}
      <Code>
        {t('common.errorCode', { code })}
        {requestId && (
          <>
            <br />
            {t('common.requestId', { id: requestId })}
          </>
        )}
      </Code>
    </InlineAlert>
  );
}
