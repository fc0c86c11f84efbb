import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Checkbox, Heading, Paragraph } from 'suomifi-ui-components';
import type { Me } from '../../../../common/schemas/accounts.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ApiForm } from '../../ui/form/api-form.js';
import { checkPhone } from '../../ui/form/field-errors.js';
import { TextField } from '../../ui/form/text-field.js';
import { useApiForm } from '../../ui/form/use-api-form.js';
import { Section } from '../../ui/section.js';
import { meKey } from '../auth/api.js';
import { accountApi } from './api.js';

/**
 * A coordinator's choice to be a contact on their regions' ecosystem pages: the account's name and
 * e-mail address with a title and a phone number, shown only when chosen (nothing by default).
 */
export function ContactForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const [publish, setPublish] = useState(me.contact.public);
  const [saved, setSaved] = useState(false);
  const form = useApiForm({
    fields: {
      'contact.title': {
        id: 'contact-title',
        label: t('account.contact.title'),
        initial: me.contact.title ?? '',
      },
      'contact.phone': {
        id: 'contact-phone',
        label: t('account.contact.phone'),
        initial: me.contact.phone ?? '',
      },
    },
    check: (v) => ({ 'contact.phone': checkPhone(v['contact.phone']) }),
    send: (v) =>
      accountApi.update(lang, {
        contact: {
          public: publish,
          title: v['contact.title'].trim() || null,
          phone: v['contact.phone'].trim() || null,
        },
        version: me.version,
      }),
    onSubmit: () => setSaved(false),
    onSuccess: (updated) => {
      queryClient.setQueryData(meKey, updated);
      setSaved(true);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        void queryClient.invalidateQueries({ queryKey: meKey });
      }
    },
  });
  const title = form.field('contact.title');
  const phone = form.field('contact.phone');
  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setSaved(false);
      set(value);
    };
  return (
    <Section aria-labelledby="contact-heading">
      <Heading variant="h2" id="contact-heading" mb="m">
        {t('account.contact.heading')}
      </Heading>
      <Paragraph mb="m">{t('account.contact.intro', { email: me.email })}</Paragraph>
      <ApiForm
        form={form}
        submitText={t('account.contact.submit')}
        actions={
          <div role="status">{saved && <Paragraph>{t('account.contact.saved')}</Paragraph>}</div>
        }
      >
        <Checkbox
          id="contact-public"
          checked={publish}
          onClick={({ checkboxState }) => edited(setPublish)(checkboxState)}
        >
          {t('account.contact.publish')}
        </Checkbox>
        <TextField {...title} autoComplete="organization-title" onChange={edited(title.onChange)} />
        <TextField {...phone} autoComplete="tel" onChange={edited(phone.onChange)} />
      </ApiForm>
    </Section>
  );
}
