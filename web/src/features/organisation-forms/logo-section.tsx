import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { styled } from 'styled-components';
import { Button, FileInput, Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import type { Lang } from '../../../../common/languages.js';
import { organisationLimits } from '../../../../common/organisation-fields.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { FormActions } from '../../ui/form/form-layout.js';
import { SubmitButton } from '../../ui/form/submit-button.js';
import { UntilReady } from '../../ui/form/until-ready.js';
import { Section } from '../../ui/section.js';

const types = ['image/png', 'image/jpeg', 'image/webp'];
/** Most kilobytes a logo may have (server/images/logo.ts checks it again). */
export const logoMaxKiB = organisationLimits.logoBytes / 1024;
const maxKiB = logoMaxKiB;

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

interface LogoSectionProps {
  /** The record's name, for the image's text alternative. */
  name: string;
  logoUrl: string | null;
  /** The texts that name the record: no logo yet, where the logo shows, removing it. */
  texts: { none: string; hint: string; confirmText: string };
  put: (lang: Lang, file: File) => Promise<void>;
  remove: (lang: Lang) => Promise<void>;
  /** The record changed (read it again). */
  onChanged: () => void;
}

/**
 * A record's logo (an organisation's, a project's; members' pages only, its texts are theirs): not part of the versioned data, so changing it
 * never conflicts with the edit form beside it.
 */
export function LogoSection({
  name,
  logoUrl,
  texts,
  put,
  remove: removeLogo,
  onChanged,
}: LogoSectionProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [file, setFile] = useState<File>();
  const [problem, setProblem] = useState<'type' | 'size' | 'missing'>();
  const [done, setDone] = useState<'saved' | 'removed'>();
  const [asking, setAsking] = useState(false);

  const upload = useMutation({
    mutationFn: (chosen: File) => put(lang, chosen),
    onSuccess: () => {
      onChanged();
      setFile(undefined);
      setDone('saved');
    },
  });
  const remove = useMutation({
    mutationFn: () => removeLogo(lang),
    onSuccess: () => {
      onChanged();
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
      {logoUrl ? (
        <Logo src={logoUrl} alt={t('orgForm.logo.alt', { name })} />
      ) : (
        <Paragraph mb="m">{texts.none}</Paragraph>
      )}
      <form noValidate onSubmit={submit}>
        <UntilReady>
          {upload.isError && <FormAlert error={upload.error} />}
          <FileInput
            id="logo-file"
            labelText={t('orgForm.logo.label')}
            hintText={texts.hint}
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
            {logoUrl && (
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
        <Paragraph>{texts.confirmText}</Paragraph>
      </ConfirmModal>
    </Section>
  );
}
