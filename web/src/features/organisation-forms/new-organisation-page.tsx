import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { z } from 'zod';
import { pagePath } from '../../../../common/routes.js';
import {
  type OrganisationDetail,
  similarOrganisationSchema,
} from '../../../../common/schemas/organisations.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { PageFrame } from '../../ui/page-frame.js';
import { RequireLogin } from '../auth/require-login.js';
import { orgApi, refreshOrganisation } from './api.js';
import { serverProblems } from './field-problems.js';
import { emptyValues, toInput } from './form-values.js';
import { OrganisationForm, useOrganisationForm } from './organisation-form.js';
import { type Candidate, CandidateList, HiddenSimilar, SimilarNames } from './similar-names.js';

const similarDetailsSchema = z.object({
  candidates: z.array(similarOrganisationSchema),
  hidden: z.number().int().default(0),
});
const takenSchema = z.object({ id: z.uuid(), name: z.string() });

/** What the reader sees after sending: published at once (coordinators) or waiting for approval. */
function Created({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const pending = organisation.state === 'pending';
  return (
    <FocusMessage
      heading={
        pending ? t('orgForm.created.pendingHeading') : t('orgForm.created.publishedHeading')
      }
    >
      <Paragraph mb="s">
        {pending
          ? t('orgForm.created.pendingText', { name: organisation.name })
          : t('orgForm.created.publishedText', { name: organisation.name })}
      </Paragraph>
      <Paragraph mb="s">
        <AppLink to={pagePath('organisation', lang, { id: organisation.id })}>
          {t('orgForm.toOrganisation', { name: organisation.name })}
        </AppLink>
      </Paragraph>
      <Paragraph>
        <AppLink to={pagePath('organisationEdit', lang, { id: organisation.id })}>
          {t('orgForm.created.continue')}
        </AppLink>
      </Paragraph>
    </FocusMessage>
  );
}

/** The answer "a similar organisation exists": check them, or say this one is different. */
function SimilarWarning({
  error,
  candidates,
  hidden,
  onDifferent,
  busy,
}: {
  error: ApiError;
  candidates: Candidate[];
  hidden: number;
  onDifferent: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const loading = busy ? { loading: true as const, ariaLoadingText: t('form.sending') } : {};
  return (
    <InlineAlert status="warning" labelText={error.message} mb="l">
      {candidates.length > 0 && <CandidateList items={candidates} />}
      <HiddenSimilar count={hidden} />
      <Paragraph mb="s">{t('orgForm.similar.different')}</Paragraph>
      <Button variant="secondary" onClick={onDifferent} {...loading}>
        {t('orgForm.similar.send')}
      </Button>
    </InlineAlert>
  );
}

function ProposeForm() {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const form = useOrganisationForm(emptyValues);
  const [failure, setFailure] = useState<unknown>(null);
  const [similar, setSimilar] = useState<{ candidates: Candidate[]; hidden: number }>();
  const [created, setCreated] = useState<OrganisationDetail>();

  const create = useMutation({
    mutationFn: (acknowledgeSimilar: boolean) =>
      orgApi.create(lang, { ...toInput(form.values), acknowledgeSimilar }),
    onSuccess: (organisation) => {
      refreshOrganisation(queryClient, organisation.id);
      setCreated(organisation);
    },
    onError: (error) => {
      const found =
        error instanceof ApiError && error.code === 'similar_organisations'
          ? similarDetailsSchema.safeParse(error.details)
          : undefined;
      setSimilar(found?.success ? found.data : undefined);
      const fields = serverProblems(error);
      const taken = error instanceof ApiError && error.code === 'business_id_taken';
      // Field problems speak for themselves; a taken business ID also needs its link.
      setFailure(fields && !taken ? null : error);
      form.show(fields ?? {});
    },
  });

  if (created) return <Created organisation={created} />;

  const submit = () => {
    setFailure(null);
    setSimilar(undefined);
    if (form.check()) create.mutate(false);
  };

  let alert = null;
  if (failure instanceof ApiError && similar) {
    alert = (
      <SimilarWarning
        error={failure}
        candidates={similar.candidates}
        hidden={similar.hidden}
        busy={create.isPending}
        onDifferent={() => create.mutate(true)}
      />
    );
  } else if (failure) {
    const isTaken = failure instanceof ApiError && failure.code === 'business_id_taken';
    const taken = isTaken ? takenSchema.safeParse(failure.details?.organisation) : undefined;
    // Taken by a proposal the reader may not see: no name, no link.
    const takenPending = isTaken && failure.details?.pending === true;
    alert = (
      <FormAlert error={failure}>
        {taken?.success && (
          <Paragraph>
            <AppLink to={pagePath('organisation', lang, { id: taken.data.id })}>
              {t('orgForm.toOrganisation', { name: taken.data.name })}
            </AppLink>{' '}
            {t('orgForm.takenHelp')}
          </Paragraph>
        )}
        {takenPending && <Paragraph>{t('orgForm.takenPending')}</Paragraph>}
      </FormAlert>
    );
  }

  return (
    <>
      <Paragraph mb="l">{t('orgForm.newIntro')}</Paragraph>
      <OrganisationForm
        form={form}
        onSubmit={submit}
        submitText={t('orgForm.submitNew')}
        busy={create.isPending}
        alert={alert}
        nameHint={<SimilarNames name={form.values.name} municipality={form.values.municipality} />}
      />
    </>
  );
}

/** A member proposes an organisation; a coordinator's proposal is published at once. */
export function NewOrganisationPage() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <PageFrame
      title={t('orgForm.newTitle')}
      parents={[{ label: t('nav.organisations'), to: pagePath('organisations', lang) }]}
    >
      <RequireLogin>{() => <ProposeForm />}</RequireLogin>
    </PageFrame>
  );
}
