import type { ReactNode } from 'react';
import { pagePath } from '../../../common/routes.js';
import { useLang } from '../i18n/use-lang.js';
import { useTranslation } from '../i18n/use-translation.js';
import { Breadcrumbs, type Crumb } from './breadcrumbs.js';
import { PageHeading } from './page-heading.js';
import { PageTitle } from './page-title.js';

interface PageFrameProps {
  title: string;
  /** Crumbs between the front page and this page. */
  parents?: Crumb[];
  children: ReactNode;
}

/** A page below the front page: its title, breadcrumbs and h1, then the content. */
export function PageFrame({ title, parents = [], children }: PageFrameProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <PageTitle page={title} />
      <Breadcrumbs
        items={[{ label: t('nav.home'), to: pagePath('home', lang) }, ...parents, { label: title }]}
      />
      <PageHeading>{title}</PageHeading>
      {children}
    </>
  );
}
