import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Button, FileInput, Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { organisationLimits } from '../../../../common/organisation-fields.js';
import type { OrganisationDetail } from '../../../../common/schemas/organisations.js';
import { useLang } from '../../i18n/use-lang.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { FormActions } from '../../ui/form/form-layout.js';
import { SubmitButton } from '../../ui/form/submit-button.js';
import { UntilReady } from '../../ui/form/until-ready.js';
import { Section } from '../../ui/section.js';
import { orgApi, refreshOrganisation } from './api.js';

const types = ['image/png', 'image/jpeg', 'image/webp'];
const maxKiB = organisationLimits.logoBytes / 1024;

const Logo = styled.img`
  display: block;
  max-width: 12rem;
  max-height: 8rem;
  margin-bottom: ${suomifiDesignTokens.spacing.m};
  border: 1px solid ${suomifiDesignTokens.colors.depthLight1};
`;

/** The file's problem before sending: the server checks again by the file's content. */
function fileProblem(file: File): 'type' | 'size' | undefined {
  if (!types.includes(file.type)) return 'type';
  if (file.size > organisationLimits.logoBytes) return 'size';
  return undefined;
}

/** The logo is not part of the versioned data: changing it never conflicts with the form. */
export function LogoSection({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File>();
  const [problem, setProblem] = useState<'type' | 'size' | 'missing'>();
  const [done, setDone] = useState<'saved' | 'removed'>();
  const [asking, setAsking] = useState(false);

  const upload = useMutation({
    mutationFn: (chosen: File) => orgApi.putLogo(lang, organisation.id, chosen),
    onSuccess: () => {
      refreshOrganisation(queryClient, organisation.id);
      setFile(undefined);
      setDone('saved');
    },
  });
  const remove = useMutation({
    mutationFn: () => orgApi.deleteLogo(lang, organisation.id),
    onSuccess: () => {
      refreshOrganisation(queryClient, organisation.id);
      setAsking(false);
      setDone('removed');
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    upload.reset();
    if (!file) return setProblem('missing');
    const found = fileProblem(file);
    setProblem(found);
    if (!found) upload.mutate(file);
  };

  return (
    <Section aria-labelledby="logo-heading">
      <Heading variant="h2" id="logo-heading" mb="m">
        {t('orgForm.logo.heading')}
      </Heading>
      {organisation.logoUrl ? (
        <Logo src={organisation.logoUrl} alt={t('orgForm.logo.alt', { name: organisation.name })} />
      ) : (
        <Paragraph mb="m">{t('orgForm.logo.none')}</Paragraph>
      )}
      <form noValidate onSubmit={submit}>
        <UntilReady>
          {upload.isError && <FormAlert error={upload.error} />}
          <FileInput
            id="org-logo"
            labelText={t('orgForm.logo.label')}
            hintText={t('orgForm.logo.hint', { max: maxKiB })}
            inputButtonText={t('orgForm.logo.choose')}
            dragAreaText={t('orgForm.logo.drag')}
            removeFileText={t('orgForm.logo.removeFile')}
            addedFileAriaText={t('orgForm.logo.added')}
            accept={types.join(',')}
            value={file ? [{ file }] : []}
            onChange={(files) => {
              setFile(files[0]);
              setProblem(undefined);
              setDone(undefined);
            }}
            status={problem ? 'error' : 'default'}
            statusText={
              problem ? t(`orgForm.logo.problems.${problem}`, { max: maxKiB }) : undefined
            }
            mb="m"
          />
          <FormActions>
            <SubmitButton busy={upload.isPending}>{t('orgForm.logo.save')}</SubmitButton>
            {organisation.logoUrl && (
              <Button variant="secondary" onClick={() => setAsking(true)}>
                {t('orgForm.logo.remove')}
              </Button>
            )}
            <div role="status">{done && <Paragraph>{t(`orgForm.logo.${done}`)}</Paragraph>}</div>
          </FormActions>
        </UntilReady>
      </form>
      <ConfirmModal
        visible={asking}
        title={t('orgForm.logo.confirmTitle')}
        confirmText={t('orgForm.logo.remove')}
        onConfirm={() => remove.mutate()}
        onCancel={() => {
          setAsking(false);
          remove.reset();
        }}
        busy={remove.isPending}
      >
        {remove.isError && <FormAlert error={remove.error} />}
        <Paragraph>{t('orgForm.logo.confirmText', { name: organisation.name })}</Paragraph>
      </ConfirmModal>
    </Section>
  );
}
