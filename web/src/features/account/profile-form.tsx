import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { styled } from 'styled-components';
import { Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import type { Lang } from '../../../../common/languages.js';
import type { Me } from '../../../../common/schemas/accounts.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { checkName, collect, type FieldKind, hasErrors } from '../../ui/form/field-errors.js';
import { FormActions, FormColumn } from '../../ui/form/form-layout.js';
import { FormProblems } from '../../ui/form/form-problems.js';
import { LangChoice } from '../../ui/form/lang-choice.js';
import { SubmitButton } from '../../ui/form/submit-button.js';
import { TextField } from '../../ui/form/text-field.js';
import { useFormProblems } from '../../ui/form/use-form-problems.js';
import { Section } from '../../ui/section.js';
import { meKey } from '../auth/api.js';
import { accountApi } from './api.js';

const kinds = { name: 'other' } as const satisfies Record<string, FieldKind>;

const Facts = styled.dl`
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: ${suomifiDesignTokens.spacing.xs} ${suomifiDesignTokens.spacing.l};
  margin: 0 0 ${suomifiDesignTokens.spacing.l};

  & dt {
    font-weight: 600;
  }

  & dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;

/** What was saved meanwhile by someone else, so the reader can compare it with their own edits. */
function LatestSaved({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <Paragraph>
      {t('account.profile.latest', { name: me.name, lang: t(`languageNames.${me.lang}`) })}
    </Paragraph>
  );
}

/** Name and language. A stale version (changed in another tab) gets 409: the reader's edits stay. */
export function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const pageLang = useLang();
  const queryClient = useQueryClient();
  const [name, setName] = useState(me.name);
  const [lang, setLang] = useState<Lang>(me.lang);
  const [saved, setSaved] = useState(false);
  const problems = useFormProblems(kinds);

  const update = useMutation({
    mutationFn: () => accountApi.update(pageLang, { name: name.trim(), lang, version: me.version }),
    onSuccess: (updated) => {
      queryClient.setQueryData(meKey, updated);
      setSaved(true);
    },
    onError: (error) => {
      problems.showServerError(error);
      // Fetch what is saved now; the form keeps what the reader typed, to save again on top of it.
      if (error instanceof ApiError && error.code === 'version_conflict') {
        void queryClient.invalidateQueries({ queryKey: meKey });
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    setSaved(false);
    const errors = collect({ name: checkName(name) });
    if (hasErrors(errors)) return problems.show(errors);
    problems.clear();
    update.mutate();
  };

  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setSaved(false);
      set(value);
    };

  const conflict = problems.error instanceof ApiError && problems.error.code === 'version_conflict';
  return (
    <Section aria-labelledby="profile-heading">
      <Heading variant="h2" id="profile-heading" mb="m">
        {t('account.profile.heading')}
      </Heading>
      <Facts>
        <dt>{t('form.email')}</dt>
        <dd>{me.email}</dd>
        <dt>{t('account.profile.role')}</dt>
        <dd>{t(`roles.${me.role}`)}</dd>
      </Facts>
      <FormColumn noValidate onSubmit={submit}>
        <FormProblems
          attempt={problems.attempt}
          fields={[
            { id: 'profile-name', label: t('form.name'), message: problems.fieldErrors.name },
          ]}
          error={problems.error}
          errorHelp={conflict ? <LatestSaved me={me} /> : undefined}
        />
        <TextField
          id="profile-name"
          label={t('form.name')}
          autoComplete="name"
          value={name}
          onChange={edit(setName)}
          message={problems.fieldErrors.name}
        />
        <LangChoice id="profile-lang" value={lang} onChange={edit(setLang)} />
        <FormActions>
          <SubmitButton busy={update.isPending}>{t('account.profile.submit')}</SubmitButton>
          <div role="status">{saved && <Paragraph>{t('account.profile.saved')}</Paragraph>}</div>
        </FormActions>
      </FormColumn>
    </Section>
  );
}
