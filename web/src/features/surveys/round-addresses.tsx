import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Heading, Paragraph, Textarea } from 'suomifi-ui-components';
import type { Lang } from '../../../../common/languages.js';
import type { Round } from '../../../../common/schemas/surveys.js';
import { useLang, useNumberFormat } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { FocusAlert } from '../../ui/focus-alert.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { LangChoice } from '../../ui/form/lang-choice.js';
import { Section } from '../../ui/section.js';
import { surveyApi } from './api.js';
import { busyProps } from './labels.js';

/**
 * A public round's address sent to a list of e-mail addresses pasted in (an event's
 * participants): each good address once, in the language chosen; the report names duplicates,
 * addresses sent to before and what is no address, by its line.
 */
export function RoundAddresses({ round }: { round: Round }) {
  const { t } = useTranslation();
  const lang = useLang();
  const number = useNumberFormat();
  const [addresses, setAddresses] = useState('');
  const [messageLang, setMessageLang] = useState<Lang>(lang);
  const [empty, setEmpty] = useState(false);
  const send = useMutation({
    mutationFn: () => surveyApi.sendToAddresses(lang, round.id, addresses, messageLang),
    onSuccess: (report) => {
      // What was sent leaves the box; what was not stays, to be corrected.
      setAddresses(report.invalid.map((i) => i.value).join('\n'));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const nothing = addresses.trim() === '';
    setEmpty(nothing);
    if (!nothing) send.mutate();
  };
  const report = send.data;
  return (
    <Section aria-labelledby="round-addresses">
      <Heading variant="h2" id="round-addresses">
        {t('surveys.addresses.heading')}
      </Heading>
      <Paragraph mb="m">{t('surveys.addresses.intro')}</Paragraph>
      <form noValidate onSubmit={submit}>
        <Textarea
          id="round-address-list"
          labelText={t('surveys.addresses.label')}
          hintText={t('surveys.addresses.hint')}
          value={addresses}
          onChange={(event) => setAddresses(event.target.value)}
          status={empty ? 'error' : 'default'}
          statusText={empty ? t('surveys.addresses.empty') : undefined}
          fullWidth
          mb="m"
        />
        <LangChoice
          id="round-address-lang"
          value={messageLang}
          onChange={setMessageLang}
          label={t('surveys.addresses.lang')}
        />
        <Button type="submit" {...busyProps(send.isPending, t('form.sending'))}>
          {t('surveys.addresses.send')}
        </Button>
      </form>
      <div role="status">
        {report && (
          <>
            <Paragraph mb="s">
              {t('surveys.addresses.report', {
                sent: number(report.sent),
                alreadySent: number(report.alreadySent),
              })}
            </Paragraph>
            {report.duplicates.length > 0 && (
              <Paragraph mb="s">
                {t('surveys.addresses.duplicates', { list: report.duplicates.join(', ') })}
              </Paragraph>
            )}
            {report.invalid.length > 0 && (
              <>
                <Paragraph mb="xs">{t('surveys.addresses.invalid')}</Paragraph>
                <ul>
                  {report.invalid.map((i) => (
                    <li key={`${i.line}-${i.value}`}>
                      {t('surveys.addresses.invalidLine', { line: i.line, value: i.value })}
                    </li>
                  ))}
                </ul>
                {report.invalidCount > report.invalid.length && (
                  <Paragraph mb="s">
                    {t('surveys.addresses.invalidMore', {
                      count: report.invalidCount - report.invalid.length,
                    })}
                  </Paragraph>
                )}
              </>
            )}
          </>
        )}
      </div>
      {send.error && (
        <FocusAlert key={String(send.error)}>
          <FormAlert error={send.error} />
        </FocusAlert>
      )}
    </Section>
  );
}
