import { useQuery } from '@tanstack/react-query';
import { styled } from 'styled-components';
import { ExternalLink, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { useDebounced } from '../../ui/use-debounced.js';
import { similarQuery } from './api.js';
import { useMunicipalities } from './reference.js';

const List = styled.ul`
  margin: 0 0 ${suomifiDesignTokens.spacing.m};
  padding-left: ${suomifiDesignTokens.spacing.l};
`;

export interface Candidate {
  id: string;
  name: string;
  /** Municipality code. */
  municipality: string | null;
}

/**
 * Links to organisations that may be the same as the one being written. They open in a new tab,
 * so the form keeps what has been typed.
 */
export function CandidateList({ items }: { items: Candidate[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { items: municipalities } = useMunicipalities();
  const placeOf = (code: string | null) =>
    code ? (municipalities.find((m) => m.code === code)?.name ?? code) : undefined;
  return (
    <List>
      {items.map((c) => (
        <li key={c.id}>
          <ExternalLink
            href={pagePath('organisation', lang, { id: c.id })}
            toNewWindow
            labelNewWindow={t('orgForm.newTab')}
          >
            {c.municipality ? `${c.name} (${placeOf(c.municipality)})` : c.name}
          </ExternalLink>
        </li>
      ))}
    </List>
  );
}

interface SimilarNamesProps {
  name: string;
  municipality: string;
}

/** While the name is typed: organisations already registered with a similar name. */
export function SimilarNames({ name, municipality }: SimilarNamesProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const settled = useDebounced(name.trim(), 600);
  const query = useQuery(similarQuery(lang, settled, municipality));
  const items = settled.length >= 3 ? (query.data?.items ?? []) : [];
  const hidden = settled.length >= 3 ? (query.data?.hidden ?? 0) : 0;
  // A polite status region: the hint is read out when it appears, without taking focus.
  return (
    <div role="status">
      {items.length > 0 && (
        <>
          <Paragraph mb="xs">{t('orgForm.similar.hint', { count: items.length })}</Paragraph>
          <CandidateList items={items} />
        </>
      )}
      <HiddenSimilar count={hidden} />
    </div>
  );
}

/** Similar proposals the reader may not see: only how many, and that a coordinator checks them. */
export function HiddenSimilar({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return <Paragraph mb="s">{t('orgForm.similar.hidden', { count })}</Paragraph>;
}
