import { useQuery } from '@tanstack/react-query';
import { useLocation, useSearchParams } from 'react-router';
import { Paragraph, Table } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { ApiError } from '../../app/api-client.js';
import { useDateTimeFormat, useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { PageFrame } from '../../ui/page-frame.js';
import { PageLinks } from '../../ui/page-links.js';
import { useRegionNames } from '../admin/region-names.js';
import { NoPermission, RequireLogin } from '../auth/require-login.js';
import { unconfirmedQuery } from './api.js';

function UnconfirmedView() {
  const { t } = useTranslation();
  const lang = useLang();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const requested = Number(params.get('page'));
  const page = Number.isInteger(requested) && requested > 1 ? requested : 1;
  const query = useQuery(unconfirmedQuery(lang, page));
  const formatTime = useDateTimeFormat();
  const { nameOf } = useRegionNames();

  if (query.error instanceof ApiError && query.error.status === 403) return <NoPermission />;

  const columns = [
    { key: 'name', labelText: t('moderation.unconfirmed.name') },
    { key: 'region', labelText: t('moderation.unconfirmed.region') },
    { key: 'confirmedAt', labelText: t('moderation.unconfirmed.confirmedAt') },
    { key: 'reminderSentAt', labelText: t('moderation.unconfirmed.reminderSentAt') },
  ] as const;

  return (
    <>
      <Paragraph mb="m">{t('moderation.unconfirmed.intro')}</Paragraph>
      <Paragraph mb="l">
        <AppLink to={pagePath('moderation', lang)}>
          {t('moderation.unconfirmed.toModeration')}
        </AppLink>
      </Paragraph>
      <div role="status">
        {query.isSuccess && (
          <Paragraph mb="m">
            {t('moderation.unconfirmed.count', { count: query.data.total })}
          </Paragraph>
        )}
      </div>
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && (
        <>
          {query.data.items.length === 0 ? (
            <Paragraph mb="l">{t('moderation.unconfirmed.empty')}</Paragraph>
          ) : (
            <Table
              caption={t('moderation.unconfirmed.caption')}
              columns={columns}
              data={query.data.items.map((o) => ({
                id: o.id,
                name: <AppLink to={pagePath('organisation', lang, { id: o.id })}>{o.name}</AppLink>,
                region: o.regionCode ? nameOf(o.regionCode) : t('common.unknown'),
                confirmedAt: formatTime(o.confirmedAt),
                reminderSentAt: o.reminderSentAt
                  ? formatTime(o.reminderSentAt)
                  : t('moderation.unconfirmed.notReminded'),
              }))}
              condensed
              mb="l"
            />
          )}
          <PageLinks
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            hrefFor={(p) => (p > 1 ? `${pathname}?page=${p}` : pathname)}
          />
        </>
      )}
    </>
  );
}

/** Published profiles nobody has confirmed for a year; representatives get e-mail reminders. */
export function UnconfirmedPage() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <PageFrame
      title={t('moderation.unconfirmed.title')}
      parents={[{ label: t('moderation.title'), to: pagePath('moderation', lang) }]}
    >
      <RequireLogin permission="moderate">{() => <UnconfirmedView />}</RequireLogin>
    </PageFrame>
  );
}
