import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'react-router';
import { Button, Checkbox, Heading, Paragraph } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { FocusAlert } from '../../ui/focus-alert.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { Section } from '../../ui/section.js';
import { type AnswerAccess, answerApi } from './api.js';

/**
 * After submission: the answers that differ from the organisation's profile, offered as an update
 * of it. Whoever may edit the profile chooses which to write (one revision); anyone else is told
 * how (a link alone never changes the registry).
 */
export function RegistryOffer({ access }: { access: AnswerAccess }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { pathname, search } = useLocation();
  const queryClient = useQueryClient();
  const key = ['survey-answer', 'registry'];
  const offer = useQuery({
    queryKey: key,
    queryFn: () => answerApi.registryChanges(lang, access),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });
  const [unchecked, setUnchecked] = useState<Set<string>>(new Set());
  const [done, setDone] = useState(false);
  const apply = useMutation({
    mutationFn: (indicators: string[]) =>
      answerApi.applyRegistryChanges(lang, access, indicators, offer.data?.version ?? 0),
    onSuccess: (next) => {
      queryClient.setQueryData(key, next);
      setDone(true);
    },
  });
  if (!offer.data) return null;
  const { changes, mayApply } = offer.data;
  if (changes.length === 0) {
    return done ? (
      <Paragraph role="status" mb="l">
        {t('surveys.registry.updated')}
      </Paragraph>
    ) : null;
  }
  const shown = (value: unknown) =>
    value === null || value === undefined || value === ''
      ? '–'
      : typeof value === 'boolean'
        ? t(value ? 'surveys.registry.yes' : 'surveys.registry.no')
        : Array.isArray(value)
          ? value.join(', ')
          : String(value);
  const chosen = changes.map((c) => c.indicator).filter((i) => !unchecked.has(i));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length > 0 && !apply.isPending) apply.mutate(chosen);
  };
  return (
    <Section aria-labelledby="registry-offer">
      <Heading variant="h2" id="registry-offer">
        {t('surveys.registry.heading')}
      </Heading>
      <Paragraph mb="m">{t('surveys.registry.intro')}</Paragraph>
      {apply.isError && (
        <FocusAlert>
          <FormAlert error={apply.error} />
        </FocusAlert>
      )}
      <form onSubmit={submit} noValidate>
        {changes.map((c) => {
          const label = t('surveys.registry.change', {
            name: c.label[lang],
            before: shown(c.before),
            after: shown(c.after),
          });
          return mayApply ? (
            <Checkbox
              key={c.indicator}
              id={`registry-${c.indicator}`}
              checked={!unchecked.has(c.indicator)}
              onClick={({ checkboxState }) =>
                setUnchecked((current) => {
                  const next = new Set(current);
                  if (checkboxState) next.delete(c.indicator);
                  else next.add(c.indicator);
                  return next;
                })
              }
            >
              {label}
            </Checkbox>
          ) : (
            <Paragraph key={c.indicator} mb="xs">
              {label}
            </Paragraph>
          );
        })}
        {mayApply ? (
          <Button type="submit" mt="m" disabled={chosen.length === 0}>
            {t('surveys.registry.apply')}
          </Button>
        ) : (
          <Paragraph mt="m">
            <AppLink
              to={`${pagePath('login', lang)}?${new URLSearchParams({ next: `${pathname}${search}` })}`}
            >
              {t('surveys.registry.logIn')}
            </AppLink>
          </Paragraph>
        )}
      </form>
    </Section>
  );
}
