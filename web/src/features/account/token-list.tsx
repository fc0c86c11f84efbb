import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Paragraph, Table } from 'suomifi-ui-components';
import type { ApiToken } from '../../../../common/schemas/accounts.js';
import { ApiError } from '../../app/api-client.js';
import { useDateTimeFormat, useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { accountApi, tokensKey, tokensQuery } from './api.js';
import { tokenStatus } from './token-status.js';

interface TokensTableProps {
  tokens: ApiToken[];
  onRevoke: (token: ApiToken) => void;
}

function TokensTable({ tokens, onRevoke }: TokensTableProps) {
  const { t } = useTranslation();
  const formatDate = useDateTimeFormat();
  const now = Date.now();
  const columns = [
    { key: 'name', labelText: t('account.tokens.name') },
    { key: 'scope', labelText: t('account.tokens.scope') },
    { key: 'createdAt', labelText: t('account.tokens.createdAt') },
    { key: 'expiresAt', labelText: t('account.tokens.expiresAt') },
    { key: 'lastUsedAt', labelText: t('account.tokens.lastUsedAt') },
    { key: 'status', labelText: t('account.tokens.status') },
    { key: 'actions', labelText: t('account.tokens.actions') },
  ] as const;
  const rows = tokens.map((token) => {
    const status = tokenStatus(token, now);
    return {
      id: token.id,
      name: token.name,
      scope: t(`account.tokens.scopes.${token.scope}`),
      createdAt: formatDate(token.createdAt),
      expiresAt: token.expiresAt ? formatDate(token.expiresAt) : t('account.tokens.expiresNever'),
      lastUsedAt: token.lastUsedAt ? formatDate(token.lastUsedAt) : t('account.tokens.notUsed'),
      status:
        status === 'revoked' && token.revokedAt
          ? t('account.tokens.revokedAt', { date: formatDate(token.revokedAt) })
          : t(`account.tokens.${status === 'expired' ? 'expired' : 'active'}`),
      actions:
        status === 'active' ? (
          // The name in the accessible name tells the buttons of the rows apart.
          <Button
            variant="secondary"
            onClick={() => onRevoke(token)}
            aria-label={t('account.tokens.revokeNamed', { name: token.name })}
          >
            {t('account.tokens.revoke')}
          </Button>
        ) : (
          '–'
        ),
    };
  });
  return (
    <Table
      id="tokens-table"
      caption={t('account.tokens.count', { count: tokens.length })}
      columns={columns}
      data={rows}
      condensed
      mb="l"
    />
  );
}

/** The person's tokens, each active one with a way to revoke it after a confirmation. */
export function TokenList() {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const query = useQuery(tokensQuery(lang));
  const [asking, setAsking] = useState<ApiToken>();
  const [revoked, setRevoked] = useState<ApiToken>();

  const revoke = useMutation({
    mutationFn: (token: ApiToken) => accountApi.revokeToken(lang, token.id),
    // The list is fresh before the dialog closes, so focus goes to the message, not to a button
    // that is about to disappear.
    onSuccess: async (_, token) => {
      await queryClient.invalidateQueries({ queryKey: tokensKey });
      setRevoked(token);
      setAsking(undefined);
    },
    onError: (error) => {
      // Revoked meanwhile, e.g. in another tab: the list shows how things are now.
      if (error instanceof ApiError && error.status === 404) {
        void queryClient.invalidateQueries({ queryKey: tokensKey });
      }
    },
  });

  const cancel = () => {
    setAsking(undefined);
    revoke.reset();
  };

  return (
    <>
      {revoked && (
        <FocusMessage
          key={revoked.id}
          heading={t('account.tokens.revokedMessage', { name: revoked.name })}
        />
      )}
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess &&
        (query.data.items.length > 0 ? (
          <TokensTable
            tokens={query.data.items}
            onRevoke={(token) => {
              revoke.reset();
              setAsking(token);
            }}
          />
        ) : (
          <Paragraph mb="l">{t('account.tokens.empty')}</Paragraph>
        ))}
      <ConfirmModal
        visible={asking !== undefined}
        title={t('account.tokens.confirmTitle')}
        confirmText={t('account.tokens.confirm')}
        busy={revoke.isPending}
        onConfirm={() => {
          if (asking && !revoke.isPending) revoke.mutate(asking);
        }}
        onCancel={cancel}
      >
        {revoke.isError && <FormAlert error={revoke.error} />}
        <Paragraph>{t('account.tokens.confirmText', { name: asking?.name ?? '' })}</Paragraph>
      </ConfirmModal>
    </>
  );
}
