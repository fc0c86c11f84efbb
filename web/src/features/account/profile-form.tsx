import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { styled } from 'styled-components';
import { Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import type { Lang } from '../../../../common/languages.js';
import type { Me } from '../../../../common/schemas/accounts.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ApiForm } from '../../ui/form/api-form.js';
import { checkName } from '../../ui/form/field-errors.js';
import { LangChoice } from '../../ui/form/lang-choice.js';
import { TextField } from '../../ui/form/text-field.js';
import { useApiForm } from '../../ui/form/use-api-form.js';
import { Section } from '../../ui/section.js';
import { meKey } from '../auth/api.js';
import { accountApi } from './api.js';

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
  const [lang, setLang] = useState<Lang>(me.lang);
  const [saved, setSaved] = useState(false);
  const form = useApiForm({
    fields: { name: { id: 'profile-name', label: t('form.name'), initial: me.name } },
    check: (v) => ({ name: checkName(v.name) }),
    send: (v) => accountApi.update(pageLang, { name: v.name.trim(), lang, version: me.version }),
    onSubmit: () => setSaved(false),
    onSuccess: (updated) => {
      queryClient.setQueryData(meKey, updated);
      setSaved(true);
    },
    onError: (error) => {
      // Fetch what is saved now; the form keeps what the reader typed, to save again on top of it.
      if (error instanceof ApiError && error.code === 'version_conflict') {
        void queryClient.invalidateQueries({ queryKey: meKey });
      }
    },
  });

  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setSaved(false);
      set(value);
    };
  const name = form.field('name');

  const conflict = form.error instanceof ApiError && form.error.code === 'version_conflict';
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
      <ApiForm
        form={form}
        submitText={t('account.profile.submit')}
        errorHelp={conflict ? <LatestSaved me={me} /> : undefined}
        actions={
          <div role="status">{saved && <Paragraph>{t('account.profile.saved')}</Paragraph>}</div>
        }
      >
        <TextField {...name} autoComplete="name" onChange={edit(name.onChange)} />
        <LangChoice id="profile-lang" value={lang} onChange={edit(setLang)} />
      </ApiForm>
    </Section>
  );
}
