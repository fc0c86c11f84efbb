import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { pickText } from '../../../../common/languages.js';
import { regionCodePattern } from '../../../../common/region-code.js';
import { pagePath } from '../../../../common/routes.js';
import type { RegionDetail } from '../../../../common/schemas/regions.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { Breadcrumbs, type Crumb } from '../../ui/breadcrumbs.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { KeepFocusHeading } from '../../ui/keep-focus-heading.js';
import { PageHeading } from '../../ui/page-heading.js';
import { PageTitle } from '../../ui/page-title.js';
import { Section } from '../../ui/section.js';
import { NotFoundPage } from '../not-found/not-found-page.js';
import { regionQuery } from './api.js';
import { RegionFacts } from './region-facts.js';
import { regionSections } from './region-sections.js';

function useParentCrumbs(): Crumb[] {
  const { t } = useTranslation();
  const lang = useLang();
  return [
    { label: t('nav.home'), to: pagePath('home', lang) },
    { label: t('regions.list.title'), to: pagePath('regions', lang) },
  ];
}

function RegionView({ region }: { region: RegionDetail }) {
  const lang = useLang();
  const parents = useParentCrumbs();
  const name = pickText(region.name, lang);
  const nameLang = name.lang === lang ? undefined : name.lang;
  return (
    <>
      <PageTitle page={name.text} />
      <Breadcrumbs items={[...parents, { label: name.text, lang: nameLang }]} />
      {/* The graph's view switch changes only the address: focus stays on it. */}
      <KeepFocusHeading lang={nameLang}>{name.text}</KeepFocusHeading>
      <RegionFacts region={region} />
      {regionSections.map(({ id, Component }) => (
        <Section key={id}>
          <Component region={region} />
        </Section>
      ))}
    </>
  );
}

function RegionLoader({ code }: { code: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const parents = useParentCrumbs();
  const query = useQuery(regionQuery(code, lang));

  // Keyed by the region: what a reader did on one region's page (a graph expanded) stays there.
  if (query.isSuccess) return <RegionView key={code} region={query.data} />;
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;

  // Until the name is known, the page is titled by what it is.
  const title = t('regions.detail.fallbackTitle');
  return (
    <>
      <PageTitle page={title} />
      <Breadcrumbs items={parents} />
      {query.isError ? (
        <>
          <PageHeading>{title}</PageHeading>
          <ErrorBox error={query.error} onRetry={() => void query.refetch()} />
        </>
      ) : (
        <DelayedLoading />
      )}
    </>
  );
}

/** One region (maakunta) by its code; a code that is not a region gets the not-found page. */
export function RegionPage() {
  const { code = '' } = useParams();
  // A malformed code cannot be a region: answer at once instead of asking the API.
  if (!regionCodePattern.test(code ?? '')) return <NotFoundPage />;
  return <RegionLoader code={code} />;
}
