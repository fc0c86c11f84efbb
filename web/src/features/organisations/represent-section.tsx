import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'react-router';
import { Heading, Paragraph, Textarea } from 'suomifi-ui-components';
import { organisationLimits } from '../../../../common/organisation-fields.js';
import { pagePath } from '../../../../common/routes.js';
import type { OrganisationDetail } from '../../../../common/schemas/organisations.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { FormProblems } from '../../ui/form/form-problems.js';
import { SubmitButton } from '../../ui/form/submit-button.js';
import { UntilReady } from '../../ui/form/until-ready.js';
import { Section } from '../../ui/section.js';
import { useMe } from '../auth/use-me.js';
import { requestToRepresent } from './api.js';

function RepresentForm({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [message, setMessage] = useState('');
  const [attempt, setAttempt] = useState(0);
  const send = useMutation({
    mutationFn: () => requestToRepresent(organisation.id, lang, message),
    // A request already waiting, or a membership already held, is said above the form.
    onError: () => setAttempt((n) => n + 1),
  });

  if (send.isSuccess) {
    return (
      <FocusMessage heading={t('organisation.represent.sentHeading')}>
        <Paragraph>{t('organisation.represent.sentText')}</Paragraph>
      </FocusMessage>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate();
  };
  return (
    <form noValidate onSubmit={submit}>
      <UntilReady>
        <FormProblems fields={[]} error={send.error} attempt={attempt} />
        <Textarea
          id="represent-message"
          labelText={t('organisation.represent.message')}
          optionalText={t('form.optional')}
          hintText={t('organisation.represent.messageHint')}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          maxLength={organisationLimits.reason}
          fullWidth
          mb="m"
        />
        <SubmitButton busy={send.isPending}>{t('organisation.represent.submit')}</SubmitButton>
      </UntilReady>
    </form>
  );
}

/**
 * For people who work for the organisation: ask to become its representative, or log in first.
 * Those who already represent it, and visitors of an unpublished profile, see nothing here.
 */
export function RepresentSection({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const { pathname } = useLocation();
  const canAsk = organisation.permissions.requestToRepresent;
  const loggedOut = me.isSuccess && !me.data && organisation.state === 'published';
  if (!canAsk && !loggedOut) return null;
  const next = new URLSearchParams({ next: pathname });
  return (
    <Section aria-labelledby="represent-heading">
      <Heading variant="h2" id="represent-heading" mb="s">
        {t('organisation.represent.heading')}
      </Heading>
      <Paragraph mb="m">{t('organisation.represent.intro')}</Paragraph>
      {canAsk ? (
        <RepresentForm organisation={organisation} />
      ) : (
        <AppLink to={`${pagePath('login', lang)}?${next}`}>
          {t('organisation.represent.logIn')}
        </AppLink>
      )}
    </Section>
  );
}
