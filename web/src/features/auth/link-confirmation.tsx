import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n/use-translation.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { PageFrame } from '../../ui/page-frame.js';

interface LinkConfirmationProps {
  title: string;
  /** Posts the token from the link. */
  confirm: (token: string) => Promise<unknown>;
  doneHeading: string;
  /** What to do next once the link worked. */
  done: ReactNode;
  /** Where to get a new link when this one did not work. */
  newLink: ReactNode;
}

function Confirmation({ token, ...props }: LinkConfirmationProps & { token: string }) {
  const { confirm, doneHeading, done, newLink } = props;
  const run = useMutation({ mutationFn: () => confirm(token) });
  // A link works once: StrictMode runs effects twice in development, and a second post would
  // find the link used and report an error over the success.
  const started = useRef(false);
  const { mutate } = run;
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    mutate();
  }, [mutate]);

  if (run.isSuccess) {
    return (
      <FocusMessage heading={doneHeading} takeFocus={false}>
        {done}
      </FocusMessage>
    );
  }
  if (run.isError) return <FormAlert error={run.error}>{newLink}</FormAlert>;
  return <DelayedLoading />;
}

/** A page opened from an e-mail link `?token=…` that confirms something as soon as it opens. */
export function LinkConfirmation(props: LinkConfirmationProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  return (
    <PageFrame title={props.title}>
      {token ? (
        <Confirmation token={token} {...props} />
      ) : (
        <FocusMessage heading={t('auth.noToken')} status="error" takeFocus={false}>
          {props.newLink}
        </FocusMessage>
      )}
    </PageFrame>
  );
}
