import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  Button,
  Heading,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  TextInput,
} from 'suomifi-ui-components';
import type {
  OrganisationDetail,
  OrganisationSummary,
} from '../../../../common/schemas/organisations.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { FormActions, FormColumn } from '../../ui/form/form-layout.js';
import { Section } from '../../ui/section.js';
import { useHydrated } from '../../ui/use-hydrated.js';
import { orgApi, refreshOrganisation, searchQuery } from './api.js';

interface MergeSectionProps {
  organisation: OrganisationDetail;
  /** The survivor after the merge: its version changed, so the edit form must build on it. */
  onMerged: (survivor: OrganisationDetail) => void;
}

function describe(o: OrganisationSummary, lang: 'fi' | 'sv' | 'en') {
  const place = o.municipality?.name[lang] ?? o.municipality?.name.fi;
  return [o.name, o.businessId, place].filter(Boolean).join(', ');
}

/** Coordinators fold a duplicate profile into this one, after finding it by name and confirming. */
export function MergeSection({ organisation, onMerged }: MergeSectionProps) {
  const hydrated = useHydrated();
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [chosenId, setChosenId] = useState('');
  const [asking, setAsking] = useState(false);
  const [merged, setMerged] = useState<string>();
  const results = useQuery(searchQuery(lang, q));
  const candidates = (results.data?.items ?? []).filter((o) => o.id !== organisation.id);
  const chosen = candidates.find((o) => o.id === chosenId);

  const merge = useMutation({
    mutationFn: (duplicate: OrganisationSummary) =>
      orgApi.merge(lang, organisation.id, duplicate.id),
    onSuccess: (survivor, duplicate) => {
      refreshOrganisation(queryClient, organisation.id);
      void queryClient.invalidateQueries({ queryKey: ['organisation', duplicate.id] });
      void queryClient.invalidateQueries({ queryKey: ['organisations-merge-search'] });
      setAsking(false);
      setChosenId('');
      setMerged(duplicate.name);
      onMerged(survivor);
    },
  });

  const search = (event: FormEvent) => {
    event.preventDefault();
    setMerged(undefined);
    setChosenId('');
    setQ(typed.trim());
  };

  return (
    <Section aria-labelledby="merge-heading">
      <Heading variant="h2" id="merge-heading" mb="m">
        {t('orgForm.merge.heading')}
      </Heading>
      <Paragraph mb="m">{t('orgForm.merge.intro')}</Paragraph>
      {merged && <FocusMessage heading={t('orgForm.merge.done', { name: merged })} />}
      <FormColumn noValidate onSubmit={search}>
        <TextInput
          id="merge-q"
          labelText={t('orgForm.merge.search')}
          hintText={t('orgForm.merge.searchHint')}
          value={typed}
          onChange={(value) => setTyped(String(value ?? ''))}
          fullWidth
          mb="m"
        />
        <FormActions>
          <Button type="submit" variant="secondary" disabled={!hydrated}>
            {t('orgForm.merge.find')}
          </Button>
        </FormActions>
      </FormColumn>
      <div role="status">
        {results.isSuccess && q && (
          <Paragraph mt="m">{t('orgForm.merge.found', { count: candidates.length })}</Paragraph>
        )}
      </div>
      {results.isFetching && <DelayedLoading />}
      {results.isError && <ErrorBox error={results.error} onRetry={() => void results.refetch()} />}
      {candidates.length > 0 && (
        <>
          <RadioButtonGroup
            name="merge-duplicate"
            labelText={t('orgForm.merge.choose')}
            value={chosenId}
            onChange={setChosenId}
            mt="m"
            mb="m"
          >
            {candidates.map((o) => (
              <RadioButton key={o.id} value={o.id}>
                {describe(o, lang)}
              </RadioButton>
            ))}
          </RadioButtonGroup>
          <Button disabled={!chosen} onClick={() => setAsking(true)}>
            {t('orgForm.merge.submit')}
          </Button>
        </>
      )}
      <ConfirmModal
        visible={asking && Boolean(chosen)}
        title={t('orgForm.merge.confirmTitle', { name: chosen?.name ?? '' })}
        confirmText={t('orgForm.merge.confirm')}
        busy={merge.isPending}
        onConfirm={() => chosen && merge.mutate(chosen)}
        onCancel={() => {
          setAsking(false);
          merge.reset();
        }}
      >
        {merge.isError && <FormAlert error={merge.error} />}
        <Paragraph>
          {t('orgForm.merge.confirmText', {
            duplicate: chosen?.name ?? '',
            survivor: organisation.name,
          })}
        </Paragraph>
      </ConfirmModal>
    </Section>
  );
}
